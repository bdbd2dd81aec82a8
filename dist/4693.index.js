export const id = 4693;
export const ids = [4693,46,3409];
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
// EXTERNAL MODULE: ./src/inputs/email-schedules.ts
var email_schedules = __webpack_require__(82446);
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
// EXTERNAL MODULE: ./src/inputs/parameters.ts + 1 modules
var parameters = __webpack_require__(86164);
// EXTERNAL MODULE: ./src/inputs/relative-dates.ts
var relative_dates = __webpack_require__(33353);
// EXTERNAL MODULE: ./src/inputs/recipients.ts
var recipients = __webpack_require__(37093);
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
            : undefined,
        failOnEmpty: has('fail-on-empty')
            ? (0,yaml_values/* bool */.lc)(map['fail-on-empty'], at('fail-on-empty'), problems)
            : undefined,
        recipients: has('recipients')
            ? (0,recipients.readRecipients)(map.recipients, at('recipients'), problems, mask)
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

// EXTERNAL MODULE: ./src/inputs/yaml-syntax.ts
var yaml_syntax = __webpack_require__(48168);
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
    const yaml = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const size = await (0,promises_.stat)(full).then((s) => (s.isFile() ? s.size : -1), () => undefined);
    if (size === undefined || size < 0)
        throw new input_error/* InputError */.d(names/* Input */.pd.ConfigFile, file, `is not a file in the workspace (${full})`, EXAMPLE);
    if (size > MAX_BYTES)
        throw new input_error/* InputError */.d(names/* Input */.pd.ConfigFile, file, `is ${size} bytes; at most ${MAX_BYTES}`, EXAMPLE);
    const lineCounter = new yaml.LineCounter();
    const source = await (0,promises_.readFile)(full, 'utf8');
    const doc = yaml.parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const syntax = (0,yaml_syntax/* syntaxProblems */.u)(yaml, source, doc, lineCounter);
    if (syntax.length > 0)
        throw new ConfigFileError(file, syntax);
    const problems = new inputs_problems/* Problems */.Z();
    const reports = readPack(doc.toJS({ maxAliasCount: 100 }), base, problems, mask, comparing);
    if (!problems.empty)
        throw new ConfigFileError(file, problems.list.map((p) => ({
            ...position(doc, lineCounter, p.path),
            text: `${(0,inputs_problems/* formatPath */.j)(p.path) || '(top)'}: ${p.message}`
        })));
    return { file, reports, locate: (at) => position(doc, lineCounter, at) };
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
                exports: 'each report lists its own exports',
                'email-schedules': "each report lists its own dashboard's e-mail schedules"
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
            problems.add(at, `must be a mapping with 'dashboard' and 'exports' (or 'email-schedules'), not ${(0,yaml_values/* typeName */.go)(item)}`);
            return [];
        }
        (0,yaml_values/* checkKeys */.L)(item, ['dashboard', 'exports', 'email-schedules', ...report_request/* SETTING_KEYS */.GS], at, problems);
        const dashboard = (0,yaml_values/* text */.Qq)(item.dashboard, [...at, 'dashboard'], problems, 'dashboard (an id or a name)');
        const schedules = item['email-schedules'] === undefined
            ? undefined
            : (0,email_schedules/* readScheduleList */.kZ)(item['email-schedules'], [...at, 'email-schedules'], problems);
        // A report may only run e-mail schedules: then it has no exports.
        const exports = item.exports === undefined && schedules !== undefined
            ? []
            : (0,inputs_exports/* readExportList */.fY)(item.exports, [...at, 'exports'], problems);
        const own = readSettings(item, at, problems, mask, comparing);
        const report = (0,report_request/* buildReport */.FK)(at, dashboard ?? '', exports, [base, defaults, own], problems, PACK_FILE_NAME);
        if (schedules)
            report.emailSchedules = schedules;
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

/***/ 82446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ parseScheduleIds),
/* harmony export */   kZ: () => (/* binding */ readScheduleList)
/* harmony export */ });
/* unused harmony export MAX_SCHEDULES */
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39354);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85585);
/* harmony import */ var _yaml_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57677);



/** A cap per report: each id is one call, and a typo should not make hundreds. */
const MAX_SCHEDULES = 100;
/** The API reference's ScheduleId: 1-512 characters of [\w-]. */
const SCHEDULE_ID = /^[\w-]{1,512}$/;
const RULE = `must be 1-512 letters, digits, '_' or '-' (the id the dashboard's Schedules pane shows)`;
const EXAMPLE = 'email-schedule-ids: daily-summary, 3f2b9c1e-8a47-4d6b-9e15-7c0a2d4f6b83';
/** A report's `email-schedules`: a list of schedule ids of its dashboard. */
function readScheduleList(value, path, problems) {
    if (!Array.isArray(value) || value.length === 0) {
        problems.add(path, `must be a non-empty list of schedule ids, such as [daily-summary], not ${(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_2__/* .typeName */ .go)(value)}`);
        return [];
    }
    if (value.length > MAX_SCHEDULES) {
        problems.add(path, `has ${value.length} schedules; at most ${MAX_SCHEDULES}`);
        return [];
    }
    const seen = new Set();
    return value.flatMap((item, i) => {
        const id = typeof item === 'number' ? String(item) : item;
        if (typeof id !== 'string' || !SCHEDULE_ID.test(id)) {
            problems.add([...path, i], `a schedule id ${RULE}`);
            return [];
        }
        if (seen.has(id)) {
            problems.add([...path, i], `schedule ${id} is listed twice`);
            return [];
        }
        seen.add(id);
        return [id];
    });
}
/** The `email-schedule-ids` input: ids separated by commas or new lines. */
function parseScheduleIds(text) {
    const ids = text
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
    const fail = (rule) => new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.EmailScheduleIds, text, rule, EXAMPLE);
    if (ids.length === 0)
        throw fail('lists no schedule id');
    if (ids.length > MAX_SCHEDULES)
        throw fail(`lists ${ids.length} schedules; at most ${MAX_SCHEDULES}`);
    const bad = ids.find((id) => !SCHEDULE_ID.test(id));
    if (bad !== undefined)
        throw fail(`'${bad}': a schedule id ${RULE}`);
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    if (twice !== undefined)
        throw fail(`lists schedule ${twice} twice`);
    return ids;
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
        ? [
            {
                sheet: ref(item.sheet, [...at, 'sheet'], problems, 'sheet'),
                visuals: [],
                at: [...at, 'sheet']
            }
        ]
        : format === 'csv'
            ? [
                {
                    sheet: ref(item.sheet, [...at, 'sheet'], problems, 'sheet'),
                    visuals: csvVisuals(item, at, problems),
                    at: [...at, 'sheet'],
                    visualsAt: [...at, item.visual !== undefined ? 'visual' : 'visuals']
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
            {
                sheet,
                visuals: visualList(item.visuals, [...at, 'visuals'], problems, EXCEL_MAX_VISUALS),
                at: [...at, 'sheet'],
                visualsAt: [...at, 'visuals']
            }
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
            visuals: visualList(s.visuals, [...where, 'visuals'], problems, EXCEL_MAX_VISUALS),
            at: [...where, 'sheet'],
            visualsAt: [...where, 'visuals']
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
    'ext',
    'recipient'
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

/***/ 74873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ startWhenRoom)
/* harmony export */ });
/* harmony import */ var _time_backoff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17293);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47015);


