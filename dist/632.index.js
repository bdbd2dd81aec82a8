export const id = 632;
export const ids = [632];
export const modules = {

/***/ 34632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exitOnCancel: () => (/* binding */ exitOnCancel)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _download_verified_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74869);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16137);



/**
 * On SIGINT/SIGTERM (the runner cancels with SIGINT, then SIGTERM 7.5 s later): stop at once,
 * remove half-written files, and say which jobs go on running (QuickSight has no cancel call).
 */
function exitOnCancel(startedJobIds, exit = process.exit) {
    const onSignal = (signal) => {
        for (const file of _download_verified_file_js__WEBPACK_IMPORTED_MODULE_1__/* .partialFiles */ .XP) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(file);
            }
            catch {
                // Already gone.
            }
        }
        const ids = startedJobIds();
        (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .f)(`Cancelled by ${signal}.` +
            (ids.length > 0
                ? ` QuickSight has no cancel call: snapshot job(s) ${ids.join(', ')} may still run and finish.`
                : ' No snapshot job had started.'));
        exit(1);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    return () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    };
}


/***/ }),

/***/ 74869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XP: () => (/* binding */ partialFiles),
/* harmony export */   wJ: () => (/* binding */ writeVerified)
/* harmony export */ });
/* unused harmony export TruncatedDownloadError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);





/** Temporary files being written, so that cancellation can remove them. */
const partialFiles = new Set();
class TruncatedDownloadError extends Error {
    constructor(file, got, expected) {
        super(`Download of ${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)} stopped at ${got} of ${expected} bytes`);
        this.name = 'TruncatedDownloadError';
    }
}
/**
 * Streams `body` to `dest` through a temporary name next to it, checks the byte count against the
 * expected length, then renames. A failed or short download leaves nothing at `dest`.
 */
async function writeVerified(body, dest, expectedLength) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(dest), { recursive: true });
    const temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(dest), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(dest).slice(0, 180)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.part`);
    partialFiles.add(temp);
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(body, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(temp, { flags: 'wx' }));
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(temp);
        if (expectedLength !== undefined && size !== expectedLength)
            throw new TruncatedDownloadError(dest, size, expectedLength);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, dest);
        return size;
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temp).catch(() => undefined);
        throw error;
    }
    finally {
        partialFiles.delete(temp);
    }
}


/***/ })

};
