export const id = 4804;
export const ids = [4804,3409];
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

/***/ 74804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readAssetBundleInputs: () => (/* binding */ readAssetBundleInputs)
/* harmony export */ });
/* harmony import */ var _inputs_config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33409);
/* harmony import */ var _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39354);
/* harmony import */ var _inputs_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85585);
/* harmony import */ var _inputs_problems_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88925);
/* harmony import */ var _inputs_scalars_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54964);
/* harmony import */ var _inputs_yaml_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55379);
/* harmony import */ var _inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57677);







const ARN = /^arn:aws[a-z-]*:quicksight:[a-z0-9-]+:\d{12}:[A-Za-z]+\/[\w-]{1,512}$/;
const MAX_ARNS = 100;
const FORMATS = {
    'quicksight-json': 'QUICKSIGHT_JSON',
    'cloudformation-json': 'CLOUDFORMATION_JSON'
};
const OVERRIDE_KEYS = [
    'ResourceIdOverrideConfiguration',
    'VPCConnections',
    'RefreshSchedules',
    'DataSources',
    'DataSets',
    'Themes',
    'Analyses',
    'Dashboards'
];
const OVERRIDES_EXAMPLE = `cloudformation-overrides: |
  ResourceIdOverrideConfiguration: { PrefixForAllResources: true }
  DataSources:
    - Arn: arn:aws:quicksight:eu-west-1:123456789012:datasource/sales
      Properties: [Name, Host]`;
/** Reads the asset-bundle inputs; the resources come from exactly one of three places. */
async function readAssetBundleInputs(input, workspace, mask) {
    const sources = [_inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.DashboardId, _inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.ConfigFile, _inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.ResourceArns].filter((n) => input.get(n) !== '');
    if (sources.length !== 1)
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(sources[1] ?? _inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.DashboardId, sources.length > 1 ? input.get(sources[1] ?? _inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.DashboardId) : '', sources.length === 0
            ? 'needs what to export: dashboard-id, config-file (every dashboard of the pack) or resource-arns'
            : `cannot be used with '${sources[0]}': give the resources to export one way`, 'dashboard-id: Sales Overview, or resource-arns: arn:aws:quicksight:eu-west-1:123456789012:dashboard/sales');
    const format = formatOf(input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.AssetFormat));
    const overridesText = input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.CloudformationOverrides);
    if (overridesText !== '' && format !== 'CLOUDFORMATION_JSON')
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(_inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.CloudformationOverrides, undefined, 'applies only to asset-format: cloudformation-json (QuickSight JSON bundles take no overrides); it would be ignored', 'asset-format: cloudformation-json');
    const configFile = input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.ConfigFile);
    const dashboards = configFile !== ''
        ? (await (0,_inputs_config_file_js__WEBPACK_IMPORTED_MODULE_0__.readConfigFile)(configFile, workspace, {}, mask, true)).reports.map((r) => r.dashboard)
        : input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.DashboardId) === ''
            ? []
            : [input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.DashboardId)];
    return {
        dashboards: [...new Set(dashboards)],
        resourceArns: arns(input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.ResourceArns)),
        configFile: configFile || undefined,
        includeAllDependencies: (0,_inputs_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zM)(input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.IncludeAllDependencies), _inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.IncludeAllDependencies),
        includePermissions: (0,_inputs_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zM)(input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.IncludePermissions), _inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.IncludePermissions),
        includeTags: (0,_inputs_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zM)(input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.IncludeTags), _inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.IncludeTags),
        strictValidation: (0,_inputs_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zM)(input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.StrictValidation), _inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.StrictValidation),
        format,
        overrides: overridesText === '' ? undefined : await overrides(overridesText),
        jobId: jobId(input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.AssetBundleJobId)),
        extract: (0,_inputs_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zM)(input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Extract), _inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Extract)
    };
}
function formatOf(value) {
    const format = FORMATS[value.toLowerCase()];
    if (!format)
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(_inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.AssetFormat, value, 'must be quicksight-json or cloudformation-json', 'asset-format: cloudformation-json');
    return format;
}
function arns(text) {
    const list = text
        .split(/[,\n]/)
        .map((a) => a.trim())
        .filter((a) => a !== '');
    const bad = list.find((a) => !ARN.test(a));
    const fail = (rule) => new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(_inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.ResourceArns, text, rule, 'resource-arns: arn:aws:quicksight:eu-west-1:123456789012:dashboard/sales');
    if (bad)
        throw fail(`'${bad.slice(0, 200)}' is not a QuickSight ARN (arn:aws:quicksight:<region>:<account>:<type>/<id>)`);
    if (list.length > MAX_ARNS)
        throw fail(`lists ${list.length} ARNs; one export job takes at most ${MAX_ARNS}`);
    const twice = list.find((a, i) => list.indexOf(a) !== i);
    if (twice)
        throw fail(`lists '${twice}' twice`);
    return list;
}
async function overrides(text) {
    const { loadYaml } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 55379));
    await loadYaml();
    const value = (0,_inputs_yaml_input_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYamlInput */ .P)(_inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.CloudformationOverrides, text, OVERRIDES_EXAMPLE);
    const problems = new _inputs_problems_js__WEBPACK_IMPORTED_MODULE_5__/* .Problems */ .Z();
    if (!(0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(value))
        problems.add([], `must be a mapping, not ${(0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_6__/* .typeName */ .go)(value)}`);
    else {
        (0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_6__/* .checkKeys */ .L)(value, OVERRIDE_KEYS, [], problems);
        for (const [key, list] of Object.entries(value)) {
            if (key === 'ResourceIdOverrideConfiguration' || !OVERRIDE_KEYS.includes(key))
                continue;
            if (!Array.isArray(list) ||
                list.length === 0 ||
                list.some((e) => !(0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(e) || typeof e.Arn !== 'string' || !Array.isArray(e.Properties)))
                problems.add([key], 'must be a list of {Arn, Properties: [...]}');
        }
    }
    const first = problems.list[0];
    if (first)
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(_inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.CloudformationOverrides, undefined, `${first.path.join('.') || '(top)'}: ${first.message}`, OVERRIDES_EXAMPLE);
    return value;
}
function jobId(value) {
    if (value === '')
        return undefined;
    if (!/^[\w-]{1,512}$/.test(value))
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(_inputs_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.AssetBundleJobId, value, "must be 1-512 letters, digits, '_' or '-'", 'asset-bundle-job-id: release-v1-2-3');
    return value;
}


/***/ })

};
