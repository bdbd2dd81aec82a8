export const id = 8648;
export const ids = [8648,4671,3213];
export const modules = {

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

/***/ 85871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ loadPdfjs)
});

;// CONCATENATED MODULE: ./src/diff/pdf/dom-matrix.ts
/**
 * The part of DOMMatrix (a 2-D affine matrix [a c e; b d f]) that pdf.js needs to extract text in
 * Node without a canvas package: one is created when its display layer loads, and Type3 glyphs
 * drawn as image masks are turned into paths with `scaleSelf` and `translateSelf`.
 */
class DOMMatrix2D {
    a = 1;
    b = 0;
    c = 0;
    d = 1;
    e = 0;
    f = 0;
    /** From `[a, b, c, d, e, f]`; the identity otherwise. */
    constructor(init) {
        if (init?.length !== 6)
            return;
        [this.a, this.b, this.c, this.d, this.e, this.f] = init;
    }
    /** This matrix times `m` (m applies first), in place. */
    multiplySelf(m) {
        const { a, b, c, d, e, f } = this;
        this.a = a * m.a + c * m.b;
        this.b = b * m.a + d * m.b;
        this.c = a * m.c + c * m.d;
        this.d = b * m.c + d * m.d;
        this.e = a * m.e + c * m.f + e;
        this.f = b * m.e + d * m.f + f;
        return this;
    }
    scaleSelf(sx = 1, sy = sx) {
        return this.multiplySelf({ a: sx, b: 0, c: 0, d: sy, e: 0, f: 0 });
    }
    translateSelf(tx = 0, ty = 0) {
        return this.multiplySelf({ a: 1, b: 0, c: 0, d: 1, e: tx, f: ty });
    }
}

;// CONCATENATED MODULE: ./src/diff/pdf/load-pdfjs.ts

let loaded;
/**
 * pdfjs-dist's legacy (Node) build, loaded on first use, with its worker in this thread. Bundled
 * by ncc, it needs three things: a DOMMatrix before it loads (it creates one at load time and
 * Node has none; unbundled, the optional `@napi-rs/canvas` package supplies it), the worker
 * module imported here so the bundle contains it (importing it sets `globalThis.pdfjsWorker`,
 * which pdf.js's in-thread "fake worker" uses instead of importing `./pdf.worker.mjs`, a file the
 * bundle does not have), and its load-time warnings about the missing canvas package silenced.
 */
function loadPdfjs() {
    loaded ??= (async () => {
        const global = globalThis;
        global.DOMMatrix ??= DOMMatrix2D;
        return withoutCanvasWarnings(async () => {
            const pdfjs = await __webpack_require__.e(/* import() */ 6061).then(__webpack_require__.bind(__webpack_require__, 66061));
            await __webpack_require__.e(/* import() */ 4323).then(__webpack_require__.bind(__webpack_require__, 44323));
            return pdfjs;
        });
    })();
    return loaded;
}
/** Runs `load` with pdf.js's "Warning: Cannot load/polyfill ..." console lines dropped. */
/* eslint-disable no-console -- pdf.js warns through console.warn when its module loads */
async function withoutCanvasWarnings(load) {
    const warn = console.warn;
    console.warn = (...args) => {
        if (typeof args[0] === 'string' && /^Warning: Cannot (load|polyfill) /.test(args[0]))
            return;
        warn(...args);
    };
    try {
        return await load();
    }
    finally {
        console.warn = warn;
    }
}
/* eslint-enable no-console */


/***/ }),

/***/ 84663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ diffJson),
/* harmony export */   x: () => (/* binding */ diffMarkdown)
/* harmony export */ });
/**
 * The JSON the action publishes for one file: `{file, status, added, removed, changed, columns,
 * pages}`, where row counts and columns are there for CSV and Excel, pages for PDF, and neither
 * for a new or missing file.
 */
