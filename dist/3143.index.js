export const id = 3143;
export const ids = [3143];
export const modules = {

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

/***/ 43143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readSnapshotInputs: () => (/* binding */ readSnapshotInputs)
});

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
// EXTERNAL MODULE: ./src/inputs/registered-user.ts
var registered_user = __webpack_require__(24549);
// EXTERNAL MODULE: ./src/inputs/rls-tags.ts
var rls_tags = __webpack_require__(66318);
// EXTERNAL MODULE: ./src/inputs/scalars.ts
var scalars = __webpack_require__(54964);
;// CONCATENATED MODULE: ./src/kinds/snapshot/shortcut-exports.ts




/** Builds the exports from the `format`, `sheet-id` and `visual-ids` shortcuts. */
function shortcutExports(format, sheet, visualIds) {
    const formats = parseFormats(format);
    if (sheet === '') {
        throw new input_error/* InputError */.d(names/* Input */.pd.SheetId, '', `is required when 'exports' is empty (a sheet id or name)`, `sheet-id: overview (or list files in 'exports')`);
    }
    checkRef(sheet, names/* Input */.pd.SheetId, 'sheet-id: overview');
    const visuals = parseVisuals(visualIds);
    const needsVisuals = formats.find((f) => f !== 'pdf');
    if (needsVisuals && visuals.length === 0) {
        throw new input_error/* InputError */.d(names/* Input */.pd.VisualIds, '', `is required for format ${needsVisuals} (CSV and Excel export table or pivot visuals)`, 'visual-ids: orders-table, units-table');
    }
    if (!needsVisuals && visuals.length > 0) {
        throw new input_error/* InputError */.d(names/* Input */.pd.VisualIds, visualIds, 'does not apply to format pdf: a PDF holds every visual of its sheet, so the visuals would be ignored', 'remove visual-ids, or add csv or excel to format: format: pdf,csv');
    }
    if (formats.includes('excel') && visuals.length > inputs_exports/* EXCEL_MAX_VISUALS */.Vn) {
        throw new input_error/* InputError */.d(names/* Input */.pd.VisualIds, visualIds, `lists ${visuals.length} visuals; an Excel workbook takes at most ${inputs_exports/* EXCEL_MAX_VISUALS */.Vn}`, `use 'exports' with two excel items`);
    }
    // Problems found with the dashboard name the inputs these came from.
    const at = { at: [names/* Input */.pd.SheetId], visualsAt: [names/* Input */.pd.VisualIds] };
    const specs = formats.flatMap((f) => {
        if (f === 'pdf')
            return [{ format: f, sheets: [{ sheet, visuals: [], ...at }] }];
        if (visuals.length === 1 && visuals[0] === inputs_exports/* ALL */.y2)
            return [{ format: f, sheets: [{ sheet, visuals: inputs_exports/* ALL */.y2, ...at }] }];
        if (f === 'excel')
            return [{ format: f, sheets: [{ sheet, visuals, ...at }] }];
        return visuals.map((v) => ({ format: f, sheets: [{ sheet, visuals: [v], ...at }] }));
    });
    return specs.map((s, i) => ({ ...s, index: i + 1 }));
}
function parseFormats(text) {
    const parts = text
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p !== '');
    if (parts.length === 0) {
        throw new input_error/* InputError */.d(names/* Input */.pd.Format, text, 'must be pdf, csv, excel or a comma-separated list of them', 'format: pdf,csv');
    }
    const formats = parts.map((p) => {
        const format = (0,inputs_exports/* readFormat */.C$)(p, [], new inputs_problems/* Problems */.Z());
        if (!format)
            throw new input_error/* InputError */.d(names/* Input */.pd.Format, text, `'${p}' is not a format; use pdf, csv or excel`, 'format: pdf,csv');
        return format;
    });
    const twice = formats.find((f, i) => formats.indexOf(f) !== i);
    if (twice)
        throw new input_error/* InputError */.d(names/* Input */.pd.Format, text, `lists ${twice} twice`, 'format: pdf,csv');
    return formats;
}
/** Visual ids or titles, comma or newline separated. */
function parseVisuals(text) {
    const refs = text
        .split(/[,\n]/)
        .map((v) => v.trim())
        .filter((v) => v !== '');
    for (const ref of refs)
        checkRef(ref, names/* Input */.pd.VisualIds, 'visual-ids: orders-table, units-table');
    const twice = refs.find((v, i) => refs.indexOf(v) !== i);
    if (twice)
        throw new input_error/* InputError */.d(names/* Input */.pd.VisualIds, text, `lists '${twice}' twice`, 'visual-ids: orders-table, units-table');
    return refs;
}
function checkRef(value, name, example) {
    if (value.length > 2048 || /[\0-\x1f\x7f]/.test(value))
        throw new input_error/* InputError */.d(name, value, 'must be an id or a name of at most 2048 characters without control characters', example);
}

