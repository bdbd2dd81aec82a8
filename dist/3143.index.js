export const id = 3143;
export const ids = [3143];
export const modules = {

/***/ 1672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   US: () => (/* binding */ identityKey),
/* harmony export */   Ux: () => (/* binding */ userLabel),
/* harmony export */   ZL: () => (/* binding */ describeUser),
/* harmony export */   vT: () => (/* binding */ userIdentifier)
/* harmony export */ });
/** The user as GetIdentityContext's `UserIdentifier` union. */
const userIdentifier = (user) => user;
/** How the user was written: `jane`, `jane@example.com` or the ARN. */
function userLabel(user) {
    return 'UserName' in user ? user.UserName : 'Email' in user ? user.Email : user.UserArn;
}
/** Who, as a message names them: `user jane (namespace default)`. */
function describeUser(identity) {
    const user = userLabel(identity.user);
    return 'UserArn' in identity.user
        ? `user ${user}`
        : `user ${user} (namespace ${identity.namespace})`;
}
/** One key per user, namespace and role: credentials are fetched once per key and step. */
function identityKey(identity) {
    const [member, value] = Object.entries(identity.user)[0] ?? ['', ''];
    const user = member === 'Email' ? value.toLowerCase() : value;
    return JSON.stringify([member, user, identity.namespace, identity.roleArn ?? '']);
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

/***/ 24549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wu: () => (/* binding */ ROLE_ARN_EXAMPLE),
/* harmony export */   cu: () => (/* binding */ identityOf),
/* harmony export */   eY: () => (/* binding */ readRoleArn),
/* harmony export */   jl: () => (/* binding */ NAMESPACE_EXAMPLE),
/* harmony export */   mL: () => (/* binding */ readRegisteredUser),
/* harmony export */   oZ: () => (/* binding */ readNamespace),
/* harmony export */   q0: () => (/* binding */ REGISTERED_USER_EXAMPLE)
/* harmony export */ });
/* unused harmony exports USER_ARN, arnNamespace */
/** A QuickSight user ARN: arn:{partition}:quicksight:{region}:{account}:user/{namespace}/{name}. */
const USER_ARN = /^arn:aws[a-z-]*:quicksight:[a-z0-9-]+:(\d{12}):user\/([a-zA-Z0-9._-]{1,64})\/(.+)$/;
/** QuickSight's Namespace: 1-64 letters, digits, '.', '_' or '-'. */
const NAMESPACE = /^[a-zA-Z0-9._-]{1,64}$/;
/** An IAM role ARN, its path included: arn:{partition}:iam::{account}:role/{path/}{name}. */
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
/** Words YAML 1.1 reads as booleans: a user called "yes" is far less likely than a mistake. */
const AMBIGUOUS = /^(y|yes|n|no|on|off)$/i;
const REGISTERED_USER_EXAMPLE = 'registered-user: jane@example.com (a user name, e-mail or user ARN), true (the credentials are already identity-enhanced) or false';
const NAMESPACE_EXAMPLE = 'user-namespace: default';
const ROLE_ARN_EXAMPLE = 'identity-role-arn: arn:aws:iam::123456789012:role/quicksight-identity';
/** Reads registered-user from an action input (text) or a config file (a YAML boolean or text). */
function readRegisteredUser(value, path, problems) {
    if (typeof value === 'boolean')
        return value;
    if (typeof value !== 'string' || value.trim() === '') {
        problems.add(path, `must be true, false, or a user name, e-mail or user ARN, not ${JSON.stringify(value)}`);
        return undefined;
    }
    const v = value.trim();
    if (/^true$/i.test(v))
        return true;
    if (/^false$/i.test(v))
        return false;
    const fail = (rule) => {
        problems.add(path, `${JSON.stringify(v.slice(0, 200))} ${rule}`);
        return undefined;
    };
    if (AMBIGUOUS.test(v))
        return fail('reads as a yes/no word: write true or false (a user really called that: give their e-mail or ARN)');
    if (v.length > 256 || /[\0-\x1f\x7f]/.test(v))
        return fail('must be at most 256 characters without control characters');
    if (v.startsWith('arn:'))
        return USER_ARN.test(v)
            ? { UserArn: v }
            : fail('is not a QuickSight user ARN: arn:aws:quicksight:<region>:<account>:user/<namespace>/<user name>');
    if (v.includes('@'))
        return EMAIL.test(v) ? { Email: v } : fail('is not an e-mail address such as jane@example.com');
    return { UserName: v };
}
/** user-namespace: a QuickSight namespace name. */
function readNamespace(value, path, problems) {
    const v = typeof value === 'string' ? value.trim() : value;
    if (typeof v === 'string' && NAMESPACE.test(v))
        return v;
    problems.add(path, `${JSON.stringify(v)} is not a QuickSight namespace: 1-64 letters, digits, '.', '_' or '-' (the users' namespace is 'default' unless you made others)`);
    return undefined;
}
/** identity-role-arn: an IAM role ARN, path included. */
function readRoleArn(value, path, problems) {
    const v = typeof value === 'string' ? value.trim() : value;
    if (typeof v === 'string' && ROLE_ARN.test(v))
        return v;
    problems.add(path, `${JSON.stringify(v)} is not an IAM role ARN: arn:aws:iam::<account>:role/<path/><name>`);
    return undefined;
}
/** The namespace of a user ARN. */
function arnNamespace(arn) {
    return USER_ARN.exec(arn)?.[2];
}
/**
 * Who a report's jobs run as: `picked` are the values the layers give, `own` the report's own
 * layer (a report of a pack, or the action's inputs for one dashboard). user-namespace and
 * identity-role-arn set beside a registered-user that is not a user would be ignored: a problem.
 */
