export const id = 1263;
export const ids = [1263];
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

/***/ 86164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ISO_DATE: () => (/* binding */ ISO_DATE),
  PARAMETER_TYPES: () => (/* binding */ PARAMETER_TYPES),
  isDate: () => (/* binding */ isDate),
  isInteger: () => (/* binding */ isInteger),
  readParameters: () => (/* binding */ readParameters)
});

;// CONCATENATED MODULE: ./src/inputs/date-phrases.ts
/**
 * Everyday names of periods (`last-month`, `last-7-days`, `ytd`) are not relative dates: a
 * date-time parameter takes one instant, and a period has two ends. They are recognised so that
 * the message can give the exact tokens of ./relative-dates.js to write instead, for both ends.
 */
const UNIT = { day: 'd', week: 'w', month: 'M', quarter: 'Q', year: 'y' };
const TO_DATE = {
    ytd: 'year',
    qtd: 'quarter',
    mtd: 'month',
    wtd: 'week',
    'year-to-date': 'year',
    'quarter-to-date': 'quarter',
    'month-to-date': 'month',
    'week-to-date': 'week'
};
const SEP = '[-_ ]';
const PERIOD = '(day|week|month|quarter|year)';
const ONE = new RegExp(`^(last|previous|prior|this|current|next)${SEP}${PERIOD}$`, 'i');
const SEVERAL = new RegExp(`^(last|past|previous|next)${SEP}(\\d{1,4})${SEP}${PERIOD}s?$`, 'i');
/** The two ends of a period as relative-date tokens, or undefined when `value` names none. */
function periodTokens(value) {
    const text = value.trim().toLowerCase().replace(/[_ ]/g, '-');
    const toDate = TO_DATE[text];
    if (toDate)
        return { from: `start-of-${toDate}`, to: 'now' };
    if (text === 'tomorrow')
        return { from: 'today+1d', to: 'end-of-day+1d' };
    const one = ONE.exec(text);
    if (one) {
        const [, which = '', period = 'day'] = one;
        const p = period;
        const shift = which === 'this' || which === 'current' ? '' : `${which === 'next' ? '+' : '-'}1${UNIT[p]}`;
        return { from: `start-of-${p}${shift}`, to: `end-of-${p}${shift}` };
    }
    const several = SEVERAL.exec(text);
    if (several) {
        const [, which = '', n = '1', period = 'day'] = several;
        const u = UNIT[period];
        return which === 'next'
            ? { from: 'today+1d', to: `end-of-day+${n}${u}` }
            : { from: `today-${n}${u}`, to: 'end-of-day-1d' };
    }
    return undefined;
}
/** The advice for a period's name in a date-time value, or undefined when it is not one. */
function periodAdvice(value) {
    const tokens = periodTokens(value);
    if (!tokens)
        return undefined;
    return `'${value.trim()}' is a period, not one date: a date-time parameter takes one instant. Write ${tokens.from} for its first moment and ${tokens.to} for its last, as two parameters (From: ${tokens.from}, To: ${tokens.to})`;
}

// EXTERNAL MODULE: ./src/inputs/relative-dates.ts
var relative_dates = __webpack_require__(33353);
// EXTERNAL MODULE: ./src/inputs/yaml-values.ts
var yaml_values = __webpack_require__(57677);
;// CONCATENATED MODULE: ./src/inputs/parameters.ts



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
    if (!(0,yaml_values/* isPlainObject */.Qd)(map)) {
        problems.add(path, `must be a mapping of parameter name to value, not ${(0,yaml_values/* typeName */.go)(map)}`);
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
    if ((0,yaml_values/* isPlainObject */.Qd)(raw)) {
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
    return { name, type, values: read.filter((v) => v !== undefined), at };
}
function readValue(v, type, at, problems) {
    if (v === null || v === undefined) {
        problems.add(at, "has an empty value; quote it ('') if you mean an empty string");
        return undefined;
    }
    if (v instanceof Date)
        return v.toISOString();
    if (typeof v === 'object') {
        problems.add(at, `values must be scalars, not ${(0,yaml_values/* typeName */.go)(v)}`);
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
    const asText = type === undefined ? " (to send it as text: {type: string, values: ['...']})" : '';
    const period = type === 'string' ? undefined : periodAdvice(value);
    if (period !== undefined) {
        problems.add(at, `${period}${asText}`);
        return undefined;
    }
    if (type !== 'string' && (0,relative_dates/* looksRelative */.F1)(value)) {
        try {
            const token = (0,relative_dates/* parseRelativeDate */.e_)(value);
            // Resolved once now, in UTC, so that a token far outside the years 1000-9999 fails before
            // any AWS call; the report's zone applies when the step resolves it.
            (0,relative_dates/* resolveRelativeDate */.L0)(token, new Date(), 'UTC');
            return token;
        }
        catch (error) {
            problems.add(at, `${error.message}${asText}`);
            return undefined;
        }
    }
    if (type === 'integer' && !isInteger(value))
        problems.add(at, `${JSON.stringify(v)} is not a whole number between -(2^53-1) and 2^53-1`);
    if (type === 'decimal' && !Number.isFinite(Number(value.trim() || 'x')))
        problems.add(at, `${JSON.stringify(v)} is not a finite number`);
    if (type === undefined && ISO_DATE.test(value) && !isDate(value))
        problems.add(at, `${JSON.stringify(v)} looks like a date but is not one (month 01-12, a day the month has)${asText}`);
    if (type === 'datetime' && !isDate(value))
        problems.add(at, `${JSON.stringify(v)} is not an ISO 8601 date such as 2025-01-31 or 2025-01-31T08:00:00Z, nor a relative date such as today-7d`);
    return value;
}
function isInteger(text) {
    return /^-?\d+$/.test(text.trim()) && Number.isSafeInteger(Number(text));
}
function isDate(text) {
    if (!ISO_DATE.test(text) || Number.isNaN(new Date(text).getTime()))
        return false;
    // Date() rolls 2025-02-30 over to March 2: the day must be one the month has.
    const [year = 0, month = 0, day = 0] = text.slice(0, 10).split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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

/***/ 37093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ applyRecipient),
/* harmony export */   readRecipients: () => (/* binding */ readRecipients)
/* harmony export */ });
/* unused harmony export MAX_RECIPIENTS */
/* harmony import */ var _parameters_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86164);
/* harmony import */ var _registered_user_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24549);
/* harmony import */ var _rls_tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66318);
/* harmony import */ var _yaml_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57677);




