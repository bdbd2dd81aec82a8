export const id = 5462;
export const ids = [5462,4671,3213];
export const modules = {

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

/***/ 47015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ JobTimeoutError),
/* harmony export */   _g: () => (/* binding */ pollUntilTerminal),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony export CancelledError */
/* harmony import */ var _time_backoff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17293);

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
/** Describes a job until it reaches a terminal state, backing off between checks; one log line per check. */
async function pollUntilTerminal(o) {
    let checkedAt = o.clock.now();
    let pendingSince = 0;
    // A job just started is never done at once: the first check waits one backoff step.
    let backoff = o.checkFirst ? 0 : (0,_time_backoff_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .E)(0, o.backoff);
    for (let step = o.checkFirst ? 0 : 1;; step++) {
        await waitForCheck(o, checkedAt, backoff);
        if (o.signal?.aborted)
            throw new CancelledError(`Stopped following job ${o.jobId}`);
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
        pendingSince = elapsed;
        if (checkedAt >= o.deadline) {
            throw new JobTimeoutError(o.jobId, status, elapsed, o.timeoutHint ?? 'Raise timeout-minutes.');
        }
        backoff = (0,_time_backoff_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .E)(step, o.backoff);
        const next = Math.min(delayAfter(o, checkedAt, backoff), o.deadline - checkedAt);
        o.log(`${o.jobId}: ${status}, ${formatDuration(elapsed)} elapsed, next check in ${formatDuration(next)}`);
    }
}
/**
 * Sleeps until the next check is due: `backoff` after the last check, or sooner when the shared
 * schedule learns (from a sibling job that finished) that this one is likely done by now.
 */
async function waitForCheck(o, checkedAt, backoff) {
    for (;;) {
        const wait = Math.min(checkedAt + delayAfter(o, checkedAt, backoff), o.deadline) - o.clock.now();
        if (wait <= 0)
            return;
        await o.clock.sleep(wait, o.schedule?.changed);
    }
}
function delayAfter(o, checkedAt, backoff) {
    return o.schedule ? o.schedule.nextDelay(checkedAt - o.startedAt, backoff) : backoff;
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

/***/ 95462:
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
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(5698), __webpack_require__.e(1351), __webpack_require__.e(7273)]).then(__webpack_require__.bind(__webpack_require__, 67273));
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/publish/csv-records.ts

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const BOM = [0xef, 0xbb, 0xbf];
/**
 * Counts the records of a CSV as csv-parse does with `relax_quotes` (RFC 4180 quoting, a quote
 * opens a quoted field only at its start; the record delimiter is the first of CRLF, LF or CR met
 * outside quotes; an empty line is a record; a final delimiter adds none), byte by byte, without
 * building the records: fed in chunks of any size, in constant memory.
 */
class CsvRecordCounter {
    records = 0;
    delimiter;
    inQuotes = false;
    /** A quote seen inside a quoted field: an escaped quote if another follows, else its end. */
    quoteSeen = false;
    pendingCr = false;
    fieldStart = true;
    recordHasContent = false;
    bomLeft = 3;
    push(chunk) {
        for (let i = 0; i < chunk.length; i++) {
            const c = chunk[i] ?? 0;
            if (this.bomLeft > 0) {
                if (c === BOM[3 - this.bomLeft]) {
                    this.bomLeft--;
                    continue;
                }
                this.unskipBom();
            }
            this.byte(c);
        }
    }
    /** Records in all the chunks pushed. */
    end() {
        this.unskipBom();
        if (this.pendingCr) {
            this.pendingCr = false;
            if (this.delimiter === 'crlf')
                this.recordHasContent = true;
            else
                this.endRecord();
        }
        if (this.recordHasContent || this.inQuotes)
            this.endRecord();
        return this.records;
    }
    /** The first bytes looked like a byte order mark but were not one: they are data. */
    unskipBom() {
        const skipped = BOM.slice(0, 3 - this.bomLeft);
        this.bomLeft = 0;
        if (skipped.length < 3)
            for (const b of skipped)
                this.byte(b);
    }
    byte(c) {
        if (this.inQuotes) {
            if (this.quoteSeen) {
                this.quoteSeen = false;
                if (c === QUOTE)
                    return;
                this.inQuotes = false;
            }
            else {
                if (c === QUOTE)
                    this.quoteSeen = true;
                return;
            }
        }
        if (this.pendingCr) {
            this.pendingCr = false;
            this.delimiter ??= c === LF ? 'crlf' : 'cr';
            if (this.delimiter === 'crlf') {
                if (c === LF)
                    return this.endRecord();
                this.content();
            }
            else
                this.endRecord();
        }
        if (c === CR && this.delimiter !== 'lf') {
            this.pendingCr = true;
        }
        else if (c === LF && (this.delimiter ?? 'lf') === 'lf') {
            this.delimiter = 'lf';
            this.endRecord();
        }
        else if (c === QUOTE && this.fieldStart) {
            this.inQuotes = true;
            this.content();
        }
        else {
            this.content();
            this.fieldStart = c === COMMA;
        }
    }
    content() {
        this.recordHasContent = true;
        this.fieldStart = false;
    }
    endRecord() {
        this.records++;
        this.recordHasContent = false;
        this.fieldStart = true;
    }
}
/**
 * Records of a CSV file, read once into one reused 1 MiB buffer: a stream would allocate a fresh
 * buffer for every chunk, which V8 frees only at its next young-generation collection (up to
 * ~32 MiB of them held at once).
 */
