export const id = 5711;
export const ids = [5711];
export const modules = {

/***/ 35972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ PartialFile),
/* harmony export */   XP: () => (/* binding */ partialFiles)
/* harmony export */ });
/* unused harmony export TruncatedDownloadError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);





/** Temporary files being written, so that cancellation can remove them. */
const partialFiles = new Set();
class TruncatedDownloadError extends Error {
    constructor(file, got, expected) {
        super(`Download of ${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)} stopped at ${got} of ${expected} bytes`);
        this.name = 'TruncatedDownloadError';
    }
}
/**
 * A download in progress: a temporary file next to `dest` that grows over one or more attempts
 * and is renamed to `dest` only once its byte count is checked. Nothing half-written is ever at
 * `dest`; `discard` removes what is left when the download is given up.
 */
class PartialFile {
    dest;
    temp;
    constructor(dest) {
        this.dest = dest;
        const name = `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(dest).slice(0, 180)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.part`;
        this.temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(dest), name);
        partialFiles.add(this.temp);
    }
    /** Bytes already on disk: where the next attempt resumes. */
    async size() {
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(this.temp).then((s) => s.size, () => 0);
    }
    /** Streams `body` into the file from byte `offset` on; 0 starts the file afresh. */
    async write(body, offset) {
        if (offset === 0) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(this.temp).catch(() => undefined);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(this.temp), { recursive: true });
        }
        // 'wx' never follows or overwrites an existing path; 'r+' continues the file this one wrote.
        const options = offset === 0 ? { flags: 'wx' } : { flags: 'r+', start: offset };
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(body, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(this.temp, options));
    }
    /** Checks the byte count against `expected` (when known) and moves the file into place. */
    async complete(expected) {
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(this.temp);
        if (expected !== undefined && size !== expected)
            throw new TruncatedDownloadError(this.dest, size, expected);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(this.temp, this.dest);
        partialFiles.delete(this.temp);
        return size;
    }
    async discard() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(this.temp).catch(() => undefined);
        partialFiles.delete(this.temp);
    }
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

/***/ 7713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QH: () => (/* binding */ openZip),
/* harmony export */   mg: () => (/* binding */ isSpecial),
/* harmony export */   uW: () => (/* binding */ zipEntries),
/* harmony export */   wP: () => (/* binding */ isSymlink)
/* harmony export */ });
/** A zip's entries, read from its central directory one at a time (nothing is inflated). */
async function* zipEntries(zip) {
    for (;;) {
        const entry = await new Promise((resolve, reject) => {
            const cleanup = () => {
                zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
            };
            const onEntry = (e) => (cleanup(), resolve(e));
            const onEnd = () => (cleanup(), resolve(undefined));
            const onError = (e) => (cleanup(), reject(e));
            zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
            zip.readEntry();
        });
        if (!entry)
            return;
        yield entry;
    }
}
/** Opens a zip for reading entry by entry; names are checked by yauzl (no absolute or ../ paths). */
async function openZip(file) {
    const { openPromise } = await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.t.bind(__webpack_require__, 20663, 19));
    return openPromise(file, {
        lazyEntries: true,
        decodeStrings: true,
        validateEntrySizes: true,
        autoClose: false
    });
}
/** A symbolic link: Unix mode S_IFLNK in the entry's external attributes. */
function isSymlink(entry) {
    return ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000;
}
/** Any Unix file type other than a regular file or a directory (links, devices, fifos). */
function isSpecial(entry) {
    const type = (entry.externalFileAttributes >>> 16) & 0o170000;
    return type !== 0 && type !== 0o100000 && type !== 0o040000;
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

/***/ 85711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planAssetBundle: () => (/* binding */ planAssetBundle)
});

// EXTERNAL MODULE: ./src/job-id.ts
var job_id = __webpack_require__(56108);
;// CONCATENATED MODULE: ./src/kinds/asset-bundle/asset-bundle-api.ts
async function assetBundleApi(client) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(3609), __webpack_require__.e(7489), __webpack_require__.e(4573), __webpack_require__.e(8994), __webpack_require__.e(4028)]).then(__webpack_require__.bind(__webpack_require__, 34028));
    return {
        start: (request) => client.send(new sdk.StartAssetBundleExportJobCommand(request)),
        describe: (accountId, jobId) => client.send(new sdk.DescribeAssetBundleExportJobCommand({
            AwsAccountId: accountId,
            AssetBundleExportJobId: jobId
        }))
    };
}