/** While the account is full: tries 5 s apart at first, growing to 30 s (full jitter, 1 s at least). */
const FULL_ACCOUNT_BACKOFF = { initialMs: 5_000, capMs: 30_000, jitter: 1 };
/**
 * Starts a job, waiting and trying again while the account is full (jobs of other workflows hold
 * its slots), until the deadline. Any other failure is thrown at once.
 */
async function startWhenRoom(start, o) {
    const startedAt = o.clock.now();
    for (let attempt = 0;; attempt++) {
        try {
            return await start();
        }
        catch (error) {
            if (!o.isAccountFull(error))
                throw error;
            const now = o.clock.now();
            const delay = Math.max(1_000, (0,_time_backoff_js__WEBPACK_IMPORTED_MODULE_1__/* .backoffDelay */ .E)(attempt, FULL_ACCOUNT_BACKOFF));
            if (now + delay > o.deadline) {
                throw new _poll_js__WEBPACK_IMPORTED_MODULE_0__/* .JobTimeoutError */ .$G(o.jobId, 'queued (not started)', now - startedAt, `The account kept ${o.accountLimit} running the whole time: raise timeout-minutes, or run fewer jobs at once (max-concurrent-jobs, matrix max-parallel).`);
            }
            o.log(`${o.jobId}: queued, the account already runs ${o.accountLimit}; trying again in ${(0,_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(delay)}`);
            await o.clock.sleep(delay);
        }
    }
}


/***/ }),

/***/ 8851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ ExistingJobMismatchError),
/* harmony export */   b: () => (/* binding */ listDifferences)
/* harmony export */ });
/**
 * A job id that exists already names a job made with another configuration than this step's: its
 * files would be another request's under this step's names, so it is neither followed nor downloaded.
 */
class ExistingJobMismatchError extends Error {
    constructor(noun, jobId, differences, hint) {
        super(`The ${noun} ${jobId} exists already with another configuration than this step asks for: ${differences.join('; ')}. Its files were not downloaded. Hint: ${hint}`);
        this.name = 'ExistingJobMismatchError';
    }
}
/**
 * Differences between two lists whose order does not matter, in words: items only one side has,
 * paired by position when both sides have some ("FileGroups[1]: <theirs> vs asked <ours>").
 */
function listDifferences(label, existing, asked) {
    const left = [...asked];
    const theirs = [];
    existing.forEach((text, i) => {
        const at = left.indexOf(text);
        if (at >= 0)
            left.splice(at, 1);
        else
            theirs.push({ i, text });
    });
    const out = [];
    const pairs = Math.max(theirs.length, left.length);
    for (let n = 0; n < pairs; n++) {
        const t = theirs[n];
        const ours = left[n];
        if (t && ours !== undefined)
            out.push(`${label}[${t.i}]: ${t.text} vs asked ${ours}`);
        else if (t)
            out.push(`${label}[${t.i}]: ${t.text}, which this step does not ask for`);
        else
            out.push(`${label}: this step asks for ${ours ?? ''}, which the job does not have`);
    }
    return out;
}


/***/ }),

/***/ 84693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planSnapshot: () => (/* binding */ planSnapshot)
});

// EXTERNAL MODULE: ./src/aws/identity/user-identity.ts
var user_identity = __webpack_require__(1672);
// EXTERNAL MODULE: ./src/job-id.ts
var job_id = __webpack_require__(56108);
// EXTERNAL MODULE: ./src/quicksight/dashboards-api.ts
var dashboards_api = __webpack_require__(18878);
;// CONCATENATED MODULE: ./src/kinds/snapshot/snapshot-api.ts
async function snapshotApi(client) {
    return (await snapshotApis())(client);
}
/** Makes the snapshot API of any QuickSight client (the step's, or a registered user's). */
async function snapshotApis() {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(3609), __webpack_require__.e(7489), __webpack_require__.e(4573), __webpack_require__.e(8994), __webpack_require__.e(4028)]).then(__webpack_require__.bind(__webpack_require__, 34028));
    return (client) => ({
        start: (request) => client.send(new sdk.StartDashboardSnapshotJobCommand(request)),
        describe: (key) => client.send(new sdk.DescribeDashboardSnapshotJobCommand(key)),
        result: (key) => client.send(new sdk.DescribeDashboardSnapshotJobResultCommand(key))
    });
}

// EXTERNAL MODULE: ./src/inputs/names.ts
var names = __webpack_require__(85585);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/inputs/config-file.ts + 1 modules
var config_file = __webpack_require__(33409);
// EXTERNAL MODULE: ./src/inputs/input-error.ts
var input_error = __webpack_require__(39354);
// EXTERNAL MODULE: ./src/inputs/problems.ts
var inputs_problems = __webpack_require__(88925);
;// CONCATENATED MODULE: ./src/inputs/placed-problems.ts