async function countCsvRecords(path) {
    const counter = new CsvRecordCounter();
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(1024 * 1024);
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            counter.push(buffer.subarray(0, bytesRead));
        }
    }
    finally {
        await handle.close();
    }
    return counter.end();
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/publish/pdf-objects.ts
/** A PDF name, `/Type`, without its slash. */
class PdfName {
    name;
    constructor(name) {
        this.name = name;
    }
}
/** An indirect reference, `12 0 R`. */
class PdfRef {
    num;
    gen;
    constructor(num, gen) {
        this.num = num;
        this.gen = gen;
    }
}
/** A string's contents are never needed to count pages: only that it was one. */
class PdfString {
}
/** The bytes ended inside an object: read more of the file and parse again. */
class NeedMoreBytes extends Error {
    constructor() {
        super('The PDF object runs past the bytes read');
        this.name = 'NeedMoreBytes';
    }
}
const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const isRegular = (c) => c >= 0 && !WHITESPACE.has(c) && !DELIMITERS.has(c);
const isDigit = (c) => c !== undefined && c >= 0x30 && c <= 0x39;
/**
 * Reads PDF objects (ISO 32000 §7.3) from a slice of a file. `complete` says the slice ends where
 * the data ends (an object stream's contents); otherwise running off its end throws NeedMoreBytes.
 */
