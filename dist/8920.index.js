export const id = 8920;
export const ids = [8920];
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

/***/ 88920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readDataExchangeInputs: () => (/* binding */ readDataExchangeInputs)
/* harmony export */ });
/* harmony import */ var _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39354);
/* harmony import */ var _inputs_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85585);
/* harmony import */ var _inputs_problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88925);
/* harmony import */ var _inputs_report_request_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32779);
/* harmony import */ var _inputs_yaml_input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55379);
/* harmony import */ var _inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57677);






const ID = /^[a-zA-Z0-9]{1,64}$/;
const KMS_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/\S+$/;
const KEYS = {
    'revisions-to-s3': {
        type: 'EXPORT_REVISIONS_TO_S3',
        keys: ['data-set-id', 'revision-ids', 's3-bucket', 'key-pattern']
    },
    'assets-to-s3': {
        type: 'EXPORT_ASSETS_TO_S3',
        keys: ['data-set-id', 'revision-id', 'asset-ids', 's3-bucket', 's3-prefix']
    },
    'asset-to-signed-url': {
        type: 'EXPORT_ASSET_TO_SIGNED_URL',
        keys: ['data-set-id', 'revision-id', 'asset-id']
    }
};
const EXAMPLE = `data-exchange-export: |
  revisions-to-s3:
    data-set-id: 64c29aec3032a87b02f6f015a4ddc195
    revision-ids: [a1e7e199249494840af5a1dac7cd201e]
    s3-bucket: my-data-bucket
    key-pattern: \${Revision.Id}/\${Asset.Name}`;
