export const id = 9379;
export const ids = [9379];
export const modules = {

/***/ 9072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ compareTables)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/diff/table/limits.ts
var limits = __webpack_require__(182);
;// CONCATENATED MODULE: ./src/diff/table/column-plan.ts

/**
 * Makes a header's names unique and non-empty, so columns can be matched by name: an empty name
 * becomes `(column N)`, a repeated one `Name (2)`, `Name (3)`...
 */
function uniqueNames(header) {
    const seen = new Set();
    return header.map((raw, i) => {
        const base = raw === '' ? `(column ${i + 1})` : raw;
        let name = base;
        for (let n = 2; seen.has(name); n++)
            name = `${base} (${n})`;
        seen.add(name);
        return name;
    });
}
/**
 * Lines up the baseline's and the new file's columns by name (their order does not matter) and
 * decides the key: the given key columns when both files have them all, else the whole row
 * (every shared column), with a note saying why.
 */
function planColumns(before, after, keyColumns) {
    const inBefore = new Map(before.map((name, i) => [name, i]));
    const inAfter = new Map(after.map((name, i) => [name, i]));
    const shared = after.filter((name) => inBefore.has(name));
    const added = after.filter((name) => !inBefore.has(name));
    const removed = before.filter((name) => !inAfter.has(name));
    const wanted = keyColumns?.length ? keyColumns : undefined;
    const missing = wanted?.filter((name) => !inBefore.has(name) || !inAfter.has(name)) ?? [];
    const keyed = wanted && missing.length === 0 ? wanted : undefined;
    const key = keyed ?? shared;
    const compared = keyed ? shared.filter((name) => !keyed.includes(name)) : [];
    const renames = removed.length * added.length <= limits/* MAX_RENAME_PAIRS */.Mi;
    const renameFrom = renames ? removed : [];
    const renameTo = renames ? added : [];
    const index = (names, of) => names.map((name) => of.get(name) ?? -1);
    return {
        before: {
            key: index(key, inBefore),
            compared: index(compared, inBefore),
            candidates: index(renameFrom, inBefore)
        },
        after: {
            key: index(key, inAfter),
            compared: index(compared, inAfter),
            candidates: index(renameTo, inAfter)
        },
        keyColumns: keyed,
        compared,
        added,
        removed,
        renameFrom,
        renameTo,
        note: missing.length > 0
            ? `key column${missing.length === 1 ? '' : 's'} ${missing.join(', ')} not in both files: rows matched whole`
            : undefined
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/diff/table/numeric-cell.ts
// Sign, optional currency, digits either plain or in comma-separated thousands, decimals,
// exponent, optional percent sign: -1234.5, 1,234.5, $-1,234.50, -$3, 1e-3, 12.5%. The
// currencies are $, euro, pound and yen, escaped so that dist/ stays ASCII.
const NUMBER = /^([-+]?)([$\u20ac\u00a3\u00a5]?)([-+]?)(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)((?:[eE][-+]?\d+)?)(%?)$/;
/**
 * Reads a cell as a number: plain decimals, exponents, comma thousands separators (`1,234.5`,
 * never a decimal comma), a leading currency symbol and a trailing percent sign. Anything else
 * (dates, text, `(5)`, `1.234,5`) is not a number and compares as text.
 */
function numericCell(text) {
    const m = NUMBER.exec(text.trim());
    if (!m)
        return undefined;
    const [, sign1 = '', currency = '', sign2 = '', digits = '', exponent = '', percent = ''] = m;
    if (sign1 && sign2)
        return undefined;
    const value = Number(`${sign1 || sign2}${digits.replace(/,/g, '')}${exponent}`);
    return Number.isFinite(value) ? { value, unit: currency + percent } : undefined;
}

;// CONCATENATED MODULE: ./src/diff/table/cells-equal.ts

/**
 * Whether two cells hold the same value. Without a tolerance, cells compare as text. With one,
 * two numeric cells (see `numericCell`) of the same unit compare by value within it; other cells
 * still compare as text. A difference equal to the tolerance is within it.
 */
function cellsEqual(before, after, tolerance) {
    if (before === after)
        return true;
    if (!tolerance)
        return false;
    const a = numericCell(before);
    const b = numericCell(after);
    if (!a || !b || a.unit !== b.unit)
        return false;
    const larger = Math.max(Math.abs(a.value), Math.abs(b.value));
    const limit = tolerance.kind === 'absolute' ? tolerance.value : tolerance.fraction * larger;
    // The subtraction's own rounding must not tip a difference of exactly the tolerance over it
    // (1.1 − 1.0 is 0.10000000000000009 in binary floating point).
    return Math.abs(a.value - b.value) <= limit + 4 * Number.EPSILON * larger;
}

;// CONCATENATED MODULE: ./src/diff/table/match-tally.ts
/** An empty tally for a table with these rename candidates. */
function newTally(sampleRows, renameFrom, renameTo) {
    return {
        added: 0,
        removed: 0,
        changed: 0,
        duplicateKeys: 0,
        matched: 0,
        sample: [],
        sampleRows,
        rename: Array.from({ length: renameFrom }, () => Array(renameTo).fill(true)),
        countedOnly: 0
    };
}
/** Keeps a changed row (made only if kept) if it is among the first `sampleRows` of the new file. */
function addToSample(tally, index, change) {
    const { sample, sampleRows } = tally;
    if (sample.length >= sampleRows && index > (sample.at(-1)?.index ?? Infinity))
        return;
    let at = sample.length;
    while (at > 0 && (sample[at - 1]?.index ?? 0) > index)
        at--;
    sample.splice(at, 0, { index, change: change() });
    if (sample.length > sampleRows)
        sample.pop();
}

// EXTERNAL MODULE: ./src/diff/table/read-lines.ts
var read_lines = __webpack_require__(66740);
;// CONCATENATED MODULE: ./src/diff/table/row-line.ts
/** Encodes a parsed row (missing cells read as empty) for a partition file, without newline. */
function encodeRow(side, index, cells) {
    const pick = (columns) => JSON.stringify(columns.map((i) => cells[i] ?? ''));
    return `${pick(side.key)}\t${index}\t${pick(side.compared)}\t${pick(side.candidates)}`;
}
/** The key field of an encoded row. */
function keyOf(line) {
    return line.slice(0, line.indexOf('\t'));
}
/** Splits an encoded row into its fields (JSON left unparsed). */
function decodeRow(line) {
    const a = line.indexOf('\t');
    const b = line.indexOf('\t', a + 1);
    const c = line.indexOf('\t', b + 1);
    return {
        key: line.slice(0, a),
        index: Number(line.slice(a + 1, b)),
        compared: line.slice(b + 1, c),
        candidates: line.slice(c + 1)
    };
}

;// CONCATENATED MODULE: ./src/diff/table/match-partition.ts




/**
 * Matches one partition (both files at most MAX_PARTITION_BYTES, read whole): the baseline's
 * rows are held in memory by key, the new file's rows go past them. Rows of one key pair up in
 * order of appearance; the rest are added or removed.
 */
async function matchPartition(beforePath, afterPath, rules, tally) {
    const baseline = new Map();
    for (const line of await (0,read_lines/* readAllLines */.j)(beforePath)) {
        const key = keyOf(line);
        const rows = baseline.get(key);
        if (rows)
            rows.lines.push(line);
        else
            baseline.set(key, { lines: [line], used: 0, seenAfter: 0 });
    }
    const onlyAfter = new Map();
    for (const line of await (0,read_lines/* readAllLines */.j)(afterPath)) {
        const key = keyOf(line);
        const rows = baseline.get(key);
        if (rows) {
            rows.seenAfter++;
            const before = rows.lines[rows.used];
            if (before !== undefined) {
                rows.used++;
                compareRows(decodeRow(before), decodeRow(line), rules, tally);
                continue;
            }
        }
        else
            onlyAfter.set(key, (onlyAfter.get(key) ?? 0) + 1);
        tally.added++;
    }
    for (const rows of baseline.values()) {
        tally.removed += rows.lines.length - rows.used;
        if (rules.countDuplicates && (rows.lines.length > 1 || rows.seenAfter > 1)) {
            tally.duplicateKeys++;
        }
    }
    if (rules.countDuplicates)
        for (const n of onlyAfter.values())
            if (n > 1)
                tally.duplicateKeys++;
}
function compareRows(before, after, rules, tally) {
    tally.matched++;
    if (tally.rename.length > 0)
        collectRenameEvidence(before, after, rules, tally);
    if (before.compared === after.compared)
        return;
    const a = JSON.parse(before.compared);
    const b = JSON.parse(after.compared);
    const cells = [];
    rules.compared.forEach((column, i) => {
        const was = a[i] ?? '';
        const is = b[i] ?? '';
        if (!cellsEqual(was, is, rules.tolerance))
            cells.push({ column, before: was, after: is });
    });
    if (cells.length === 0)
        return;
    tally.changed++;
    addToSample(tally, after.index, () => ({
        key: JSON.parse(after.key).join(', '),
        cells
    }));
}
function collectRenameEvidence(before, after, rules, tally) {
    const from = JSON.parse(before.candidates);
    const to = JSON.parse(after.candidates);
    tally.rename.forEach((row, i) => row.forEach((same, j) => {
        if (same)
            row[j] = cellsEqual(from[i] ?? '', to[j] ?? '', rules.tolerance);
    }));
}

;// CONCATENATED MODULE: ./src/diff/table/string-hash.ts
/** Murmur3's finaliser: spreads every input bit over the whole 32-bit result. */
function mix(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/**
 * A 32-bit FNV-1a hash of the text's UTF-16 code units, finalised; a different `seed` gives an
 * unrelated hash, so a partition can be split again by the same keys.
 */
function hashString(text, seed) {
    let h = (0x811c9dc5 ^ mix(seed + 1)) >>> 0;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return mix(h);
}

// EXTERNAL MODULE: ./src/diff/table/write-partitions.ts
var write_partitions = __webpack_require__(7019);
;// CONCATENATED MODULE: ./src/diff/table/split-partition.ts





/** Thrown when a partition has too many distinct keys to count their occurrences. */
class TooManyKeys extends Error {
    constructor() {
        super(`more than ${limits/* MAX_OCCURRENCE_KEYS */.uU} distinct keys`);
        this.name = 'TooManyKeys';
    }
}
const split = (part, count, route) => (0,write_partitions/* writePartitions */.V)((0,read_lines/* readLines */.S)(part.path), route, count, (i) => `${part.path}.${i}`);
/** Pairs the i-th partition of the baseline with the i-th of the new file. */
function pairUp(before, after) {
    return before.flatMap((b, i) => {
        const a = after[i];
        return a ? [{ before: b, after: a }] : [];
    });
}
/** Splits both sides of a pair into `count` pairs by a hash of the key with a fresh seed. */
async function splitByKey(pair, count, seed) {
    const route = (line) => hashString(keyOf(line), seed) % count;
    return pairUp(await split(pair.before, count, route), await split(pair.after, count, route));
}
/**
 * Splits both sides of a pair by key and occurrence: the n-th row of a key goes where the n-th
 * row of that key in the other file goes, so a key repeated many times spreads over every
 * partition while its rows still pair up in order. Returns the keys seen more than once in
 * either file too (the new partitions must not count them again). Throws TooManyKeys when a
 * side has more distinct keys than MAX_OCCURRENCE_KEYS.
 */
async function splitByOccurrence(pair, count, seed) {
    const counter = (seen) => (line) => {
        const key = keyOf(line);
        const n = seen.get(key) ?? 0;
        if (n === 0 && seen.size >= limits/* MAX_OCCURRENCE_KEYS */.uU)
            throw new TooManyKeys();
        seen.set(key, n + 1);
        return hashString(`${key}\u0001${n}`, seed) % count;
    };
    const before = new Map();
    const after = new Map();
    const pairs = pairUp(await split(pair.before, count, counter(before)), await split(pair.after, count, counter(after)));
    let duplicateKeys = 0;
    for (const [key, n] of before)
        if (n > 1 || (after.get(key) ?? 0) > 1)
            duplicateKeys++;
    for (const [key, n] of after)
        if (n > 1 && !before.has(key))
            duplicateKeys++;
    return { pairs, duplicateKeys };
}

;// CONCATENATED MODULE: ./src/diff/table/match-pairs.ts





/**
 * Matches every pair of partitions, one at a time, deleting their files as it goes. A pair too
 * large to hold (MAX_PARTITION_BYTES) is split again by a fresh hash of the key; one still too
 * large (a key repeated very often) by key and occurrence; one still too large after that, or
 * with too many distinct keys to count, is compared by row counts only.
 */
async function matchPairs(pairs, rules, tally) {
    for (const pair of pairs)
        await matchPair(pair, 0, rules, tally);
}
async function matchPair(pair, depth, rules, tally) {
    try {
        const largest = Math.max(pair.before.bytes, pair.after.bytes);
        if (largest <= limits/* MAX_PARTITION_BYTES */._O) {
            return await matchPartition(pair.before.path, pair.after.path, rules, tally);
        }
        const count = (0,limits/* partitionCount */.O0)(largest);
        if (depth === 0) {
            for (const part of await splitByKey(pair, count, depth + 1)) {
                await matchPair(part, depth + 1, rules, tally);
            }
            return;
        }
        if (depth === 1) {
            const split = await splitByOccurrence(pair, count, depth + 1).catch((error) => {
                if (error instanceof TooManyKeys)
                    return undefined;
                throw error;
            });
            if (split) {
                tally.duplicateKeys += rules.countDuplicates ? split.duplicateKeys : 0;
                const inner = { ...rules, countDuplicates: false };
                for (const part of split.pairs)
                    await matchPair(part, depth + 1, inner, tally);
                return;
            }
        }
        await countOnly(pair, tally);
    }
    finally {
        await Promise.all([(0,promises_.rm)(pair.before.path, { force: true }), (0,promises_.rm)(pair.after.path, { force: true })]);
    }
}
async function countOnly(pair, tally) {
    const count = async (path) => {
        let lines = 0;
        for await (const batch of (0,read_lines/* readLines */.S)(path))
            lines += batch.length;
        return lines;
    };
    const before = await count(pair.before.path);
    const after = await count(pair.after.path);
    tally.removed += Math.max(0, before - after);
    tally.added += Math.max(0, after - before);
    tally.countedOnly += Math.max(before, after);
}

;// CONCATENATED MODULE: ./src/diff/table/table-source.ts
/** The first record of a table, or no columns for an empty one. */
async function readHeader(source) {
    for await (const record of source.open())
        return record;
    return [];
}

;// CONCATENATED MODULE: ./src/diff/table/compare-tables.ts










/**
 * Compares two tables in bounded memory: both are streamed once into partition files by a hash of
 * each row's key, then matched one partition at a time (see matchPairs).
 */
async function compareTables(before, after, o) {
    const plan = planColumns(uniqueNames(await readHeader(before)), uniqueNames(await readHeader(after)), o.keyColumns);
    const count = (0,limits/* partitionCount */.O0)(Math.max(before.bytes, after.bytes));
    const baseline = await partition(before, plan.before, count, external_node_path_default().join(o.dir, 'b'));
    const current = await partition(after, plan.after, count, external_node_path_default().join(o.dir, 'a'));
    const pairs = pairUp(baseline.parts, current.parts);
    const tally = newTally(o.sampleRows, plan.renameFrom.length, plan.renameTo.length);
    const countDuplicates = plan.before.key.length > 0;
    await matchPairs(pairs, { compared: plan.compared, tolerance: o.tolerance, countDuplicates }, tally);
    return tableDiff(plan, tally, baseline.rows);
}
async function partition(source, side, count, prefix) {
    const writer = new write_partitions/* PartitionWriter */.U(count, (i) => `${prefix}${i}`);
    let rows = -1;
    try {
        for await (const record of source.open()) {
            if (++rows === 0)
                continue;
            const line = encodeRow(side, rows, record);
            const writing = writer.add(hashString(keyOf(line), 0) % count, line);
            if (writing)
                await writing;
        }
    }
    catch (error) {
        await writer.abandon();
        throw error;
    }
    return { parts: await writer.close(), rows: Math.max(0, rows) };
}
function tableDiff(plan, tally, baselineRows) {
    const renamed = tally.matched > 0 ? pairRenames(plan, tally.rename) : [];
    const diff = {
        added: tally.added,
        removed: tally.removed,
        changed: tally.changed,
        baselineRows,
        columns: {
            added: plan.added.filter((name) => !renamed.some((r) => r.to === name)),
            removed: plan.removed.filter((name) => !renamed.some((r) => r.from === name)),
            renamed
        },
        duplicateKeys: tally.duplicateKeys,
        sample: tally.sample.map((s) => s.change)
    };
    if (plan.keyColumns)
        diff.keyColumns = plan.keyColumns;
    const notes = plan.note ? [plan.note] : [];
    if (tally.countedOnly > 0) {
        diff.countsOnly = true;
        notes.push(`${tally.countedOnly} rows share keys too often to match in memory: compared by count only`);
    }
    if (notes.length > 0)
        diff.note = notes.join('; ');
    return diff;
}
/** Each removed column renamed to the first added column that held its values in every row. */
function pairRenames(plan, evidence) {
    const taken = new Set();
    return plan.renameFrom.flatMap((from, i) => {
        const j = plan.renameTo.findIndex((_, j) => !taken.has(j) && evidence[i]?.[j]);
        const to = plan.renameTo[j];
        if (to === undefined)
            return [];
        taken.add(j);
        return [{ from, to }];
    });
}


/***/ }),

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mi: () => (/* binding */ MAX_RENAME_PAIRS),
/* harmony export */   O0: () => (/* binding */ partitionCount),
/* harmony export */   _O: () => (/* binding */ MAX_PARTITION_BYTES),
/* harmony export */   nM: () => (/* binding */ WRITE_BUFFER_BYTES),
/* harmony export */   uU: () => (/* binding */ MAX_OCCURRENCE_KEYS)
/* harmony export */ });
/* unused harmony exports TARGET_PARTITION_BYTES, MAX_PARTITIONS */
/**
 * Source bytes per partition when a table is first split by key: 200 MB makes 187 partitions of
 * ~1.4 MB of encoded rows each; a partition's baseline rows take a few MB of heap once matched.
 */