class PdfParser {
    bytes;
    pos;
    complete;
    constructor(bytes, pos = 0, complete = false) {
        this.bytes = bytes;
        this.pos = pos;
        this.complete = complete;
    }
    /** One object: number, reference, name, string, array, dictionary, boolean or null. */
    value() {
        this.skipSpace();
        const c = this.peek();
        if (c === 0x3c && this.bytes[this.pos + 1] === 0x3c)
            return this.dict();
        if (c === 0x3c)
            return (this.skipPast(0x3e), new PdfString());
        if (c === 0x28)
            return this.literalString();
        if (c === 0x5b)
            return this.array();
        if (c === 0x2f)
            return this.pdfName();
        if (isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e)
            return this.numberOrRef();
        const word = this.keyword();
        if (word === 'true' || word === 'false')
            return word === 'true';
        if (word === 'null')
            return null;
        throw new Error(`Unexpected '${word}' in a PDF object`);
    }
    /** A run of regular characters: `obj`, `stream`, `xref`, `trailer`, `R`. */
    keyword() {
        this.skipSpace();
        const start = this.pos;
        while (isRegular(this.peek()))
            this.pos++;
        return Buffer.from(this.bytes.subarray(start, this.pos)).toString('latin1');
    }
    /** A non-negative integer, as in `12 0 obj` and xref subsection headers. */
    integer() {
        const v = this.value();
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
            throw new Error('Expected a whole number in the PDF');
        return v;
    }
    skipSpace() {
        for (;;) {
            const c = this.peek();
            if (c === 0x25)
                while (this.pos < this.bytes.length && !isEol(this.bytes[this.pos]))
                    this.pos++;
            else if (WHITESPACE.has(c))
                this.pos++;
            else
                return;
        }
    }
    /** The next byte; past the end, NeedMoreBytes (or -1 when the slice is complete). */
    peek() {
        const c = this.bytes[this.pos];
        if (c !== undefined)
            return c;
        if (this.complete)
            return -1;
        throw new NeedMoreBytes();
    }
    dict() {
        this.pos += 2;
        const dict = new Map();
        for (;;) {
            this.skipSpace();
            if (this.peek() === 0x3e) {
                this.pos++;
                if (this.peek() !== 0x3e)
                    throw new Error('Expected >> in a PDF dictionary');
                this.pos++;
                return dict;
            }
            const key = this.value();
            if (!(key instanceof PdfName))
                throw new Error('A PDF dictionary key is not a name');
            dict.set(key.name, this.value());
        }
    }
    array() {
        this.pos++;
        const items = [];
        for (;;) {
            this.skipSpace();
            if (this.peek() === 0x5d)
                return (this.pos++, items);
            items.push(this.value());
        }
    }
    pdfName() {
        this.pos++;
        const start = this.pos;
        while (isRegular(this.peek()))
            this.pos++;
        const raw = Buffer.from(this.bytes.subarray(start, this.pos)).toString('latin1');
        return new PdfName(raw.replace(/#([0-9a-fA-F]{2})/g, (_, h) => fromHex(h)));
    }
    /** `(...)` with balanced parentheses and backslash escapes. */
    literalString() {
        this.pos++;
        for (let depth = 1; depth > 0; this.pos++) {
            const c = this.peek();
            if (c === -1)
                throw new Error('A PDF string is not closed');
            if (c === 0x5c)
                this.pos++;
            else if (c === 0x28)
                depth++;
            else if (c === 0x29)
                depth--;
        }
        return new PdfString();
    }
    skipPast(byte) {
        while (this.peek() !== byte) {
            if (this.peek() === -1)
                throw new Error('A PDF hex string is not closed');
            this.pos++;
        }
        this.pos++;
    }
    /** A number, or `num gen R` when two whole numbers are followed by R. */
    numberOrRef() {
        const first = this.number();
        if (!Number.isInteger(first) || first < 0)
            return first;
        const mark = this.pos;
        this.skipSpace();
        if (isDigit(this.bytes[this.pos])) {
            const second = this.number();
            this.skipSpace();
            if (this.peek() === 0x52 && Number.isInteger(second) && this.endsToken(this.pos + 1)) {
                this.pos++;
                return new PdfRef(first, second);
            }
        }
        this.pos = mark;
        return first;
    }
    /** Whether a token ends before byte `i` (NeedMoreBytes when that byte is not read yet). */
    endsToken(i) {
        const c = this.bytes[i];
        if (c !== undefined)
            return !isRegular(c);
        if (this.complete)
            return true;
        throw new NeedMoreBytes();
    }
    number() {
        const start = this.pos;
        while (isRegular(this.peek()))
            this.pos++;
        const text = Buffer.from(this.bytes.subarray(start, this.pos)).toString('latin1');
        const n = Number(text);
        if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) || !Number.isFinite(n))
            throw new Error(`'${text}' is not a PDF number`);
        return n;
    }
}
/** Whether `c` ends a line (for comments). */
function isEol(c) {
    return c === 0x0a || c === 0x0d;
}
function fromHex(h) {
    return String.fromCharCode(parseInt(h, 16));
}

;// CONCATENATED MODULE: ./src/publish/pdf-pages.ts



/** No object or stream on the way to the page count is read beyond this size. */
const MAX_OBJECT_BYTES = 16 * 1024 * 1024;
/** `startxref` is in the last 1024 bytes (ISO 32000 §7.5.5); some writers append a little more. */
const TAIL_BYTES = 4096;
/** Incremental updates followed at most. */
const MAX_SECTIONS = 1000;
/**
 * Pages of a PDF: the /Count of its page tree, reached from the trailer through the
 * cross-reference tables or streams (incremental updates and object streams included). Reads the
 * file's last few KiB and the handful of objects on the way, whatever the file's size.
 */