const EXAMPLES = {
    [names/* Input */.pd.DashboardId]: 'dashboard-id: sales-overview (a dashboard id, or its name as QuickSight shows it)',
    [names/* Input */.pd.SheetId]: 'sheet-id: overview (a sheet id, or its name as the dashboard shows it)',
    [names/* Input */.pd.VisualIds]: 'visual-ids: orders-table, Units by product (visual ids or titles)',
    [names/* Input */.pd.Exports]: 'exports: [{format: csv, sheet: Details, visual: Orders}]',
    [names/* Input */.pd.Parameters]: 'parameters: { Region: EMEA, From: start-of-month-1M }'
};
const IN_FILE = ['reports', 'defaults'];
/**
 * The error for problems found after the inputs were read, each where the user wrote it: a config
 * file's at `file:line:col` (also as annotations), an action input's starting with the input's
 * name as every input error does.
 */
function placedProblemsError(found, places) {
    const { configFile, locate } = places;
    // An input's value shared by several reports of a pack has the same problem in each.
    const seen = new Set();
    const problems = found.filter((p) => {
        const key = `${(0,inputs_problems/* formatPath */.j)(p.at ?? [])}\n${p.text}`;
        return !seen.has(key) && seen.add(key);
    });
    const inFile = (p) => configFile !== undefined && locate !== undefined && IN_FILE.includes(p.at?.[0] ?? '');
    const filed = (p) => ({
        ...(locate?.(p.at ?? []) ?? { line: 1, col: 1 }),
        text: `${(0,inputs_problems/* formatPath */.j)(p.at ?? [])}: ${p.text}`
    });
    if (configFile !== undefined && problems.every(inFile))
        return new config_file.ConfigFileError(configFile, problems.map(filed));
    const first = problems[0];
    if (problems.length === 1 && first && !inFile(first) && inputOf(first)) {
        const input = inputOf(first) ?? '';
        return new input_error/* InputError */.d(input, undefined, `${where(first)}${first.text}`, EXAMPLES[input] ?? `${input}: see the README`);
    }
    const lines = problems.map((p) => {
        if (inFile(p)) {
            const f = filed(p);
            return `${external_node_path_default().basename(configFile ?? '')}:${f.line}:${f.col}: ${f.text}`;
        }
        const input = inputOf(p);
        return input ? `Invalid input '${input}': ${where(p)}${p.text}` : p.text;
    });
    const error = new input_error/* InputError */.d(inputOf(problems.find((p) => inputOf(p)) ?? {}) ?? '', '', '', '');
    error.message = `${problems.length} problems:\n- ${lines.join('\n- ')}`;
    error.annotations = problems.filter(inFile).map((p) => {
        const f = filed(p);
        return {
            message: f.text,
            properties: {
                title: 'config-file',
                file: configFile,
                startLine: f.line,
                startColumn: f.col
            }
        };
    });
    return error;
}
/** The action input a problem is about: the path's first key, or `exports` for an item of it. */
function inputOf(p) {
    const head = p.at?.[0];
    if (head === undefined)
        return undefined;
    return typeof head === 'number' ? names/* Input */.pd.Exports : head;
}
/** `item 2 sheets[0].visuals: `, for an item of the exports input; other inputs need no more. */
function where(p) {
    const [head, ...rest] = p.at ?? [];
    if (typeof head !== 'number')
        return '';
    return `item ${head + 1}${rest.length > 0 ? ` ${(0,inputs_problems/* formatPath */.j)(rest)}` : ''}: `;
}