// EXTERNAL MODULE: ./src/inputs/yaml-input.ts
var yaml_input = __webpack_require__(55379);
// EXTERNAL MODULE: ./src/inputs/file-name-template.ts
var file_name_template = __webpack_require__(59090);
// EXTERNAL MODULE: ./src/inputs/email-schedules.ts
var email_schedules = __webpack_require__(82446);
;// CONCATENATED MODULE: ./src/kinds/snapshot/snapshot-inputs.ts












const EXAMPLES = {
    [names/* Input */.pd.Exports]: `exports: |
  - format: pdf
    sheet: Summary
  - format: csv
    sheet: Details
    visual: Orders
  - format: excel
    sheet: Details
    visuals: all`,
    [names/* Input */.pd.Parameters]: `parameters: |
  Region: [EMEA, APAC]
  Year: 2025
  From: start-of-month-1M
  Code: { type: string, values: ['007'] }`,
    [names/* Input */.pd.Recipients]: `recipients: |
  - name: emea
    rls-tags: { region: EMEA }
  - name: apac
    rls-tags: { region: APAC }
    parameters: { Currency: JPY }`,
    [names/* Input */.pd.RlsTags]: `rls-tags: |
  region: EMEA
  tenant: \${{ vars.TENANT_ID }}`,
    [names/* Input */.pd.RegisteredUser]: registered_user/* REGISTERED_USER_EXAMPLE */.q0,
    [names/* Input */.pd.UserNamespace]: registered_user/* NAMESPACE_EXAMPLE */.jl,
    [names/* Input */.pd.IdentityRoleArn]: registered_user/* ROLE_ARN_EXAMPLE */.Wu
};
/** The inputs of report diffs: without any of them the step compares nothing. */
const COMPARE = [
    names/* Input */.pd.CompareTo,
    names/* Input */.pd.CompareBranch,
    names/* Input */.pd.KeyColumns,
    names/* Input */.pd.Tolerance,
    names/* Input */.pd.FailOnChange
];
const NO_COMPARISON = Object.freeze({
    baseline: { kind: 'none' },
    failOnChange: { kind: 'never' }
});
/** Inputs that describe one dashboard's exports: they cannot go with a config file. */
const SINGLE_DASHBOARD = [
    names/* Input */.pd.DashboardId,
    names/* Input */.pd.Exports,
    names/* Input */.pd.SheetId,
    names/* Input */.pd.VisualIds,
    names/* Input */.pd.Format,
    names/* Input */.pd.EmailScheduleIds,
    names/* Input */.pd.Recipients
];
/**
 * Reads the snapshot inputs: one dashboard (dashboard-id) or a report pack (config-file). The
 * readers of a config file, parameters, time zones and comparisons load only when their inputs
 * are set, so a step's first input error comes before they are compiled.
 */