const TARGET_PARTITION_BYTES = 1024 * 1024;
/**
 * Partitions per split; each side is written alone, so at most this many files are open. Past
 * 256 MB, partitions grow past the target (4 MB each for 1 GB).
 */
const MAX_PARTITIONS = 256;
/**
 * The largest partition file (either side) matched in memory. A larger one is split again by a
 * fresh hash of the key, then by key and occurrence (for keys repeated many times).
 */
const MAX_PARTITION_BYTES = 24 * 1024 * 1024;
/** Distinct keys counted to split a partition by key and occurrence; beyond, counts only. */
const MAX_OCCURRENCE_KEYS = 200_000;
/** Bytes buffered per side across all open partition files before they are written. */
const WRITE_BUFFER_BYTES = 4 * 1024 * 1024;
/** Rename detection tries every removed × added column pair up to this many pairs. */
const MAX_RENAME_PAIRS = 64;
/** How many partitions a table of this many bytes is split into at first. */
function partitionCount(bytes) {
    return Math.min(MAX_PARTITIONS, Math.max(1, Math.ceil(bytes / TARGET_PARTITION_BYTES)));
}


/***/ }),

/***/ 66740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ readLines),
/* harmony export */   j: () => (/* binding */ readAllLines)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The lines of a UTF-8 text file, streamed in batches (the lines of each chunk read, so that a
 * caller spends one await per chunk, not per line); a file that does not exist has none.
 */
