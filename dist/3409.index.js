export const id = 3409;
export const ids = [3409,5045,3353];
export const modules = {

/***/ 89556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseTolerance)
/* harmony export */ });
const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;
/**
 * Reads the `tolerance` input: a non-negative decimal (`0.5`, absolute) or a percentage (`1%`,
 * relative). Throws an Error naming the value and the accepted forms otherwise.
 */
function parseTolerance(text) {
    const value = text.trim();
    const percent = value.endsWith('%');
    const number = percent ? value.slice(0, -1).trim() : value;
    if (!DECIMAL.test(number)) {
        throw new Error(`tolerance "${text}" is not a number: use an absolute difference such as 0.5 or a relative one such as 1%`);
    }
    return percent
        ? { kind: 'relative', fraction: Number(number) / 100 }
        : { kind: 'absolute', value: Number(number) };
}


/***/ }),

/***/ 33409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ConfigFileError: () => (/* binding */ ConfigFileError),
  PACK_FILE_NAME: () => (/* binding */ PACK_FILE_NAME),
  readConfigFile: () => (/* binding */ readConfigFile)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/inputs/exports.ts
var inputs_exports = __webpack_require__(16790);
// EXTERNAL MODULE: ./src/inputs/input-error.ts
var input_error = __webpack_require__(39354);
// EXTERNAL MODULE: ./src/inputs/names.ts
var names = __webpack_require__(85585);
// EXTERNAL MODULE: ./src/inputs/problems.ts
var inputs_problems = __webpack_require__(88925);
// EXTERNAL MODULE: ./src/inputs/report-request.ts
var report_request = __webpack_require__(32779);
// EXTERNAL MODULE: ./src/inputs/file-name-template.ts
var file_name_template = __webpack_require__(59090);
// EXTERNAL MODULE: ./src/inputs/parameters.ts
var parameters = __webpack_require__(25045);
// EXTERNAL MODULE: ./src/inputs/relative-dates.ts
var relative_dates = __webpack_require__(33353);
// EXTERNAL MODULE: ./src/inputs/registered-user.ts
var registered_user = __webpack_require__(24549);
// EXTERNAL MODULE: ./src/inputs/rls-tags.ts
var rls_tags = __webpack_require__(66318);
// EXTERNAL MODULE: ./src/inputs/yaml-values.ts
var yaml_values = __webpack_require__(57677);
// EXTERNAL MODULE: ./src/diff/tolerance.ts
var tolerance = __webpack_require__(89556);
;// CONCATENATED MODULE: ./src/inputs/report-settings.ts








