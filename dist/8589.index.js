export const id = 8589;
export const ids = [8589,5045,3353];
export const modules = {

/***/ 64967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ unique),
/* harmony export */   l: () => (/* binding */ safeRelativePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

const MAX_SEGMENT = 200;
/** A relative path made of safe segments: no empty, dot-only, over-long or control-character parts. */
function safeRelativePath(rendered) {
    const segments = rendered
        .split(/[/\\]+/)
        .map((s) => s.replace(/[\0-\x1f\x7f]/g, '').trim())
        .map((s) => (/^\.+$/.test(s) ? s.replace(/\./g, '_') : s))
        .map((s) => (Buffer.byteLength(s) > MAX_SEGMENT ? shorten(s) : s))
        .filter((s) => s !== '');
    return segments.length > 0 ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(...segments) : 'export';
}
function shorten(segment) {
    const ext = node_path__WEBPACK_IMPORTED_MODULE_0___default().extname(segment).slice(0, 10);
    return `${segment.slice(0, MAX_SEGMENT - ext.length - 1)}~${ext}`;
}
/** The path, or the path with -2, -3 before the extension when another file has it already. */
function unique(candidate, taken) {
    const ext = node_path__WEBPACK_IMPORTED_MODULE_0___default().extname(candidate);
    const stem = candidate.slice(0, candidate.length - ext.length);
    let result = candidate;
    for (let n = 2; taken.has(result.toLowerCase()); n++)
        result = `${stem}-${n}${ext}`;
    taken.add(result.toLowerCase());
    return result;
}


/***/ }),

/***/ 34970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/**
 * "Did you mean" suggestions for a name that matched nothing: config keys, dashboard names, time
 * zones.
 *
 * A candidate is close to the value when, ignoring case, one of these holds (best rank first):
 * 1. it is at most one edit away (an insertion, deletion, substitution or swap of two neighbours);
 * 2. it starts with the value (the value has 3 characters or more): `sales` → `Sales Overview`;
 * 3. it contains the value (3 characters or more): `berlin` → `Europe/Berlin`;
 * 4. it is at most max(1, ⌊length of the value / 3⌋) edits away: `paramtrs` → `parameters`.
 * When some candidate is at most one edit away, only those are suggested (`europe/berln` gives
 * `Europe/Berlin`, not also `Europe/Dublin`). Within a rank the fewer edits the better, then the
 * order of the candidates. A candidate that shares nothing with the value (as many edits as the
 * longer has characters: `x` → `y`) is never close. Distances are the optimal string alignment
 * (restricted Damerau-Levenshtein) distance, computed only near the diagonal and only as far as
 * the limit: one call costs O(candidates × length × limit) at worst (10 to 35 ms of CPU for
 * 10,000 names of 40 characters, measured on a busy 2-core machine).
 */
/** Up to `max` (default 3) of `candidates` closest to `value`, best first, without duplicates. */
function closest(value, candidates, max = 3) {
    const wanted = value.toLowerCase();
    if (wanted === '' || max < 1)
        return [];
    const limit = Math.max(1, Math.floor(wanted.length / 3));
    const rows = [0, 1, 2].map(() => new Int32Array(wanted.length + 1));
    const seen = new Set();
    const matches = [];
    for (const name of candidates) {
        if (seen.has(name))
            continue;
        seen.add(name);
        const match = compare(wanted, name.toLowerCase(), limit, rows);
        if (match !== undefined)
            matches.push({ name, ...match });
    }
    matches.sort((a, b) => a.rank - b.rank || a.distance - b.distance);
    const best = matches[0]?.rank;
    return matches
        .filter((m) => best !== 0 || m.rank === 0)
        .slice(0, max)
        .map((m) => m.name);
}
/** ' (did you mean 'x'?)', " (did you mean 'x' or 'y'?)", "... 'x', 'y' or 'z'?)", or ''. */
function didYouMean(value, candidates) {
    const names = closest(value, candidates).map((name) => `'${name}'`);
    if (names.length === 0)
        return '';
    const last = names.pop();
    return ` (did you mean ${names.length > 0 ? `${names.join(', ')} or ${last}` : last}?)`;
}
/** The rank and distance of a close candidate (both lower-cased), or undefined. */
function compare(wanted, candidate, limit, rows) {
    if (wanted.length >= 3 && candidate.includes(wanted)) {
        const distance = candidate.length - wanted.length;
        return { rank: distance <= 1 ? 0 : candidate.startsWith(wanted) ? 1 : 2, distance };
    }
    if (Math.abs(candidate.length - wanted.length) > limit)
        return undefined;
    const distance = editDistance(wanted, candidate, limit, rows);
    if (distance > limit || distance >= Math.max(wanted.length, candidate.length))
        return undefined;
    return { rank: distance <= 1 ? 0 : 3, distance };
}
/**
 * The optimal string alignment distance between `a` and `b` (whose lengths differ by at most
 * `limit`), or limit + 1 as soon as it must exceed `limit`. Only cells within `limit` of the
 * diagonal count, after the common prefix and suffix are dropped; a row's minimum never decreases
 * further down. `rows` are three scratch rows of at least a.length + 1 cells.
 */
function editDistance(whole, other, limit, rows) {
    let start = 0;
    while (start < whole.length && whole[start] === other[start])
        start++;
    let [endA, endB] = [whole.length, other.length];
    while (endA > start && endB > start && whole[endA - 1] === other[endB - 1])
        [endA, endB] = [endA - 1, endB - 1];
    const [a, b] = [whole.slice(start, endA), other.slice(start, endB)];
    const outside = limit + 1;
    let [before, previous, current] = rows;
    for (let j = 0; j <= a.length; j++)
        previous[j] = j <= limit ? j : outside;
    for (let i = 1; i <= b.length; i++) {
        const bChar = b.charCodeAt(i - 1);
        const bBefore = i > 1 ? b.charCodeAt(i - 2) : -1;
        const [low, high] = [Math.max(1, i - limit), Math.min(a.length, i + limit)];
        current[low - 1] = low === 1 ? i : outside;
        let rowMin = current[low - 1];
        for (let j = low; j <= high; j++) {
            const aChar = a.charCodeAt(j - 1);
            let best = previous[j - 1] + (aChar === bChar ? 0 : 1);
            const deletion = previous[j] + 1;
            if (deletion < best)
                best = deletion;
            const insertion = current[j - 1] + 1;
            if (insertion < best)
                best = insertion;
            if (j > 1 && aChar === bBefore && a.charCodeAt(j - 2) === bChar) {
                const swap = before[j - 2] + 1;
                if (swap < best)
                    best = swap;
            }
            current[j] = best;
            if (best < rowMin)
                rowMin = best;
        }
        if (rowMin > limit)
            return outside;
        if (high < a.length)
            current[high + 1] = outside;
        [before, previous, current] = [previous, current, before];
    }
    return Math.min(previous[a.length], outside);
}


/***/ }),

/***/ 16790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ readFormat),
/* harmony export */   Vn: () => (/* binding */ EXCEL_MAX_VISUALS),
/* harmony export */   fY: () => (/* binding */ readExportList),
/* harmony export */   y2: () => (/* binding */ ALL)
/* harmony export */ });
/* unused harmony exports FORMATS, EXCEL_MAX_SHEETS, MAX_EXPORTS */
/* harmony import */ var _yaml_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57677);

