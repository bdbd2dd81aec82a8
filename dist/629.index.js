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
// EXTERNAL MODULE: ./node_modules/exceljs/excel.js
var excel = __webpack_require__(59203);
var excel_default = /*#__PURE__*/__webpack_require__.n(excel);
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

;// CONCATENATED MODULE: ./src/diff/excel/workbook-tables.ts




/**
 * Streams a workbook with exceljs's WorkbookReader (never holding it whole) and copies each
 * worksheet's rows, as text, to a file `<prefix><n>` of JSON lines, so worksheets can be read again one at a
 * time. Empty rows are skipped; the first row present is the header.
 */
async function workbookTables(workbook, prefix) {
    const reader = new (excel_default()).stream.xlsx.WorkbookReader(workbook, {
        worksheets: 'emit',
        sharedStrings: 'cache',
        styles: 'cache',
        hyperlinks: 'ignore',
        entries: 'ignore'
    });
    const sheets = [];
    for await (const worksheet of reader) {
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


/***/ })

};