function identityOf(path, picked, own, problems) {
    const setting = picked.registeredUser ?? false;
    if (typeof setting === 'boolean') {
        for (const [key, value] of [
            ['user-namespace', own.userNamespace],
            ['identity-role-arn', own.identityRoleArn]
        ])
            if (value !== undefined)
                problems.add([...path, key], `applies only when registered-user names a user (a user name, e-mail or ARN), and it is ${setting}: ${setting ? "the step's credentials are used as they are" : 'the jobs run as an anonymous user'}; remove ${key}, or set registered-user to the user`);
        return { registeredUser: setting };
    }
    let namespace = picked.userNamespace ?? 'default';
    if ('UserArn' in setting) {
        const inArn = arnNamespace(setting.UserArn) ?? namespace;
        if (picked.userNamespace !== undefined && picked.userNamespace !== inArn)
            problems.add([...path, 'user-namespace'], `is ${picked.userNamespace}, but the user ARN in registered-user is in namespace ${inArn}; remove user-namespace (an ARN names its own namespace)`);
        namespace = inArn;
    }
    return {
        registeredUser: true,
        identity: { user: setting, namespace, roleArn: picked.identityRoleArn }
    };
}


/***/ }),

/***/ 32779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ bucket),
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   GS: () => (/* binding */ SETTING_KEYS),
/* harmony export */   Pl: () => (/* binding */ prefix)
/* harmony export */ });
/* harmony import */ var _registered_user_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24549);
/* harmony import */ var _rls_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66318);
/* harmony import */ var _yaml_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57677);
/* harmony import */ var _aws_identity_user_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1672);