// EXTERNAL MODULE: ./src/quicksight/dashboards-api.ts
var dashboards_api = __webpack_require__(18878);
// EXTERNAL MODULE: ./src/quicksight/resolve-dashboards.ts
var resolve_dashboards = __webpack_require__(96028);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/download/safe-path.ts
var safe_path = __webpack_require__(64967);
// EXTERNAL MODULE: ./src/mask.ts
var mask = __webpack_require__(75235);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/files/zip-entries.ts
var zip_entries = __webpack_require__(7713);
;// CONCATENATED MODULE: ./src/kinds/asset-bundle/bundle-assets.ts


/** Asset files larger than this are listed without reading their names. */
const MAX_ASSET_BYTES = 8 * 1024 * 1024;
/** A CloudFormation template larger than this is not parsed for its resources. */
const MAX_TEMPLATE_BYTES = 64 * 1024 * 1024;
/**
 * The assets a bundle holds: a QuickSight JSON zip (one `type/id.json` per asset) or a
 * CloudFormation template (one AWS::QuickSight::* resource per asset). Never throws.
 */
async function inspectBundle(file) {
    const zip = await isZip(file);
    try {
        return { zip, assets: zip ? await zipAssets(file) : await templateAssets(file) };
    }
    catch {
        return { zip, assets: [] };
    }
}
async function isZip(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
        return bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50;
    }
    finally {
        await handle.close();
    }
}
async function zipAssets(file) {
    const zip = await (0,zip_entries/* openZip */.QH)(file);
    const assets = [];
    try {
        for await (const entry of (0,zip_entries/* zipEntries */.uW)(zip)) {
            const m = /^([^/]+)\/(.+)\.json$/.exec(entry.fileName);
            if (!m?.[1] || !m[2])
                continue;
            const type = m[1];
            if (entry.uncompressedSize > MAX_ASSET_BYTES) {
                assets.push({ type, id: m[2] });
                continue;
            }
            const chunks = [];
            for await (const chunk of await zip.openReadStreamPromise(entry))
                chunks.push(chunk);
            assets.push(assetOf(type, m[2], Buffer.concat(chunks).toString('utf8')));
        }
    }
    finally {
        zip.close();
    }
    return assets;
}
/**
 * An asset file's id and name. QuickSight writes lowerCamelCase keys (`name`, `dashboardId`,
 * `dataSetId`, `vpcConnectionId`: the id key is the folder's type + `Id`, in any casing);
 * PascalCase (`Name`, `DashboardId`) is accepted too, as the casing is not documented. The file
 * name stands in for a missing id.
 */
function assetOf(type, fileId, json) {
    let value;
    try {
        value = JSON.parse(json);
    }
    catch {
        return { type, id: fileId };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { type, id: fileId };
    const entries = Object.entries(value);
    const text = (key) => {
        const found = entries.find(([k, v]) => key(k) && typeof v === 'string' && v !== '');
        return found?.[1];
    };
    const idKey = `${type}id`.toLowerCase();
    return {
        type,
        id: text((k) => k.toLowerCase() === idKey) ?? fileId,
        name: text((k) => k === 'name') ?? text((k) => k === 'Name')
    };
}
async function templateAssets(file) {
    if ((await (0,promises_.stat)(file)).size > MAX_TEMPLATE_BYTES)
        return [];
    const template = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    return Object.entries(template.Resources ?? {}).flatMap(([logicalId, r]) => {
        const type = /^AWS::QuickSight::(\w+)$/.exec(r.Type ?? '')?.[1];
        if (!type)
            return [];
        const id = r.Properties?.[`${type}Id`];
        const name = r.Properties?.Name;
        return [
            {
                type: type.toLowerCase(),
                id: typeof id === 'string' ? id : logicalId,
                name: typeof name === 'string' ? name : undefined
            }
        ];
    });
}

// EXTERNAL MODULE: ./src/kinds/existing-job-error.ts
var existing_job_error = __webpack_require__(8851);
;// CONCATENATED MODULE: ./src/kinds/asset-bundle/compare-bundle-job.ts

/**
 * What an existing asset bundle export job (DescribeAssetBundleExportJob) does differently from
 * the start request this step would have sent: its resources (in any order), format, options and
 * CloudFormation overrides. Options the description leaves out are not compared. Empty when it
 * is the same job.
 */
function bundleJobDifferences(asked, existing) {
    const out = (0,existing_job_error/* listDifferences */.b)('ResourceArns', [...(existing.ResourceArns ?? [])].sort(), [...(asked.ResourceArns ?? [])].sort());
    if (existing.ExportFormat !== asked.ExportFormat)
        out.push(`ExportFormat: ${existing.ExportFormat ?? 'none'} vs asked ${asked.ExportFormat}`);
    const flags = [
        ['IncludeAllDependencies', existing.IncludeAllDependencies, asked.IncludeAllDependencies],
        ['IncludePermissions', existing.IncludePermissions, asked.IncludePermissions],
        ['IncludeTags', existing.IncludeTags, asked.IncludeTags],
        [
            'ValidationStrategy.StrictModeForAllResources',
            existing.ValidationStrategy &&
                (existing.ValidationStrategy.StrictModeForAllResources ?? false),
            asked.ValidationStrategy?.StrictModeForAllResources
        ]
    ];
    for (const [name, theirs, ours] of flags)
        if (theirs !== undefined && theirs !== (ours ?? false))
            out.push(`${name}: ${theirs} vs asked ${ours ?? false}`);
    const [oTheirs, oOurs] = [
        canonical(existing.CloudFormationOverridePropertyConfiguration),
        canonical(asked.CloudFormationOverridePropertyConfiguration)
    ];
    if (oTheirs !== oOurs)
        out.push(`CloudFormationOverridePropertyConfiguration: ${oTheirs} vs asked ${oOurs}`);
    return out;
}
/** JSON with object keys sorted; 'none' for undefined. */
function canonical(value) {
    if (value === undefined)
        return 'none';
    const sort = (v) => Array.isArray(v)
        ? v.map(sort)
        : v !== null && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v)
                .filter(([, x]) => x !== undefined)
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([k, x]) => [k, sort(x)]))
            : v;
    return JSON.stringify(sort(value));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/download/partial-file.ts