const FORMATS = ['pdf', 'csv', 'excel'];
/** In `sheet` and `visuals`: every sheet, every table and pivot-table visual. */
const ALL = 'all';
/** QuickSight limits per file (StartDashboardSnapshotJob). */
const EXCEL_MAX_VISUALS = 5;
const EXCEL_MAX_SHEETS = 5;
/** A cap per list so a typo cannot start hundreds of jobs. */
const MAX_EXPORTS = 120;
const NAME = /^[\w.-]{1,100}$/;
const KEYS = {
    pdf: ['format', 'sheet', 'name'],
    csv: ['format', 'sheet', 'visual', 'visuals', 'name'],
    excel: ['format', 'sheet', 'visuals', 'sheets', 'name']
};
const MISPLACED = {
    pdf: {
        visual: 'a PDF holds every visual of its sheet: remove it, or use format csv or excel',
        visuals: 'a PDF holds every visual of its sheet: remove it, or use format csv or excel',
        sheets: 'a PDF holds one sheet: use one pdf item per sheet, or sheet: all'
    },
    csv: { sheets: 'a CSV holds one visual of one sheet: use sheet and visual (or visuals)' },
    excel: { visual: "an Excel workbook takes 'visuals' (a list, or all)" }
};
/** Reads a YAML list of exports (the `exports` input, a report's `exports` key). */
function readExportList(list, path, problems) {
    if (!Array.isArray(list) || list.length === 0) {
        problems.add(path, `must be a non-empty list of exports, not ${(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(list)}`);
        return [];
    }
    if (list.length > MAX_EXPORTS) {
        problems.add(path, `has ${list.length} exports; at most ${MAX_EXPORTS}`);
        return [];
    }
    return list.flatMap((item, i) => readExportItem(item, i + 1, [...path, i], problems) ?? []);
}
function readExportItem(item, index, at, problems) {
    if (!(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(item)) {
        problems.add(at, `must be a mapping with 'format' and 'sheet', not ${(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(item)}`);
        return undefined;
    }
    const format = readFormat(item.format, [...at, 'format'], problems);
    if (!format)
        return undefined;
    const before = problems.list.length;
    (0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkKeys */ .L)(item, KEYS[format], at, problems, MISPLACED[format]);
    const name = item.name === undefined ? undefined : readName(item.name, [...at, 'name'], problems);
    const sheets = format === 'pdf'
        ? [{ sheet: ref(item.sheet, [...at, 'sheet'], problems, 'sheet'), visuals: [] }]
        : format === 'csv'
            ? [
                {
                    sheet: ref(item.sheet, [...at, 'sheet'], problems, 'sheet'),
                    visuals: csvVisuals(item, at, problems)
                }
            ]
            : excelSheets(item, at, problems);
    if (problems.list.length > before)
        return undefined;
    return { index, format, name, sheets: sheets };
}
function readFormat(value, path, problems) {
    const t = typeof value === 'string' ? value.trim().toLowerCase() : value;
    if (typeof t === 'string' && FORMATS.includes(t))
        return t;
    problems.add(path, value === undefined
        ? 'is missing; one of pdf, csv, excel'
        : `${JSON.stringify(value)} is not one of pdf, csv, excel`);
    return undefined;
}
function csvVisuals(item, at, problems) {
    if (item.visual !== undefined && item.visuals !== undefined) {
        problems.add([...at, 'visuals'], "give 'visual' (one) or 'visuals' (several, one CSV each), not both");
        return [];
    }
    if (item.visual !== undefined) {
        if (Array.isArray(item.visual)) {
            problems.add([...at, 'visual'], "takes one visual; use 'visuals' for several (one CSV each)");
            return [];
        }
        return [ref(item.visual, [...at, 'visual'], problems, 'visual')];
    }
    if (item.visuals === undefined) {
        problems.add(at, "needs 'visual' (a table or pivot-table visual), or 'visuals: all'");
        return [];
    }
    return visualList(item.visuals, [...at, 'visuals'], problems, Infinity);
}
function excelSheets(item, at, problems) {
    if (item.sheets !== undefined && (item.sheet !== undefined || item.visuals !== undefined)) {
        problems.add([...at, 'sheets'], "give 'sheets', or 'sheet' with 'visuals', not both");
        return [];
    }
    if (item.sheets === undefined) {
        const sheet = ref(item.sheet, [...at, 'sheet'], problems, 'sheet');
        if (item.visuals === undefined) {
            problems.add(at, "needs 'visuals' (up to 5 table or pivot-table visuals, or all)");
            return [];
        }
        return [
            { sheet, visuals: visualList(item.visuals, [...at, 'visuals'], problems, EXCEL_MAX_VISUALS) }
        ];
    }
    const raw = item.sheets;
    if (!Array.isArray(raw) || raw.length === 0) {
        problems.add([...at, 'sheets'], 'must be a non-empty list of {sheet, visuals}');
        return [];
    }
    if (raw.length > EXCEL_MAX_SHEETS) {
        problems.add([...at, 'sheets'], `selects ${raw.length} sheets; an Excel workbook takes at most ${EXCEL_MAX_SHEETS} (split it into two excel items)`);
        return [];
    }
    const sheets = raw.map((s, i) => {
        const where = [...at, 'sheets', i];
        if (!(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(s)) {
            problems.add(where, `must be a mapping {sheet, visuals}, not ${(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(s)}`);
            return { sheet: '', visuals: [] };
        }
        (0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_0__/* .checkKeys */ .L)(s, ['sheet', 'visuals'], where, problems);
        const sheet = ref(s.sheet, [...where, 'sheet'], problems, 'sheet');
        if (sheet === ALL)
            problems.add([...where, 'sheet'], "'all' cannot be one of several sheets");
        return {
            sheet,
            visuals: visualList(s.visuals, [...where, 'visuals'], problems, EXCEL_MAX_VISUALS)
        };
    });
    const visuals = sheets.reduce((n, s) => n + (s.visuals === ALL ? 0 : s.visuals.length), 0);
    if (visuals > EXCEL_MAX_VISUALS)
        problems.add([...at, 'sheets'], `selects ${visuals} visuals; an Excel workbook takes at most ${EXCEL_MAX_VISUALS} (split it into two excel items, or use visuals: all)`);
    return sheets;
}
/** A list of visuals (ids or titles), or `all`. */
function visualList(value, path, problems, max) {
    if (value === ALL)
        return ALL;
    const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
    if (items.length === 0) {
        problems.add(path, 'must list at least one visual, or be all');
        return [];
    }
    if (items.length > max) {
        problems.add(path, `lists ${items.length} visuals; an Excel workbook takes at most ${max} (split it into two excel items, or use visuals: all)`);
        return [];
    }
    const refs = items.map((v, i) => ref(v, [...path, i], problems, 'visual'));
    const twice = refs.find((v, i) => refs.indexOf(v) !== i);
    if (twice)
        problems.add(path, `lists '${twice}' twice`);
    if (refs.includes(ALL))
        problems.add(path, "'all' stands alone: visuals: all");
    return refs;
}
/** An id, a name or `all`. */
function ref(value, path, problems, what) {
    return (0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(value, path, problems, what, 2048) ?? '';
}
function readName(value, path, problems) {
    const t = typeof value === 'number' ? String(value) : value;
    if (typeof t === 'string' && NAME.test(t) && !/^\.+$/.test(t))
        return t;
    problems.add(path, `must be 1-100 letters, digits, '_', '-' or '.', not ${JSON.stringify(value)}`);
    return undefined;
}


/***/ }),

/***/ 59090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ renderFileName),
/* harmony export */   MB: () => (/* binding */ validateFileNameTemplate)
/* harmony export */ });
/* unused harmony exports PLACEHOLDERS, safeSegment */
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39354);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85585);


const PLACEHOLDERS = [
    'dashboard-id',
    'report',
    'sheet-id',
    'visual-id',
    'format',
    'name',
    'job-id',
    'index',
    'date',
    'ext'
];
const EXAMPLE = `file-name: '{dashboard-id}-{name}.{ext}' or '{date}/{format}-{index}.{ext}'`;
/** Checks a `file-name` template: known placeholders only, a relative path that stays inside output-dir. */
function validateFileNameTemplate(template) {
    const fail = (rule) => new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.FileName, template, rule, EXAMPLE);
    if (template === '')
        throw fail('must not be empty');
    if (/[\0-\x1f]/.test(template))
        throw fail('must not contain control characters');
    if (template.replace(/\{[^{}]*\}/g, '').match(/[{}]/))
        throw fail("has an unbalanced '{' or '}'");
    for (const [, name] of template.matchAll(/\{([^{}]*)\}/g)) {
        if (!PLACEHOLDERS.includes(name ?? '')) {
            throw fail(`has unknown placeholder {${name}}; known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`);
        }
    }
    if (/^([/\\]|[A-Za-z]:)/.test(template))
        throw fail('must be a relative path inside output-dir, not an absolute one');
    if (template.split(/[/\\]/).some((part) => part === '..'))
        throw fail("must not contain '..': files stay inside output-dir");
    if (/[/\\]$/.test(template))
        throw fail('must end with a file name, not a folder');
    return template;
}
/** Fills a template. Values are made safe first: no separators, no dot-dot, no control characters. */
function renderFileName(template, values) {
    return template.replace(/\{([^{}]+)\}/g, (_, name) => safeSegment(values[name] ?? ''));
}
/** Makes one value usable inside a single path segment. */
function safeSegment(value) {
    return value
        .replace(/[^\w.-]/g, '_')
        .replace(/\.{2,}/g, '_')
        .slice(0, 120);
}


/***/ }),

/***/ 25045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ISO_DATE: () => (/* binding */ ISO_DATE),
/* harmony export */   PARAMETER_TYPES: () => (/* binding */ PARAMETER_TYPES),
/* harmony export */   isDate: () => (/* binding */ isDate),
/* harmony export */   isInteger: () => (/* binding */ isInteger),
/* harmony export */   readParameters: () => (/* binding */ readParameters)
/* harmony export */ });
/* harmony import */ var _relative_dates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33353);
/* harmony import */ var _yaml_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57677);


const PARAMETER_TYPES = [
    'string',
    'integer',
    'decimal',
    'datetime'
];
const MAX_VALUES = 100;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Reads a mapping of parameter name → value, list of values, or {type, values}. */
function readParameters(map, path, problems) {
    if (map === undefined || map === null)
        return [];
    if (!(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(map)) {
        problems.add(path, `must be a mapping of parameter name to value, not ${(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(map)}`);
        return [];
    }
    return Object.entries(map).flatMap(([name, raw]) => {
        const at = [...path, name];
        if (!/^\S(.*\S)?$/.test(name) || name.length > 2048) {
            problems.add(at, 'a parameter name must be non-empty without leading or trailing spaces');
            return [];
        }
        const before = problems.list.length;
        const parameter = readOne(name, raw, at, problems);
        return problems.list.length > before || !parameter ? [] : [parameter];
    });
}
function readOne(name, raw, at, problems) {
    let type;
    let list = raw;
    if ((0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(raw)) {
        const extra = Object.keys(raw).find((k) => k !== 'type' && k !== 'values');
        if (extra)
            problems.add([...at, extra], 'unknown key; the long form is {type, values}');
        const t = String(raw.type ?? '').toLowerCase();
        if (!PARAMETER_TYPES.includes(t))
            problems.add([...at, 'type'], `${JSON.stringify(raw.type ?? null)} is not one of ${PARAMETER_TYPES.join(', ')}`);
        else
            type = t;
        list = raw.values;
    }
    const values = Array.isArray(list) ? list : [list];
    if (values.length === 0)
        problems.add(at, 'is an empty list; give at least one value');
    if (values.length > MAX_VALUES)
        problems.add(at, `has ${values.length} values; at most ${MAX_VALUES}`);
    const read = values.map((v, i) => readValue(v, type, Array.isArray(list) ? [...at, i] : at, problems));
    return { name, type, values: read.filter((v) => v !== undefined) };
}
function readValue(v, type, at, problems) {
    if (v === null || v === undefined) {
        problems.add(at, "has an empty value; quote it ('') if you mean an empty string");
        return undefined;
    }
    if (v instanceof Date)
        return v.toISOString();
    if (typeof v === 'object') {
        problems.add(at, `values must be scalars, not ${(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(v)}`);
        return undefined;
    }
    if (typeof v === 'boolean')
        return String(v);
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            problems.add(at, `${v} is not a finite number`);
        else if (type === 'integer' && !Number.isSafeInteger(v))
            problems.add(at, `${v} is not a whole number between -(2^53-1) and 2^53-1`);
        else if (type === 'datetime')
            problems.add(at, `${v} is not a date such as 2025-01-31`);
        return v;
    }
    const value = String(v);
    if (type !== 'string' && (0,_relative_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .looksRelative */ .F1)(value)) {
        try {
            return (0,_relative_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRelativeDate */ .e_)(value);
        }
        catch (error) {
            problems.add(at, `${error.message}${type === undefined ? " (to send it as text: {type: string, values: ['...']})" : ''}`);
            return undefined;
        }
    }
    if (type === 'integer' && !isInteger(value))
        problems.add(at, `${JSON.stringify(v)} is not a whole number between -(2^53-1) and 2^53-1`);
    if (type === 'decimal' && !Number.isFinite(Number(value.trim() || 'x')))
        problems.add(at, `${JSON.stringify(v)} is not a finite number`);
    if (type === 'datetime' && !isDate(value))
        problems.add(at, `${JSON.stringify(v)} is not an ISO 8601 date such as 2025-01-31 or 2025-01-31T08:00:00Z, nor a relative date such as today-7d`);
    return value;
}
function isInteger(text) {
    return /^-?\d+$/.test(text.trim()) && Number.isSafeInteger(Number(text));
}
function isDate(text) {
    return ISO_DATE.test(text) && !Number.isNaN(new Date(text).getTime());
}


/***/ }),