async function readSnapshotInputs(input, workspace, outputDir, region, mask) {
    const configFile = input.get(names/* Input */.pd.ConfigFile);
    const dashboard = input.get(names/* Input */.pd.DashboardId);
    if (configFile === '' && dashboard === '')
        throw new input_error/* InputError */.d(names/* Input */.pd.DashboardId, '', "is required, or 'config-file' for a report pack", 'dashboard-id: Sales Overview (a dashboard id or name)');
    if (configFile !== '') {
        const clash = SINGLE_DASHBOARD.find((name) => input.isSet(name));
        if (clash)
            throw new input_error/* InputError */.d(clash, input.get(clash), `cannot be used with 'config-file': a report pack names its dashboards and exports in the file`, `remove ${clash}, and write it in the config file (reports[].dashboard, reports[].exports)`);
    }
    const compare = COMPARE.some((name) => input.isSet(name))
        ? (await __webpack_require__.e(/* import() */ 5778).then(__webpack_require__.bind(__webpack_require__, 35778))).readCompareInputs(input, workspace, outputDir)
        : NO_COMPARISON;
    const base = {
        ...(await baseSettings(input, mask)),
        keyColumns: compare.keyColumns,
        tolerance: compare.tolerance
    };
    checkBucketRegion(input, region, configFile === '' ? base.s3Bucket !== undefined : true);
    const comparing = compare.baseline.kind !== 'none';
    const pack = configFile !== ''
        ? await (await __webpack_require__.e(/* import() */ 3409).then(__webpack_require__.bind(__webpack_require__, 33409))).readConfigFile(configFile, workspace, base, mask, comparing)
        : undefined;
    const reports = pack?.reports ?? [await oneReport(input, dashboard, base, mask)];
    if (input.isSet(names/* Input */.pd.Timezone) && !reports.some(usesTimeZone))
        throw new input_error/* InputError */.d(names/* Input */.pd.Timezone, input.get(names/* Input */.pd.Timezone), 'applies to relative dates in parameters (today, start-of-month...) and {date} in file-name, and no report uses either; it would be ignored', "parameters: 'From: start-of-month-1M', or file-name: '{date}/{name}.{ext}'");
    const identityInput = [names/* Input */.pd.UserNamespace, names/* Input */.pd.IdentityRoleArn].find((n) => input.isSet(n));
    if (identityInput && !reports.some((r) => r.identity || r.recipients.some((p) => p.identity)))
        throw new input_error/* InputError */.d(identityInput, input.get(identityInput), 'applies only to reports and recipients whose registered-user names a user (a user name, e-mail or ARN), and none does; it would be ignored', `${registered_user/* REGISTERED_USER_EXAMPLE */.q0.split(' (')[0]}, in the inputs or in the config file's defaults or reports`);
    return {
        reports,
        configFile: configFile || undefined,
        locate: pack?.locate,
        snapshotJobId: jobId(input.get(names/* Input */.pd.SnapshotJobId)),
        maxConcurrentJobs: (0,scalars/* whole */.WQ)(input.get(names/* Input */.pd.MaxConcurrentJobs), names/* Input */.pd.MaxConcurrentJobs, 1, 12, "max-concurrent-jobs: '6' (QuickSight runs 12 snapshot jobs per account at once)"),
        failFast: (0,scalars/* boolean */.zM)(input.get(names/* Input */.pd.FailFast), names/* Input */.pd.FailFast),
        compare
    };
}
/** The report of a step without a config file: dashboard-id and the exports inputs. */
async function oneReport(input, dashboard, base, mask) {
    const scheduleText = input.get(names/* Input */.pd.EmailScheduleIds);
    const schedules = scheduleText === '' ? undefined : (0,email_schedules/* parseScheduleIds */.$F)(scheduleText);
    // Only e-mail schedules to run: no exports unless some are asked for.
    const onlySchedules = schedules !== undefined &&
        [names/* Input */.pd.Exports, names/* Input */.pd.Format, names/* Input */.pd.SheetId, names/* Input */.pd.VisualIds].every((n) => !input.isSet(n));
    const exports = onlySchedules ? [] : exportsOf(input);
    const problems = new inputs_problems/* Problems */.Z();
    const recipients = await recipientsOf(input, problems, mask);
    const report = (0,report_request/* buildReport */.FK)([], dashboard, exports, [base, { recipients }], problems, names/* DEFAULTS */.zY[names/* Input */.pd.FileName] ?? '');
    throwFirst(problems, (p) => p.path[0], true);
    if (schedules)
        report.emailSchedules = schedules;
    return report;
}
/** The `recipients` input: a YAML list; its text is never shown (it may hold tag values). */
async function recipientsOf(input, problems, mask) {
    const text = input.get(names/* Input */.pd.Recipients);
    if (text === '')
        return undefined;
    let list;
    try {
        list = (0,yaml_input/* parseYamlInput */.P)(names/* Input */.pd.Recipients, text, '');
    }
    catch {
        throw new input_error/* InputError */.d(names/* Input */.pd.Recipients, undefined, 'is not valid YAML (the text is not shown because rls-tags values are secret)', EXAMPLES[names/* Input */.pd.Recipients] ?? '');
    }
    const { readRecipients } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 37093));
    return readRecipients(list, [names/* Input */.pd.Recipients], problems, mask);
}
/** `exports`, or the `format` / `sheet-id` / `visual-ids` shortcuts, never both. */
function exportsOf(input) {
    const text = input.get(names/* Input */.pd.Exports);
    if (text === '')
        return shortcutExports(input.get(names/* Input */.pd.Format) || 'pdf', input.get(names/* Input */.pd.SheetId), input.get(names/* Input */.pd.VisualIds));
    const shortcut = [names/* Input */.pd.Format, names/* Input */.pd.SheetId, names/* Input */.pd.VisualIds].find((n) => input.isSet(n));
    if (shortcut)
        throw new input_error/* InputError */.d(shortcut, input.get(shortcut), "cannot be used with 'exports': each item of exports names its own format, sheet and visuals", `remove ${shortcut}, or drop exports and use format, sheet-id and visual-ids alone`);
    const problems = new inputs_problems/* Problems */.Z();
    const list = (0,inputs_exports/* readExportList */.fY)((0,yaml_input/* parseYamlInput */.P)(names/* Input */.pd.Exports, text, EXAMPLES[names/* Input */.pd.Exports] ?? ''), [], problems);
    throwFirst(problems, () => names/* Input */.pd.Exports);
    return list;
}
/** The per-report settings the action's inputs give (a pack's defaults and reports override them). */
async function baseSettings(input, mask) {
    const yaml = (name) => input.get(name) === '' ? undefined : (0,yaml_input/* parseYamlInput */.P)(name, input.get(name), EXAMPLES[name] ?? '');
    const problems = new inputs_problems/* Problems */.Z();
    const rlsText = input.get(names/* Input */.pd.RlsTags);
    if (rlsText !== '')
        (0,rls_tags/* maskRlsText */.Hq)(rlsText, mask);
    let rls;
    try {
        rls = yaml(names/* Input */.pd.RlsTags);
    }
    catch (error) {
        // Tag values are masked above; the parser's messages (without the source) say where.
        const where = error instanceof yaml_input/* YamlInputError */.E ? `: ${error.where}` : '';
        throw new input_error/* InputError */.d(names/* Input */.pd.RlsTags, undefined, `is not valid YAML${where} (the text is not shown because tag values are secret)`, EXAMPLES[names/* Input */.pd.RlsTags] ?? '');
    }
    const settings = {
        parameters: input.get(names/* Input */.pd.Parameters) === ''
            ? undefined
            : (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 86164))).readParameters(yaml(names/* Input */.pd.Parameters), [names/* Input */.pd.Parameters], problems),
        rlsTags: rls === undefined ? undefined : (0,rls_tags/* readRlsTags */.TX)(rls, [names/* Input */.pd.RlsTags], problems, mask),
        registeredUser: (0,registered_user/* readRegisteredUser */.mL)(input.get(names/* Input */.pd.RegisteredUser), [names/* Input */.pd.RegisteredUser], problems),
        userNamespace: input.isSet(names/* Input */.pd.UserNamespace)
            ? (0,registered_user/* readNamespace */.oZ)(input.get(names/* Input */.pd.UserNamespace), [names/* Input */.pd.UserNamespace], problems)
            : undefined,
        identityRoleArn: input.isSet(names/* Input */.pd.IdentityRoleArn)
            ? (0,registered_user/* readRoleArn */.eY)(input.get(names/* Input */.pd.IdentityRoleArn), [names/* Input */.pd.IdentityRoleArn], problems)
            : undefined,
        failOnEmpty: (0,scalars/* boolean */.zM)(input.get(names/* Input */.pd.FailOnEmpty), names/* Input */.pd.FailOnEmpty),
        fileName: input.isSet(names/* Input */.pd.FileName)
            ? (0,file_name_template/* validateFileNameTemplate */.MB)(input.get(names/* Input */.pd.FileName))
            : undefined,
        s3Bucket: input.get(names/* Input */.pd.S3Bucket) === ''
            ? undefined
            : (0,report_request/* bucket */.DC)(input.get(names/* Input */.pd.S3Bucket), [names/* Input */.pd.S3Bucket], problems),
        s3Prefix: input.get(names/* Input */.pd.S3Prefix) === ''
            ? undefined
            : (0,report_request/* prefix */.Pl)(input.get(names/* Input */.pd.S3Prefix), [names/* Input */.pd.S3Prefix], problems),
        timezone: input.get(names/* Input */.pd.Timezone) === '' ? undefined : await timeZone(input.get(names/* Input */.pd.Timezone))
    };
    throwFirst(problems, (p) => p.path[0], true);
    return settings;
}
async function timeZone(name) {
    const { checkTimeZone } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 33353));
    try {
        return checkTimeZone(name);
    }
    catch (error) {
        throw new input_error/* InputError */.d(names/* Input */.pd.Timezone, name, error.message, 'timezone: Europe/Berlin');
    }
}
/** s3-bucket-region only says where the bucket is: it needs a bucket, in the API's region. */
function checkBucketRegion(input, region, hasBucket) {
    const bucketRegion = input.get(names/* Input */.pd.S3BucketRegion);
    if (bucketRegion === '')
        return;
    if (!hasBucket)
        throw new input_error/* InputError */.d(names/* Input */.pd.S3BucketRegion, bucketRegion, "needs 's3-bucket': without a bucket the files go to QuickSight's default bucket", 's3-bucket: my-reports-bucket');
    if (bucketRegion !== region)
        throw new input_error/* InputError */.d(names/* Input */.pd.S3BucketRegion, bucketRegion, `must be the QuickSight region (${region}): QuickSight writes only to buckets in the region of the API call`, `s3-bucket-region: ${region}`);
}
function jobId(value) {
    if (value === '')
        return undefined;
    if (!/^[\w-]{1,500}$/.test(value))
        throw new input_error/* InputError */.d(names/* Input */.pd.SnapshotJobId, value, `must be 1-500 letters, digits, '_' or '-'`, 'snapshot-job-id: nightly-sales-2025-01-31');
    return value;
}
/** Turns the first problem into an InputError naming the input it belongs to. */
function throwFirst(problems, inputOf, showValue = false) {
    const first = problems.list[0];
    if (!first)
        return;
    const name = inputOf(first);
    const where = first.path.slice(showValue ? 1 : 0);
    const at = where.length > 0 ? `${describe(where)}: ` : '';
    throw new input_error/* InputError */.d(name, undefined, `${at}${first.message}`, EXAMPLES[name] ?? `${name}: see the README`);
}
/** `item 2 sheets[0].visuals`, `Year`: where in a YAML input a problem is. */
function describe(where) {
    const [head, ...rest] = where;
    return typeof head === 'number'
        ? `item ${head + 1}${rest.length > 0 ? ` ${(0,inputs_problems/* formatPath */.j)(rest)}` : ''}`
        : (0,inputs_problems/* formatPath */.j)(where);
}
/** A report whose dates depend on its time zone: relative parameter values, or {date}. */
function usesTimeZone(report) {
    return (report.fileName.includes('{date}') ||
        report.parameters.some((p) => p.values.some((v) => typeof v === 'object')));
}


/***/ })

};
