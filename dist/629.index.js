export const id = 629;
export const ids = [629];
export const modules = {

/***/ 80629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareExcel: () => (/* binding */ compareExcel)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/diff/table/count-items.ts
/** How many items an async iterable yields (it is read to the end). */
async function countItems(items) {
    let n = 0;
    const iterator = items[Symbol.asyncIterator]();
    while (!(await iterator.next()).done)
        n++;
    return n;
}

// EXTERNAL MODULE: ./src/diff/table/compare-tables.ts + 10 modules
var compare_tables = __webpack_require__(9072);
// EXTERNAL MODULE: ./src/diff/table/table-totals.ts
var table_totals = __webpack_require__(41586);
// EXTERNAL MODULE: ./src/diff/table/read-lines.ts
var read_lines = __webpack_require__(66740);
// EXTERNAL MODULE: ./src/diff/table/write-partitions.ts
var write_partitions = __webpack_require__(7019);
;// CONCATENATED MODULE: ./src/diff/excel/cell-text.ts
/**
 * A worksheet cell's value (as exceljs's streaming reader gives it) as text: numbers in
 * JavaScript's shortest form, dates as ISO 8601 (the date alone at midnight UTC), formulas by
 * their cached result, rich text and hyperlinks by their text, errors by their code (`#N/A`).
 */
function cellText(value) {
    if (value === null || value === undefined)
        return '';
    if (value instanceof Date) {
        const iso = Number.isNaN(value.getTime()) ? '' : value.toISOString();
        return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
    }
    if (typeof value !== 'object')
        return String(value);
    const v = value;
    if ('formula' in v || 'sharedFormula' in v)
        return cellText(v.result);
    if (Array.isArray(v.richText))
        return v.richText.map((r) => r.text).join('');
    if ('text' in v)
        return cellText(v.text);
    if ('error' in v)
        return String(v.error);
    return '';
}

// EXTERNAL MODULE: ./src/diff/excel/worksheet-readers.ts
var worksheet_readers = __webpack_require__(81746);
;// CONCATENATED MODULE: ./src/diff/excel/workbook-tables.ts




/**
 * Streams a workbook's worksheets with exceljs's WorksheetReader (never holding one whole) and
 * copies each one's rows, as text, to a file `<prefix><n>` of JSON lines, so worksheets can be
 * read again one at a time. Empty rows are skipped; the first row present is the header.
 */
async function workbookTables(workbook, prefix) {
    const sheets = [];
    for await (const worksheet of (0,worksheet_readers/* worksheetReaders */.x)(workbook)) {
        const writer = new write_partitions/* PartitionWriter */.U(1, () => `${prefix}${sheets.length}`);
        try {
            for await (const row of worksheet) {
                const values = Array.isArray(row.values) ? row.values : [];
                const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1]));
                const writing = cells.some((c) => c !== '') && writer.add(0, JSON.stringify(cells));
                if (writing)
                    await writing;
            }
        }
        catch (error) {
            await writer.abandon();
            throw error;
        }
        const [copy] = await writer.close();
        const name = worksheet.name ?? `Sheet${sheets.length + 1}`;
        if (copy)
            sheets.push({ name, table: jsonLinesTable(copy.path, copy.bytes) });
    }
    return sheets;
}
function jsonLinesTable(file, bytes) {
    return {
        bytes,
        async *open() {
            for await (const lines of (0,read_lines/* readLines */.S)(file)) {
                for (const line of lines)
                    yield JSON.parse(line);
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/diff/excel/compare-excel.ts





/**
 * Compares two workbooks worksheet by worksheet, matched by name: a worksheet in one workbook
 * only is reported as `new` (all its rows added) or `missing` (all removed).
 */
async function compareExcel(file, before, after, o) {
    const baseline = await workbookTables(before, external_node_path_default().join(o.dir, 'before-sheet'));
    const current = await workbookTables(after, external_node_path_default().join(o.dir, 'after-sheet'));
    const tables = [];
    for (const sheet of current) {
        const old = baseline.find((s) => s.name === sheet.name);
        tables.push(old
            ? { sheet: sheet.name, ...(await (0,compare_tables/* compareTables */.D)(old.table, sheet.table, o)) }
            : { sheet: sheet.name, status: 'new', ...emptyTable(), added: await dataRows(sheet.table) });
    }
    for (const sheet of baseline) {
        if (current.some((s) => s.name === sheet.name))
            continue;
        const rows = await dataRows(sheet.table);
        tables.push({
            sheet: sheet.name,
            status: 'missing',
            ...emptyTable(),
            removed: rows,
            baselineRows: rows
        });
    }
    return (0,table_totals/* fileDiffOfTables */.q)(file, 'excel', tables);
}
function emptyTable() {
    return {
        added: 0,
        removed: 0,
        changed: 0,
        baselineRows: 0,
        columns: { added: [], removed: [], renamed: [] },
        duplicateKeys: 0,
        sample: []
    };
}
async function dataRows(table) {
    return Math.max(0, (await countItems(table.open())) - 1);
}


/***/ }),

/***/ 81746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ worksheetReaders)
/* harmony export */ });
/* harmony import */ var exceljs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59203);
/* harmony import */ var exceljs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(exceljs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _files_zip_entries_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7713);