/***/ 88925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ Problems),
/* harmony export */   j: () => (/* binding */ formatPath)
/* harmony export */ });
/** Collects every problem found, so that one run reports them all. */
class Problems {
    list = [];
    add(path, message) {
        this.list.push({ path, message });
    }
    get empty() {
        return this.list.length === 0;
    }
}
/** `reports[2].exports[0].format`, as a user reads a path into their YAML. */
function formatPath(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}


/***/ }),

/***/ 33353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ looksRelative),
/* harmony export */   L0: () => (/* binding */ resolveRelativeDate),
/* harmony export */   checkTimeZone: () => (/* binding */ checkTimeZone),
/* harmony export */   e_: () => (/* binding */ parseRelativeDate),
/* harmony export */   l0: () => (/* binding */ describeInstant)
/* harmony export */ });
/* unused harmony export RelativeDateError */
/* harmony import */ var _closest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34970);
/**
 * Date-time parameter values relative to the run: `now`, `today`, `yesterday`, `start-of-<period>`
 * and `end-of-<period>`, each followed by any number of offsets, resolved in an IANA time zone.
 *
 * Grammar (spaces are allowed around offsets: `today - 7d`; leading and trailing spaces ignored):
 *   token  = anchor { ("+" | "-") amount unit }
 *   anchor = "now" | "today" | "yesterday" | ("start-of-" | "end-of-") period   (any case)
 *   period = "day" | "week" | "month" | "quarter" | "year"
 *   unit   = "min" minutes | "h" hours | "d" days | "w" weeks | "M" months | "Q" quarters | "y" years
 * Units are case-insensitive except months, which is `M` only: a lone `m` is rejected as
 * ambiguous (write `M` for months, `min` for minutes). `day` is a period beside the spec's four
 * (`end-of-day-1d` is the last second of yesterday).
 *
 * Resolution, in the zone (weeks start on Monday; quarters in January, April, July, October):
 * - `now` is the run's start, cut to the whole second; `today` is 00:00:00 of the current day,
 *   `yesterday` 00:00:00 of the day before.
 * - Offsets apply left to right. `min` and `h` add elapsed time (`now-6h` is 6 hours ago, even
 *   across a DST change). `d`, `w`, `M`, `Q` and `y` move the calendar and keep the wall-clock
 *   time (`today-1d` is midnight, even after a 23-hour day); months, quarters (3 months) and
 *   years (12 months) clamp the day to the target month: `today-1M` on March 31 is February 28
 *   (29), `today-1y` on February 29 is February 28. So `today-1M-1M` on March 31 is January 28
 *   (29), while `today-2M` is January 31.
 * - On `start-of-X`/`end-of-X` the offsets move the run's moment, then the result snaps to the
 *   X that contains it: with X's own unit that moves whole periods (`start-of-month-1M` is the
 *   first day of the previous month, `end-of-quarter-1Q` the last second of the previous
 *   quarter), with another unit it picks the period that contained that moment
 *   (`start-of-month-7d` is this month's first day from the 8th on, the previous month's before;
 *   `start-of-week-1y` is the Monday of the week that contained this day a year ago).
 * - `start-of-X` is the first instant of X; `end-of-X` is the last second of X, one second before
 *   the next X starts (normally 23:59:59 of X's last day).
 * - A wall-clock time that does not exist (skipped by a DST change) resolves to the first
 *   instant after the skip: `today` on a day whose midnight is skipped is that day's 01:00. A
 *   wall-clock time that happens twice resolves to the earlier, except `end-of-X`, which is
 *   always the last second before the next X (after the repeated hour).
 * - Results must fall in the years 1000 to 9999.
 */

/** A relative date-time value that does not parse or resolve, or an unknown time zone. */
class RelativeDateError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RelativeDateError';
    }
}
const PERIODS = ['day', 'week', 'month', 'quarter', 'year'];
const EXAMPLES = 'For example: today-7d, start-of-month-1M or end-of-quarter-1Q';
const UNITS = 'min (minutes), h, d, w, M (months), Q or y';
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/**
 * True when the value starts like a relative token (now, today, yesterday, start-of-, end-of-),
 * case-insensitively. now, today and yesterday count as whole words only: followed by the end,
 * a space, a sign or a digit (`today-7d`, `now 6h`, `today7d`, but not `Nowak` or `todays`).
 */
function looksRelative(value) {
    return /^\s*(?:(?:now|today|yesterday)(?![^\s+\-\d])|start-of-|end-of-)/i.test(value);
}
/**
 * Parses a token; throws RelativeDateError (name 'RelativeDateError') whose message says what is
 * wrong and gives a correct example.
 */