// EXTERNAL MODULE: ./src/quicksight/resolve-dashboards.ts
var resolve_dashboards = __webpack_require__(96028);
// EXTERNAL MODULE: ./src/inputs/exports.ts
var inputs_exports = __webpack_require__(16790);
// EXTERNAL MODULE: ./src/inputs/file-name-template.ts
var file_name_template = __webpack_require__(59090);
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
            ext: EXTENSIONS[e.spec.format],
            recipient: e.recipient ?? ''
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
        // Where the sheet or visuals were written, when known; else the export's number says which.
        const say = (text, at) => {
            reported = true;
            problem(at ? text : `export ${e.index} (${e.format}): ${text}`, at);
        };
        const sheets = e.sheets.flatMap((s) => selections(s.sheet, s.visuals, e.format !== 'pdf', model, {
            sheet: (text) => say(text, s.at),
            visuals: (text) => say(text, s.visualsAt ?? s.at)
        }));
        if (sheets.length === 0) {
            if (!reported)
                say('selects nothing: no sheet of the dashboard has a table or pivot-table visual', e.sheets[0]?.at);
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
    const sheets = sheetRef === inputs_exports/* ALL */.y2
        ? model.sheets
        : [findSheet(sheetRef, model, problem.sheet)].flatMap((s) => s ?? []);
    return sheets.flatMap((sheet) => {
        const base = { sheetId: sheet.id, sheetName: sheet.name };
        if (!tabular)
            return [{ ...base, visualIds: [] }];
        const chosen = visuals === inputs_exports/* ALL */.y2
            ? sheet.visuals.filter((v) => dashboard_model/* TABULAR */.WT.includes(v.type))
            : visuals.flatMap((ref) => [findVisual(ref, sheet, problem.visuals)].flatMap((v) => v ?? []));
        if (visuals === inputs_exports/* ALL */.y2 && chosen.length === 0) {
            if (sheetRef !== inputs_exports/* ALL */.y2)
                problem.visuals(`sheet ${(0,dashboard_model/* sheetLabel */.WZ)(sheet)} has no table or pivot-table visuals`);
            return [];
        }
        for (const v of chosen)
            if (!dashboard_model/* TABULAR */.WT.includes(v.type))
                problem.visuals(`visual ${(0,dashboard_model/* visualLabel */.T5)(v)} is a ${v.type.replace(/Visual$/, '')}; CSV and Excel export table and pivot-table visuals only`);
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
        const badSheet = bad.includes(sheetRef);
        const say = badSheet ? problem.sheet : problem.visuals;
        say(`${bad.map((r) => `'${r}'`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not an id, and the dashboard's definition cannot be read to find ${bad.length === 1 ? 'it' : 'them'}: allow ${resolve_dashboards/* DEFINITION_PERMISSION */.KN}, or use ids`);
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
// EXTERNAL MODULE: ./src/inputs/parameters.ts + 1 modules
var parameters = __webpack_require__(86164);
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
        const said = (text) => problem(text, p.at);
        const type = typeOf(p, declared, said);
        if (!type)
            continue;
        const values = p.values.map((v) => convert(p.name, v, type, timeZone, now, said));
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
    const { found: dashboards, unresolved } = await (0,resolve_dashboards/* findDashboards */.Pu)(requests.map((r) => r.dashboard), o.api, o.accountId);
    const problems = [];
    let index = 0;
    const reports = requests.flatMap((request, reportIndex) => {
        const dashboard = dashboards.get(request.dashboard);
        const missing = unresolved.get(request.dashboard);
        if (missing !== undefined)
            problems.push({
                text: missing,
                at: request.path.length > 0 ? [...request.path, 'dashboard'] : [names/* Input */.pd.DashboardId]
            });
        if (!dashboard)
            return [];
        const report = request.path.length > 0 ? `${(0,inputs_problems/* formatPath */.j)(request.path)} (${request.dashboard}): ` : '';
        // A recipient's parameters repeat the report's: placedProblemsError says each problem once.
        const problem = (text, at) => {
            problems.push(at ? { text, at } : { text: `${report}${text}` });
        };
        const resolved = resolveExports(request.exports, dashboard.model, problem);
        // Each recipient gets every export, with their own user and parameters; else the report's own.
        const users = request.recipients.length > 0 ? request.recipients : [undefined];
        return users.map((recipient, k) => {
            const typed = typeParameters(recipient?.parameters ?? request.parameters, dashboard.model?.parameters, request.timezone, o.now, problem);
            return {
                name: request.name ?? dashboard.name ?? dashboard.id,
                dashboardId: dashboard.id,
                dashboardName: dashboard.name,
                exports: resolved.map((e) => ({ ...e, index: ++index })),
                parameters: typed.parameters,
                parameterNotes: typed.notes,
                rlsTags: recipient?.rlsTags ?? request.rlsTags,
                registeredUser: recipient?.registeredUser ?? request.registeredUser,
                identity: recipient ? recipient.identity : request.identity,
                s3: destination(request, o),
                fileName: request.fileName,
                timezone: request.timezone,
                compare: { keyColumns: request.keyColumns, tolerance: request.tolerance },
                failOnEmpty: request.failOnEmpty,
                // Run once per report, after every recipient's exports.
                emailSchedules: k === 0 ? request.emailSchedules : undefined,
                recipient: recipient?.name,
                reportIndex
            };
        });
    });
    if (index > MAX_FILES)
        problems.push({ text: `the reports make ${index} files; one step makes at most ${MAX_FILES}` });
    if (problems.length > 0)
        throw placedProblemsError(problems, o.places ?? {});
    return reports;
}
function destination(request, o) {
    if (!request.s3Bucket)
        return undefined;
    return { bucket: request.s3Bucket, prefix: request.s3Prefix ?? o.defaultPrefix, region: o.region };
}

// EXTERNAL MODULE: ./src/mask.ts
var src_mask = __webpack_require__(75235);
// EXTERNAL MODULE: ./src/kinds/existing-job-error.ts
var existing_job_error = __webpack_require__(8851);
;// CONCATENATED MODULE: ./src/kinds/snapshot/snapshot-files.ts
/**
 * A file's configuration as one comparable string: format, then each sheet selection (sheet id,
 * scope, visual ids in order — an Excel workbook's worksheets follow that order). Two files with
 * the same key are the same request and give the same file.
 */
function fileKey(file) {
    if (!file)
        return '(none)';
    return JSON.stringify([
        file.FormatType ?? '',
        (file.SheetSelections ?? []).map((s) => [
            s.SheetId ?? '',
            s.SelectionScope ?? '',
            s.VisualIds ?? []
        ])
    ]);
}
/** A file's configuration in words: "CSV of sheet details visuals [orders-table]". */
function describeFile(file) {
    if (!file)
        return 'no file';
    const sheets = (file.SheetSelections ?? []).map((s) => s.SelectionScope === 'ALL_VISUALS' || (s.VisualIds ?? []).length === 0
        ? `sheet ${s.SheetId ?? '?'} (${(s.SelectionScope ?? 'no scope').toLowerCase().replace('_', ' ')})`
        : `sheet ${s.SheetId ?? '?'} visuals [${(s.VisualIds ?? []).join(', ')}]`);
    return `${file.FormatType ?? '?'} of ${sheets.join(' and ') || 'no sheet'}`;
}
/** The one file of a FileGroup (QuickSight takes exactly one per group). */
const groupFile = (group) => group?.Files?.[0];

;// CONCATENATED MODULE: ./src/kinds/snapshot/compare-snapshot-job.ts


/**
 * What an existing snapshot job (DescribeDashboardSnapshotJob) does differently from the start
 * request this step would have sent: its files, destination, parameters, and whom it is for (a
 * registered user, or an anonymous user with these row-level security tag keys). Empty when it is the
 * same job. FileGroups are compared regardless of order (results are matched by content).
 */
function snapshotJobDifferences(asked, existing) {
    const theirs = existing.SnapshotConfiguration;
    const ours = asked.SnapshotConfiguration;
    if (!theirs)
        return [
            'QuickSight described the job without its SnapshotConfiguration: nothing to compare with'
        ];
    const files = (c) => (c?.FileGroups ?? []).map((g) => describeFile(groupFile(g)));
    const out = (0,existing_job_error/* listDifferences */.b)('FileGroups', files(theirs), files(ours));
    const [dTheirs, dOurs] = [compare_snapshot_job_destination(theirs), compare_snapshot_job_destination(ours)];
    if (dTheirs !== dOurs)
        out.push(`destination: ${dTheirs} vs asked ${dOurs}`);
    out.push(...(0,existing_job_error/* listDifferences */.b)('Parameters', compare_snapshot_job_parameters(theirs?.Parameters), compare_snapshot_job_parameters(ours?.Parameters)));
    out.push(...userDifferences(asked, existing));
    return out;
}
/**
 * Who the job is for: a registered user's job is described without UserConfiguration, an
 * anonymous user's with its row-level security tag keys.
 */
function userDifferences(asked, existing) {
    const tagKeys = (keys) => `[${[...keys].sort().join(', ')}]`;
    const theirs = existing.UserConfiguration?.AnonymousUsers?.[0];
    const ours = asked.UserConfiguration?.AnonymousUsers?.[0];
    const theirKeys = theirs && tagKeys(theirs.RowLevelPermissionTagKeys ?? []);
    const ourKeys = ours && tagKeys((ours.RowLevelPermissionTags ?? []).map((t) => t.Key ?? ''));
    if (theirKeys === ourKeys)
        return [];
    if (theirKeys === undefined)
        return [`user: a registered user's job vs asked an anonymous user's (tag keys ${ourKeys})`];
    if (ourKeys === undefined)
        return [`user: an anonymous user's job (tag keys ${theirKeys}) vs asked a registered user's`];
    return [`row-level security tag keys: ${theirKeys} vs asked ${ourKeys}`];
}
function compare_snapshot_job_destination(c) {
    const b = c?.DestinationConfiguration?.S3Destinations?.[0]?.BucketConfiguration;
    if (!b)
        return "QuickSight's default bucket";
    return `s3://${b.BucketName ?? ''}/${b.BucketPrefix ?? ''} (${b.BucketRegion ?? 'no region'})`;
}
/** Each parameter as "Name = [values]", values as text (date-times as ISO instants). */
function compare_snapshot_job_parameters(p) {
    // A Date from any realm (instanceof fails across them).
    const text = (v) => Object.prototype.toString.call(v) === '[object Date]'
        ? v.toISOString()
        : typeof v === 'string'
            ? v
            : String(v);
    const all = [
        ...(p?.StringParameters ?? []),
        ...(p?.IntegerParameters ?? []),
        ...(p?.DecimalParameters ?? []),
        ...(p?.DateTimeParameters ?? [])
    ];
    return all.map((x) => `${x.Name ?? '?'} = [${(x.Values ?? []).map(text).join(', ')}]`);
}

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

;// CONCATENATED MODULE: ./src/kinds/snapshot/match-file-groups.ts

/**
 * Pairs each asked file with the result's FileGroup that echoes the same configuration (format,
 * sheets, scope, visual ids). Nothing promises the groups come in the request's order, so the
 * order is never used to tell files apart — except between files asked identically: those are
 * the same request in the same job, so they give the same file, and are paired in order.
 * An asked file without such a group gets an error naming what it asked and what came back.
 */
function matchFileGroups(asked, groups) {
    const free = new Map();
    groups.forEach((g, i) => {
        const key = fileKey(groupFile(g));
        free.set(key, [...(free.get(key) ?? []), i]);
    });
    const matches = asked.map((file) => {
        const group = free.get(fileKey(file))?.shift();
        return group === undefined ? { error: '' } : { group };
    });
    const left = [...free.values()].flat().sort((a, b) => a - b);
    const unclaimed = left.map((i) => `FileGroups[${i}]: ${describeFile(groupFile(groups[i]))}`);
    return {
        groups,
        unclaimed,
        matches: matches.map((m, i) => 'group' in m
            ? m
            : {
                error: `QuickSight's result has no file group for this export (${describeFile(asked[i])}); ${unclaimed.length > 0
                    ? `the groups no export matches: ${unclaimed.join('; ')}`
                    : `it answered ${groups.length} group${groups.length === 1 ? '' : 's'}, each matched to another export`}. Nothing was downloaded under this export's name.`
            })
    };
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
/**
 * Pairs each export of a job with its file's URI or error: the file group whose echoed
 * configuration is the export's own (never the group at the export's position).
 */
function resultFiles(response, specs) {
    const { matches, groups, unclaimed } = matchFileGroups(specs.map(snapshotFile), resultFileGroups(response));
    const files = specs.map((spec, i) => {
        const match = matches[i] ?? { error: 'QuickSight returned no file for this export.' };
        if ('error' in match)
            return { spec, error: match.error };
        const s3 = groups[match.group]?.S3Results?.[0];
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
    return { files, unclaimed };
}

;// CONCATENATED MODULE: ./src/kinds/snapshot/registered-user-hint.ts
/** QuickSight refused a registered user's start: what `registered-user: true` needs, in words. */
class RegisteredUserError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'RegisteredUserError';
    }
}
/**
 * With `registered-user: true` the action sends no UserConfiguration and uses the step's
 * credentials as they are; QuickSight takes that only from identity-enhanced credentials and
 * answers InvalidParameterValueException otherwise. Other errors pass unchanged.
 */
function registeredUserHint(error, report) {
    const e = error;
    if (e?.name !== 'InvalidParameterValueException' || !report.registeredUser || report.identity)
        return error;
    return new RegisteredUserError(`QuickSight refused the job without a user configuration (registered-user: true): ${e.name}: ${e.message} A job for a registered user must be started with that user's identity-enhanced credentials (a session from STS AssumeRole with the user's QuickSight identity context), and registered-user: true means the step's credentials are those already. Give registered-user the user's name, e-mail or ARN and the action gets them (GetIdentityContext + AssumeRole of identity-role-arn), or set registered-user: false for an anonymous user with rls-tags.`, { cause: error });
}

;// CONCATENATED MODULE: ./src/kinds/snapshot/snapshot-kind.ts






/** QuickSight runs at most 12 snapshot jobs per account at once. */
const ACCOUNT_SNAPSHOT_JOBS = 12;
const REUSED_ID_HINT = 'a snapshot job id stays taken while its job runs and for 24 hours after it ends. Leave snapshot-job-id empty (every run then gets a fresh id), or give one not used in the last 24 hours.';
/** The first check 2 s after the start, then after every tenth of the job's age (see `JobKind`). */
const SNAPSHOT_POLLING = { firstCheckMs: 2_000, growth: 1.1 };
/** Snapshot jobs (StartDashboardSnapshotJob) on the shared engine. */
function snapshotKind(o) {
    const key = (job) => ({
        AwsAccountId: o.accountId,
        DashboardId: job.dashboardId,
        SnapshotJobId: job.id
    });
    const api = (job) => {
        const identity = job.spec.identity;
        if (!identity)
            return o.api;
        if (!o.userApi)
            throw new Error(`${job.id}: no registered user's API for ${job.report}`);
        return o.userApi(identity);
    };
    const uris = async (job) => resultFiles(await api(job).result(key(job)), job.exports).files.map((f) => masked(f.uri, o.mask));
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
            const request = buildStartRequest(o.accountId, job.spec, job.id, job.exports);
            try {
                const started = await api(job).start(request);
                return { arn: started.Arn, resumed: false };
            }
            catch (error) {
                if (error?.name !== 'ResourceExistsException')
                    throw registeredUserHint(error, job.spec);
                // A re-run after a crash, or a start the SDK retried: follow the job that exists, when it
                // is the job this step asks for (an id is reusable only 24 h after its job ended).
                const existing = await api(job).describe(key(job));
                const differences = snapshotJobDifferences(request, existing);
                if (differences.length > 0)
                    throw new existing_job_error/* ExistingJobMismatchError */.H('snapshot job', job.id, differences, REUSED_ID_HINT);
                o.log(`${job.id}: exists already (${existing.JobStatus}); following it instead of starting a new one`);
                return { arn: existing.Arn, resumed: true };
            }
        },
        describe: (job) => api(job).describe(key(job)),
        status: (d) => d.JobStatus ?? 'UNKNOWN',
        async finish(job) {
            const result = await api(job).result(key(job));
            const files = job.files;
            if (result.JobStatus === 'FAILED') {
                return {
                    error: describeJobError(result.ErrorInfo),
                    files: files.map((f) => ({ ...f, error: 'The job failed.' }))
                };
            }
            const offered = resultFiles(result, job.exports);
            return {
                warnings: offered.unclaimed.length > 0
                    ? [
                        `${job.id}: QuickSight's result holds file groups no export asked for (not downloaded): ${offered.unclaimed.join('; ')}`
                    ]
                    : undefined,
                files: files.map((f, i) => {
                    const r = offered.files[i];
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
 * (several reports), so that two reports of one dashboard never share an id; a recipient's jobs
 * add `-<recipient>` after the report's part (`baseJobId-emea`, `baseJobId-r2-emea-1`).
 */
function planSnapshotJobs(reports, baseJobId, outputDir, now) {
    const keyOf = (report, r) => report.reportIndex ?? r;
    const single = new Set(reports.map(keyOf)).size === 1;
    const planned = reports.flatMap((report, r) => {
        // A report with e-mail schedules only has no jobs.
        if (report.exports.length === 0)
            return [];
        const base = single ? baseJobId : `${baseJobId}-r${keyOf(report, r) + 1}`;
        const id = report.recipient === undefined ? base : `${base}-${report.recipient}`;
        return planJobs(report.exports, id).map((plan) => ({ report, plan }));
    });
    const named = planned.flatMap(({ report, plan }) => plan.exports.map((spec) => ({
        spec,
        jobId: plan.snapshotJobId,
        dashboardId: report.dashboardId,
        report: report.name,
        template: report.fileName,
        timezone: report.timezone,
        recipient: report.recipient
    })));
    const paths = assignFilePaths(named, outputDir, now);
    return planned.map(({ report, plan }) => ({
        id: plan.snapshotJobId,
        report: report.name,
        dashboardId: report.dashboardId,
        recipient: report.recipient,
        makeUp: `${report.dashboardId}/${jobKind(plan)}`,
        spec: report,
        exports: plan.exports,
        files: plan.exports.map((spec) => ({
            index: spec.index,
            format: spec.format,
            path: paths.get(spec.index) ?? '',
            source: { ...exportSource(spec), label: exportLabel(spec, report) }
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
/**
 * An export in words, as a failure names it: the dashboard (unless the report is named after it),
 * the sheet and the visuals by the names the dashboard gives them, the format.
 */
function exportLabel(spec, report) {
    const quote = (names) => names.map((n) => `'${n}'`).join(', ');
    const dashboard = report.dashboardName ?? report.dashboardId;
    const { sheets = [], visuals = [] } = exportSource(spec);
    return [
        report.name === dashboard ? [] : [`dashboard ${quote([dashboard])}`],
        `sheet${sheets.length === 1 ? '' : 's'} ${quote(sheets)}`,
        visuals.length === 0 ? [] : [`visual${visuals.length === 1 ? '' : 's'} ${quote(visuals)}`]
    ]
        .flat()
        .join(', ')
        .concat(` (${spec.format})`);
}

// EXTERNAL MODULE: ./src/jobs/start-when-room.ts
var start_when_room = __webpack_require__(74873);
// EXTERNAL MODULE: ./src/time/rate-limiter.ts
var rate_limiter = __webpack_require__(46);
;// CONCATENATED MODULE: ./src/kinds/snapshot/email-schedules.ts



const SCHEDULE_PERMISSION = 'quicksight:StartDashboardSnapshotJobSchedule';
/**
 * The follow-ups that run each report's e-mail schedules (StartDashboardSnapshotJobSchedule)
 * once its exports have ended, or at once when it has none. QuickSight runs one job per schedule
 * at a time and skips a repeated request with HTTP 202: that is "already running", not a failure.
 * LimitExceededException (the account runs all the jobs it may) is waited out until the deadline,
 * as job starts are; throttling is the SDK's retries'.
 */
function emailScheduleFollowUps(reports, api, accountId, waiting = { deadline: 0 }) {
    const clock = waiting.clock ?? rate_limiter.realClock;
    const items = reports.flatMap((r) => r.scheduleIds.map((scheduleId) => ({
        report: r.report,
        after: r.jobIds,
        run: (notStarted) => runSchedule({ report: r.report, dashboardId: r.dashboardId, scheduleId }, notStarted)
    })));
    if (items.length === 0)
        return undefined;
    return { output: 'email-schedules', title: 'E-mail schedules', items };
    async function runSchedule(s, notStarted) {
        const what = `E-mail schedule ${s.scheduleId} of dashboard ${s.dashboardId}`;
        if (notStarted)
            return failed(s, what, notStarted);
        try {
            const answer = await (0,start_when_room/* startWhenRoom */.U)(() => api({ AwsAccountId: accountId, DashboardId: s.dashboardId, ScheduleId: s.scheduleId }), {
                jobId: `e-mail schedule ${s.scheduleId}`,
                accountLimit: `${ACCOUNT_SNAPSHOT_JOBS} snapshot jobs`,
                isAccountFull: (error) => error?.name === 'LimitExceededException',
                clock,
                deadline: waiting.deadline,
                log: waiting.log ?? (() => undefined)
            });
            if (answer.Status === 202) {
                const line = `${what}: already running, skipped (QuickSight runs one job per schedule at a time)`;
                return { ok: true, line, notice: line, record: { ...s, status: 'already-running' } };
            }
            return { ok: true, line: `${what}: started`, record: { ...s, status: 'started' } };
        }
        catch (error) {
            return failed(s, what, scheduleError(error, s.dashboardId, s.scheduleId));
        }
    }
}
function failed(s, what, message) {
    return { ok: false, line: `${what}: ${message}`, record: { ...s, status: 'failed', message } };
}
/** The service's refusal in words, with what to do about it. */
function scheduleError(error, dashboardId, scheduleId) {
    const e = error;
    const name = e?.name ?? 'Error';
    const said = `${name}: ${e?.message ?? String(error)}`;
    switch (name) {
        case 'ResourceNotFoundException':
            return `dashboard ${dashboardId} has no e-mail schedule ${scheduleId} (${said}). Copy the schedule's id from the dashboard's Schedules pane in QuickSight, and check aws-account-id and aws-region.`;
        case 'AccessDeniedException':
            return `${said}. Allow ${SCHEDULE_PERMISSION} on the dashboard (arn:aws:quicksight:<region>:<account>:dashboard/${dashboardId}).`;
        case 'ThrottlingException':
            return `${said}. QuickSight kept throttling the account (over 10 calls per second) after the retries.`;
        case 'InvalidParameterValueException':
            return `${said}. Check the schedule id: copy it from the dashboard's Schedules pane.`;
        default:
            return said;
    }
}

;// CONCATENATED MODULE: ./src/kinds/snapshot/schedule-api.ts
async function scheduleApi(client) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(3609), __webpack_require__.e(7489), __webpack_require__.e(4573), __webpack_require__.e(8994), __webpack_require__.e(4028)]).then(__webpack_require__.bind(__webpack_require__, 34028));
    return (key) => client.send(new sdk.StartDashboardSnapshotJobScheduleCommand(key));
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
        defaultPrefix: defaultPrefix(c.env, c.now),
        places: { configFile: s.configFile, locate: s.locate }
    });
    const groups = byReport(reports);
    for (const units of groups) {
        const [r] = units;
        const named = r.dashboardName && r.dashboardName !== r.name ? ` (${r.dashboardName})` : '';
        const files = units.reduce((n, u) => n + u.exports.length, 0);
        const who = r.recipient === undefined
            ? userOf(r)
            : ` for ${units.length} recipient(s)${units.map((u) => `\n  ${u.recipient}${userOf(u)}`).join('')}`;
        c.log(`${r.name}: dashboard ${r.dashboardId}${named}, ${files} file(s)${who}`);
        for (const note of notes(units))
            c.log(`  ${note}`);
    }
    const baseJobId = s.snapshotJobId ?? (await (0,job_id/* generateJobId */.i)(c.env));
    const jobs = planSnapshotJobs(reports, baseJobId, c.common.outputDir, c.now);
    const kind = snapshotKind({
        api: await snapshotApi(c.aws.quicksight),
        userApi: reports.some((r) => r.identity) ? await userApi(c, accountId) : undefined,
        accountId,
        slots: s.maxConcurrentJobs,
        log: c.log,
        mask: c.mask
    });
    const followUps = emailScheduleFollowUps(groups.map((units) => ({
        report: units[0].name,
        dashboardId: units[0].dashboardId,
        scheduleIds: units[0].emailSchedules ?? [],
        // After every recipient's jobs of the report.
        jobIds: jobs.filter((j) => units.includes(j.spec)).map((j) => j.id)
    })), await scheduleApi(c.aws.quicksight), accountId, { deadline: c.now.getTime() + c.common.timeoutMs, log: c.log });
    const schedules = followUps ? `, then ${followUps.items.length} e-mail schedule(s)` : '';
    const files = reports.reduce((n, r) => n + r.exports.length, 0);
    const subject = s.configFile ?? reports[0]?.dashboardId ?? 'export';
    const recipients = reports.filter((r) => r.recipient !== undefined).length;
    const forRecipients = recipients > 0 ? ` for ${recipients} recipient(s)` : '';
    return {
        kind,
        jobs,
        reports: groups.map((units) => {
            const [r] = units;
            return {
                name: r.name,
                dashboardId: r.dashboardId,
                dashboardName: r.dashboardName,
                notes: notes(units),
                compare: r.compare,
                failOnEmpty: r.failOnEmpty,
                recipients: r.recipient === undefined
                    ? undefined
                    : units.map((u) => ({
                        name: u.recipient ?? '',
                        ...(u.identity ? { registeredUser: (0,user_identity/* userLabel */.Ux)(u.identity.user) } : {})
                    }))
            };
        }),
        subject,
        failFast: s.failFast,
        followUps,
        summary: !s.configFile
            ? `Exporting ${files} file(s) of dashboard ${subject}${forRecipients} in ${jobs.length} snapshot job(s)${schedules}`
            : `Exporting ${files} file(s) of ${groups.length} reports${forRecipients} in ${jobs.length} snapshot job(s), at most ${s.maxConcurrentJobs} at once${schedules}`
    };
}
/**
 * The snapshot calls of registered users' jobs, one API per user: the credentials are fetched when
 * a user's first job starts, once for all their jobs, and renewed before they expire.
 */
async function userApi(c, accountId) {
    const [{ userSessions }, api] = await Promise.all([
        __webpack_require__.e(/* import() */ 4171).then(__webpack_require__.bind(__webpack_require__, 44171)),
        snapshotApis()
    ]);
    const sessions = userSessions(c.aws, { accountId, mask: c.mask, log: c.log });
    return (identity) => api(sessions.quicksight(identity));
}
/** quicksight-export/<owner>/<repo>/<run id>-<attempt>: one folder per run in a shared bucket. */
function defaultPrefix(env, now) {
    const repo = env.GITHUB_REPOSITORY ?? 'local';
    const run = env.GITHUB_RUN_ID
        ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`
        : `${now.getTime()}`;
    return `quicksight-export/${repo}/${run}`;
}
/** The units of each report, in order: one per recipient, or the report alone. */
function byReport(reports) {
    const groups = new Map();
    reports.forEach((r, i) => {
        const key = r.reportIndex ?? i;
        const units = groups.get(key);
        if (units)
            units.push(r);
        else
            groups.set(key, [r]);
    });
    return [...groups.values()];
}
/** A report's parameter notes; a recipient's own values are noted with its name. */
function notes(units) {
    const first = units[0]?.parameterNotes ?? [];
    const own = units.flatMap((u) => u.parameterNotes.filter((n) => !first.includes(n)).map((n) => `${u.recipient}: ${n}`));
    return [...first, ...own];
}
/** Whom a report's (or a recipient's) jobs run as, for the log. */
function userOf(r) {
    return r.identity
        ? `, as ${(0,user_identity/* describeUser */.ZL)(r.identity)}`
        : r.registeredUser
            ? ", as the registered user of the step's credentials"
            : '';
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
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(3609), __webpack_require__.e(7489), __webpack_require__.e(4573), __webpack_require__.e(8994), __webpack_require__.e(4028)]).then(__webpack_require__.bind(__webpack_require__, 34028));
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
/* harmony export */   _x: () => (/* binding */ resolveDashboards)
/* harmony export */ });
/* unused harmony export ResolutionError */
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
    const { found, unresolved } = await findDashboards(refs, api, accountId);
    if (unresolved.size > 0)
        throw new ResolutionError([...unresolved.values()].sort());
    return found;
}
/** As resolveDashboards, but returns each unresolved value's problem beside what was found. */
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
    const unresolved = new Map();
    const found = new Map();
    await Promise.all([...new Set(refs)].map(async (ref) => {
        try {
            const byId = ID.test(ref) ? await read(ref) : 'unknown';
            if (byId !== 'unknown' && (byId.model || !(await mayBeName(ref, list))))
                return found.set(ref, byId);
            const match = byName(ref, await list(), ID.test(ref));
            if (typeof match === 'string')
                return unresolved.set(ref, match);
            const model = await read(match.DashboardId ?? '');
            found.set(ref, model === 'unknown'
                ? { id: match.DashboardId ?? '', name: match.Name }
                : { ...model, name: match.Name });
        }
        catch (error) {
            if (errorName(error) !== 'AccessDeniedException')
                throw error;
            unresolved.set(ref, `dashboard '${ref}' is not an id QuickSight knows, and the credentials may not list dashboards to find it by name: allow quicksight:ListDashboards, or give the dashboard id`);
        }
    }));
    return { found, unresolved };
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


/***/ }),

/***/ 46:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RateLimiter: () => (/* binding */ RateLimiter),
/* harmony export */   realClock: () => (/* binding */ realClock)
/* harmony export */ });
const realClock = {
    now: () => Date.now(),
    sleep: (ms, wake) => new Promise((resolve) => {
        if (wake?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            wake?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        wake?.addEventListener('abort', done, { once: true });
    })
};
/**
 * At most `limit` calls in any window of `windowMs`, shared by every caller (all jobs of the step).
 * QuickSight throttles above 10 calls per second per account; the action keeps within that.
 *
 * A call holds its place from when it is sent until `windowMs` after its answer, so however long
 * each request takes to reach the service (a first request opens a connection, later ones reuse
 * it), the service never sees more than `limit` of them in one window.
 */
class RateLimiter {
    limit;
    windowMs;
    clock;
    calls = [];
    queue = Promise.resolve();
    onAnswer;
    constructor(limit, windowMs, clock = realClock) {
        this.limit = limit;
        this.windowMs = windowMs;
        this.clock = clock;
    }
    /**
     * Resolves when a call may go out, with the function to call once its answer (or error) is in.
     * Callers are served in order.
     */
    acquire() {
        const turn = this.queue.then(() => this.waitForPlace());
        this.queue = turn.catch(() => undefined);
        return turn;
    }
    async waitForPlace() {
        for (;;) {
            const now = this.clock.now();
            this.calls = this.calls.filter((c) => c.answeredAt > now - this.windowMs);
            if (this.calls.length < this.limit) {
                const call = { answeredAt: Infinity };
                this.calls.push(call);
                return () => {
                    if (call.answeredAt !== Infinity)
                        return;
                    call.answeredAt = this.clock.now();
                    this.onAnswer?.();
                };
            }
            const first = Math.min(...this.calls.map((c) => c.answeredAt));
            if (first === Infinity)
                await new Promise((resolve) => (this.onAnswer = resolve));
            else
                await this.clock.sleep(first + this.windowMs - now + 1);
            this.onAnswer = undefined;
        }
    }
}


/***/ })

};