function diffJson(d) {
    const json = { file: d.file, status: d.status };
    if (d.added !== undefined) {
        Object.assign(json, { added: d.added, removed: d.removed ?? 0, changed: d.changed ?? 0 });
    }
    if (d.columns)
        json.columns = d.columns;
    if (d.pages)
        json.pages = d.pages;
    return json;
}
const count = (n, one, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
/**
 * A readable Markdown report of one file's diff: a summary line, then per table the column
 * changes, duplicate keys, notes and the changed rows as a table of old → new values (per page
 * of a PDF, a short line diff). Every value that comes from a file (names, cells, text) goes
 * through the caller's `cell` escaper.
 */
function diffMarkdown(d, cell) {
    const lines = [`### ${cell(d.file)}`, '', summary(d)];
    if (d.status === 'changed' && d.tables) {
        const shown = d.tables.filter((t) => t.status || changes(t) > 0);
        for (const t of shown)
            lines.push(...tableSection(t, cell, d.format === 'excel'));
        const quiet = d.tables.length - shown.length;
        if (d.format === 'excel' && quiet > 0) {
            lines.push('', `${count(quiet, 'other worksheet')} unchanged.`);
        }
    }
    for (const page of d.pageDiffs ?? [])
        lines.push(...pageSection(page, cell));
    return `${lines.join('\n')}\n`;
}
function summary(d) {
    if (d.status === 'new')
        return 'New: there is no baseline to compare with.';
    if (d.status === 'missing')
        return 'Missing: the baseline has this file, this run did not produce it.';
    if (d.pages) {
        const { before, after, changed } = d.pages;
        const pages = before === after ? count(after, 'page') : `${before} → ${count(after, 'page')}`;
        if (changed.length === 0)
            return `Unchanged (${pages}).`;
        return `**${count(changed.length, 'page')} changed** (${pages}): ${changed.join(', ')}.`;
    }
    const rows = `against ${count(d.baselineRows ?? 0, 'baseline row')}`;
    if (d.status === 'unchanged')
        return `Unchanged (${count(d.baselineRows ?? 0, 'row')}).`;
    return `**${d.added ?? 0} added, ${d.removed ?? 0} removed, ${d.changed ?? 0} changed** rows ${rows}.`;
}
const changes = (t) => t.added +
    t.removed +
    t.changed +
    t.columns.added.length +
    t.columns.removed.length +
    t.columns.renamed.length;
function tableSection(t, cell, excel) {
    const lines = excel ? ['', `#### Worksheet ${cell(t.sheet ?? '')}`, ''] : [''];
    if (t.status === 'new')
        return [...lines, `New worksheet: ${count(t.added, 'row')}.`];
    if (t.status === 'missing')
        return [...lines, `Worksheet removed: it had ${count(t.removed, 'row')}.`];
    const list = (names) => names.map(cell).join(', ');
    const key = t.keyColumns ? `key: ${list(t.keyColumns)}` : 'rows matched whole';
    if (excel)
        lines.push(`${t.added} added, ${t.removed} removed, ${t.changed} changed of ${count(t.baselineRows, 'row')} (${key}).`);
    else
        lines.push(`Rows matched by ${t.keyColumns ? `key ${list(t.keyColumns)}` : 'whole row'}.`);
    const { added, removed, renamed } = t.columns;
    if (added.length > 0)
        lines.push(`- Columns added: ${list(added)}`);
    if (removed.length > 0)
        lines.push(`- Columns removed: ${list(removed)}`);
    if (renamed.length > 0) {
        lines.push(`- Columns renamed: ${renamed.map((r) => `${cell(r.from)} → ${cell(r.to)}`).join(', ')}`);
    }
    if (t.duplicateKeys > 0) {
        lines.push(`- ${count(t.duplicateKeys, 'key')} seen more than once: their rows were matched in order.`);
    }
    for (const note of t.note?.split('; ') ?? [])
        lines.push(`- Note: ${cell(note)}`);
    if (t.sample.length > 0)
        lines.push(...changedRows(t, cell));
    return lines;
}
function changedRows(t, cell) {
    const columns = [...new Set(t.sample.flatMap((r) => r.cells.map((c) => c.column)))];
    const value = (text) => (text === '' ? '*(empty)*' : cell(text));
    const row = (r) => [
        cell(r.key),
        ...columns.map((column) => {
            const c = r.cells.find((x) => x.column === column);
            return c ? `${value(c.before)} → ${value(c.after)}` : '';
        })
    ];
    const shown = t.sample.length < t.changed ? `first ${t.sample.length} of ${t.changed}` : `${t.changed}`;
    const key = t.keyColumns?.map(cell).join(', ') ?? 'Row';
    return [
        '',
        `Changed rows (${shown}):`,
        '',
        `| ${[key, ...columns.map(cell)].join(' | ')} |`,
        `| ${['---', ...columns.map(() => '---')].join(' | ')} |`,
        ...t.sample.map((r) => `| ${row(r).join(' | ')} |`)
    ];
}
function pageSection(page, cell) {
    const row = (line) => {
        const hunk = /^@@ (.*) @@$/.exec(line);
        if (hunk)
            return `| @@ | ${hunk[1] ?? ''} |`;
        if (line.startsWith('…'))
            return `| … | ${cell(line.slice(2))} |`;
        const marker = { '-': '−', '+': '+' }[line[0] ?? ''] ?? '';
        return `| ${marker} | ${cell(line.slice(1))} |`;
    };
    if (page.lines.length === 0)
        return ['', `**Page ${page.page}**: no text on either side.`];
    return ['', `**Page ${page.page}**`, '', '|  | Text |', '| --- | --- |', ...page.lines.map(row)];
}


/***/ }),

/***/ 1468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ relativePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** `file`'s path below `dir` with '/' separators: how files are named in reports, diffs and artifacts. */
function relativePath(dir, file) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(dir, file).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
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


/***/ }),

/***/ 38867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ MIN_GAP_MS),
/* harmony export */   Y: () => (/* binding */ plannedDelay)
/* harmony export */ });
/** Never two checks of one job closer than this (unless poll-interval-seconds asks for less). */
const MIN_GAP_MS = 1_000;
/** The wait after a check `elapsedMs` after the start (`first`: before the first check). */
function plannedDelay(elapsedMs, times, first = false) {
    const delay = first
        ? times.firstCheckMs - elapsedMs
        : Math.max(MIN_GAP_MS, Math.round((times.growth - 1) * elapsedMs));
    return Math.min(times.capMs, delay);
}


/***/ }),

/***/ 47015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ JobTimeoutError),
/* harmony export */   _g: () => (/* binding */ pollUntilTerminal),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony export CancelledError */
/* harmony import */ var _check_times_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38867);

class JobTimeoutError extends Error {
    jobId;
    lastStatus;
    constructor(jobId, lastStatus, elapsedMs, hint) {
        super(`Job ${jobId} is still ${lastStatus} after ${formatDuration(elapsedMs)}: gave up waiting. ${hint}`);
        this.jobId = jobId;
        this.lastStatus = lastStatus;
        this.name = 'JobTimeoutError';
    }
}
class CancelledError extends Error {
    constructor(message = 'Cancelled') {
        super(message);
        this.name = 'CancelledError';
    }
}
/**
 * Describes a job until it reaches a terminal state; one log line per check. Checks come at the
 * `checks` times (or the shared schedule's), never after the deadline.
 */
async function pollUntilTerminal(o) {
    const unfollow = o.schedule?.follow();
    try {
        let checkedAt = o.clock.now();
        let pendingSince = 0; // the latest time the job was known pending, after its start
        for (let checks = 0;; checks++) {
            // A job just started is never done at once; one found running is checked now.
            if (checks > 0 || !o.checkFirst)
                await waitForCheck(o, checkedAt, checks === 0);
            if (o.signal?.aborted)
                throw new CancelledError(`Stopped following job ${o.jobId}`);
            // The service looked at the job between the ask and the answer: pending at the ask, done at the answer.
            const askedAt = o.clock.now();
            const described = await o.describe();
            const status = o.status(described);
            checkedAt = o.clock.now();
            const elapsed = checkedAt - o.startedAt;
            if (o.terminal.includes(status)) {
                o.log(`${o.jobId}: ${status} after ${formatDuration(elapsed)}`);
                // A job found already running started before this step: its timing would mislead.
                if (!o.checkFirst)
                    o.schedule?.learn(pendingSince, elapsed, status);
                return described;
            }
            pendingSince = askedAt - o.startedAt;
            if (checkedAt >= o.deadline) {
                throw new JobTimeoutError(o.jobId, status, elapsed, o.timeoutHint ?? 'Raise timeout-minutes.');
            }
            const next = Math.min(delayAfter(o, checkedAt, false), o.deadline - checkedAt);
            o.log(`${o.jobId}: ${status}, ${formatDuration(elapsed)} elapsed, next check in ${formatDuration(next)}`);
        }
    }
    finally {
        unfollow?.();
    }
}
/**
 * Sleeps until the next check is due, re-planning whenever the shared schedule learns something
 * (a sibling job finished, so this one is likely done by now).
 */