function parseRelativeDate(value) {
    const text = value.trim();
    const head = /^(?:now|today|yesterday|(start|end)-of-([a-z]*))/i.exec(text);
    if (head === null)
        throw invalid(text, 'it must start with now, today, yesterday, start-of- or end-of-');
    const [word, edge, period] = head;
    let anchor;
    if (edge !== undefined)
        anchor = {
            edge: edge.toLowerCase(),
            period: periodOf(text, edge, period ?? '')
        };
    else
        anchor = word.toLowerCase();
    return { text, anchor, offsets: parseOffsets(text, text.slice(word.length)) };
}
function periodOf(text, edge, name) {
    const period = name.toLowerCase();
    if (PERIODS.includes(period))
        return period;
    if (name === '')
        throw invalid(text, `'${edge}-of-' needs a period: ${PERIODS.join(', ')}`);
    throw invalid(text, `unknown period '${name}'${(0,_closest_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .a)(name, PERIODS)}; periods are ${PERIODS.join(', ')}`);
}
function parseOffsets(text, tail) {
    const offsets = [];
    let rest = tail;
    while (rest.trim() !== '') {
        const match = /^\s*([+-])\s*([\d.]*)\s*([a-z]*)/i.exec(rest);
        if (match === null)
            throw invalid(text, `expected an offset such as -7d or +1w, found '${rest.trim()}'`);
        const [whole, sign, amount, unit] = match;
        const shown = whole.trim();
        if (amount === '')
            throw invalid(text, `'${sign}' must be followed by a whole number and a unit, such as ${sign}7d`);
        if (!/^\d+$/.test(amount) || !Number.isSafeInteger(Number(amount)))
            throw invalid(text, `the offset '${shown}' must be a whole number of units, such as ${sign}36h`);
        offsets.push({ amount: Number(`${sign}${amount}`), unit: unitOf(text, shown, unit) });
        rest = rest.slice(whole.length);
    }
    return offsets;
}
function unitOf(text, offset, unit) {
    if (unit === 'M')
        return 'month';
    switch (unit.toLowerCase()) {
        case 'min':
            return 'minute';
        case 'h':
            return 'hour';
        case 'd':
            return 'day';
        case 'w':
            return 'week';
        case 'q':
            return 'quarter';
        case 'y':
            return 'year';
        case 'm':
            throw invalid(text, `the unit 'm' in '${offset}' is ambiguous: write M for months or min for minutes`);
        case '':
            throw invalid(text, `the offset '${offset}' needs a unit: ${UNITS}`);
        default:
            throw invalid(text, `unknown unit '${unit}' in '${offset}'; units are ${UNITS}`);
    }
}
function invalid(text, problem) {
    return new RelativeDateError(`Invalid relative date '${text}': ${problem}. ${EXAMPLES}`);
}
/** The instant for a parsed token, `now` being the run's start, in `timeZone`. */
function resolveRelativeDate(token, now, timeZone) {
    const clock = new ZoneClock(timeZone, token.text);
    const { anchor } = token;
    const start = clock.inRange(Math.floor(now.getTime() / SECOND) * SECOND);
    let moment = anchor === 'today' || anchor === 'yesterday'
        ? { wall: startOfDay(clock.wallOf(start)) - (anchor === 'yesterday' ? DAY : 0) }
        : { instant: start };
    for (const { amount, unit } of token.offsets)
        moment = clock.move(moment, amount, unit);
    if (typeof anchor === 'string')
        return new Date(clock.instantOf(moment));
    const first = startOf(anchor.period, 'wall' in moment ? moment.wall : clock.wallOf(moment.instant));
    if (anchor.edge === 'start')
        return new Date(clock.instantOf({ wall: first }));
    const next = clock.move({ wall: first }, 1, anchor.period);
    return new Date(clock.instantOf(next) - SECOND);
}
/** The first wall-clock instant of the period that contains `wall`. */
function startOf(period, wall) {
    const day = startOfDay(wall);
    const date = new Date(day);
    const [year, month] = [date.getUTCFullYear(), date.getUTCMonth()];
    if (period === 'day')
        return day;
    if (period === 'week')
        return day - ((date.getUTCDay() + 6) % 7) * DAY;
    if (period === 'month')
        return utc(year, month, 1);
    if (period === 'quarter')
        return utc(year, month - (month % 3), 1);
    return utc(year, 0, 1);
}
function startOfDay(wall) {
    return wall - (((wall % DAY) + DAY) % DAY);
}
/** Wall-clock fields as milliseconds, as if in UTC; unlike Date.UTC, years below 100 stay as is. */
function utc(year, month, day) {
    const date = new Date(0);
    date.setUTCFullYear(year, month, day);
    return date.getTime();
}
function addMonths(wall, months) {
    const date = new Date(wall);
    const target = date.getUTCMonth() + months;
    const year = date.getUTCFullYear() + Math.floor(target / 12);
    const month = ((target % 12) + 12) % 12;
    const day = Math.min(date.getUTCDate(), new Date(utc(year, month + 1, 0)).getUTCDate());
    return utc(year, month, day) + (wall - startOfDay(wall));
}
const MONTHS = { month: 1, quarter: 3, year: 12 };
const DAYS = { day: 1, week: 7 };
const formatters = new Map();
/** Converts between instants and wall-clock times in one zone, for one token's messages. */
class ZoneClock {
    text;
    format;
    constructor(timeZone, text) {
        this.text = text;
        this.format = formatter(timeZone);
    }
    /** The moment after one offset, checked to stay in the years 1000 to 9999. */
    move(moment, amount, unit) {
        if (unit === 'minute' || unit === 'hour')
            return {
                instant: this.inRange(this.instantOf(moment) + amount * (unit === 'hour' ? HOUR : MINUTE))
            };
        const wall = 'wall' in moment ? moment.wall : this.wallOf(moment.instant);
        const days = DAYS[unit];
        return {
            wall: this.inRange(days !== undefined
                ? wall + amount * days * DAY
                : addMonths(wall, amount * MONTHS[unit]))
        };
    }
    inRange(ms) {
        const year = new Date(ms).getUTCFullYear();
        if (year >= 1000 && year <= 9999)
            return ms;
        throw invalid(this.text, 'it falls outside the years 1000 to 9999');
    }
    wallOf(instant) {
        return wallOf(this.format, instant);
    }
    /** The instant of a moment; a wall-clock time resolves as the module comment says. */
    instantOf(moment) {
        if ('instant' in moment)
            return moment.instant;
        const { wall } = moment;
        const offsetBefore = this.wallOf(wall - DAY) - (wall - DAY);
        const offsetAfter = this.wallOf(wall + DAY) - (wall + DAY);
        const matches = [wall - offsetBefore, wall - offsetAfter].filter((t) => this.wallOf(t) === wall);
        if (matches.length > 0)
            return Math.min(...matches);
        // Skipped: wallOf(low) < wall <= wallOf(high) across the one forward change between them.
        let [low, high] = [wall - offsetAfter, wall - offsetBefore];
        while (high - low > SECOND) {
            const middle = low + Math.floor((high - low) / 2 / SECOND) * SECOND;
            if (this.wallOf(middle) >= wall)
                high = middle;
            else
                low = middle;
        }
        return high;
    }
}
/** The wall-clock time at a whole-second instant, as milliseconds as if in UTC. */
function wallOf(format, instant) {
    const fields = {};
    for (const { type, value } of format.formatToParts(instant))
        fields[type] = Number(value);
    const { year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN } = fields;
    return utc(year, month - 1, day) + hour * HOUR + minute * MINUTE + second * SECOND;
}
function formatter(timeZone) {
    let format = formatters.get(timeZone);
    if (format === undefined) {
        format = new Intl.DateTimeFormat('en-US', {
            timeZone: checkTimeZone(timeZone),
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric'
        });
        formatters.set(timeZone, format);
    }
    return format;
}
/** Current zone names the ICU list leaves out (it lists older ones such as Asia/Calcutta). */
const CURRENT_NAMES = [
    'UTC',
    'Asia/Kolkata',
    'Asia/Kathmandu',
    'Asia/Ho_Chi_Minh',
    'Asia/Yangon',
    'Europe/Kyiv',
    'America/Nuuk',
    'Atlantic/Faroe',
    'America/Argentina/Buenos_Aires'
];
const ZONE_EXAMPLES = 'Use an IANA time zone name, for example: Europe/Berlin, America/New_York, Asia/Kolkata or UTC';
/**
 * Checks an IANA zone name; throws RelativeDateError with close suggestions for an unknown one.
 * Returns the canonical name: trimmed, and in the IANA spelling when it differs only in case from
 * the zone's canonical ICU name or a listed one (`utc` → `UTC`, `europe/berlin` → `Europe/Berlin`,
 * `asia/kolkata` → `Asia/Kolkata`); other aliases stay as written (`US/Pacific`, `Etc/UTC`): Node
 * 20's ICU would turn Asia/Kolkata into Asia/Calcutta, which readers may not recognise. UTC
 * offsets such as `+02:00` or `UTC+2` are not zone names: the message names the place-based or
 * Etc/GMT zone. Suggestions come from closest() in ./closest.js.
 */
function checkTimeZone(name) {
    const zone = name.trim();
    if (zone === '')
        throw new RelativeDateError(`The time zone is empty. ${ZONE_EXAMPLES}`);
    const resolved = /^[A-Za-z][\w+\-/]*$/.test(zone) ? canonicalZone(zone) : undefined;
    if (resolved !== undefined)
        return spelling(zone, resolved);
    const offset = /^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(zone);
    if (offset !== null)
        throw new RelativeDateError(`'${zone}' is a UTC offset, not a time zone: ${offsetAdvice(offset)}`);
    throw new RelativeDateError(`Unknown time zone '${zone}'${(0,_closest_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .a)(zone, zoneNames())}. ${ZONE_EXAMPLES}`);
}
/** The IANA spelling of a valid zone name: ICU's own, else a listed name equal but for case. */
function spelling(zone, resolved) {
    const lower = zone.toLowerCase();
    if (resolved.toLowerCase() === lower)
        return resolved;
    return zoneNames().find((name) => name.toLowerCase() === lower) ?? zone;
}
function zoneNames() {
    return [...Intl.supportedValuesOf('timeZone'), ...CURRENT_NAMES];
}
function canonicalZone(zone) {
    try {
        return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    }
    catch {
        return undefined;
    }
}
function offsetAdvice([, sign, hours, minutes]) {
    const place = 'use the IANA name of the place (such as Europe/Berlin), which follows its DST changes';
    const h = Number(hours);
    if (Number(minutes ?? 0) !== 0 || h > (sign === '+' ? 14 : 12))
        return `${place}.`;
    if (h === 0)
        return `${place}, or UTC.`;
    const etc = `Etc/GMT${sign === '+' ? '-' : '+'}${h}`;
    return `${place}, or ${etc} for a fixed UTC${sign}${String(h).padStart(2, '0')}:00 (Etc/GMT signs are inverted).`;
}
/** Formats an instant for people: '2025-02-28 23:59:59 Europe/Berlin (2025-02-28T22:59:59Z)'. */
function describeInstant(instant, timeZone) {
    const ms = instant.getTime();
    const whole = Math.floor(ms / SECOND) * SECOND;
    const local = iso(wallOf(formatter(timeZone), whole) + ms - whole)
        .replace('T', ' ')
        .slice(0, -1);
    return `${local} ${timeZone} (${iso(ms)})`;
}
function iso(ms) {
    return new Date(ms).toISOString().replace('.000Z', 'Z');
}


/***/ }),

/***/ 57677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ checkKeys),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   lc: () => (/* binding */ bool)
/* harmony export */ });
/* harmony import */ var _closest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34970);

/** Plain checks on parsed YAML values that add a problem and return undefined when they fail. */
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function typeName(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `a ${typeof value}`;
}
/** Reports keys outside `allowed`, with a suggestion when one is close. */
function checkKeys(map, allowed, path, problems, 
/** Keys that exist elsewhere but not here, with why. */
misplaced = {}) {
    for (const key of Object.keys(map)) {
        if (allowed.includes(key))
            continue;
        const why = misplaced[key];
        problems.add([...path, key], why ?? `unknown key${(0,_closest_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .a)(key, allowed)}; allowed: ${allowed.join(', ')}`);
    }
}
/** A non-empty single-line text (numbers are read as text: ids such as 2025 are valid). */
function text(value, path, problems, what, max = 2048) {
    const t = typeof value === 'number' ? String(value) : value;
    if (value === undefined || value === null)
        problems.add(path, `${what} is missing`);
    else if (typeof t !== 'string')
        problems.add(path, `${what} must be text, not ${typeName(value)}`);
    else if (t.trim() === '')
        problems.add(path, `${what} must not be empty`);
    else if (t.length > max)
        problems.add(path, `${what} must be at most ${max} characters`);
    else if (/[\0-\x1f\x7f]/.test(t))
        problems.add(path, `${what} must not contain control characters`);
    else
        return t.trim();
    return undefined;
}
/** A YAML boolean (true/false). */
function bool(value, path, problems) {
    if (typeof value === 'boolean')
        return value;
    problems.add(path, `must be true or false, not ${JSON.stringify(value)}`);
    return undefined;
}


/***/ }),

/***/ 56108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ generateJobId)
/* harmony export */ });
/**
 * A snapshot job id unique per run, attempt and job: re-runs never collide with the jobs of an
 * earlier attempt, and matrix legs of one run get their own random part.
 */
async function generateJobId(env) {
    // Loaded here, once the inputs are valid, to keep the path to an input error short.
    const { randomBytes } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 23));
    const random = randomBytes(4).toString('hex');
    if (!env.GITHUB_RUN_ID)
        return `qse-local-${Date.now()}-${random}`;
    const job = (env.GITHUB_JOB ?? 'job').replace(/[^\w-]/g, '-').slice(0, 100);
    return `qse-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${job}-${random}`;
}


/***/ }),

/***/ 98589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planSnapshot: () => (/* binding */ planSnapshot)
});

// EXTERNAL MODULE: ./src/job-id.ts
var job_id = __webpack_require__(56108);
// EXTERNAL MODULE: ./src/quicksight/dashboards-api.ts
var dashboards_api = __webpack_require__(18878);
;// CONCATENATED MODULE: ./src/kinds/snapshot/snapshot-api.ts
async function snapshotApi(client) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(3609), __webpack_require__.e(7489), __webpack_require__.e(4573), __webpack_require__.e(6049), __webpack_require__.e(4028)]).then(__webpack_require__.bind(__webpack_require__, 34028));
    return {
        start: (request) => client.send(new sdk.StartDashboardSnapshotJobCommand(request)),
        describe: (key) => client.send(new sdk.DescribeDashboardSnapshotJobCommand(key)),
        result: (key) => client.send(new sdk.DescribeDashboardSnapshotJobResultCommand(key))
    };
}