/** Reads the setting keys of a mapping (a pack's `defaults`, or one report). */
function readSettings(map, path, problems, mask, 
/** Whether the step compares with a baseline (key-columns and tolerance apply only then). */
comparing) {
    const at = (key) => [...path, key];
    const has = (key) => map[key] !== undefined;
    for (const key of ['key-columns', 'tolerance'])
        if (has(key) && !comparing)
            problems.add(at(key), "applies only when there is something to compare with, and compare-to is 'none'; set compare-to (previous-run or a folder) or remove it");
    return {
        name: has('name') ? label(map.name, at('name'), problems) : undefined,
        parameters: has('parameters')
            ? (0,parameters.readParameters)(map.parameters, at('parameters'), problems)
            : undefined,
        rlsTags: has('rls-tags')
            ? (0,rls_tags/* readRlsTags */.TX)(map['rls-tags'], at('rls-tags'), problems, mask)
            : undefined,
        registeredUser: has('registered-user')
            ? (0,registered_user/* readRegisteredUser */.mL)(map['registered-user'], at('registered-user'), problems)
            : undefined,
        userNamespace: has('user-namespace')
            ? (0,registered_user/* readNamespace */.oZ)(map['user-namespace'], at('user-namespace'), problems)
            : undefined,
        identityRoleArn: has('identity-role-arn')
            ? (0,registered_user/* readRoleArn */.eY)(map['identity-role-arn'], at('identity-role-arn'), problems)
            : undefined,
        fileName: has('file-name') ? fileName(map['file-name'], at('file-name'), problems) : undefined,
        s3Bucket: has('s3-bucket') ? (0,report_request/* bucket */.DC)(map['s3-bucket'], at('s3-bucket'), problems) : undefined,
        s3Prefix: has('s3-prefix') ? (0,report_request/* prefix */.Pl)(map['s3-prefix'], at('s3-prefix'), problems) : undefined,
        timezone: has('timezone') ? zone(map.timezone, at('timezone'), problems) : undefined,
        keyColumns: has('key-columns') && comparing
            ? columns(map['key-columns'], at('key-columns'), problems)
            : undefined,
        tolerance: has('tolerance') && comparing
            ? report_settings_tolerance(map.tolerance, at('tolerance'), problems)
            : undefined
    };
}
function label(value, path, problems) {
    return (0,yaml_values/* text */.Qq)(value, path, problems, 'name', 100);
}
function fileName(value, path, problems) {
    const template = (0,yaml_values/* text */.Qq)(value, path, problems, 'file-name', 1000);
    if (template === undefined)
        return undefined;
    try {
        return (0,file_name_template/* validateFileNameTemplate */.MB)(template);
    }
    catch (error) {
        problems.add(path, error.message.replace(/^Invalid input 'file-name' = "[^"]*": /, ''));
        return undefined;
    }
}
/** Key columns: a list of column names (or one comma-separated text). */
function columns(value, path, problems) {
    const list = typeof value === 'string' ? value.split(',').map((c) => c.trim()) : value;
    if (!Array.isArray(list) || list.length === 0 || list.length > 50) {
        problems.add(path, 'must be a list of 1-50 column names, such as [Date, Region, Product]');
        return undefined;
    }
    const names = list.map((c, i) => (0,yaml_values/* text */.Qq)(c, [...path, i], problems, 'a key column', 255));
    return names.every((n) => n !== undefined) ? names : undefined;
}
/** A tolerance: a number (absolute) or a text such as '0.5' or '1%'. */
function report_settings_tolerance(value, path, problems) {
    if (typeof value !== 'number' && typeof value !== 'string') {
        problems.add(path, "must be a number such as 0.5 (absolute) or a percentage such as '1%'");
        return undefined;
    }
    try {
        return (0,tolerance/* parseTolerance */.B)(String(value));
    }
    catch (error) {
        problems.add(path, error.message.replace(/^tolerance "[^"]*" /, ''));
        return undefined;
    }
}
function zone(value, path, problems) {
    const name = (0,yaml_values/* text */.Qq)(value, path, problems, 'timezone', 100);
    if (name === undefined)
        return undefined;
    try {
        return (0,relative_dates.checkTimeZone)(name);
    }
    catch (error) {
        problems.add(path, error.message);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/inputs/config-file.ts









/** Each report in its own folder. */
const PACK_FILE_NAME = '{report}/{name}.{ext}';
const MAX_BYTES = 1024 * 1024;
const MAX_REPORTS = 100;
const MAX_SHOWN = 30;
const EXAMPLE = `config-file: .github/quicksight/nightly.yml, holding
  reports:
    - dashboard: Sales Overview
      exports: [{ format: pdf, sheet: Summary }]`;
/** Every problem of a config file at once, each with its file, line and column. */
class ConfigFileError extends input_error/* InputError */.d {
    constructor(file, problems) {
        super(names/* Input */.pd.ConfigFile, file, `${problems.length} problem${problems.length === 1 ? '' : 's'}`, EXAMPLE);
        const shown = problems.slice(0, MAX_SHOWN);
        const lines = shown.map((p) => `${external_node_path_default().basename(file)}:${p.line}:${p.col}: ${p.text}`);
        const more = problems.length > MAX_SHOWN ? [`… and ${problems.length - MAX_SHOWN} more`] : [];
        this.message = `Invalid input 'config-file' = ${JSON.stringify(file)}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${[...lines, ...more].join('\n')}\nFor example: ${EXAMPLE}`;
        this.annotations = shown.map((p) => ({
            message: p.text,
            properties: { title: 'config-file', file, startLine: p.line, startColumn: p.col }
        }));
    }
}
/**
 * Reads and checks a report pack before any AWS call. `base` holds the action inputs a report
 * inherits. Throws ConfigFileError listing every problem with its line and column.
 */
async function readConfigFile(file, workspace, base, mask, comparing) {
    const full = external_node_path_default().resolve(workspace, file);
    const { parseDocument, LineCounter } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const size = await (0,promises_.stat)(full).then((s) => (s.isFile() ? s.size : -1), () => undefined);
    if (size === undefined || size < 0)
        throw new input_error/* InputError */.d(names/* Input */.pd.ConfigFile, file, `is not a file in the workspace (${full})`, EXAMPLE);
    if (size > MAX_BYTES)
        throw new input_error/* InputError */.d(names/* Input */.pd.ConfigFile, file, `is ${size} bytes; at most ${MAX_BYTES}`, EXAMPLE);
    const lineCounter = new LineCounter();
    const doc = parseDocument(await (0,promises_.readFile)(full, 'utf8'), {
        lineCounter,
        prettyErrors: false,
        uniqueKeys: true
    });
    if (doc.errors.length > 0)
        throw new ConfigFileError(file, doc.errors.map((e) => ({
            ...(e.linePos?.[0] ?? { line: 1, col: 1 }),
            text: e.message.split('\n')[0] ?? ''
        })));
    const problems = new inputs_problems/* Problems */.Z();
    const reports = readPack(doc.toJS({ maxAliasCount: 100 }), base, problems, mask, comparing);
    if (!problems.empty)
        throw new ConfigFileError(file, problems.list.map((p) => ({
            ...position(doc, lineCounter, p.path),
            text: `${(0,inputs_problems/* formatPath */.j)(p.path) || '(top)'}: ${p.message}`
        })));
    return { file, reports };
}
function readPack(top, base, problems, mask, comparing) {
    if (!(0,yaml_values/* isPlainObject */.Qd)(top)) {
        problems.add([], `must be a mapping with 'reports' (and optional 'defaults'), not ${(0,yaml_values/* typeName */.go)(top)}`);
        return [];
    }
    (0,yaml_values/* checkKeys */.L)(top, ['defaults', 'reports'], [], problems);
    let defaults = {};
    if (top.defaults !== undefined) {
        if (!(0,yaml_values/* isPlainObject */.Qd)(top.defaults))
            problems.add(['defaults'], `must be a mapping of report settings, not ${(0,yaml_values/* typeName */.go)(top.defaults)}`);
        else {
            (0,yaml_values/* checkKeys */.L)(top.defaults, report_request/* SETTING_KEYS */.GS, ['defaults'], problems, {
                dashboard: 'each report names its own dashboard',
                exports: 'each report lists its own exports'
            });
            defaults = readSettings(top.defaults, ['defaults'], problems, mask, comparing);
        }
    }
    const list = top.reports;
    if (!Array.isArray(list) || list.length === 0) {
        problems.add(['reports'], `must be a non-empty list of reports, not ${(0,yaml_values/* typeName */.go)(list)}`);
        return [];
    }
    if (list.length > MAX_REPORTS)
        problems.add(['reports'], `has ${list.length} reports; at most ${MAX_REPORTS}`);
    return list.flatMap((item, i) => {
        const at = ['reports', i];
        if (!(0,yaml_values/* isPlainObject */.Qd)(item)) {
            problems.add(at, `must be a mapping with 'dashboard' and 'exports', not ${(0,yaml_values/* typeName */.go)(item)}`);
            return [];
        }
        (0,yaml_values/* checkKeys */.L)(item, ['dashboard', 'exports', ...report_request/* SETTING_KEYS */.GS], at, problems);
        const dashboard = (0,yaml_values/* text */.Qq)(item.dashboard, [...at, 'dashboard'], problems, 'dashboard (an id or a name)');
        const exports = (0,inputs_exports/* readExportList */.fY)(item.exports, [...at, 'exports'], problems);
        const own = readSettings(item, at, problems, mask, comparing);
        const report = (0,report_request/* buildReport */.FK)(at, dashboard ?? '', exports, [base, defaults, own], problems, PACK_FILE_NAME);
        return dashboard === undefined ? [] : [report];
    });
}
/** Line and column of the value at `path`, or of the nearest part of it that exists. */
function position(doc, lines, at) {
    for (let n = at.length; n >= 0; n--) {
        const node = doc.getIn(at.slice(0, n), true);
        if (node?.range) {
            const { line, col } = lines.linePos(node.range[0]);
            return { line, col };
        }
    }
    return { line: 1, col: 1 };
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


/***/ })

};