/** A report makes each recipient's files with that recipient's user: at most this many. */
const MAX_RECIPIENTS = 100;
/** A folder name and part of a job id: letters, digits, '_' and '-'. */
const NAME = /^[A-Za-z0-9][\w-]{0,63}$/;
const KEYS = ['name', 'rls-tags', 'registered-user', 'parameters'];
/**
 * Reads a list of recipients (a report's or defaults' `recipients`, the `recipients` input).
 * Names are required, safe as folder names and unique per list (case-insensitively: folders
 * must not collide on any file system); `rls-tags` and `registered-user: true` exclude each other.
 */
function readRecipients(list, path, problems, mask) {
    if (!Array.isArray(list) || list.length === 0) {
        problems.add(path, `must be a non-empty list of recipients, each with a name (and rls-tags, registered-user or parameters), not ${(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(list)}`);
        return [];
    }
    if (list.length > MAX_RECIPIENTS) {
        problems.add(path, `has ${list.length} recipients; a report takes at most ${MAX_RECIPIENTS}`);
        return [];
    }
    const seen = new Map();
    return list.flatMap((item, i) => {
        const at = [...path, i];
        if (!(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(item)) {
            problems.add(at, `must be a mapping with a name, not ${(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(item)}`);
            return [];
        }
        (0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(item, KEYS, at, problems);
        const name = typeof item.name === 'number' ? String(item.name) : item.name;
        if (typeof name !== 'string' || !NAME.test(name)) {
            problems.add([...at, 'name'], name === undefined
                ? 'name is missing: each recipient needs one (its folder and {recipient})'
                : `name ${JSON.stringify(name)} must be 1-64 letters, digits, '_' or '-', starting with a letter or digit (it names the recipient's folder)`);
            return [];
        }
        const twice = seen.get(name.toLowerCase());
        if (twice !== undefined) {
            problems.add([...at, 'name'], `name ${name} is taken by recipient ${twice + 1} (names are folders: they must differ, ignoring case)`);
            return [];
        }
        seen.set(name.toLowerCase(), i);
        const recipient = {
            path: at,
            name,
            rlsTags: item['rls-tags'] === undefined
                ? undefined
                : (0,_rls_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .readRlsTags */ .TX)(item['rls-tags'], [...at, 'rls-tags'], problems, mask),
            registeredUser: item['registered-user'] === undefined
                ? undefined
                : (0,_registered_user_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegisteredUser */ .mL)(item['registered-user'], [...at, 'registered-user'], problems),
            parameters: item.parameters === undefined
                ? undefined
                : (0,_parameters_js__WEBPACK_IMPORTED_MODULE_0__.readParameters)(item.parameters, [...at, 'parameters'], problems)
        };
        if (recipient.registeredUser && recipient.rlsTags)
            problems.add([...at, 'rls-tags'], "cannot be used with 'registered-user': a registered user's own row-level security applies; give this recipient one of the two");
        return [recipient];
    });
}
/**
 * A recipient over its report: tags merge key by key over the report's and make an anonymous
 * user; `registered-user` replaces the report's user (a user named takes the report's
 * user-namespace and identity-role-arn); parameters merge by name. A registered recipient of a
 * report with rls-tags is a problem (the tags would be dropped).
 */
function applyRecipient(r, report, 
/** The report's user-namespace and identity-role-arn, as its layers give them. */
keys, problems, merge) {
    // The recipient's own user, else an anonymous one when it gives tags, else the report's user.
    const user = r.registeredUser !== undefined
        ? (0,_registered_user_js__WEBPACK_IMPORTED_MODULE_3__/* .identityOf */ .cu)(r.path, { ...keys, registeredUser: r.registeredUser }, {}, problems)
        : r.rlsTags
            ? { registeredUser: false }
            : { registeredUser: report.registeredUser, identity: report.identity };
    if (user.registeredUser && r.registeredUser !== undefined && report.rlsTags.length > 0)
        problems.add([...r.path, 'registered-user'], "cannot go with the report's rls-tags: a registered user's own row-level security applies; give the rls-tags to the anonymous recipients instead");
    return {
        path: r.path,
        name: r.name,
        rlsTags: user.registeredUser ? [] : merge.tags(report.rlsTags, r.rlsTags),
        ...user,
        parameters: merge.parameters(report.parameters, r.parameters ?? [])
    };
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

/***/ 32779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ bucket),
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   GS: () => (/* binding */ SETTING_KEYS),
/* harmony export */   Pl: () => (/* binding */ prefix)
/* harmony export */ });
/* unused harmony export RECIPIENT_FILE_NAME */
/* harmony import */ var _recipients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37093);
/* harmony import */ var _registered_user_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24549);
/* harmony import */ var _rls_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66318);
/* harmony import */ var _yaml_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57677);
/* harmony import */ var _aws_identity_user_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1672);





