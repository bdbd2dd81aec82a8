export const id = 4632;
export const ids = [4632];
export const modules = {

/***/ 34632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exitOnCancel: () => (/* binding */ exitOnCancel)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3894);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _download_partial_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35972);



/**
 * On SIGINT/SIGTERM (the runner cancels with SIGINT, then SIGTERM 7.5 s later): stop at once,
 * remove half-written files, and say which jobs go on running (no service here cancels a running job).
 */
function exitOnCancel(startedJobIds, 
/** What to say of started jobs: 'QuickSight has no cancel call: snapshot job(s)'. */
stillRunning, exit = process.exit) {
    const onSignal = (signal) => {
        for (const file of _download_partial_file_js__WEBPACK_IMPORTED_MODULE_2__/* .partialFiles */ .XP)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(file, { recursive: true, force: true });
        const ids = startedJobIds();
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(`Cancelled by ${signal}.` +
            (ids.length > 0
                ? ` ${stillRunning()} ${ids.join(', ')} may still run and finish.`
                : ' No job had started.'));
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

/***/ 35972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ PartialFile),
/* harmony export */   XP: () => (/* binding */ partialFiles)
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
 * A download in progress: a temporary file next to `dest` that grows over one or more attempts
 * and is renamed to `dest` only once its byte count is checked. Nothing half-written is ever at
 * `dest`; `discard` removes what is left when the download is given up.
 */
class PartialFile {
    dest;
    temp;
    constructor(dest) {
        this.dest = dest;
        const name = `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(dest).slice(0, 180)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.part`;
        this.temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(dest), name);
        partialFiles.add(this.temp);
    }
    /** Bytes already on disk: where the next attempt resumes. */
    async size() {
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(this.temp).then((s) => s.size, () => 0);
    }
    /** Streams `body` into the file from byte `offset` on; 0 starts the file afresh. */
    async write(body, offset) {
        if (offset === 0) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(this.temp).catch(() => undefined);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(this.temp), { recursive: true });
        }
        // 'wx' never follows or overwrites an existing path; 'r+' continues the file this one wrote.
        const options = offset === 0 ? { flags: 'wx' } : { flags: 'r+', start: offset };
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(body, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(this.temp, options));
    }
    /** Checks the byte count against `expected` (when known) and moves the file into place. */
    async complete(expected) {
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(this.temp);
        if (expected !== undefined && size !== expected)
            throw new TruncatedDownloadError(this.dest, size, expected);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(this.temp, this.dest);
        partialFiles.delete(this.temp);
        return size;
    }
    async discard() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(this.temp).catch(() => undefined);
        partialFiles.delete(this.temp);
    }
}


/***/ })

};