const PARSERS = [
    '_parseRels',
    '_parseWorkbook',
    '_parseSharedStrings',
    '_parseStyles',
    '_parseWorksheet'
];
const WORKBOOK = 'xl/workbook.xml';
/** The worksheet parts exceljs reads (it names a worksheet by the number in its part name). */
const WORKSHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;
/**
 * A workbook's worksheets as exceljs's streaming WorksheetReaders, in the zip's order, each to
 * be read (to its end, or as far as needed: the next one closes it) before the next is asked for. The parts are found through the zip's central
 * directory by yauzl, so the relationships, `xl/workbook.xml`, the shared strings and the styles
 * are parsed first wherever the zip holds them, and each worksheet is then inflated as it is
 * read: memory holds the shared strings and styles (as exceljs's `cache` options do), never a
 * worksheet, and nothing goes to temporary files. Parts are decoded as UTF-8 streams, so a
 * character split between two chunks stays whole (exceljs decodes each chunk on its own).
 */
async function* worksheetReaders(file) {
    const zip = await (0,_files_zip_entries_js__WEBPACK_IMPORTED_MODULE_1__/* .openZip */ .QH)(file);
    let open;
    try {
        const entries = new Map();
        for await (const entry of (0,_files_zip_entries_js__WEBPACK_IMPORTED_MODULE_1__/* .zipEntries */ .uW)(zip))
            entries.set(entry.fileName, entry);
        if (!entries.has(WORKBOOK))
            throw new Error(`${file} is not an XLSX workbook: no ${WORKBOOK}`);
        const reader = partParsers();
        const parse = async (name, parser) => {
            const entry = entries.get(name);
            if (entry)
                await parser((open = await utf8(zip, entry)));
        };
        await parse('xl/_rels/workbook.xml.rels', (part) => reader._parseRels(part));
        await parse(WORKBOOK, (part) => reader._parseWorkbook(part));
        await parse('xl/sharedStrings.xml', async (part) => {
            for await (const _ of reader._parseSharedStrings(part))
                void _; // cached, none emitted
        });
        await parse('xl/styles.xml', (part) => reader._parseStyles(part));
        for (const entry of entries.values()) {
            const sheetNo = WORKSHEET.exec(entry.fileName)?.[1];
            if (sheetNo === undefined)
                continue;
            // The previous worksheet may have been left before its end.
            open?.destroy();
            open = await utf8(zip, entry);
            for (const { value } of reader._parseWorksheet(open, sheetNo))
                yield value;
        }
    }
    finally {
        open?.destroy();
        zip.close();
    }
}
function partParsers() {
    const reader = new (exceljs__WEBPACK_IMPORTED_MODULE_0___default().stream).xlsx.WorkbookReader('', {
        worksheets: 'emit',
        sharedStrings: 'cache',
        styles: 'cache',
        hyperlinks: 'ignore',
        entries: 'ignore'
    });
    const missing = PARSERS.filter((name) => typeof reader[name] !== 'function');
    if (missing.length > 0) {
        throw new Error(`exceljs's WorkbookReader has no ${missing.join(', ')}: not exceljs 4?`);
    }
    return reader;
}
async function utf8(zip, entry) {
    const stream = await zip.openReadStreamPromise(entry);
    return stream.setEncoding('utf8');
}


/***/ }),

/***/ 7713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QH: () => (/* binding */ openZip),
/* harmony export */   mg: () => (/* binding */ isSpecial),
/* harmony export */   uW: () => (/* binding */ zipEntries),
/* harmony export */   wP: () => (/* binding */ isSymlink)
/* harmony export */ });
/** A zip's entries, read from its central directory one at a time (nothing is inflated). */
async function* zipEntries(zip) {
    for (;;) {
        const entry = await new Promise((resolve, reject) => {
            const cleanup = () => {
                zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
            };
            const onEntry = (e) => (cleanup(), resolve(e));
            const onEnd = () => (cleanup(), resolve(undefined));
            const onError = (e) => (cleanup(), reject(e));
            zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
            zip.readEntry();
        });
        if (!entry)
            return;
        yield entry;
    }
}
/** Opens a zip for reading entry by entry; names are checked by yauzl (no absolute or ../ paths). */
async function openZip(file) {
    const { openPromise } = await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.t.bind(__webpack_require__, 20663, 19));
    return openPromise(file, {
        lazyEntries: true,
        decodeStrings: true,
        validateEntrySizes: true,
        autoClose: false
    });
}
/** A symbolic link: Unix mode S_IFLNK in the entry's external attributes. */
function isSymlink(entry) {
    return ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000;
}
/** Any Unix file type other than a regular file or a directory (links, devices, fifos). */
function isSpecial(entry) {
    const type = (entry.externalFileAttributes >>> 16) & 0o170000;
    return type !== 0 && type !== 0o100000 && type !== 0o040000;
}


/***/ })

};