async function pdfPageCount(path) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        return await new PdfFile(handle, (await handle.stat()).size).pageCount();
    }
    finally {
        await handle.close();
    }
}
class PdfFile {
    handle;
    size;
    sections = [];
    objects = new Map();
    objectStreams = new Map();
    constructor(handle, size) {
        this.handle = handle;
        this.size = size;
    }
    async pageCount() {
        let offset = await this.startXref();
        const seen = new Set();
        while (offset !== undefined && !seen.has(offset) && seen.size < MAX_SECTIONS) {
            seen.add(offset);
            const section = await this.section(offset);
            this.sections.push(section);
            // A hybrid file's table is completed by the stream its /XRefStm points to.
            const stream = section.trailer.get('XRefStm');
            if (typeof stream === 'number')
                this.sections.push(await this.section(stream));
            const prev = section.trailer.get('Prev');
            offset = typeof prev === 'number' ? prev : undefined;
        }
        const trailer = this.sections[0]?.trailer;
        const catalog = await this.dict(trailer?.get('Root'));
        const pages = await this.dict(catalog.get('Pages'));
        const count = await this.resolve(pages.get('Count'));
        if (typeof count !== 'number' || !Number.isInteger(count) || count < 0)
            throw new Error('The page tree has no valid /Count');
        return count;
    }
    async startXref() {
        const from = Math.max(0, this.size - TAIL_BYTES);
        const tail = (await this.read(from, this.size - from)).toString('latin1');
        const match = /^startxref\s+(\d+)/.exec(tail.slice(tail.lastIndexOf('startxref')));
        if (!match?.[1])
            throw new Error('No startxref at the end of the PDF');
        return Number(match[1]);
    }
    /** The section at `offset`: a classic `xref` table, or an object of /Type /XRef. */
    async section(offset) {
        const isTable = await this.parseAt(offset, (p) => p.keyword() === 'xref');
        return isTable ? this.table(offset) : this.xrefStream(offset);
    }
    /** A classic table: subsections of fixed-width entries, read one entry at a time when asked. */
    async table(offset) {
        const subsections = [];
        let pos = offset + (await this.parseAt(offset, (p) => (p.keyword(), p.pos)));
        for (;;) {
            const next = await this.parseAt(pos, (p, bytes) => {
                p.skipSpace();
                if (bytes[p.pos] === 0x74) {
                    if (p.keyword() !== 'trailer')
                        throw new Error('Expected a PDF trailer');
                    return { trailer: p.value() };
                }
                const first = p.integer();
                const count = p.integer();
                p.skipSpace();
                if (count > 0 && bytes.length < p.pos + 20)
                    throw new NeedMoreBytes();
                // An entry is `nnnnnnnnnn ggggg n` and an end of line: 20 bytes, 19 for some writers.
                let width = 18;
                while (width < 20 && (bytes[p.pos + width] === 0x20 || pdf_pages_isEol(bytes[p.pos + width])))
                    width++;
                return { first, count, at: p.pos, width };
            });
            if ('trailer' in next) {
                if (!(next.trailer instanceof Map))
                    throw new Error('The PDF trailer is not a dictionary');
                return { trailer: next.trailer, entry: (num) => this.tableEntry(subsections, num) };
            }
            subsections.push({ ...next, at: pos + next.at });
            pos += next.at + next.count * next.width;
        }
    }
    async tableEntry(subsections, num) {
        const sub = subsections.find((s) => num >= s.first && num < s.first + s.count);
        if (!sub)
            return undefined;
        const text = (await this.read(sub.at + (num - sub.first) * sub.width, 18)).toString('latin1');
        const match = /^(\d{10}) \d{5} ([nf])$/.exec(text);
        if (!match)
            throw new Error(`Malformed xref entry for object ${num}`);
        return match[2] === 'n' ? { offset: Number(match[1]) } : 'free';
    }
    /** A cross-reference stream (PDF 1.5): rows of /W-wide big-endian fields over /Index ranges. */
    async xrefStream(offset) {
        const { dict, data } = await this.streamObject(offset);
        const widths = numbers(dict.get('W'));
        const [w0 = 0, w1 = 0, w2 = 0] = widths;
        const size = dict.get('Size');
        const index = dict.has('Index') ? numbers(dict.get('Index')) : [0, Number(size)];
        const rowLength = w0 + w1 + w2;
        if (widths.length !== 3 || rowLength === 0)
            throw new Error('Invalid /W in an xref stream');
        const entry = async (num) => {
            for (let i = 0, row = 0; i + 1 < index.length; i += 2) {
                const first = index[i] ?? 0;
                const count = index[i + 1] ?? 0;
                if (num >= first && num < first + count) {
                    const at = (row + num - first) * rowLength;
                    if (at + rowLength > data.length)
                        throw new Error('The xref stream is too short');
                    const type = w0 === 0 ? 1 : field(data, at, w0);
                    const a = field(data, at + w0, w1);
                    if (type === 0)
                        return 'free';
                    if (type === 1)
                        return { offset: a };
                    if (type === 2)
                        return { stream: a, index: field(data, at + w0 + w1, w2) };
                    return undefined;
                }
                row += count;
            }
            return undefined;
        };
        return { trailer: dict, entry };
    }
    async dict(value) {
        const resolved = await this.resolve(value);
        if (!(resolved instanceof Map))
            throw new Error('Expected a PDF dictionary');
        return resolved;
    }
    /** Follows references to the object they name. */
    async resolve(value, depth = 0) {
        if (!(value instanceof PdfRef))
            return value;
        if (depth > 32)
            throw new Error('PDF references nest too deep');
        const cached = this.objects.get(value.num);
        if (cached !== undefined)
            return this.resolve(cached, depth + 1);
        const entry = await this.lookup(value.num);
        const object = 'offset' in entry
            ? (await this.objectAt(entry.offset)).value
            : await this.inObjectStream(entry.stream, entry.index);
        this.objects.set(value.num, object);
        return this.resolve(object, depth + 1);
    }
    async lookup(num) {
        for (const section of this.sections) {
            const entry = await section.entry(num);
            if (entry === 'free')
                break;
            if (entry)
                return entry;
        }
        throw new Error(`PDF object ${num} is not in the cross-reference data`);
    }
    /** `num gen obj <value>`, and where its stream data starts when it has one. */
    objectAt(offset) {
        return this.parseAt(offset, (p, bytes) => {
            p.integer();
            p.integer();
            if (p.keyword() !== 'obj')
                throw new Error(`No PDF object at byte ${offset}`);
            const value = p.value();
            if (!(value instanceof Map) || p.keyword() !== 'stream')
                return { value };
            if (bytes[p.pos] === 0x0d)
                p.pos++;
            if (bytes[p.pos] === 0x0a)
                p.pos++;
            return { value, streamAt: offset + p.pos };
        });
    }
    async streamObject(offset) {
        const { value, streamAt } = await this.objectAt(offset);
        if (!(value instanceof Map) || streamAt === undefined)
            throw new Error(`PDF object at byte ${offset} is not a stream`);
        const length = await this.resolve(value.get('Length'));
        if (typeof length !== 'number' || length < 0 || length > MAX_OBJECT_BYTES)
            throw new Error('A PDF stream has no usable /Length');
        return { dict: value, data: decode(value, await this.read(streamAt, length)) };
    }
    /** Object `index` of an object stream (PDF 1.5): /N pairs of numbers and offsets, then objects. */
    async inObjectStream(streamNum, index) {
        let stream = this.objectStreams.get(streamNum);
        if (!stream) {
            const entry = await this.lookup(streamNum);
            if (!('offset' in entry))
                throw new Error('An object stream inside an object stream');
            const { dict, data } = await this.streamObject(entry.offset);
            const first = Number(dict.get('First'));
            const header = new PdfParser(data.subarray(0, first), 0, true);
            const offsets = [];
            for (let i = 0; i < Number(dict.get('N')); i++) {
                header.integer();
                offsets.push(first + header.integer());
            }
            stream = { data, offsets };
            this.objectStreams.set(streamNum, stream);
        }
        const at = stream.offsets[index];
        if (at === undefined)
            throw new Error(`No object ${index} in object stream ${streamNum}`);
        return new PdfParser(stream.data, at, true).value();
    }
    /** Parses from `offset`, reading more of the file while the parser asks for more. */
    async parseAt(offset, parse) {
        for (let length = 4096;; length *= 4) {
            const bytes = await this.read(offset, Math.min(length, MAX_OBJECT_BYTES));
            const complete = offset + bytes.length >= this.size;
            try {
                return parse(new PdfParser(bytes, 0, complete), bytes);
            }
            catch (error) {
                if (!(error instanceof NeedMoreBytes) || complete || length >= MAX_OBJECT_BYTES)
                    throw error;
            }
        }
    }
    async read(offset, length) {
        const buffer = Buffer.alloc(Math.max(0, Math.min(length, this.size - offset)));
        const { bytesRead } = await this.handle.read(buffer, 0, buffer.length, offset);
        return buffer.subarray(0, bytesRead);
    }
}
/** Applies a stream's filters: FlateDecode, with or without a PNG predictor, is all that's needed. */
function decode(dict, raw) {
    const filters = list(dict.get('Filter'));
    const params = list(dict.get('DecodeParms'));
    return filters.reduce((data, filter, i) => {
        if (!(filter instanceof PdfName) || filter.name !== 'FlateDecode')
            throw new Error('Unsupported PDF stream filter');
        const inflated = (0,external_node_zlib_.inflateSync)(data, { maxOutputLength: MAX_OBJECT_BYTES });
        const p = params[i];
        return p instanceof Map ? unpredict(inflated, p) : inflated;
    }, raw);
}
/** Undoes a PNG predictor (/Predictor 10–15): each row starts with its filter type. */
function unpredict(data, params) {
    const predictor = Number(params.get('Predictor') ?? 1);
    if (predictor === 1)
        return data;
    if (predictor < 10)
        throw new Error('Unsupported PDF predictor');
    const colors = Number(params.get('Colors') ?? 1);
    const bits = Number(params.get('BitsPerComponent') ?? 8);
    const columns = Number(params.get('Columns') ?? 1);
    const bpp = Math.max(1, Math.ceil((colors * bits) / 8));
    const rowLength = Math.ceil((colors * bits * columns) / 8);
    const rows = Math.floor(data.length / (rowLength + 1));
    const out = Buffer.alloc(rows * rowLength);
    for (let r = 0; r < rows; r++) {
        const type = data[r * (rowLength + 1)];
        const row = r * rowLength;
        for (let i = 0; i < rowLength; i++) {
            const x = data[r * (rowLength + 1) + 1 + i] ?? 0;
            const left = i >= bpp ? (out[row + i - bpp] ?? 0) : 0;
            const up = r > 0 ? (out[row - rowLength + i] ?? 0) : 0;
            const upLeft = r > 0 && i >= bpp ? (out[row - rowLength + i - bpp] ?? 0) : 0;
            const guess = type === 1
                ? left
                : type === 2
                    ? up
                    : type === 3
                        ? (left + up) >> 1
                        : type === 4
                            ? paeth(left, up, upLeft)
                            : 0;
            out[row + i] = (x + guess) & 0xff;
        }
    }
    return out;
}
function paeth(a, b, c) {
    const p = a + b - c;
    const pa = Math.abs(p - a);
    const pb = Math.abs(p - b);
    const pc = Math.abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
function field(data, at, width) {
    let n = 0;
    for (let i = 0; i < width; i++)
        n = n * 256 + (data[at + i] ?? 0);
    return n;
}
function list(value) {
    return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}
function numbers(value) {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'number'))
        throw new Error('Expected an array of numbers in the PDF');
    return value;
}
function pdf_pages_isEol(c) {
    return c === 0x0a || c === 0x0d;
}