/** Where each recipient's files go unless file-name says otherwise. */
const RECIPIENT_FILE_NAME = '{report}/{recipient}/{name}.{ext}';
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
    'tolerance',
    'fail-on-empty',
    'recipients'
];
const BUCKET = /^(?!\d+\.\d+\.\d+\.\d+$)(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
/**
 * One report from its own settings over the pack's defaults over the action's inputs: a value
 * replaces the one below it, except parameters and rls-tags, which merge key by key. Reports
 * settings that cannot go together.
 */
function buildReport(path, dashboard, exports, layers, problems, defaultFileName) {
    const pick = (key) => layers.reduce((value, layer) => layer[key] ?? value, undefined);
    const recipients = pick('recipients') ?? [];
    const keys = { userNamespace: pick('userNamespace'), identityRoleArn: pick('identityRoleArn') };
    // user-namespace and identity-role-arn apply to recipients that name a user, too.
    const namedUsers = recipients.some((r) => typeof r.registeredUser === 'object');
    const report = {
        path,
        name: pick('name'),
        dashboard,
        exports,
        parameters: mergeParameters(...layers.map((l) => l.parameters ?? [])),
        rlsTags: (0,_rls_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeRlsTags */ .vi)(...layers.map((l) => l.rlsTags)),
        ...(0,_registered_user_js__WEBPACK_IMPORTED_MODULE_2__/* .identityOf */ .cu)(path, { registeredUser: pick('registeredUser'), ...keys }, namedUsers ? {} : (layers.at(-1) ?? {}), problems),
        s3Bucket: pick('s3Bucket'),
        s3Prefix: pick('s3Prefix'),
        fileName: pick('fileName') ?? defaultFileName,
        timezone: pick('timezone') ?? 'UTC',
        keyColumns: pick('keyColumns'),
        tolerance: pick('tolerance'),
        failOnEmpty: pick('failOnEmpty') ?? false,
        recipients: []
    };
    report.recipients = recipients.map((r) => (0,_recipients_js__WEBPACK_IMPORTED_MODULE_0__/* .applyRecipient */ .W)(r, report, keys, problems, { tags: _rls_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeRlsTags */ .vi, parameters: mergeParameters }));
    if (recipients.length > 0) {
        if (pick('fileName') === undefined)
            report.fileName = RECIPIENT_FILE_NAME;
        else if (!report.fileName.includes('{recipient}'))
            problems.add([...path, 'recipients'], `need {recipient} in file-name ('${report.fileName}'): without it every recipient's files get the same names; for example '${RECIPIENT_FILE_NAME}'`);
    }
    if (report.registeredUser && report.rlsTags.length > 0)
        problems.add([...path, 'rls-tags'], `cannot be used with 'registered-user: ${report.identity ? (0,_aws_identity_user_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .userLabel */ .Ux)(report.identity.user) : 'true'}': a registered user's own row-level security applies; remove rls-tags, or set registered-user: false`);
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
    const name = (0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(value, path, problems, 's3-bucket', 63 + 5);
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


/***/ })

};