var partial_file = __webpack_require__(35972);
;// CONCATENATED MODULE: ./src/kinds/asset-bundle/extract-bundle.ts







/** Limits that keep a hostile bundle from filling the disk. */
const MAX_ENTRIES = 20_000;
const MAX_BYTES = 4 * 1024 ** 3;
class UnsafeBundleError extends Error {
    constructor(bundle, why) {
        super(`${external_node_path_default().basename(bundle)} was not extracted: ${why}. Nothing was written outside output-dir.`);
        this.name = 'UnsafeBundleError';
    }
}
/**
 * Unzips a bundle into a folder beside it (`assetbundle-x.qs` → `assetbundle-x/`), safely: every
 * entry is checked before anything is written (no absolute paths, no `..`, no links or devices,
 * sizes within bounds), the files go to a temporary folder that replaces the target only when all
 * are written. Returns the folder.
 */
async function extractBundle(bundle) {
    const target = bundle.slice(0, bundle.length - external_node_path_default().extname(bundle).length);
    const temp = external_node_path_default().join(external_node_path_default().dirname(bundle), `.${external_node_path_default().basename(target)}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.part`);
    await check(bundle, temp);
    partial_file/* partialFiles */.XP.add(temp);
    try {
        await write(bundle, temp);
        await (0,promises_.rm)(target, { recursive: true, force: true });
        await (0,promises_.rename)(temp, target);
        return target;
    }
    finally {
        await (0,promises_.rm)(temp, { recursive: true, force: true });
        partial_file/* partialFiles */.XP.delete(temp);
    }
}
/** Reads the central directory only: throws UnsafeBundleError on the first entry that may not be written. */
async function check(bundle, folder) {
    let zip;
    try {
        zip = await (0,zip_entries/* openZip */.QH)(bundle);
    }
    catch (error) {
        throw new UnsafeBundleError(bundle, `it is not a readable zip (${error.message})`);
    }
    let count = 0;
    let bytes = 0;
    try {
        for await (const entry of (0,zip_entries/* zipEntries */.uW)(zip)) {
            if (++count > MAX_ENTRIES)
                throw new UnsafeBundleError(bundle, `it holds more than ${MAX_ENTRIES} entries`);
            bytes += entry.uncompressedSize;
            if (bytes > MAX_BYTES)
                throw new UnsafeBundleError(bundle, 'it would unpack to more than 4 GiB');
            if ((0,zip_entries/* isSymlink */.wP)(entry))
                throw new UnsafeBundleError(bundle, `entry '${entry.fileName}' is a symbolic link`);
            if ((0,zip_entries/* isSpecial */.mg)(entry))
                throw new UnsafeBundleError(bundle, `entry '${entry.fileName}' is not a plain file`);
            const to = external_node_path_default().resolve(folder, entry.fileName);
            if (!to.startsWith(folder + (external_node_path_default()).sep))
                throw new UnsafeBundleError(bundle, `entry '${entry.fileName}' would be written outside its folder`);
        }
    }
    catch (error) {
        if (error instanceof UnsafeBundleError)
            throw error;
        // yauzl refuses absolute paths, `..` and backslashes in names, and sizes that do not add up.
        throw new UnsafeBundleError(bundle, `an entry is unsafe (${error.message})`);
    }
    finally {
        zip.close();
    }
}
async function write(bundle, folder) {
    const zip = await (0,zip_entries/* openZip */.QH)(bundle);
    try {
        await (0,promises_.mkdir)(folder, { recursive: true });
        for await (const entry of (0,zip_entries/* zipEntries */.uW)(zip)) {
            const to = external_node_path_default().resolve(folder, entry.fileName);
            if (entry.fileName.endsWith('/')) {
                await (0,promises_.mkdir)(to, { recursive: true });
                continue;
            }
            await (0,promises_.mkdir)(external_node_path_default().dirname(to), { recursive: true });
            // 'wx': never follows or overwrites anything already there.
            await (0,external_node_stream_promises_.pipeline)(await zip.openReadStreamPromise(entry), (0,external_node_fs_.createWriteStream)(to, { flags: 'wx' }));
        }
    }
    finally {
        zip.close();
    }
}

