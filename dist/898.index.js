export const id = 898;
export const ids = [898];
export const modules = {

/***/ 10898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareFiles: () => (/* binding */ compareFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Compares one exported file with its baseline: `before` undefined makes it `new`, `after`
 * undefined `missing`. The reader for the format (csv-parse, exceljs, pdf.js) is loaded only
 * when a file of that format is compared. Throws when a file cannot be read as its format.
 */
async function compareFiles(file, format, before, after, o) {
    if (before === undefined && after === undefined) {
        throw new Error(`compareFiles: ${file} has neither a baseline nor a new file`);
    }
    if (before === undefined)
        return { file, format, status: 'new' };
    if (after === undefined)
        return { file, format, status: 'missing' };
    const sampleRows = o.sampleRows ?? 10;
    if (format === 'pdf') {
        const { comparePdf } = await __webpack_require__.e(/* import() */ 3874).then(__webpack_require__.bind(__webpack_require__, 63874));
        return comparePdf(file, before, after, sampleRows);
    }
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(o.tempDir ?? node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'qse-diff-'));
    try {
        const table = { keyColumns: o.keyColumns, tolerance: o.tolerance, sampleRows, dir };
        if (format === 'csv') {
            const { compareCsv } = await Promise.all(/* import() */[__webpack_require__.e(6070), __webpack_require__.e(9379), __webpack_require__.e(5539)]).then(__webpack_require__.bind(__webpack_require__, 5539));
            return await compareCsv(file, before, after, table);
        }
        const { compareExcel } = await Promise.all(/* import() */[__webpack_require__.e(5698), __webpack_require__.e(9203), __webpack_require__.e(9379), __webpack_require__.e(629)]).then(__webpack_require__.bind(__webpack_require__, 80629));
        return await compareExcel(file, before, after, table);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ })

};