/** The keys a report takes besides `dashboard` and `exports` (and a pack's `defaults` takes). */
const SETTING_KEYS = [
    'name',
    'parameters',
    'rls-tags',
    'registered-user',
    'user-namespace',
    'identity-role-arn',
    'file-name',
    's3-bucket',
    's3-prefix',
    'timezone',
    'key-columns',
    'tolerance'
];
const BUCKET = /^(?!\d+\.\d+\.\d+\.\d+$)(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
/**
 * One report from its own settings over the pack's defaults over the action's inputs: a value
 * replaces the one below it, except parameters and rls-tags, which merge key by key. Reports
 * settings that cannot go together.
 */
function buildReport(path, dashboard, exports, layers, problems, defaultFileName) {
    const pick = (key) => layers.reduce((value, layer) => layer[key] ?? value, undefined);
    const report = {
        path,
        name: pick('name'),
        dashboard,
        exports,
        parameters: mergeParameters(...layers.map((l) => l.parameters ?? [])),
        rlsTags: (0,_rls_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeRlsTags */ .vi)(...layers.map((l) => l.rlsTags)),
        ...(0,_registered_user_js__WEBPACK_IMPORTED_MODULE_1__/* .identityOf */ .cu)(path, {
            registeredUser: pick('registeredUser'),
            userNamespace: pick('userNamespace'),
            identityRoleArn: pick('identityRoleArn')
        }, layers.at(-1) ?? {}, problems),
        s3Bucket: pick('s3Bucket'),
        s3Prefix: pick('s3Prefix'),
        fileName: pick('fileName') ?? defaultFileName,
        timezone: pick('timezone') ?? 'UTC',
        keyColumns: pick('keyColumns'),
        tolerance: pick('tolerance')
    };
    if (report.registeredUser && report.rlsTags.length > 0)
        problems.add([...path, 'rls-tags'], `cannot be used with 'registered-user: ${report.identity ? (0,_aws_identity_user_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .userLabel */ .Ux)(report.identity.user) : 'true'}': a registered user's own row-level security applies; remove rls-tags, or set registered-user: false`);
    if (report.s3Prefix !== undefined && report.s3Bucket === undefined)
        problems.add([...path, 's3-prefix'], "needs 's3-bucket': without a bucket the files go to QuickSight's default bucket");
    return report;
}
/** Merges parameter lists key by key: later lists replace earlier ones' values of the same name. */
function mergeParameters(...lists) {
    const merged = new Map();
    for (const list of lists)
        for (const p of list)
            merged.set(p.name, p);
    return [...merged.values()];
}
/** An S3 bucket name (not an s3:// URI). */
function bucket(value, path, problems) {
    const name = (0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(value, path, problems, 's3-bucket', 63 + 5);
    if (name === undefined)
        return undefined;
    if (name.startsWith('s3://'))
        problems.add(path, `takes the bucket name only, not an s3:// URI: ${name.slice(5).split('/')[0]} (and the rest in s3-prefix)`);
    else if (!BUCKET.test(name))
        problems.add(path, 'must be a bucket name of 3-63 lowercase letters, digits, dots and hyphens');
    else
        return name;
    return undefined;
}
/** A relative key prefix, without a trailing slash. */
function prefix(value, path, problems) {
    const p = typeof value === 'string' ? value : undefined;
    if (p === undefined || p.length > 900 || /[\0-\x1f\\]/.test(p) || p.startsWith('/')) {
        problems.add(path, 'must be a relative key prefix of at most 900 characters without control characters or backslashes');
        return undefined;
    }
    return p.replace(/\/+$/, '');
}


/***/ }),

/***/ 66318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hq: () => (/* binding */ maskRlsText),
/* harmony export */   TX: () => (/* binding */ readRlsTags),
/* harmony export */   vi: () => (/* binding */ mergeRlsTags)
/* harmony export */ });
/* unused harmony export MAX_TAGS */
/* harmony import */ var _yaml_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57677);

const MAX_TAGS = 50;
const KEY = /^[\w.:/=+@-]{1,128}$/;
/** Masks every line's value part of YAML text before it is parsed, so not even a YAML error can echo one. */
function maskRlsText(text, mask) {
    for (const line of text.split('\n')) {
        const value = line.split(':').slice(1).join(':').trim();
        if (value !== '')
            mask(value);
    }
}
/**
 * Reads a mapping of row-level security tag key → value. Values are secrets: they never appear in
 * messages, and `mask` is called with each one before anything else can log it.
 */
function readRlsTags(map, path, problems, mask) {
    if (!(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(map)) {
        problems.add(path, `must be a mapping of tag key to value, not ${(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(map)}`);
        return [];
    }
    const entries = Object.entries(map);
    if (entries.length === 0)
        problems.add(path, 'is an empty mapping; leave it out for no tags');
    if (entries.length > MAX_TAGS)
        problems.add(path, `has ${entries.length} tags; at most ${MAX_TAGS}`);
    return entries.flatMap(([key, raw]) => {
        if (typeof raw === 'string' || typeof raw === 'number')
            mask(String(raw));
        if (!KEY.test(key)) {
            problems.add([...path, key], 'a tag key must be 1-128 letters, digits or _ . : / = + @ -');
            return [];
        }
        if (typeof raw !== 'string' && typeof raw !== 'number') {
            problems.add([...path, key], `must have a single text value, not ${(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(raw)} (join several values with a comma)`);
            return [];
        }
        const value = String(raw);
        if (value.length === 0 || value.length > 256) {
            problems.add([...path, key], 'the value must be 1-256 characters');
            return [];
        }
        return [{ Key: key, Value: value }];
    });
}
/** Merges tag lists key by key: later lists replace earlier values of the same key. */
function mergeRlsTags(...lists) {
    const merged = new Map();
    for (const list of lists)
        for (const t of list ?? [])
            merged.set(t.Key, t);
    return [...merged.values()];
}


/***/ }),

