export const id = 6194;
export const ids = [6194];
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