async function* readLines(path) {
    let rest = '';
    try {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, {
            encoding: 'utf8',
            highWaterMark: 256 * 1024
        })) {
            const lines = (rest + chunk).split('\n');
            rest = lines.pop() ?? '';
            if (lines.length > 0)
                yield lines;
        }
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return;
        throw error;
    }
    if (rest)
        yield [rest];
}
/**
 * The lines of a small UTF-8 text file, read at once (one decode, one split: faster than
 * streaming for a partition, whose size is bounded); a file that does not exist has none.
 */
async function readAllLines(path) {
    try {
        const lines = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8')).split('\n');
        if (lines.at(-1) === '')
            lines.pop();
        return lines;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
}


/***/ }),

/***/ 41586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ fileDiffOfTables)
/* harmony export */ });
/**
 * A CSV's or a workbook's FileDiff from its tables: row totals, column changes (an Excel column
 * named `<worksheet>!<column>`), and `changed` when any table has a row, column or worksheet
 * change.
 */
function fileDiffOfTables(file, format, tables) {
    const sum = (pick) => tables.reduce((n, t) => n + pick(t), 0);
    const name = (t, column) => format === 'excel' ? `${t.sheet ?? ''}!${column}` : column;
    const columns = {
        added: tables.flatMap((t) => t.columns.added.map((c) => name(t, c))),
        removed: tables.flatMap((t) => t.columns.removed.map((c) => name(t, c))),
        renamed: tables.flatMap((t) => t.columns.renamed.map((r) => ({ from: name(t, r.from), to: name(t, r.to) })))
    };
    const added = sum((t) => t.added);
    const removed = sum((t) => t.removed);
    const changed = sum((t) => t.changed);
    const columnChanges = columns.added.length + columns.removed.length + columns.renamed.length;
    const same = added + removed + changed + columnChanges === 0 && !tables.some((t) => t.status);
    return {
        file,
        format,
        status: same ? 'unchanged' : 'changed',
        added,
        removed,
        changed,
        baselineRows: sum((t) => t.baselineRows),
        columns,
        tables
    };
}