// EXTERNAL MODULE: ./src/inputs/problems.ts
var inputs_problems = __webpack_require__(88925);
// EXTERNAL MODULE: ./src/quicksight/resolve-dashboards.ts
var resolve_dashboards = __webpack_require__(96028);
// EXTERNAL MODULE: ./src/inputs/exports.ts
var inputs_exports = __webpack_require__(16790);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/inputs/file-name-template.ts
var file_name_template = __webpack_require__(59090);
// EXTERNAL MODULE: ./src/inputs/input-error.ts
var input_error = __webpack_require__(39354);
// EXTERNAL MODULE: ./src/inputs/names.ts
var names = __webpack_require__(85585);
// EXTERNAL MODULE: ./src/download/safe-path.ts
var safe_path = __webpack_require__(64967);
;// CONCATENATED MODULE: ./src/kinds/snapshot/file-paths.ts





const EXTENSIONS = { pdf: 'pdf', csv: 'csv', excel: 'xlsx' };
/** The {name} placeholder's default: {format}-{sheet-id}[-{visual-id}]. */
function defaultName(spec) {
    const sheet = spec.sheets[0];
    const visuals = spec.sheets.flatMap((s) => s.visualIds);
    const visual = visuals.length === 1 ? `-${visuals[0]}` : '';
    return `${spec.format}-${sheet?.sheetId ?? 'sheet'}${visual}`;
}
/**
 * Gives every export its file path inside `outputDir`, from its report's `file-name` template.
 * Paths never leave the folder. Two exports whose templates give the same name are an error (the
 * template cannot tell them apart); names that only clash once made safe get -2, -3 before the
 * extension (case-insensitively).
 */
function assignFilePaths(exports, outputDir, now) {
    const rendered = new Map();
    const taken = new Set();
    const paths = new Map();
    for (const e of [...exports].sort((a, b) => a.spec.index - b.spec.index)) {
        const values = {
            'dashboard-id': e.dashboardId,
            report: e.report,
            'sheet-id': e.spec.sheets.map((s) => s.sheetId).join('_'),
            'visual-id': e.spec.sheets.flatMap((s) => s.visualIds).join('_'),
            format: e.spec.format,
            name: e.spec.name ?? defaultName(e.spec),
            'job-id': e.jobId,
            index: String(e.spec.index),
            date: localDate(now, e.timezone ?? 'UTC'),
            ext: EXTENSIONS[e.spec.format]
        };
        // Told apart by the values as given; made safe for the file system afterwards.
        const given = e.template.replace(/\{([^{}]+)\}/g, (_, p) => values[p]);
        const clash = rendered.get(given.toLowerCase());
        if (clash)
            throw sameName(clash, e, given);
        rendered.set(given.toLowerCase(), e);
        const name = (0,file_name_template/* renderFileName */.CM)(e.template, values);
        paths.set(e.spec.index, (0,safe_path/* unique */.A)(external_node_path_default().join(outputDir, (0,safe_path/* safeRelativePath */.l)(name)), taken));
    }
    return paths;
}
function sameName(a, b, name) {
    const which = (e) => `export ${e.spec.index} (${e.spec.format} of ${e.report}, sheet ${e.spec.sheets[0]?.sheetId ?? '?'})`;
    return new input_error/* InputError */.d(names/* Input */.pd.FileName, b.template, `gives ${which(a)} and ${which(b)} the same file name '${name}'; its placeholders cannot tell them apart`, a.report === b.report
        ? `give the exports different 'name's, or add {index} or {name}: '{dashboard-id}-{index}-{name}.{ext}'`
        : `give the reports different 'name's, or add {report}: '{report}/{name}.{ext}'`);
}
/** YYYY-MM-DD of an instant in a time zone. */
function localDate(now, timeZone) {
    // The default needs no ICU: its first use pages in about 6 MiB of the node binary's data.
    if (timeZone === 'UTC')
        return now.toISOString().slice(0, 10);
    // en-CA writes dates as YYYY-MM-DD.
    return new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit'
    }).format(now);
}

// EXTERNAL MODULE: ./src/quicksight/dashboard-model.ts
var dashboard_model = __webpack_require__(71940);
;// CONCATENATED MODULE: ./src/kinds/snapshot/resolve-exports.ts




const ID = /^[\w-]{1,512}$/;
const SHOWN = 30;
/**
 * Turns a report's exports as written into export specs with ids: sheets and visuals by id, then
 * exact name (title), then a unique case-insensitive match; `sheet: all` and `visuals: all`
 * expanded (all = every table and pivot-table visual); Excel selections over 5 visuals split into
 * several workbooks. Without a readable definition, ids are used as given. `problem` hears of every
 * reference that does not resolve. Indexes are left for the caller to number.
 */
function resolveExports(exports, model, problem) {
    return exports.flatMap((e) => {
        let reported = false;
        const sheets = e.sheets.flatMap((s) => selections(s.sheet, s.visuals, e.format !== 'pdf', model, (p) => {
            reported = true;
            problem(`export ${e.index} (${e.format}): ${p}`);
        }));
        if (sheets.length === 0) {
            if (!reported)
                problem(`export ${e.index} (${e.format}): selects nothing: no sheet of the dashboard has a table or pivot-table visual`);
            return [];
        }
        if (e.format === 'pdf')
            return sheets.map((s) => ({
                format: e.format,
                name: sheets.length > 1 && e.name ? `${e.name}-${s.sheetId}` : e.name,
                sheets: [s]
            }));
        if (e.format === 'csv')
            return sheets.flatMap((s) => s.visualIds.map((v, i) => {
                const one = {
                    ...s,
                    visualIds: [v],
                    visualTitles: s.visualTitles && [s.visualTitles[i] ?? v]
                };
                const many = sheets.length > 1 || s.visualIds.length > 1;
                return {
                    format: e.format,
                    name: many && e.name ? `${e.name}-${v}` : e.name,
                    sheets: [one]
                };
            }));
        return workbooks(e, sheets);
    });
}
/** Splits Excel selections into workbooks of at most 5 visuals, in order. */
function workbooks(e, sheets) {
    const books = [[]];
    let count = 0;
    for (const s of sheets) {
        s.visualIds.forEach((v, i) => {
            if (count === inputs_exports/* EXCEL_MAX_VISUALS */.Vn) {
                books.push([]);
                count = 0;
            }
            const book = books[books.length - 1] ?? [];
            const last = book[book.length - 1];
            const title = s.visualTitles?.[i];
            if (last?.sheetId === s.sheetId) {
                last.visualIds.push(v);
                if (title !== undefined)
                    last.visualTitles?.push(title);
            }
            else
                book.push({ ...s, visualIds: [v], visualTitles: title === undefined ? undefined : [title] });
            count++;
        });
    }
    const base = e.name ?? defaultName({ index: 0, format: 'excel', sheets: books[0] ?? [] });
    return books.map((book, k) => ({
        format: e.format,
        name: books.length > 1 ? `${base}-${k + 1}` : e.name,
        sheets: book
    }));
}
/** The sheet selections one `sheet` (and its `visuals`) stands for. */
function selections(sheetRef, visuals, tabular, model, problem) {
    if (!model)
        return withoutDefinition(sheetRef, visuals, tabular, problem);
    const sheets = sheetRef === inputs_exports/* ALL */.y2 ? model.sheets : [findSheet(sheetRef, model, problem)].flatMap((s) => s ?? []);
    return sheets.flatMap((sheet) => {
        const base = { sheetId: sheet.id, sheetName: sheet.name };
        if (!tabular)
            return [{ ...base, visualIds: [] }];
        const chosen = visuals === inputs_exports/* ALL */.y2
            ? sheet.visuals.filter((v) => dashboard_model/* TABULAR */.WT.includes(v.type))
            : visuals.flatMap((ref) => [findVisual(ref, sheet, problem)].flatMap((v) => v ?? []));
        if (visuals === inputs_exports/* ALL */.y2 && chosen.length === 0) {
            if (sheetRef !== inputs_exports/* ALL */.y2)
                problem(`sheet ${(0,dashboard_model/* sheetLabel */.WZ)(sheet)} has no table or pivot-table visuals`);
            return [];
        }
        for (const v of chosen)
            if (!dashboard_model/* TABULAR */.WT.includes(v.type))
                problem(`visual ${(0,dashboard_model/* visualLabel */.T5)(v)} is a ${v.type.replace(/Visual$/, '')}; CSV and Excel export table and pivot-table visuals only`);
        return chosen.length === 0
            ? []
            : [
                {
                    ...base,
                    visualIds: chosen.map((v) => v.id),
                    visualTitles: chosen.map((v) => v.title ?? v.id)
                }
            ];
    });
}
function withoutDefinition(sheetRef, visuals, tabular, problem) {
    const refs = [sheetRef, ...(visuals === inputs_exports/* ALL */.y2 ? [inputs_exports/* ALL */.y2] : visuals)];
    const bad = refs.filter((r) => r === inputs_exports/* ALL */.y2 || !ID.test(r));
    if (bad.length > 0) {
        problem(`${bad.map((r) => `'${r}'`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not an id, and the dashboard's definition cannot be read to find ${bad.length === 1 ? 'it' : 'them'}: allow ${resolve_dashboards/* DEFINITION_PERMISSION */.KN}, or use ids`);
        return [];
    }
    return [{ sheetId: sheetRef, visualIds: tabular && visuals !== inputs_exports/* ALL */.y2 ? visuals : [] }];
}
function findSheet(ref, model, problem) {
    const sheets = list(model.sheets.map(dashboard_model/* sheetLabel */.WZ));
    return find(ref, model.sheets, (s) => [s.id, s.name], problem, (several) => several
        ? `more than one sheet is named '${ref}': use its id; the dashboard's sheets: ${sheets}`
        : `no sheet '${ref}'; the dashboard's sheets: ${sheets}`);
}
function findVisual(ref, sheet, problem) {
    const visuals = list(sheet.visuals.map(dashboard_model/* visualLabel */.T5));
    const where = `on sheet ${(0,dashboard_model/* sheetLabel */.WZ)(sheet)}`;
    return find(ref, sheet.visuals, (v) => [v.id, v.title], problem, (several) => several
        ? `more than one visual ${where} is titled '${ref}': use its id; its visuals: ${visuals}`
        : `no visual '${ref}' ${where}; its visuals: ${visuals}`);
}
/**
 * By id, then by exact name, then by a unique case-insensitive name. `facts` gives an item's id
 * and name; `message` words the problem when none, or several, match.
 */