;// CONCATENATED MODULE: ./src/publish/xlsx-sheets.ts


/** The zip's end record is 22 bytes plus a comment of at most 65,535. */
const MAX_TAIL_BYTES = 22 + 0xffff;
/** The central directory and the workbook part are small; anything larger is not a workbook. */
const MAX_PART_BYTES = 16 * 1024 * 1024;
const WORKBOOK = 'xl/workbook.xml';
/**
 * Worksheet names of an XLSX workbook, in order, from its `xl/workbook.xml` part. Reads the zip's
 * central directory and that one entry, never the rest of the file.
 */
async function worksheetNames(path) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const xml = (await readEntry(handle, (await handle.stat()).size, WORKBOOK)).toString('utf8');
        return [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => decodeXml(m[1] ?? ''));
    }
    finally {
        await handle.close();
    }
}
/** One entry of a zip file, found through its central directory. */
async function readEntry(handle, size, name) {
    const tailStart = Math.max(0, size - MAX_TAIL_BYTES);
    const tail = await read(handle, tailStart, size - tailStart);
    const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0 || end + 22 > tail.length)
        throw new Error('Not a zip file');
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directoryOffset === 0xffffffff || directorySize === 0xffffffff)
        throw new Error('ZIP64 workbooks are not read');
    if (directorySize > MAX_PART_BYTES)
        throw new Error('The zip directory is too large');
    const directory = await read(handle, directoryOffset, directorySize);
    for (let at = 0; at + 46 <= directory.length;) {
        if (directory.readUInt32LE(at) !== 0x02014b50)
            throw new Error('Malformed zip directory');
        const method = directory.readUInt16LE(at + 10);
        const compressedSize = directory.readUInt32LE(at + 20);
        const nameLength = directory.readUInt16LE(at + 28);
        const skip = nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
        const entryName = directory.toString('utf8', at + 46, at + 46 + nameLength);
        if (entryName === name) {
            const localOffset = directory.readUInt32LE(at + 42);
            return readData(handle, localOffset, method, compressedSize);
        }
        at += 46 + skip;
    }
    throw new Error(`No ${name} in the zip`);
}
/** The data after an entry's local header, inflated when it is deflated. */
async function readData(handle, localOffset, method, compressedSize) {
    if (compressedSize > MAX_PART_BYTES)
        throw new Error('The zip entry is too large');
    const header = await read(handle, localOffset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50)
        throw new Error('Malformed zip entry');
    const dataOffset = localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const data = await read(handle, dataOffset, compressedSize);
    if (method === 0)
        return data;
    if (method === 8)
        return (0,external_node_zlib_.inflateRawSync)(data, { maxOutputLength: MAX_PART_BYTES });
    throw new Error(`Zip compression method ${method} is not read`);
}
async function read(handle, offset, length) {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, offset);
    return buffer.subarray(0, bytesRead);
}
function decodeXml(text) {
    return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');
}