/***/ }),

/***/ 7019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ PartitionWriter),
/* harmony export */   V: () => (/* binding */ writePartitions)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(182);


/**
 * Writes lines to `count` partition files, `pathOf(i)`, keeping their order within each. Lines
 * are encoded into a buffer per partition (WRITE_BUFFER_BYTES in all, outside the JavaScript
 * heap, so buffered rows are not kept alive as strings) and a file is opened when its buffer is
 * first written.
 */
class PartitionWriter {
    parts;
    bufferSize;
    constructor(count, pathOf) {
        this.parts = Array.from({ length: count }, (_, i) => ({ path: pathOf(i), bytes: 0, used: 0 }));
        this.bufferSize = Math.max(16 * 1024, Math.floor(_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .WRITE_BUFFER_BYTES */ .nM / count));
    }
    /**
     * Adds a line (without newline) to partition `i`; returns a promise only when that partition's
     * buffer is being written, which the caller must await before adding more.
     */
    add(i, line) {
        const part = this.parts[i];
        if (!part)
            throw new Error(`partition ${i} out of range for ${this.parts.length}`);
        part.buffer ??= Buffer.allocUnsafe(this.bufferSize);
        // A UTF-16 code unit takes at most 3 bytes in UTF-8.
        const fits = line.length * 3 < part.buffer.length - part.used ||
            Buffer.byteLength(line) < part.buffer.length - part.used;
        if (!fits)
            return this.flush(part).then(() => this.addLarge(part, line));
        this.append(part, line);
    }
    /** Writes what is buffered, closes the files and returns every partition, in order. */
    async close() {
        try {
            for (const part of this.parts)
                await this.flush(part);
        }
        finally {
            await this.abandon();
        }
        return this.parts.map(({ path, bytes }) => ({ path, bytes }));
    }
    /** Closes the files without writing what is buffered (after an error). */
    async abandon() {
        await Promise.all(this.parts.map((part) => part.handle?.close()));
        for (const part of this.parts)
            delete part.handle;
    }
    append(part, line) {
        const buffer = part.buffer;
        part.used += buffer.write(line, part.used);
        buffer[part.used++] = 0x0a;
    }
    /** After a flush: a line longer than the whole buffer is written on its own. */
    async addLarge(part, line) {
        if (Buffer.byteLength(line) < (part.buffer?.length ?? 0))
            return this.append(part, line);
        await this.write(part, Buffer.from(`${line}\n`));
    }
    async flush(part) {
        if (!part.buffer || part.used === 0)
            return;
        await this.write(part, part.buffer.subarray(0, part.used));
        part.used = 0;
    }
    async write(part, data) {
        part.handle ??= await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(part.path, 'w');
        await part.handle.writeFile(data);
        part.bytes += data.length;
    }
}
/** Writes batches of lines each to the partition `route` gives it (see PartitionWriter). */
async function writePartitions(batches, route, count, pathOf) {
    const writer = new PartitionWriter(count, pathOf);
    try {
        for await (const lines of batches) {
            for (const line of lines) {
                const writing = writer.add(route(line), line);
                if (writing)
                    await writing;
            }
        }
    }
    catch (error) {
        await writer.abandon();
        throw error;
    }
    return writer.close();
}


/***/ })

};