function find(ref, items, facts, problem, message) {
    const byId = items.find((t) => facts(t)[0] === ref);
    if (byId)
        return byId;
    const exact = items.filter((t) => facts(t)[1] === ref);
    const loose = items.filter((t) => facts(t)[1]?.toLowerCase() === ref.toLowerCase());
    const matches = exact.length > 0 ? exact : loose;
    if (matches.length === 1)
        return matches[0];
    problem(message(matches.length > 1));
    return undefined;
}
function list(labels) {
    if (labels.length === 0)
        return '(none)';
    const more = labels.length > SHOWN ? `, … ${labels.length - SHOWN} more` : '';
    return labels.slice(0, SHOWN).join(', ') + more;
}

// EXTERNAL MODULE: ./src/inputs/closest.ts
var closest = __webpack_require__(34970);
// EXTERNAL MODULE: ./src/inputs/parameters.ts
var parameters = __webpack_require__(25045);
// EXTERNAL MODULE: ./src/inputs/relative-dates.ts
var relative_dates = __webpack_require__(33353);
;// CONCATENATED MODULE: ./src/kinds/snapshot/type-parameters.ts



const LIST = {
    string: 'StringParameters',
    integer: 'IntegerParameters',
    decimal: 'DecimalParameters',
    datetime: 'DateTimeParameters'
};
/**
 * Types a report's parameters: by the dashboard's declarations when they could be read (a
 * parameter it does not declare is a problem), else by the type forced with {type, values}, else
 * inferred from the values. Relative dates resolve against `now` in `timeZone`.
 */
function typeParameters(raw, declared, timeZone, now, problem) {
    const out = {
        StringParameters: [],
        IntegerParameters: [],
        DecimalParameters: [],
        DateTimeParameters: []
    };
    const notes = [];
    for (const p of raw) {
        const type = typeOf(p, declared, problem);
        if (!type)
            continue;
        const values = p.values.map((v) => convert(p.name, v, type, timeZone, now, problem));
        if (values.some((v) => v === undefined))
            continue;
        out[LIST[type]].push({
            Name: p.name,
            Values: values
        });
        notes.push(`${p.name} = ${p.values.map((v, i) => show(v, values[i], timeZone)).join(', ')}`);
    }
    const parameters = {};
    for (const [key, list] of Object.entries(out))
        if (list.length > 0)
            Object.assign(parameters, { [key]: list });
    return { parameters: Object.keys(parameters).length > 0 ? parameters : undefined, notes };
}
function typeOf(p, declared, problem) {
    if (declared) {
        const type = declared.get(p.name);
        if (!type) {
            const names = [...declared.keys()];
            problem(`parameter '${p.name}' is not declared by the dashboard${(0,closest/* didYouMean */.a)(p.name, names)}; it declares: ${names.join(', ') || '(none)'}`);
            return undefined;
        }
        if (p.type && p.type !== type) {
            problem(`parameter '${p.name}' is declared ${type} by the dashboard, but forced to ${p.type}: remove the type`);
            return undefined;
        }
        return type;
    }
    return p.type ?? infer(p, problem);
}
function infer(p, problem) {
    const kinds = new Set(p.values.map((v) => {
        if (typeof v === 'number')
            return Number.isInteger(v) ? 'integer' : 'decimal';
        if (typeof v === 'object' || parameters.ISO_DATE.test(v))
            return 'datetime';
        return 'string';
    }));
    if (kinds.size === 1)
        return [...kinds][0];
    if (kinds.size === 2 && kinds.has('integer') && kinds.has('decimal'))
        return 'decimal';
    problem(`parameter '${p.name}' mixes ${[...kinds].join(' and ')} values; force one type with {type: string, values: [...]}`);
    return undefined;
}
function convert(name, v, type, timeZone, now, problem) {
    const text = typeof v === 'object' ? v.text : String(v);
    if (type === 'string')
        return text;
    if (type === 'datetime') {
        if (typeof v === 'object') {
            try {
                return (0,relative_dates/* resolveRelativeDate */.L0)(v, now, timeZone);
            }
            catch (error) {
                problem(`parameter '${name}': ${error.message}`);
                return undefined;
            }
        }
        if ((0,parameters.isDate)(text))
            return new Date(text);
        problem(`parameter '${name}' value '${text}' is not a date (ISO 8601 such as 2025-01-31, or relative such as today-7d)`);
        return undefined;
    }
    if (type === 'integer' && (0,parameters.isInteger)(text))
        return Number(text);
    if (type === 'decimal' &&
        typeof v !== 'object' &&
        text.trim() !== '' &&
        Number.isFinite(Number(text)))
        return Number(text);
    problem(`parameter '${name}' value '${text}' is not ${type === 'integer' ? 'a whole number' : 'a number'} (the dashboard declares it ${type})`);
    return undefined;
}
function show(raw, value, timeZone) {
    if (typeof raw === 'object' && value instanceof Date)
        return `${raw.text} → ${(0,relative_dates/* describeInstant */.l0)(value, timeZone)}`;
    return typeof raw === 'object' ? raw.text : String(raw);
}

;// CONCATENATED MODULE: ./src/kinds/snapshot/resolve-reports.ts




/** Upper bound of files one step makes, once `all` is expanded. */
const MAX_FILES = 500;
/**
 * Resolves every report before any job starts: dashboards by id or name, sheets and visuals by id
 * or name, `all` expanded, parameters typed by the dashboard's declarations and relative dates
 * resolved. Every problem of every report (unknown dashboards included) is reported at once;
 * exports are numbered step-wide.
 */
async function resolveReports(requests, o) {
    // Dashboards that cannot be found are reported with every other report's problems.
    const { found: dashboards, problems } = await (0,resolve_dashboards/* findDashboards */.Pu)(requests.map((r) => r.dashboard), o.api, o.accountId);
    let index = 0;
    const reports = requests.flatMap((request) => {
        const dashboard = dashboards.get(request.dashboard);
        if (!dashboard)
            return [];
        const at = request.path.length > 0 ? `${(0,inputs_problems/* formatPath */.j)(request.path)} (${request.dashboard}): ` : '';
        const problem = (text) => problems.push(`${at}${text}`);
        const exports = resolveExports(request.exports, dashboard.model, problem).map((e) => ({
            ...e,
            index: ++index
        }));
        const typed = typeParameters(request.parameters, dashboard.model?.parameters, request.timezone, o.now, problem);
        return [
            {
                name: request.name ?? dashboard.name ?? dashboard.id,
                dashboardId: dashboard.id,
                dashboardName: dashboard.name,
                exports,
                parameters: typed.parameters,
                parameterNotes: typed.notes,
                rlsTags: request.rlsTags,
                registeredUser: request.registeredUser,
                s3: destination(request, o),
                fileName: request.fileName,
                timezone: request.timezone,
                compare: { keyColumns: request.keyColumns, tolerance: request.tolerance }
            }
        ];
    });
    if (index > MAX_FILES)
        problems.push(`the reports make ${index} files; one step makes at most ${MAX_FILES}`);
    if (problems.length > 0)
        throw new resolve_dashboards/* ResolutionError */.fe(problems);
    return reports;
}
function destination(request, o) {
    if (!request.s3Bucket)
        return undefined;
    return { bucket: request.s3Bucket, prefix: request.s3Prefix ?? o.defaultPrefix, region: o.region };
}

// EXTERNAL MODULE: ./src/mask.ts
var src_mask = __webpack_require__(75235);
;// CONCATENATED MODULE: ./src/kinds/snapshot/snapshot-request.ts
const FORMAT_TYPE = { pdf: 'PDF', csv: 'CSV', excel: 'EXCEL' };
/** The StartDashboardSnapshotJob request for one job of a report: one FileGroup per export. */
function buildStartRequest(accountId, report, snapshotJobId, exports) {
    return {
        AwsAccountId: accountId,
        DashboardId: report.dashboardId,
        SnapshotJobId: snapshotJobId,
        UserConfiguration: report.registeredUser
            ? undefined
            : {
                AnonymousUsers: [
                    report.rlsTags.length > 0 ? { RowLevelPermissionTags: report.rlsTags } : {}
                ]
            },
        SnapshotConfiguration: {
            FileGroups: exports.map((e) => ({ Files: [snapshotFile(e)] })),
            DestinationConfiguration: report.s3 && {
                S3Destinations: [
                    {
                        BucketConfiguration: {
                            BucketName: report.s3.bucket,
                            BucketPrefix: report.s3.prefix,
                            BucketRegion: report.s3.region
                        }
                    }
                ]
            },
            Parameters: report.parameters
        }
    };
}
function snapshotFile(e) {
    return {
        FormatType: FORMAT_TYPE[e.format],
        SheetSelections: e.sheets.map((s) => e.format === 'pdf'
            ? { SheetId: s.sheetId, SelectionScope: 'ALL_VISUALS' }
            : { SheetId: s.sheetId, SelectionScope: 'SELECTED_VISUALS', VisualIds: s.visualIds })
    };
}

;// CONCATENATED MODULE: ./src/kinds/snapshot/error-type-hints.ts
/** One-line advice for each ErrorType of a failed snapshot job. */
const ERROR_TYPE_HINTS = {
    DASHBOARD_ACCESS_DENIED: 'The user lost access to the dashboard: share it with the user (or the role) again.',
    CAPABILITY_RESTRICTED: 'The user is not allowed to export in this format: check the custom permissions profile (export to CSV/Excel/PDF).',
    RLS_CHANGED: 'Row-level security changed while the job ran: re-run; check that the dataset RLS tag keys match rls-tags.',
    CLS_CHANGED: 'Column-level security changed while the job ran: re-run, or remove restricted columns from the visuals.',
    DATASET_DELETED: 'A dataset of the dashboard was deleted: restore it or update the dashboard.'
};
function hintForErrorType(type) {
    return (type && ERROR_TYPE_HINTS[type]) || 'See the QuickSight console for the job, and re-run.';
}