;// CONCATENATED MODULE: ./src/kinds/asset-bundle/asset-bundle-kind.ts







/** QuickSight runs at most 5 asset bundle export jobs per account at once. */
const ACCOUNT_EXPORT_JOBS = 5;
const errorName = (e) => e?.name;
/** Asset bundle export jobs (StartAssetBundleExportJob) on the shared engine. */
function assetBundleKind(o) {
    const describe = (job) => o.api.describe(o.accountId, job.id);
    const follow = async (job) => {
        const existing = await describe(job);
        // The id may name another backup (a given id, or one reused within the 14 days QuickSight
        // keeps jobs): follow it only when it exports what this step asks for.
        const differences = bundleJobDifferences(job.request, existing);
        if (differences.length > 0)
            throw new existing_job_error/* ExistingJobMismatchError */.H('asset bundle export job', job.id, differences, 'QuickSight keeps an asset bundle export job for 14 days under its id. Give asset-bundle-job-id the same resources and options as that job to pick it up, or another id (or none: every run then gets a fresh one) for a new export.');
        o.log(`${job.id}: exists already (${existing.JobStatus}); following it instead of starting a new one`);
        return { arn: existing.Arn, resumed: true };
    };
    const url = (d) => {
        if (d.DownloadUrl?.startsWith('https://'))
            (0,mask/* maskPresignedUrl */.B)(d.DownloadUrl, o.mask);
        return d.DownloadUrl;
    };
    return {
        noun: 'asset bundle export job',
        jobIdOutput: 'asset-bundle-job-id',
        states: { succeeded: ['SUCCESSFUL'], failed: ['FAILED'] },
        polling: { firstCheckMs: 2_000, growth: 1.1 },
        cannotCancel: 'QuickSight has no cancel call',
        slots: 1,
        accountLimit: `${ACCOUNT_EXPORT_JOBS} asset bundle export jobs`,
        timeoutHint: 'The job may still finish: raise timeout-minutes, and re-run with asset-bundle-job-id to pick it up.',
        isAccountFull: (error) => errorName(error) === 'LimitExceededException',
        async start(job) {
            // A given id is followed when its job exists (QuickSight keeps descriptions 14 days).
            if (job.given) {
                try {
                    return await follow(job);
                }
                catch (error) {
                    if (errorName(error) !== 'ResourceNotFoundException')
                        throw error;
                }
            }
            try {
                const started = await o.api.start(job.request);
                return { arn: started.Arn, resumed: false };
            }
            catch (error) {
                // The id's job is still running (a re-run after a crash, or a start the SDK retried).
                if (errorName(error) !== 'ConflictException')
                    throw error;
                return follow(job);
            }
        },
        describe,
        status: (d) => d.JobStatus ?? 'UNKNOWN',
        async finish(job, d) {
            const warnings = (d.Warnings ?? []).map((w) => `${w.Arn ?? 'bundle'}: ${w.Message ?? ''}`);
            if (d.JobStatus !== 'SUCCESSFUL') {
                const errors = (d.Errors ?? []).map((e) => `${e.Type ?? 'Error'} on ${e.Arn ?? '?'}: ${e.Message ?? ''}`);
                return {
                    error: `The asset bundle export job FAILED: ${errors.join('; ') || 'no errors given'}. Hint: check that every resource exists in this account and region, and that the role may describe it (and its dependencies).`,
                    warnings,
                    files: []
                };
            }
            const uri = url(d);
            const name = external_node_path_default().basename(new URL(uri ?? 'https://x/bundle.qs').pathname) || `assetbundle-${job.id}.qs`;
            return {
                warnings,
                files: [
                    {
                        index: 1,
                        format: 'bundle',
                        path: external_node_path_default().join(job.outputDir, (0,safe_path/* safeRelativePath */.l)(decodeURIComponent(name))),
                        source: {
                            note: `${job.request.ResourceArns?.length ?? 0} resource(s), ${job.request.ExportFormat}`
                        },
                        uri,
                        error: uri ? undefined : 'QuickSight returned no DownloadUrl.'
                    }
                ]
            };
        },
        async freshUri(job) {
            const again = url(await describe(job));
            if (!again)
                throw new Error('QuickSight returned no fresh DownloadUrl for the bundle');
            return again;
        },
        async afterDownload(job, file) {
            if (!file.path)
                return;
            const bundle = await inspectBundle(file.path);
            file.details = { assets: bundle.assets };
            if (!job.extract)
                return;
            if (!bundle.zip) {
                o.log(`${external_node_path_default().basename(file.path)} is one JSON template, not a zip: there is nothing to extract`);
                return;
            }
            file.extractedTo = await extractBundle(file.path);
            o.log(`Extracted ${external_node_path_default().basename(file.path)} into ${file.extractedTo}`);
        }
    };
}