async function waitForCheck(o, checkedAt, first) {
    for (;;) {
        const due = Math.min(checkedAt + delayAfter(o, checkedAt, first), o.deadline);
        const wait = due - o.clock.now();
        if (wait <= 0)
            return;
        await o.clock.sleep(wait, o.schedule?.changed);
    }
}
/** The wait after a check at `checkedAt`: the job's own times, moved by the shared schedule, capped. */
function delayAfter(o, checkedAt, first) {
    const elapsed = checkedAt - o.startedAt;
    const planned = (0,_check_times_js__WEBPACK_IMPORTED_MODULE_0__/* .plannedDelay */ .Y)(elapsed, o.checks, first);
    if (!o.schedule)
        return planned;
    return Math.min(o.checks.capMs, o.schedule.nextDelay(elapsed, planned));
}
function formatDuration(ms) {
    if (ms < 10_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const s = Math.round(ms / 1000);
    if (s < 60)
        return `${s}s`;
    const m = Math.floor(s / 60);
    return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
}


/***/ }),

/***/ 83758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
const MAX_CELL = 80;
/** Characters that would end a cell or become markup; the rest of the specials get a backslash. */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '|': '&#124;',
    '`': '&#96;',
    '@': '&#64;',
    '#': '&#35;'
};
/**
 * Makes untrusted text inert inside a Markdown table cell: no table breaks (|, newlines), no
 * code spans, no HTML, no links or images, no @mentions or #references, no emphasis; long text is
 * cut with an ellipsis.
 */
function cell(text, max = MAX_CELL) {
    const flat = text.replace(/[\r\n\t]+/g, ' ').trim();
    const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
    return cut.replace(/[&<>|`@#\\*_~[\]()!:]/g, (c) => ENTITIES[c] ?? `\\${c}`);
}
/** Inline code for names we produced ourselves (file names, job ids): backticks cannot occur. */
function code(text) {
    return `\`${text.replace(/`/g, "'").replace(/[\r\n]/g, ' ')}\``;
}
function table(header, rows, align) {
    return [
        `| ${header.join(' | ')} |`,
        `| ${(align ?? header.map(() => '---')).join(' | ')} |`,
        ...rows.map((r) => `| ${r.join(' | ')} |`)
    ];
}


/***/ }),

/***/ 34671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   allFiles: () => (/* binding */ allFiles),
/* harmony export */   allSucceeded: () => (/* binding */ allSucceeded)
/* harmony export */ });
function allSucceeded(jobs) {
    return jobs.every((j) => j.succeeded && !j.error && j.files.every((f) => f.path && !f.error));
}
/** Every file of the step, in step order. */
function allFiles(jobs) {
    return jobs.flatMap((j) => j.files).sort((a, b) => a.index - b.index);
}


/***/ }),

/***/ 73213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   artifactName: () => (/* binding */ artifactName),
/* harmony export */   artifactPrefix: () => (/* binding */ artifactPrefix)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The artifact's name: artifact-name, else quicksight-<subject>-<first job id>, unique per run and
 * matrix leg. `prefix` is what every run of the same step names its artifact with (previous-run
 * baselines are found by it).
 */
function artifactName(subject, given, firstJobId = 'export') {
    if (given)
        return { name: given, prefix: given };
    const prefix = `quicksight-${slug(subject)}-`;
    return { name: `${prefix}${firstJobId}`, prefix };
}
/** A subject made fit for an artifact name: a config file's base name, no characters artifacts refuse. */
function slug(subject) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(subject).replace(/\.(ya?ml)$/i, '');
    return base.replace(/[^\w.-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'export';
}
/**
 * What every artifact of this step is named with, run after run: artifact-name, else the default
 * name up to its job id's fixed part (`quicksight-sales-qse-`: so `quicksight-sales-emea-...` of a
 * dashboard `sales-emea` is not taken for one of `sales`).
 */
function artifactPrefix(subject, given, firstJobId) {
    const { prefix } = artifactName(subject, given);
    return given || !firstJobId?.startsWith('qse-') ? prefix : `${prefix}qse-`;
}


/***/ }),

/***/ 78648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishResults: () => (/* binding */ publishResults)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(3894);
// EXTERNAL MODULE: ./src/errors.ts + 1 modules
var errors = __webpack_require__(84804);
// EXTERNAL MODULE: ./src/outcome.ts
var outcome = __webpack_require__(34671);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/publish/artifact.ts