;// CONCATENATED MODULE: ./src/kinds/snapshot/snapshot-result.ts

/** QuickSight's ErrorType and ErrorMessage, with a hint the user can act on. */
function describeJobError(info) {
    const type = info?.ErrorType ?? 'UNKNOWN_ERROR';
    return `${type}: ${info?.ErrorMessage ?? 'no message'} Hint: ${hintForErrorType(info?.ErrorType)}`;
}
/** The file groups of a result, for anonymous and registered users alike. */
function resultFileGroups(response) {
    return (response.Result?.AnonymousUsers?.[0]?.FileGroups ??
        response.Result?.RegisteredUsers?.[0]?.FileGroups ??
        []);
}
/** Pairs each export of a job with its file's URI or error; file group i answers export i. */
function resultFiles(response, specs) {
    const groups = resultFileGroups(response);
    return specs.map((spec, i) => {
        const s3 = groups[i]?.S3Results?.[0];
        const errors = s3?.ErrorInfo ?? [];
        if (errors.length > 0)
            return { spec, error: errors.map((e) => describeJobError(e)).join('; ') };
        if (!s3?.S3Uri)
            return { spec, error: 'QuickSight returned no file for this export.' };
        if (!/^(https|s3):\/\//.test(s3.S3Uri))
            return {
                spec,
                error: 'QuickSight returned a file location that is neither s3:// nor https://.'
            };
        return { spec, uri: s3.S3Uri };
    });
}

;// CONCATENATED MODULE: ./src/kinds/snapshot/snapshot-kind.ts



/** QuickSight runs at most 12 snapshot jobs per account at once. */
const ACCOUNT_SNAPSHOT_JOBS = 12;
/** The first check 2 s after the start, then after every tenth of the job's age (see `JobKind`). */
const SNAPSHOT_POLLING = { firstCheckMs: 2_000, growth: 1.1 };
/** Snapshot jobs (StartDashboardSnapshotJob) on the shared engine. */
function snapshotKind(o) {
    const key = (job) => ({
        AwsAccountId: o.accountId,
        DashboardId: job.dashboardId,
        SnapshotJobId: job.id
    });
    const uris = async (job) => resultFiles(await o.api.result(key(job)), job.exports).map((f) => masked(f.uri, o.mask));
    return {
        noun: 'snapshot job',
        jobIdOutput: 'snapshot-job-id',
        states: { succeeded: ['COMPLETED'], failed: ['FAILED'] },
        polling: SNAPSHOT_POLLING,
        cannotCancel: 'QuickSight has no cancel call',
        slots: o.slots,
        accountLimit: `${ACCOUNT_SNAPSHOT_JOBS} snapshot jobs`,
        timeoutHint: `QuickSight has no cancel call: the job may still finish. Raise timeout-minutes, or check how many snapshot jobs the account runs at once (${ACCOUNT_SNAPSHOT_JOBS} at most).`,
        isAccountFull: (error) => error?.name === 'LimitExceededException',
        async start(job) {
            try {
                const started = await o.api.start(buildStartRequest(o.accountId, job.spec, job.id, job.exports));
                return { arn: started.Arn, resumed: false };
            }
            catch (error) {
                if (error?.name !== 'ResourceExistsException')
                    throw error;
                // A re-run after a crash, or a start the SDK retried: follow the job that exists.
                const existing = await o.api.describe(key(job));
                o.log(`${job.id}: exists already (${existing.JobStatus}); following it instead of starting a new one`);
                return { arn: existing.Arn, resumed: true };
            }
        },
        describe: (job) => o.api.describe(key(job)),
        status: (d) => d.JobStatus ?? 'UNKNOWN',
        async finish(job) {
            const result = await o.api.result(key(job));
            const files = job.files;
            if (result.JobStatus === 'FAILED') {
                return {
                    error: describeJobError(result.ErrorInfo),
                    files: files.map((f) => ({ ...f, error: 'The job failed.' }))
                };
            }
            const offered = resultFiles(result, job.exports);
            return {
                files: files.map((f, i) => {
                    const r = offered[i];
                    return r?.uri ? { ...f, uri: masked(r.uri, o.mask) } : { ...f, error: r?.error };
                })
            };
        },
        async freshUri(job, file) {
            const again = (await uris(job))[job.files.findIndex((f) => f.index === file.index)];
            if (!again)
                throw new Error('QuickSight returned no fresh URL for the file');
            return again;
        }
    };
}
/** Registers a presigned URL's secret parts with the runner before anything can log it. */
function masked(uri, mask) {
    if (uri?.startsWith('https://'))
        (0,src_mask/* maskPresignedUrl */.B)(uri, mask);
    return uri;
}

;// CONCATENATED MODULE: ./src/kinds/snapshot/pack-exports.ts
/** QuickSight's per-job limits (StartDashboardSnapshotJob). */
const JOB_LIMITS = { pdf: 1, excel: 1, csv: 5, fileGroups: 6 };
/**
 * Packs the exports into as few snapshot jobs as QuickSight's limits allow. PDFs and workbooks
 * (one of each per job) are spread first, then CSVs fill the remaining room evenly.
 */
function planJobs(exports, baseJobId) {
    const count = (f) => exports.filter((e) => e.format === f).length;
    const lowerBound = Math.max(1, count('pdf'), count('excel'), Math.ceil(count('csv') / JOB_LIMITS.csv), Math.ceil(exports.length / JOB_LIMITS.fileGroups));
    for (let n = lowerBound;; n++) {
        const jobs = tryPack(exports, n);
        if (jobs) {
            return jobs.map((list, i) => ({
                snapshotJobId: jobs.length === 1 ? baseJobId : `${baseJobId}-${i + 1}`,
                exports: list.sort((a, b) => a.index - b.index)
            }));
        }
    }
}
function tryPack(exports, n) {
    const jobs = Array.from({ length: n }, () => []);
    const pdfs = exports.filter((e) => e.format === 'pdf');
    const excels = exports.filter((e) => e.format === 'excel');
    if (pdfs.length > n || excels.length > n)
        return undefined;
    // PDFs from the first job on, workbooks from the last: fewer jobs end up with neither.
    pdfs.forEach((e, i) => jobs[i]?.push(e));
    excels.forEach((e, i) => jobs[n - 1 - i]?.push(e));
    for (const csv of exports.filter((e) => e.format === 'csv')) {
        const room = jobs
            .filter((j) => j.length < JOB_LIMITS.fileGroups &&
            j.filter((e) => e.format === 'csv').length < JOB_LIMITS.csv)
            .sort((a, b) => a.length - b.length)[0];
        if (!room)
            return undefined;
        room.push(csv);
    }
    return jobs;
}
/** What a job makes, regardless of names and order: jobs of one kind take about as long. */
function jobKind(plan) {
    return plan.exports
        .map((e) => `${e.format}:${e.sheets.map((s) => s.sheetId).join('+')}`)
        .sort()
        .join(',');
}

;// CONCATENATED MODULE: ./src/kinds/snapshot/snapshot-jobs.ts


/**
 * Packs each report's exports into the fewest snapshot jobs and gives every file its path. Job ids
 * are `baseJobId` (one job), `baseJobId-N` (one report, several jobs) or `baseJobId-rR[-N]`
 * (several reports), so that two reports of one dashboard never share an id.
 */
function planSnapshotJobs(reports, baseJobId, outputDir, now) {
    const planned = reports.flatMap((report, r) => planJobs(report.exports, reports.length === 1 ? baseJobId : `${baseJobId}-r${r + 1}`).map((plan) => ({ report, plan })));
    const named = planned.flatMap(({ report, plan }) => plan.exports.map((spec) => ({
        spec,
        jobId: plan.snapshotJobId,
        dashboardId: report.dashboardId,
        report: report.name,
        template: report.fileName,
        timezone: report.timezone
    })));
    const paths = assignFilePaths(named, outputDir, now);
    return planned.map(({ report, plan }) => ({
        id: plan.snapshotJobId,
        report: report.name,
        dashboardId: report.dashboardId,
        makeUp: `${report.dashboardId}/${jobKind(plan)}`,
        spec: report,
        exports: plan.exports,
        files: plan.exports.map((spec) => ({
            index: spec.index,
            format: spec.format,
            path: paths.get(spec.index) ?? '',
            source: exportSource(spec)
        }))
    }));
}
/** The sheets and visuals of an export, as the report shows them. */
function exportSource(spec) {
    return {
        sheets: spec.sheets.map((s) => s.sheetName ?? s.sheetId),
        visuals: spec.sheets.flatMap((s) => s.visualIds.map((v, i) => s.visualTitles?.[i] ?? v))
    };
}

;// CONCATENATED MODULE: ./src/kinds/snapshot/plan-snapshot.ts






/** Resolves the reports' dashboards, sheets, visuals and parameters, and plans their snapshot jobs. */
async function planSnapshot(s, c) {
    const accountId = await c.accountId();
    const reports = await resolveReports(s.reports, {
        api: await (0,dashboards_api/* dashboardsApi */.A)(c.aws.quicksight),
        accountId,
        region: c.common.awsRegion,
        now: c.now,
        defaultPrefix: defaultPrefix(c.env, c.now)
    });
    for (const r of reports) {
        const named = r.dashboardName && r.dashboardName !== r.name ? ` (${r.dashboardName})` : '';
        c.log(`${r.name}: dashboard ${r.dashboardId}${named}, ${r.exports.length} file(s)`);
        for (const note of r.parameterNotes)
            c.log(`  ${note}`);
    }
    const baseJobId = s.snapshotJobId ?? (await (0,job_id/* generateJobId */.i)(c.env));
    const jobs = planSnapshotJobs(reports, baseJobId, c.common.outputDir, c.now);
    const kind = snapshotKind({
        api: await snapshotApi(c.aws.quicksight),
        accountId,
        slots: s.maxConcurrentJobs,
        log: c.log,
        mask: c.mask
    });
    const files = reports.reduce((n, r) => n + r.exports.length, 0);
    const subject = s.configFile ?? reports[0]?.dashboardId ?? 'export';
    return {
        kind,
        jobs,
        reports: reports.map((r) => ({
            name: r.name,
            dashboardId: r.dashboardId,
            dashboardName: r.dashboardName,
            notes: r.parameterNotes,
            compare: r.compare
        })),
        subject,
        failFast: s.failFast,
        summary: !s.configFile
            ? `Exporting ${files} file(s) of dashboard ${subject} in ${jobs.length} snapshot job(s)`
            : `Exporting ${files} file(s) of ${reports.length} reports in ${jobs.length} snapshot job(s), at most ${s.maxConcurrentJobs} at once`
    };
}
/** quicksight-export/<owner>/<repo>/<run id>-<attempt>: one folder per run in a shared bucket. */
function defaultPrefix(env, now) {
    const repo = env.GITHUB_REPOSITORY ?? 'local';
    const run = env.GITHUB_RUN_ID
        ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`
        : `${now.getTime()}`;
    return `quicksight-export/${repo}/${run}`;
}


/***/ }),

/***/ 75235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ maskPresignedUrl)
/* harmony export */ });
const SECRET_PARAMS = [
    'X-Amz-Signature',
    'X-Amz-Security-Token',
    'X-Amz-Credential',
    'Signature',
    'sig'
];
/**
 * Registers the secret parts of a presigned URL (signature, session token, credential) with the
 * runner, both as they stand in the URL and decoded, so no log line can carry a usable URL.
 */
function maskPresignedUrl(url, mask) {
    const query = url.split('?')[1] ?? '';
    for (const pair of query.split('&')) {
        const [name = '', raw = ''] = pair.split('=');
        if (!SECRET_PARAMS.includes(name) || raw === '')
            continue;
        mask(raw);
        const decoded = safeDecode(raw);
        if (decoded !== raw)
            mask(decoded);
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}


/***/ }),

/***/ 71940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T5: () => (/* binding */ visualLabel),
/* harmony export */   WT: () => (/* binding */ TABULAR),
/* harmony export */   WZ: () => (/* binding */ sheetLabel),
/* harmony export */   _M: () => (/* binding */ dashboardModel)
/* harmony export */ });
/** The visual types CSV and Excel exports take. */
const TABULAR = ['TableVisual', 'PivotTableVisual'];
const DECLARATION_TYPES = {
    StringParameterDeclaration: 'string',
    IntegerParameterDeclaration: 'integer',
    DecimalParameterDeclaration: 'decimal',
    DateTimeParameterDeclaration: 'datetime'
};
/** Reads the sheets, visuals and parameter declarations of a DescribeDashboardDefinition answer. */
function dashboardModel(d) {
    const parameters = new Map();
    for (const declaration of d.Definition?.ParameterDeclarations ?? []) {
        for (const [member, type] of Object.entries(DECLARATION_TYPES)) {
            const name = declaration[member]?.Name;
            if (name)
                parameters.set(name, type);
        }
    }
    return {
        id: d.DashboardId ?? '',
        name: d.Name,
        sheets: (d.Definition?.Sheets ?? []).map((s) => ({
            id: s.SheetId ?? '',
            name: s.Name,
            visuals: (s.Visuals ?? []).flatMap((v) => visualModel(v) ?? [])
        })),
        parameters
    };
}
function visualModel(v) {
    for (const [type, member] of Object.entries(v)) {
        const body = member;
        if (!body?.VisualId)
            continue;
        const text = body.Title?.FormatText;
        const title = text?.PlainText ?? (text?.RichText ? plain(text.RichText) : undefined);
        return { id: body.VisualId, title: title?.trim() || undefined, type };
    }
    return undefined;
}
/** The words of QuickSight's rich-text title markup. */
function plain(xml) {
    return xml
        .replace(/<[^>]*>/g, '')
        .replace(/&(lt|gt|quot|apos|amp);/g, (_, e) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');
}
/** A visual as people see it: `Orders (orders-table)`. */
function visualLabel(v) {
    return v.title ? `${v.title} (${v.id})` : v.id;
}
function sheetLabel(s) {
    return s.name ? `${s.name} (${s.id})` : s.id;
}


/***/ }),

/***/ 18878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ dashboardsApi)
/* harmony export */ });
const PAGE = 100;
async function dashboardsApi(client) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(3609), __webpack_require__.e(7489), __webpack_require__.e(4573), __webpack_require__.e(6049), __webpack_require__.e(4028)]).then(__webpack_require__.bind(__webpack_require__, 34028));
    return {
        async listDashboards(accountId) {
            const all = [];
            let token;
            do {
                const page = await client.send(new sdk.ListDashboardsCommand({
                    AwsAccountId: accountId,
                    MaxResults: PAGE,
                    NextToken: token
                }));
                all.push(...(page.DashboardSummaryList ?? []));
                token = page.NextToken;
            } while (token);
            return all;
        },
        describeDefinition: (accountId, dashboardId) => client.send(new sdk.DescribeDashboardDefinitionCommand({
            AwsAccountId: accountId,
            DashboardId: dashboardId
        }))
    };
}


/***/ }),

/***/ 96028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ DEFINITION_PERMISSION),
/* harmony export */   Pu: () => (/* binding */ findDashboards),
/* harmony export */   _x: () => (/* binding */ resolveDashboards),
/* harmony export */   fe: () => (/* binding */ ResolutionError)
/* harmony export */ });
/* harmony import */ var _inputs_closest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34970);
/* harmony import */ var _dashboard_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71940);


class ResolutionError extends Error {
    problems;
    constructor(problems) {
        super(problems.length === 1
            ? (problems[0] ?? '')
            : `${problems.length} problems:\n${problems.map((p) => `- ${p}`).join('\n')}`);
        this.problems = problems;
        this.name = 'ResolutionError';
    }
}
const ID = /^[\w-]{1,512}$/;
const errorName = (e) => e?.name;
const DEFINITION_PERMISSION = 'quicksight:DescribeDashboardDefinition (to read sheet names, visual titles and parameter types)';
/**
 * Finds every dashboard the reports name before any job starts. A value with id syntax is tried
 * as an id (reading its definition, one call) and looked up as a name only when QuickSight does
 * not know the id; any other value is a name, looked up in the account's dashboards (all pages,
 * listed once). Every unresolved name is reported at once.
 */
async function resolveDashboards(refs, api, accountId) {
    const { found, problems } = await findDashboards(refs, api, accountId);
    if (problems.length > 0)
        throw new ResolutionError(problems);
    return found;
}
/** As resolveDashboards, but returns the problems (sorted) beside what was found. */
async function findDashboards(refs, api, accountId) {
    let listing;
    const list = () => (listing ??= api.listDashboards(accountId));
    // One definition read per dashboard, however many ways the reports name it.
    const reads = new Map();
    const read = (id) => {
        let r = reads.get(id);
        if (!r)
            reads.set(id, (r = definition(api, accountId, id)));
        return r;
    };
    const problems = [];
    const found = new Map();
    await Promise.all([...new Set(refs)].map(async (ref) => {
        try {
            const byId = ID.test(ref) ? await read(ref) : 'unknown';
            if (byId !== 'unknown' && (byId.model || !(await mayBeName(ref, list))))
                return found.set(ref, byId);
            const match = byName(ref, await list(), ID.test(ref));
            if (typeof match === 'string')
                return problems.push(match);
            const model = await read(match.DashboardId ?? '');
            found.set(ref, model === 'unknown'
                ? { id: match.DashboardId ?? '', name: match.Name }
                : { ...model, name: match.Name });
        }
        catch (error) {
            if (errorName(error) !== 'AccessDeniedException')
                throw error;
            problems.push(`dashboard '${ref}' is not an id QuickSight knows, and the credentials may not list dashboards to find it by name: allow quicksight:ListDashboards, or give the dashboard id`);
        }
    }));
    return { found, problems: problems.sort() };
}
/**
 * Without the definition, a value with id syntax may still be a name ("Sales"): when the account's
 * list (if the role may read it) has no such id but has such a name, it is looked up as a name.
 */
async function mayBeName(ref, list) {
    try {
        const all = await list();
        return (!all.some((d) => d.DashboardId === ref) &&
            all.some((d) => d.Name?.toLowerCase() === ref.toLowerCase()));
    }
    catch (error) {
        if (errorName(error) === 'AccessDeniedException')
            return false;
        throw error;
    }
}
/** The dashboard with this id, its definition when readable; 'unknown' when QuickSight has no such id. */
async function definition(api, accountId, id) {
    try {
        const model = (0,_dashboard_model_js__WEBPACK_IMPORTED_MODULE_0__/* .dashboardModel */ ._M)(await api.describeDefinition(accountId, id));
        return { id: model.id || id, name: model.name, model };
    }
    catch (error) {
        if (errorName(error) === 'ResourceNotFoundException')
            return 'unknown';
        if (errorName(error) === 'AccessDeniedException')
            return { id };
        throw error;
    }
}
/** The one dashboard named `name` (exactly, else case-insensitively), or why there is none. */
function byName(name, all, idSyntax) {
    const exact = all.filter((d) => d.Name === name);
    const matches = exact.length > 0 ? exact : all.filter((d) => d.Name?.toLowerCase() === name.toLowerCase());
    if (matches.length === 1 && matches[0])
        return matches[0];
    if (matches.length > 1)
        return `dashboard name '${name}' is shared by ${matches.length} dashboards: ${matches.map((d) => d.DashboardId).join(', ')}; give the id instead`;
    const near = (0,_inputs_closest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(name, all.flatMap((d) => (d.Name ? [d.Name] : [])), 5);
    return `no dashboard has the ${idSyntax ? 'id or name' : 'name'} '${name}' in this account and region (${all.length} dashboards)${near.length > 0 ? `; closest names: ${near.map((n) => `'${n}'`).join(', ')}` : ''}`;
}


/***/ })

};
