export const id = 5539;
export const ids = [5539];
export const modules = {

/***/ 5539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareCsv: () => (/* binding */ compareCsv)
});

// EXTERNAL MODULE: ./src/diff/table/compare-tables.ts + 10 modules
var compare_tables = __webpack_require__(9072);
// EXTERNAL MODULE: ./src/diff/table/table-totals.ts
var table_totals = __webpack_require__(41586);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/index.js + 9 modules
var lib = __webpack_require__(56070);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/files/csv-options.ts
var csv_options = __webpack_require__(13256);
;// CONCATENATED MODULE: ./src/diff/csv/csv-source.ts





/**
 * A CSV file as a table, streamed by csv-parse as everywhere (CSV_OPTIONS), blank lines skipped:
 * rows may be shorter or longer than the header (missing cells read as empty; cells past the
 * header are not compared).
 */
async function csvSource(file) {
    const { size } = await (0,promises_.stat)(file);
    return {
        bytes: size,
        open: () => {
            const parser = (0,lib/* parse */.qg)({ ...csv_options/* CSV_OPTIONS */.q, skip_empty_lines: true });
            // pipeline closes the file when the reader stops early (after the header) or fails.
            return (0,external_node_stream_.pipeline)((0,external_node_fs_.createReadStream)(file), parser, () => undefined);
        }
    };
}

;// CONCATENATED MODULE: ./src/diff/csv/compare-csv.ts



/** Compares two CSV files as one table each. */
async function compareCsv(file, before, after, o) {
    const table = await (0,compare_tables/* compareTables */.D)(await csvSource(before), await csvSource(after), o);
    return (0,table_totals/* fileDiffOfTables */.q)(file, 'csv', [table]);
}


/***/ }),

/***/ 13256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ CSV_OPTIONS)
/* harmony export */ });
/**
 * How the action reads a CSV wherever it does (row counts, previews, diffs), with csv-parse: a
 * byte-order mark is dropped, quoted fields may hold commas, quotes and newlines, a quote inside
 * an unquoted field is data, and rows may be shorter or longer than the header.
 */
const CSV_OPTIONS = {
    bom: true,
    relax_column_count: true,
    relax_quotes: true
};


/***/ })

};