/** Reads the data-exchange inputs: a job to follow, or an export to create. */
async function readDataExchangeInputs(input) {
    const jobId = input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.DataExchangeJobId);
    const exportText = input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.DataExchangeExport);
    if ((jobId === '') === (exportText === ''))
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(jobId === '' ? _inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.DataExchangeExport : _inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.DataExchangeJobId, jobId === '' ? '' : jobId, jobId === ''
            ? "or 'data-exchange-job-id' is required: the export to create, or the job to follow"
            : "cannot be used with 'data-exchange-export': follow a job, or create one, not both", EXAMPLE);
    if (jobId !== '' && !/^[a-zA-Z0-9-]{1,100}$/.test(jobId))
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.DataExchangeJobId, jobId, 'must be a Data Exchange job id', 'data-exchange-job-id: 3e7f5c538e9d6f88029d7c6a3a549ba6');
    let spec;
    if (exportText !== '') {
        await (0,_inputs_yaml_input_js__WEBPACK_IMPORTED_MODULE_2__.loadYaml)();
        spec = readExport((0,_inputs_yaml_input_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlInput */ .P)(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.DataExchangeExport, exportText, EXAMPLE));
    }
    return { jobId: jobId || undefined, export: spec, encryption: encryption(input, spec) };
}
function readExport(value) {
    const problems = new _inputs_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .Problems */ .Z();
    const result = readExportValue(value, problems);
    const first = problems.list[0];
    if (first || !result)
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.DataExchangeExport, undefined, first ? `${(0,_inputs_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPath */ .j)(first.path) || '(top)'}: ${first.message}` : 'is empty', EXAMPLE);
    return result;
}
function readExportValue(value, problems) {
    if (!(0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(value) || Object.keys(value).length !== 1) {
        problems.add([], `must be a mapping with exactly one of ${Object.keys(KEYS).join(', ')}, not ${(0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_4__/* .typeName */ .go)(value)}`);
        return undefined;
    }
    (0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkKeys */ .L)(value, Object.keys(KEYS), [], problems);
    const [kind = '', body] = Object.entries(value)[0] ?? [];
    const spec = KEYS[kind];
    if (!spec)
        return undefined;
    if (!(0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(body)) {
        problems.add([kind], `must be a mapping of ${spec.keys.join(', ')}, not ${(0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_4__/* .typeName */ .go)(body)}`);
        return undefined;
    }
    (0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkKeys */ .L)(body, spec.keys, [kind], problems);
    const at = (key) => [kind, key];
    const dataSetId = id(body['data-set-id'], at('data-set-id'), problems);
    if (spec.type === 'EXPORT_REVISIONS_TO_S3') {
        const keyPattern = body['key-pattern'] === undefined
            ? undefined
            : (0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(body['key-pattern'], at('key-pattern'), problems, 'key-pattern', 1024);
        if (keyPattern !== undefined && !/\$\{Asset\.(Name|Id)\}/.test(keyPattern))
            problems.add(at('key-pattern'), 'must contain ${Asset.Name} or ${Asset.Id}, so that every asset gets its own key');
        return {
            type: spec.type,
            dataSetId,
            revisionIds: ids(body['revision-ids'], at('revision-ids'), problems),
            bucket: (0,_inputs_report_request_js__WEBPACK_IMPORTED_MODULE_5__/* .bucket */ .DC)(body['s3-bucket'], at('s3-bucket'), problems) ?? '',
            keyPattern
        };
    }
    const revisionId = id(body['revision-id'], at('revision-id'), problems);
    if (spec.type === 'EXPORT_ASSETS_TO_S3') {
        const p = body['s3-prefix'] === undefined
            ? undefined
            : (0,_inputs_report_request_js__WEBPACK_IMPORTED_MODULE_5__/* .prefix */ .Pl)(body['s3-prefix'], at('s3-prefix'), problems);
        return {
            type: spec.type,
            dataSetId,
            revisionId,
            assetIds: ids(body['asset-ids'], at('asset-ids'), problems, 100),
            bucket: (0,_inputs_report_request_js__WEBPACK_IMPORTED_MODULE_5__/* .bucket */ .DC)(body['s3-bucket'], at('s3-bucket'), problems) ?? '',
            prefix: p
        };
    }
    return {
        type: spec.type,
        dataSetId,
        revisionId,
        assetId: id(body['asset-id'], at('asset-id'), problems)
    };
}
function id(value, path, problems) {
    const t = (0,_inputs_yaml_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(value, path, problems, 'an id', 64);
    if (t !== undefined && !ID.test(t))
        problems.add(path, `'${t}' is not a Data Exchange id (letters and digits)`);
    return t ?? '';
}
function ids(value, path, problems, max = 100) {
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    if (list.length === 0)
        problems.add(path, 'must list at least one id');
    if (list.length > max)
        problems.add(path, `lists ${list.length} ids; at most ${max}`);
    const out = list.map((v, i) => id(v, [...path, i], problems));
    const twice = out.find((v, i) => out.indexOf(v) !== i);
    if (twice)
        problems.add(path, `lists '${twice}' twice`);
    return out;
}
/** Server-side encryption of the objects an S3 export writes. */
function encryption(input, spec) {
    const type = input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.S3Encryption);
    const key = input.get(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.KmsKeyArn);
    if (type === '' && key === '')
        return undefined;
    const named = type !== '' ? _inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.S3Encryption : _inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.KmsKeyArn;
    if (!spec || spec.type === 'EXPORT_ASSET_TO_SIGNED_URL')
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(named, input.get(named), spec
            ? 'applies only to exports to S3 (revisions-to-s3, assets-to-s3), not to a signed URL; it would be ignored'
            : 'applies only to an export the action creates (data-exchange-export), not to a job it follows; it would be ignored', 'data-exchange-export: { revisions-to-s3: {...} } with s3-encryption: AES256');
    if (type === '')
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.KmsKeyArn, key, 'needs s3-encryption: aws:kms; alone it would be ignored', 's3-encryption: aws:kms');
    if (type !== 'AES256' && type !== 'aws:kms')
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.S3Encryption, type, 'must be AES256 or aws:kms', 's3-encryption: aws:kms');
    if (type === 'aws:kms' && !KMS_ARN.test(key))
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.KmsKeyArn, key, 'is required with s3-encryption: aws:kms, as a KMS key ARN', 'kms-key-arn: arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab');
    if (type === 'AES256' && key !== '')
        throw new _inputs_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.KmsKeyArn, key, "applies only to s3-encryption: aws:kms (AES256 uses S3's own keys); it would be ignored", 's3-encryption: aws:kms');
    return type === 'aws:kms' ? { Type: type, KmsKeyArn: key } : { Type: type };
}


/***/ })

};