;// CONCATENATED MODULE: ./src/publish/file-details.ts




/**
 * Pages of a PDF, worksheets of a workbook, rows and a preview of a CSV. Never throws. Memory stays
 * flat with the file's size: PDFs and workbooks are read only where their structure points (a few
 * KiB); CSVs are streamed once to count their records.
 */
async function inspectFile(file, previewRows) {
    if (!file.path)
        return {};
    try {
        if (file.format === 'csv')
            return await inspectCsv(file.path, previewRows);
        if (file.format === 'pdf')
            return { pages: await pdfPageCount(file.path) };
        if (file.format === 'excel')
            return { worksheets: await worksheetNames(file.path) };
        return {};
    }
    catch {
        return {};
    }
}
/**
 * Counts a CSV's records in one streamed pass (no record is built) and parses only its first
 * records for the preview: flat in memory and fast whatever the file's size.
 */
async function inspectCsv(path, previewRows) {
    const [records, preview] = await Promise.all([
        countCsvRecords(path),
        previewRows > 0 ? firstRecords(path, previewRows + 1) : undefined
    ]);
    return { rows: Math.max(0, records - 1), preview };
}
/** The first `count` records, parsed by csv-parse; the file is read no further. */
async function firstRecords(path, count) {
    const { parse } = await __webpack_require__.e(/* import() */ 6070).then(__webpack_require__.bind(__webpack_require__, 56070));
    const input = (0,external_node_fs_.createReadStream)(path);
    const records = [];
    try {
        const parser = input.pipe(parse({ relax_column_count: true, relax_quotes: true, bom: true, to: count }));
        for await (const record of parser)
            records.push(record);
    }
    finally {
        input.destroy();
    }
    return records;
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
    const ok = (0,outcome.allSucceeded)(r.jobs);
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
    return [
        '',
        `<details><summary>Preview of ${(0,markdown/* code */.aY)(external_node_path_default().relative(r.outputDir, f.path))}: first ${shownRows.length} of ${f.details?.rows ?? body.length} rows</summary>`,
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
async function publishResults(jobs, plan, inputs, env, durationMs, diff) {
    const p = inputs.publish;
    const files = (0,outcome.allFiles)(jobs);
    await Promise.all(files.map(async (f) => (f.details ??= await inspectFile(f, p.csvPreviewRows))));
    const report = {
        subject: plan.subject,
        reports: plan.reports,
        jobs,
        outputDir: inputs.outputDir,
        durationMs,
        diff
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
    return { outputs, ok };
}


/***/ }),

/***/ 17293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ backoffDelay)
/* harmony export */ });
function backoffDelay(attempt, options) {
    const { initialMs, capMs, factor = 1.5, jitter = 0.2, random = Math.random } = options;
    const base = Math.min(capMs, initialMs * factor ** attempt);
    return Math.round(base * (1 - jitter) + base * jitter * random());
}


/***/ })

};