/** Uploads the downloaded files as one workflow artifact (the library behind upload-artifact v4+). */
async function uploadFilesArtifact(o) {
    const paths = [...o.files.flatMap((f) => (f.path ? [f.path] : [])), ...(o.extraPaths ?? [])];
    if (paths.length === 0)
        return undefined;
    if (!o.env.ACTIONS_RUNTIME_TOKEN || !o.env.ACTIONS_RESULTS_URL) {
        core.notice('Not uploading an artifact: this does not run in GitHub Actions (no ACTIONS_RUNTIME_TOKEN). The files are in output-dir.');
        return undefined;
    }
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(1351), __webpack_require__.e(7273)]).then(__webpack_require__.bind(__webpack_require__, 67273));
    const compressed = !o.extraPaths?.length &&
        o.files.every((f) => !f.path || ['pdf', 'excel', 'bundle'].includes(f.format));
    const { id } = await new DefaultArtifactClient().uploadArtifact(o.name, paths, o.rootDirectory, {
        retentionDays: o.retentionDays,
        compressionLevel: o.compressionLevel ?? (compressed ? 0 : 6)
    });
    if (id === undefined)
        throw new Error(`The artifact ${o.name} was uploaded but GitHub returned no id`);
    const server = o.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const url = `${server}/${o.env.GITHUB_REPOSITORY}/actions/runs/${o.env.GITHUB_RUN_ID}/artifacts/${id}`;
    core.info(`Artifact ${o.name} (${paths.length} file${paths.length === 1 ? '' : 's'} from ${external_node_path_default().basename(o.rootDirectory)}): ${url}`);
    return { id, url };
}

// EXTERNAL MODULE: ./src/publish/artifact-name.ts
var artifact_name = __webpack_require__(73213);
;// CONCATENATED MODULE: ./src/publish/empty-files.ts

/**
 * The files without data rows, once their details are read: a CSV with a header and no rows, a
 * workbook with a worksheet that has none. A PDF always has pages, whatever it shows, so it is
 * never called empty. Each warning names the report, the file and the parameters it was made with.
 */