;// CONCATENATED MODULE: ./src/kinds/asset-bundle/plan-asset-bundle.ts





/** Resolves the dashboards to back up (ids or names) and plans the one export job. */
async function planAssetBundle(a, c) {
    const { common } = c;
    const accountId = await c.accountId();
    const api = await (0,dashboards_api/* dashboardsApi */.A)(c.aws.quicksight);
    const found = a.dashboards.length > 0 ? await (0,resolve_dashboards/* resolveDashboards */._x)(a.dashboards, api, accountId) : new Map();
    const dashboards = [...found.values()];
    const partition = common.awsRegion.startsWith('cn-')
        ? 'aws-cn'
        : common.awsRegion.startsWith('us-gov-')
            ? 'aws-us-gov'
            : 'aws';
    const arns = [
        ...a.resourceArns,
        ...dashboards.map((d) => `arn:${partition}:quicksight:${common.awsRegion}:${accountId}:dashboard/${d.id}`)
    ];
    const id = a.jobId ?? (await (0,job_id/* generateJobId */.i)(c.env));
    const request = {
        AwsAccountId: accountId,
        AssetBundleExportJobId: id,
        ResourceArns: [...new Set(arns)],
        IncludeAllDependencies: a.includeAllDependencies,
        ExportFormat: a.format,
        IncludePermissions: a.includePermissions,
        IncludeTags: a.includeTags,
        ValidationStrategy: { StrictModeForAllResources: a.strictValidation },
        CloudFormationOverridePropertyConfiguration: a.overrides
    };
    const subject = a.configFile ?? (dashboards.length === 1 ? (dashboards[0]?.id ?? 'bundle') : 'asset-bundle');
    const job = {
        id,
        report: subject,
        dashboardId: dashboards.length === 1 ? dashboards[0]?.id : undefined,
        makeUp: 'asset-bundle',
        files: [],
        request,
        given: a.jobId !== undefined,
        outputDir: common.outputDir,
        extract: a.extract
    };
    c.log(`Resources: ${request.ResourceArns?.join(', ')}`);
    return {
        kind: assetBundleKind({
            api: await assetBundleApi(c.aws.quicksight),
            accountId,
            log: c.log,
            mask: c.mask
        }),
        jobs: [job],
        reports: [
            {
                name: subject,
                dashboardId: job.dashboardId,
                notes: [
                    `${request.ResourceArns?.length} resource(s)${a.includeAllDependencies ? ' with all their dependencies' : ''}, ${a.format === 'QUICKSIGHT_JSON' ? 'QuickSight JSON' : 'CloudFormation JSON'}${a.includePermissions ? ', permissions' : ''}${a.includeTags ? ', tags' : ''}`
                ]
            }
        ],
        subject,
        failFast: false,
        summary: `Exporting the definitions of ${request.ResourceArns?.length} resource(s) in asset bundle export job ${id}`
    };
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


/***/ })

};