/***/ 57677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ checkKeys),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   go: () => (/* binding */ typeName)
/* harmony export */ });
/* unused harmony export bool */
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
    const specs = formats.flatMap((f) => {
        if (f === 'pdf')
            return [{ format: f, sheets: [{ sheet, visuals: [] }] }];
        if (visuals.length === 1 && visuals[0] === inputs_exports/* ALL */.y2)
            return [{ format: f, sheets: [{ sheet, visuals: inputs_exports/* ALL */.y2 }] }];
        if (f === 'excel')
            return [{ format: f, sheets: [{ sheet, visuals }] }];
        return visuals.map((v) => ({ format: f, sheets: [{ sheet, visuals: [v] }] }));
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
    names/* Input */.pd.Format
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
    const reports = configFile !== ''
        ? (await (await __webpack_require__.e(/* import() */ 3409).then(__webpack_require__.bind(__webpack_require__, 33409))).readConfigFile(configFile, workspace, base, mask, comparing)).reports
        : [oneReport(input, dashboard, base)];
    if (input.isSet(names/* Input */.pd.Timezone) && !reports.some(usesTimeZone))
        throw new input_error/* InputError */.d(names/* Input */.pd.Timezone, input.get(names/* Input */.pd.Timezone), 'applies to relative dates in parameters (today, start-of-month...) and {date} in file-name, and no report uses either; it would be ignored', "parameters: 'From: start-of-month-1M', or file-name: '{date}/{name}.{ext}'");
    const identityInput = [names/* Input */.pd.UserNamespace, names/* Input */.pd.IdentityRoleArn].find((n) => input.isSet(n));
    if (identityInput && !reports.some((r) => r.identity))
        throw new input_error/* InputError */.d(identityInput, input.get(identityInput), 'applies only to reports whose registered-user names a user (a user name, e-mail or ARN), and no report does; it would be ignored', `${registered_user/* REGISTERED_USER_EXAMPLE */.q0.split(' (')[0]}, in the inputs or in the config file's defaults or reports`);
    return {
        reports,
        configFile: configFile || undefined,
        snapshotJobId: jobId(input.get(names/* Input */.pd.SnapshotJobId)),
        maxConcurrentJobs: (0,scalars/* whole */.WQ)(input.get(names/* Input */.pd.MaxConcurrentJobs), names/* Input */.pd.MaxConcurrentJobs, 1, 12, "max-concurrent-jobs: '6' (QuickSight runs 12 snapshot jobs per account at once)"),
        failFast: (0,scalars/* boolean */.zM)(input.get(names/* Input */.pd.FailFast), names/* Input */.pd.FailFast),
        compare
    };
}
/** The report of a step without a config file: dashboard-id and the exports inputs. */
function oneReport(input, dashboard, base) {
    const exports = exportsOf(input);
    const problems = new inputs_problems/* Problems */.Z();
    const report = (0,report_request/* buildReport */.FK)([], dashboard, exports, [base], problems, names/* DEFAULTS */.zY[names/* Input */.pd.FileName] ?? '');
    throwFirst(problems, (p) => p.path[0], true);
    return report;
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
    catch {
        throw new input_error/* InputError */.d(names/* Input */.pd.RlsTags, undefined, 'is not valid YAML (the text is not shown because tag values are secret)', EXAMPLES[names/* Input */.pd.RlsTags] ?? '');
    }
    const settings = {
        parameters: input.get(names/* Input */.pd.Parameters) === ''
            ? undefined
            : (await __webpack_require__.e(/* import() */ 5045).then(__webpack_require__.bind(__webpack_require__, 25045))).readParameters(yaml(names/* Input */.pd.Parameters), [names/* Input */.pd.Parameters], problems),
        rlsTags: rls === undefined ? undefined : (0,rls_tags/* readRlsTags */.TX)(rls, [names/* Input */.pd.RlsTags], problems, mask),
        registeredUser: (0,registered_user/* readRegisteredUser */.mL)(input.get(names/* Input */.pd.RegisteredUser), [names/* Input */.pd.RegisteredUser], problems),
        userNamespace: input.isSet(names/* Input */.pd.UserNamespace)
            ? (0,registered_user/* readNamespace */.oZ)(input.get(names/* Input */.pd.UserNamespace), [names/* Input */.pd.UserNamespace], problems)
            : undefined,
        identityRoleArn: input.isSet(names/* Input */.pd.IdentityRoleArn)
            ? (0,registered_user/* readRoleArn */.eY)(input.get(names/* Input */.pd.IdentityRoleArn), [names/* Input */.pd.IdentityRoleArn], problems)
            : undefined,
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
    const { checkTimeZone } = await __webpack_require__.e(/* import() */ 3353).then(__webpack_require__.bind(__webpack_require__, 33353));
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
