export const id = 3409;
export const ids = [3409];
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


/***/ })

};