function emptyFiles(jobs, reports, outputDir) {
    return jobs.flatMap((job) => {
        const report = reports.find((r) => r.name === job.report);
        return job.files.flatMap((file) => {
            const what = emptiness(file);
            if (!what || !file.path)
                return [];
            const made = report?.notes.length ? `made with ${report.notes.join('; ')}` : 'no parameters';
            return [
                {
                    job,
                    file,
                    fails: report?.failOnEmpty ?? false,
                    warning: `${job.report}: ${external_node_path_default().relative(outputDir, file.path)} ${what} (${made}). Dates outside the data, or row-level security that hides every row, give empty files; check the parameters and rls-tags.`
                }
            ];
        });
    });
}
function emptiness(file) {
    const d = file.details;
    if (file.format === 'csv' && d?.rows === 0)
        return 'has a header and no data rows';
    const sheets = d?.emptyWorksheets ?? [];
    if (file.format === 'excel' && sheets.length > 0)
        return `has ${sheets.length === 1 ? 'a worksheet' : 'worksheets'} without data rows: ${sheets.map((s) => `'${s}'`).join(', ')}`;
    return undefined;
}
/** The step's failure for fail-on-empty, or undefined when no report that asks for it has one. */
function emptyFailure(empty, outputDir) {
    const failing = empty.filter((e) => e.fails);
    if (failing.length === 0)
        return undefined;
    const list = failing.map((e) => `${e.job.report}: ${external_node_path_default().relative(outputDir, e.file.path ?? '')}`);
    return `fail-on-empty: ${failing.length} file(s) have no data rows (published all the same):\n- ${list.join('\n- ')}`;
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/index.js + 9 modules
var lib = __webpack_require__(56070);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/files/csv-options.ts
var csv_options = __webpack_require__(13256);
;// CONCATENATED MODULE: ./src/publish/csv-records.ts





/**
 * Streams a CSV through csv-parse once: counts every record and keeps the first `keep`, dropping
 * the others as they come, so memory stays flat whatever the file's size. A file csv-parse
 * rejects (a quote never closed) gives the records read before the fault and no count.
 */
async function csvRecords(path, keep) {
    const first = [];
    let count = 0;
    const tally = new external_node_stream_.Writable({
        objectMode: true,
        write(record, _, done) {
            if (++count <= keep)
                first.push(record);
            done();
        }
    });
    try {
        await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(path), (0,lib/* parse */.qg)(csv_options/* CSV_OPTIONS */.q), tally);
    }
    catch (error) {
        if (error instanceof lib/* CsvError */.J$)
            return { first };
        throw error;
    }
    return { count, first };
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/diff/pdf/load-pdfjs.ts + 1 modules
var load_pdfjs = __webpack_require__(85871);
;// CONCATENATED MODULE: ./src/publish/pdf-page-count.ts


/**
 * PDFs larger than this get no page count. pdf.js parses a document held whole in memory, so a
 * count costs about the file's size in memory: 64 MiB is far above a dashboard's PDF (a few MiB;
 * hundreds of pages of tables stay in the tens) and keeps the summary's cost small next to a
 * runner's 7 GiB, while a huge export (the 200 MiB and 1 GiB memory benches) is never read.
 */
const MAX_PDF_BYTES = 64 * 1024 * 1024;
/**
 * Pages of a PDF as pdf.js (loaded on first use) counts them: the page tree's /Count, the
 * cross-reference data repaired where it is broken. `undefined` for a file over MAX_PDF_BYTES.
 */
async function pdfPageCount(path) {
    const data = await readWhole(path, MAX_PDF_BYTES);
    if (!data)
        return undefined;
    const pdfjs = await (0,load_pdfjs/* loadPdfjs */.I)();
    const task = pdfjs.getDocument({
        data,
        verbosity: pdfjs.VerbosityLevel.ERRORS,
        isEvalSupported: false,
        useSystemFonts: false
    });
    try {
        return (await task.promise).numPages;
    }
    finally {
        await task.destroy();
    }
}
/** The file in one Uint8Array of its own (pdf.js takes it without a copy), or none past `max`. */
async function readWhole(path, max) {
    const handle = await (0,external_node_fs_promises_.open)(path, 'r');
    try {
        const { size } = await handle.stat();
        if (size > max)
            return undefined;
        const data = new Uint8Array(size);
        for (let at = 0; at < size;) {
            const { bytesRead } = await handle.read(data, at, size - at, at);
            if (bytesRead === 0)
                throw new Error(`${path} ended at byte ${at} while being read`);
            at += bytesRead;
        }
        return data;
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/diff/excel/worksheet-readers.ts
var worksheet_readers = __webpack_require__(81746);
;// CONCATENATED MODULE: ./src/publish/xlsx-rows.ts

/**
 * The worksheets of an XLSX workbook that hold no data row (a header row at most), by name, as
 * exceljs's streaming reader sees them. Each worksheet is read only to its second row (the rest
 * of its part is never inflated), so a large workbook costs little more than a small one.
 */
async function emptyWorksheets(path) {
    const empty = [];
    for await (const worksheet of (0,worksheet_readers/* worksheetReaders */.x)(path)) {
        let rows = 0;
        for await (const row of worksheet) {
            void row;
            if (++rows >= 2)
                break;
        }
        // exceljs sets the name from the workbook part (absent from its typings).
        if (rows < 2)
            empty.push(worksheet.name ?? '');
    }
    return empty;
}

// EXTERNAL MODULE: ./src/files/zip-entries.ts
var zip_entries = __webpack_require__(7713);
;// CONCATENATED MODULE: ./src/publish/xlsx-sheets.ts

const WORKBOOK = 'xl/workbook.xml';
/** The workbook part lists sheets and defined names: a few KiB; larger is not a workbook's. */
const MAX_WORKBOOK_BYTES = 16 * 1024 * 1024;
/**
 * Worksheet names of an XLSX workbook, in order, from its `xl/workbook.xml` part, found through
 * the zip's central directory by yauzl: only that entry is inflated, whatever the file's size.
 */
async function worksheetNames(path) {
    const zip = await (0,zip_entries/* openZip */.QH)(path);
    try {
        for await (const entry of (0,zip_entries/* zipEntries */.uW)(zip)) {
            if (entry.fileName !== WORKBOOK)
                continue;
            if (entry.uncompressedSize > MAX_WORKBOOK_BYTES)
                throw new Error(`${WORKBOOK} is too large`);
            const chunks = [];
            for await (const chunk of await zip.openReadStreamPromise(entry))
                chunks.push(chunk);
            return sheetNames(Buffer.concat(chunks).toString('utf8'));
        }
        throw new Error(`No ${WORKBOOK} in the zip`);
    }
    finally {
        zip.close();
    }
}
/**
 * The `name` attributes of the `<sheet>` elements (SpreadsheetML, ECMA-376 §18.2.19), with or
 * without a namespace prefix, quoted either way, their references and entities decoded.
 */
function sheetNames(xml) {
    const tags = xml.matchAll(/<(?:[\w.-]+:)?sheet\s((?:[^>"']|"[^"]*"|'[^']*')*)>/g);
    return [...tags].flatMap((m) => {
        const name = /(?:^|\s)name\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[1] ?? '');
        return name ? [decodeAttribute(name[1] ?? name[2] ?? '')] : [];
    });
}
const ENTITIES = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
/** An attribute value as XML 1.0 reads it: references decoded, literal whitespace as spaces. */
function decodeAttribute(text) {
    return text
        .replace(/\r\n|[\t\n\r]/g, ' ')
        .replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(\w+));/g, (ref, hex, dec, name) => hex || dec
        ? String.fromCodePoint(parseInt(hex ?? dec ?? '', hex ? 16 : 10))
        : (ENTITIES[name ?? ''] ?? ref));
}

;// CONCATENATED MODULE: ./src/publish/file-details.ts




/**
 * Pages of a PDF (none past pdf-page-count's size cap), worksheets of a workbook, rows and a
 * preview of a CSV. Never throws. A workbook is read only where its zip directory points and a
 * CSV is streamed once, so neither costs memory in proportion to its size.
 */
async function inspectFile(file, previewRows) {
    if (!file.path)
        return {};
    try {
        if (file.format === 'csv')
            return await inspectCsv(file.path, previewRows);
        if (file.format === 'pdf') {
            const pages = await pdfPageCount(file.path);
            return pages === undefined ? {} : { pages };
        }
        if (file.format === 'excel') {
            const [worksheets, empty] = await Promise.all([
                worksheetNames(file.path),
                emptyWorksheets(file.path).catch(() => undefined)
            ]);
            return { worksheets, ...(empty?.length ? { emptyWorksheets: empty } : {}) };
        }
        return {};
    }
    catch {
        return {};
    }
}
/** Data rows (the header not counted) and, when asked for, the header and first rows. */
async function inspectCsv(path, previewRows) {
    const { count, first } = await csvRecords(path, previewRows > 0 ? previewRows + 1 : 0);
    return {
        ...(count === undefined ? {} : { rows: Math.max(0, count - 1) }),
        preview: previewRows > 0 ? first : undefined
    };
}

// EXTERNAL MODULE: ./src/download/relative-path.ts
var relative_path = __webpack_require__(1468);
// EXTERNAL MODULE: ./src/jobs/poll.ts
var poll = __webpack_require__(47015);
// EXTERNAL MODULE: ./src/diff/render-diff.ts
var render_diff = __webpack_require__(84663);
// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(83758);
;// CONCATENATED MODULE: ./src/publish/diff-section.ts



const STATUS = {
    unchanged: '✅ unchanged',
    changed: '✏️ changed',
    new: '🆕 new',
    missing: '❌ missing'
};
/** The line that says what the run was compared with. */
function baselineLine(d) {
    if (d.error)
        return `**Compared with:** nothing: the baseline could not be fetched or read (${(0,markdown/* cell */.Hn)(d.error, 300)})`;
    const b = d.baseline;
    if (!b?.dir)
        return `**Compared with:** nothing: ${(0,markdown/* cell */.Hn)(b?.notice ?? 'no baseline', 300)}`;
    const label = b.url ? `[${(0,markdown/* cell */.Hn)(b.label)}](${b.url})` : (0,markdown/* code */.aY)(b.label);
    const changed = (d.files ?? []).filter((f) => f.error || f.diff?.status !== 'unchanged').length;
    return `**Compared with:** ${label} · ${changed === 0 ? 'no changes' : `${changed} file(s) changed, new or missing`}`;
}
/** One report's comparison table: file, status, rows (+added −removed ~changed), columns or pages. */
function diffTable(files, outputDir) {
    if (files.length === 0)
        return [];
    return [
        '',
        ...(0,markdown/* table */.tp)(['Compared file', 'Status', 'Rows', 'Columns / pages'], files.map((f) => [
            (0,markdown/* code */.aY)(f.file),
            f.error ? '❌ not compared' : STATUS[f.diff?.status ?? 'new'],
            rows(f),
            f.error ? (0,markdown/* cell */.Hn)(f.error, 200) : details(f)
        ])),
        ...(files.some((f) => f.diff && f.diff.status === 'changed')
            ? [
                '',
                `_Full diffs: ${(0,markdown/* code */.aY)(external_node_path_default().posix.join(external_node_path_default().basename(outputDir), 'diff'))} in the artifact._`
            ]
            : [])
    ];
}
/** The first changed rows (or page lines) of each changed file, folded. */
function diffDetails(files) {
    return files.flatMap((f) => f.diff?.status === 'changed'
        ? [
            '',
            `<details><summary>Changes in ${(0,markdown/* code */.aY)(f.file)}</summary>`,
            '',
            (0,render_diff/* diffMarkdown */.x)(f.diff, (t) => (0,markdown/* cell */.Hn)(t, 60)).trimEnd(),
            '',
            '</details>'
        ]
        : []);
}
function rows(f) {
    const d = f.diff;
    if (!d || d.added === undefined)
        return '—';
    return `+${d.added} −${d.removed ?? 0} ~${d.changed ?? 0}`;
}
function details(f) {
    const d = f.diff;
    if (!d)
        return '—';
    if (d.pages) {
        const { before, after, changed } = d.pages;
        const count = before === after ? `${after} pages` : `${before} → ${after} pages`;
        return changed.length > 0 ? `${count}; changed: ${changed.join(', ')}` : count;
    }
    const c = d.columns;
    if (!c)
        return '—';
    const parts = [
        ...c.added.map((n) => `+${(0,markdown/* cell */.Hn)(n, 40)}`),
        ...c.removed.map((n) => `−${(0,markdown/* cell */.Hn)(n, 40)}`),
        ...c.renamed.map((r) => `${(0,markdown/* cell */.Hn)(r.from, 40)} → ${(0,markdown/* cell */.Hn)(r.to, 40)}`)
    ];
    return parts.length > 0 ? parts.join(', ') : '—';
}

;// CONCATENATED MODULE: ./src/publish/report.ts






const FORMAT_LABEL = {
    pdf: 'PDF',
    csv: 'CSV',
    excel: 'Excel',
    bundle: 'Asset bundle',
    data: 'Data'
};
/** Jobs named one by one in the status line; the rest are counted. */
const JOBS_NAMED = 12;
/** The run's report in Markdown, within `maxLength` characters. */
function renderReport(r, o) {
    const files = (0,outcome.allFiles)(r.jobs);
    // Shrinks in this order: previews, then the changed rows of diffs, then file rows.
    for (let rows = o.previewRows;; rows = rows > 1 ? Math.floor(rows / 2) : 0) {
        const text = compose(r, files.length, rows, true, o.marker);
        if (text.length <= o.maxLength)
            return text;
        if (rows === 0)
            break;
    }
    for (let shown = files.length; shown >= 0; shown--) {
        const text = compose(r, shown, 0, false, o.marker);
        if (text.length <= o.maxLength)
            return text;
    }
    return compose(r, 0, 0, false, o.marker).slice(0, o.maxLength);
}
/**
 * The report with the first `shown` files (in step order), `previewRows` rows of preview, and the
 * changed rows of diffs when `diffRows`.
 */
function compose(r, shown, previewRows, diffRows, marker) {
    const ok = (0,outcome.allSucceeded)(r.jobs) && (r.followUps?.results ?? []).every((f) => f.ok);
    const files = (0,outcome.allFiles)(r.jobs);
    const visible = new Set(files.slice(0, shown).map((f) => f.index));
    const pack = r.reports.length > 1;
    const lines = [
        ...(marker ? [marker] : []),
        pack
            ? `### ${ok ? '✅' : '❌'} QuickSight report pack: ${(0,markdown/* code */.aY)(r.subject)} (${r.reports.length} reports)`
            : `### ${ok ? '✅' : '❌'} QuickSight export: ${(0,markdown/* code */.aY)(r.subject)}`,
        '',
        `**Status:** ${ok ? 'COMPLETED' : 'FAILED'} · **Jobs:** ${jobList(r.jobs)} · **Duration:** ${(0,poll/* formatDuration */.a3)(r.durationMs)}`,
        ...(r.artifactUrl ? ['', `**Artifact:** [download the files](${r.artifactUrl})`] : []),
        ...(r.diff ? ['', baselineLine(r.diff)] : [])
    ];
    for (const report of r.reports) {
        const jobs = r.jobs.filter((j) => j.report === report.name);
        const mine = (0,outcome.allFiles)(jobs);
        if (pack) {
            const good = (0,outcome.allSucceeded)(jobs);
            const dashboard = report.dashboardId ? ` · ${(0,markdown/* code */.aY)(report.dashboardId)}` : '';
            lines.push('', `#### ${good ? '✅' : '❌'} ${(0,markdown/* cell */.Hn)(report.name, 120)}${dashboard}`);
        }
        if (report.notes.length > 0)
            lines.push('', ...report.notes.map((n) => `- ${(0,markdown/* cell */.Hn)(n, 300)}`));
        if (report.recipients)
            // Each recipient's files under their name: what a later step hands to each of them.
            for (const who of report.recipients) {
                const theirs = jobs.filter((j) => j.recipient === who.name);
                const user = who.registeredUser ? ` · registered user ${(0,markdown/* code */.aY)(who.registeredUser)}` : '';
                lines.push('', `##### ${(0,outcome.allSucceeded)(theirs) ? '✅' : '❌'} Recipient ${(0,markdown/* code */.aY)(who.name)}${user}`, '', ...fileTable(r, (0,outcome.allFiles)(theirs).filter((f) => visible.has(f.index))));
            }
        else
            lines.push('', ...fileTable(r, mine.filter((f) => visible.has(f.index))));
        // Diff rows go with their files when the report must shrink (missing files, with the last).
        const shownPaths = new Set(files
            .filter((f) => visible.has(f.index) && f.path)
            .map((f) => (0,relative_path/* relativePath */.i)(r.outputDir, f.path ?? '')));
        const diffs = (r.diff?.files ?? []).filter((d) => d.report === report.name && (shown === files.length || shownPaths.has(d.file)));
        lines.push(...diffTable(diffs, r.outputDir), ...(diffRows ? diffDetails(diffs) : []));
        const errors = jobs.filter((j) => j.error);
        if (errors.length > 0)
            lines.push('', ...errors.map((j) => `> **${(0,markdown/* code */.aY)(j.jobId)}:** ${(0,markdown/* cell */.Hn)(j.error ?? '', 2000)}`));
        const warnings = jobs.flatMap((j) => j.warnings);
        if (warnings.length > 0)
            lines.push('', ...warnings.map((w) => `> ⚠️ ${(0,markdown/* cell */.Hn)(w, 500)}`));
    }
    if (r.followUps && r.followUps.results.length > 0)
        lines.push('', `#### ${(0,markdown/* cell */.Hn)(r.followUps.title, 120)}`, '', ...r.followUps.results.map((f) => `- ${f.ok ? (f.notice ? '⏭️' : '✅') : '❌'} ${(0,markdown/* cell */.Hn)(f.line, 1000)}`));
    if (shown < files.length) {
        lines.push('', `_${files.length - shown} more file(s) not shown: the report would exceed its size limit. All files are in the artifact and the \`files\` output._`);
    }
    if (previewRows > 0)
        for (const f of files.slice(0, shown))
            lines.push(...preview(r, f, previewRows), ...assetList(r, f));
    return `${lines.join('\n')}\n`;
}
function jobList(jobs) {
    const named = jobs.slice(0, JOBS_NAMED).map((j) => `${(0,markdown/* code */.aY)(j.jobId)} (${j.status})`);
    const failed = jobs.filter((j) => !j.succeeded).length;
    const more = jobs.length > JOBS_NAMED ? `, … ${jobs.length - JOBS_NAMED} more` : '';
    const tally = jobs.length > JOBS_NAMED ? ` (${jobs.length} jobs, ${failed} failed)` : '';
    return `${named.join(', ')}${more}${tally}`;
}
function fileTable(r, files) {
    const selections = files.some((f) => f.source.sheets);
    const header = selections
        ? ['File', 'Format', 'Sheet', 'Visuals', 'Size', 'Contents', 'Location']
        : ['File', 'Format', 'Source', 'Size', 'Contents', 'Location'];
    const align = header.map((h) => (h === 'Size' ? '---:' : '---'));
    return (0,markdown/* table */.tp)(header, files.map((f) => [
        f.path ? (0,markdown/* code */.aY)(external_node_path_default().relative(r.outputDir, f.path)) : '—',
        FORMAT_LABEL[f.format],
        ...(selections
            ? [
                (f.source.sheets ?? []).map((s) => (0,markdown/* cell */.Hn)(s)).join(', ') || '—',
                (f.source.visuals ?? []).map((v) => (0,markdown/* cell */.Hn)(v)).join(', ') || 'all'
            ]
            : [f.source.note ? (0,markdown/* cell */.Hn)(f.source.note, 200) : '—']),
        f.size === undefined ? '—' : formatBytes(f.size),
        contents(f),
        report_location(f)
    ]), align);
}
function report_location(f) {
    if (f.error)
        return `❌ ${(0,markdown/* cell */.Hn)(f.error, 300)}`;
    if (f.s3Uri)
        return (0,markdown/* code */.aY)(f.s3Uri);
    if (f.source.sheets)
        return 'QuickSight default bucket';
    return 'presigned URL (not kept)';
}
function contents(f) {
    const d = f.details;
    if (d?.pages !== undefined)
        return `${d.pages} page${d.pages === 1 ? '' : 's'}`;
    if (d?.worksheets)
        return `${d.worksheets.length} worksheet${d.worksheets.length === 1 ? '' : 's'}: ${d.worksheets.map((w) => (0,markdown/* cell */.Hn)(w, 40)).join(', ')}`;
    if (d?.rows !== undefined)
        return `${d.rows} row${d.rows === 1 ? '' : 's'}`;
    if (d?.assets) {
        const types = [...new Set(d.assets.map((a) => a.type))];
        return `${d.assets.length} asset${d.assets.length === 1 ? '' : 's'}: ${types.map((t) => (0,markdown/* cell */.Hn)(t, 40)).join(', ')}`;
    }
    return '—';
}
function preview(r, f, rows) {
    const data = f.details?.preview;
    if (f.format !== 'csv' || !f.path || !data || data.length === 0)
        return [];
    const [header = [], ...body] = data;
    const width = Math.max(header.length, ...body.map((b) => b.length));
    const pad = (row) => Array.from({ length: width }, (_, i) => (0,markdown/* cell */.Hn)(row[i] ?? '', 60));
    const shownRows = body.slice(0, rows);
    // No count when csv-parse rejected the file further on: the preview is then not called a whole.
    const of = f.details?.rows === undefined ? '' : ` of ${f.details.rows}`;
    return [
        '',
        `<details><summary>Preview of ${(0,markdown/* code */.aY)(external_node_path_default().relative(r.outputDir, f.path))}: first ${shownRows.length}${of} rows</summary>`,
        '',
        ...(0,markdown/* table */.tp)(pad(header), shownRows.map(pad)),
        '',
        '</details>'
    ];
}
function assetList(r, f) {
    const assets = f.details?.assets;
    if (!f.path || !assets || assets.length === 0)
        return [];
    return [
        '',
        `<details><summary>Assets in ${(0,markdown/* code */.aY)(external_node_path_default().relative(r.outputDir, f.path))}: ${assets.length}</summary>`,
        '',
        ...(0,markdown/* table */.tp)(['Type', 'Id', 'Name'], assets.map((a) => [(0,markdown/* cell */.Hn)(a.type, 40), (0,markdown/* cell */.Hn)(a.id, 120), a.name ? (0,markdown/* cell */.Hn)(a.name, 120) : '—'])),
        '',
        '</details>'
    ];
}
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 ** 2)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 ** 3)
        return `${(n / 1024 ** 2).toFixed(1)} MiB`;
    return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

;// CONCATENATED MODULE: ./src/publish/job-summary.ts


/** GitHub refuses step summaries over 1 MiB; keep a margin for multi-byte characters. */
const SUMMARY_LIMIT = 1024 * 1024;
const SUMMARY_CHARS = Math.floor(SUMMARY_LIMIT / 4);
/** Writes the run's report to the job summary (when the runner provides one). */
async function writeJobSummary(report, previewRows) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await core.summary.addRaw(renderReport(report, { previewRows, maxLength: SUMMARY_CHARS })).write();
}

;// CONCATENATED MODULE: ./src/publish/pr-comment.ts


const COMMENT_LIMIT = 65_536;
/** The hidden marker that identifies this action's comment for a tag and subject. */
function commentMarker(tag, subject) {
    return `<!-- quicksight-export:${tag}:${subject.replace(/--+/g, '-')} -->`;
}
/** Events whose payload is the pull request itself; `issue_comment` may be on one too. */
const PULL_REQUEST_PAYLOADS = ['pull_request', 'pull_request_target'];
const PULL_REQUEST_EVENTS = [...PULL_REQUEST_PAYLOADS, 'issue_comment'];
/** The pull request the event is about: pull_request, pull_request_target, or a comment on a PR. */
function pullRequestNumber(eventName, payload) {
    const pr = payload.pull_request;
    if (PULL_REQUEST_PAYLOADS.includes(eventName) && pr?.number)
        return pr.number;
    const issue = payload.issue;
    if (eventName === 'issue_comment' && issue?.pull_request && issue.number)
        return issue.number;
    return undefined;
}
/**
 * Creates or updates this action's sticky comment on the event's pull request. A missing token or
 * a read-only one (forks) gives a warning: the step goes on. Returns the comment's URL.
 */
async function commentOnPullRequest(o) {
    // Other events have no pull request: @actions/github (an HTTP stack, 9 MiB) stays unloaded.
    if (!PULL_REQUEST_EVENTS.includes(process.env.GITHUB_EVENT_NAME ?? ''))
        return undefined;
    const { context, getOctokit } = await __webpack_require__.e(/* import() */ 1351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const number = pullRequestNumber(context.eventName, context.payload);
    if (number === undefined)
        return undefined;
    if (!o.token) {
        core.warning('Not commenting on the pull request: github-token is empty.');
        return undefined;
    }
    const marker = commentMarker(o.tag, o.subject);
    const body = o.render(marker, COMMENT_LIMIT - 100);
    const octokit = getOctokit(o.token);
    const where = { ...context.repo, issue_number: number };
    try {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            ...where,
            per_page: 100
        });
        const mine = comments.find((c) => c.body?.startsWith(marker));
        const { data } = mine
            ? await octokit.rest.issues.updateComment({ ...context.repo, comment_id: mine.id, body })
            : await octokit.rest.issues.createComment({ ...where, body });
        core.info(`${mine ? 'Updated' : 'Added'} the pull request comment: ${data.html_url}`);
        return data.html_url;
    }
    catch (error) {
        const status = error.status;
        const hint = status === 403 || status === 404
            ? ' The token cannot write to this pull request (a fork? add permissions: pull-requests: write).'
            : '';
        core.warning(`Could not comment on pull request #${number}: ${(0,errors/* errorMessage */.g)(error)}.${hint}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/publish/publish-results.ts










/**
 * Publishes the files and the report: artifact first (its link goes into the report), then the job
 * summary and the pull-request comment. A publisher that fails is reported; the others still run.
 * Returns the outputs and whether every publisher succeeded.
 */
async function publishResults(jobs, plan, inputs, env, durationMs, diff, followUps) {
    const p = inputs.publish;
    const files = (0,outcome.allFiles)(jobs);
    await Promise.all(files.map(async (f) => (f.details ??= await inspectFile(f, p.csvPreviewRows))));
    // Files without data rows: a warning now, and beside their report in the summary and comment.
    const empty = emptyFiles(jobs, plan.reports, inputs.outputDir);
    for (const e of empty) {
        core.warning(e.warning);
        e.job.warnings.push(e.warning);
    }
    const report = {
        subject: plan.subject,
        reports: plan.reports,
        jobs,
        outputDir: inputs.outputDir,
        durationMs,
        diff,
        followUps
    };
    const artifact = async () => {
        const uploaded = await uploadFilesArtifact({
            name: (0,artifact_name.artifactName)(plan.subject, p.artifactName, jobs[0]?.jobId).name,
            files,
            extraPaths: diff?.written,
            rootDirectory: inputs.outputDir,
            retentionDays: p.retentionDays,
            compressionLevel: p.compressionLevel,
            env
        });
        report.artifactUrl = uploaded?.url;
        return uploaded
            ? { 'artifact-id': String(uploaded.id), 'artifact-url': uploaded.url }
            : {};
    };
    const summary = async (r) => (await writeJobSummary(r, p.csvPreviewRows), {});
    const comment = async (r) => {
        const url = await commentOnPullRequest({
            token: p.githubToken,
            tag: p.commentTag,
            subject: plan.subject,
            render: (marker, maxLength) => renderReport(r, { marker, previewRows: p.csvPreviewRows, maxLength })
        });
        return url ? { 'comment-url': url } : {};
    };
    const publishers = [
        ['artifact', p.uploadArtifact, artifact],
        ['job summary', p.jobSummary, summary],
        ['pull request comment', p.commentOnPr, comment]
    ];
    const outputs = {};
    let ok = true;
    for (const [name, enabled, publish] of publishers) {
        if (!enabled)
            continue;
        try {
            Object.assign(outputs, await publish(report));
        }
        catch (error) {
            ok = false;
            core.error(`Publishing the ${name} failed: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    return { outputs, ok, emptyFailure: emptyFailure(empty, inputs.outputDir) };
}


/***/ })

};
