export const id = 6493;
export const ids = [6493,9951,46];
export const modules = {

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

/***/ 69951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   concurrencyLimit: () => (/* binding */ concurrencyLimit)
/* harmony export */ });
/** Runs at most `limit` tasks at once; the rest wait in order (`onWait` tells when one must). */
function concurrencyLimit(limit) {
    let active = 0;
    const waiting = [];
    return async (task, onWait) => {
        // A finished task hands its slot straight to the next waiter, so `active` never overshoots.
        if (active >= limit) {
            onWait?.();
            await new Promise((resolve) => waiting.push(resolve));
        }
        else
            active++;
        try {
            return await task();
        }
        finally {
            const next = waiting.shift();
            if (next)
                next();
            else
                active--;
        }
    };
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

/***/ 76493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planDataExchange: () => (/* binding */ planDataExchange)
});

// EXTERNAL MODULE: ./src/time/rate-limiter.ts
var rate_limiter = __webpack_require__(46);
;// CONCATENATED MODULE: ./src/kinds/data-exchange/data-exchange-api.ts
async function dataExchangeApi(client) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(3609), __webpack_require__.e(7489), __webpack_require__.e(7775), __webpack_require__.e(4953)]).then(__webpack_require__.bind(__webpack_require__, 14953));
    return {
        createJob: (request) => client.send(new sdk.CreateJobCommand(request)),
        startJob: async (JobId) => void (await client.send(new sdk.StartJobCommand({ JobId }))),
        getJob: (JobId) => client.send(new sdk.GetJobCommand({ JobId })),
        async revisionAssets(DataSetId, RevisionId) {
            const all = [];
            let NextToken;
            do {
                const page = await client.send(new sdk.ListRevisionAssetsCommand({ DataSetId, RevisionId, NextToken, MaxResults: 200 }));
                all.push(...(page.Assets ?? []));
                NextToken = page.NextToken;
            } while (NextToken);
            return all;
        },
        revisionCreatedAt: async (DataSetId, RevisionId) => (await client.send(new sdk.GetRevisionCommand({ DataSetId, RevisionId }))).CreatedAt,
        dataSetName: async (DataSetId) => (await client.send(new sdk.GetDataSetCommand({ DataSetId }))).Name,
        assetName: async (DataSetId, RevisionId, AssetId) => (await client.send(new sdk.GetAssetCommand({ DataSetId, RevisionId, AssetId }))).Name
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/download/safe-path.ts
var safe_path = __webpack_require__(64967);
// EXTERNAL MODULE: ./src/jobs/poll.ts
var poll = __webpack_require__(47015);
// EXTERNAL MODULE: ./src/mask.ts
var mask = __webpack_require__(75235);
;// CONCATENATED MODULE: ./src/kinds/data-exchange/exported-objects.ts
/**
 * What AWS Data Exchange uses when a revision export names no KeyPattern (its user guide,
 * "Exporting asset revisions to an S3 bucket (AWS SDKs)": the key defaults to `${Asset.Name}`).
 */
const DEFAULT_KEY_PATTERN = '${Asset.Name}';
/**
 * The objects an export to S3 wrote: each destination's key for asset exports, and for revision
 * exports the key the KeyPattern gives each asset of the revision (every asset, all pages).
 */
async function exportedObjects(details, api) {
    const assets = details.ExportAssetsToS3;
    if (assets) {
        const names = await api.revisionAssets(assets.DataSetId ?? '', assets.RevisionId ?? '');
        return (assets.AssetDestinations ?? []).map((d) => {
            const name = names.find((a) => a.Id === d.AssetId)?.Name ?? d.AssetId ?? '';
            return {
                bucket: d.Bucket ?? '',
                key: d.Key ?? name,
                note: `asset ${name} of revision ${assets.RevisionId}`
            };
        });
    }
    const revisions = details.ExportRevisionsToS3;
    if (!revisions)
        return [];
    const dataSetId = revisions.DataSetId ?? '';
    const needsName = (revisions.RevisionDestinations ?? []).some((d) => d.KeyPattern?.includes('${DataSet.Name}'));
    const dataSetName = needsName ? await api.dataSetName(dataSetId) : undefined;
    const lists = await Promise.all((revisions.RevisionDestinations ?? []).map(async (d) => {
        const revisionId = d.RevisionId ?? '';
        const [assets, createdAt] = await Promise.all([
            api.revisionAssets(dataSetId, revisionId),
            api.revisionCreatedAt(dataSetId, revisionId)
        ]);
        const pattern = d.KeyPattern || DEFAULT_KEY_PATTERN;
        return assets.map((a) => {
            const values = {
                'Asset.Id': a.Id ?? '',
                'Asset.Name': a.Name ?? '',
                'DataSet.Id': dataSetId,
                'DataSet.Name': dataSetName ?? '',
                'Revision.Id': revisionId,
                ...createdParts(createdAt)
            };
            return {
                bucket: d.Bucket ?? '',
                key: expandKeyPattern(pattern, values),
                note: `asset ${a.Name} of revision ${revisionId}`,
                computed: { pattern, values, asset: a.Name ?? a.Id ?? '' }
            };
        });
    }));
    return lists.flat();
}
function createdParts(at) {
    const d = at ?? new Date(0);
    return {
        'Revision.CreatedAt': d.toISOString(),
        'Revision.CreatedAt.Day': String(d.getUTCDate()).padStart(2, '0'),
        'Revision.CreatedAt.Month': String(d.getUTCMonth() + 1).padStart(2, '0'),
        'Revision.CreatedAt.Year': String(d.getUTCFullYear())
    };
}
/** Fills `${Asset.Name}`-style references; an unknown reference stays as written. */
function expandKeyPattern(pattern, values) {
    return pattern.replace(/\$\{([\w.]+)\}/g, (whole, name) => values[name] ?? whole);
}

// EXTERNAL MODULE: ./src/jobs/concurrency.ts
var concurrency = __webpack_require__(69951);
;// CONCATENATED MODULE: ./src/kinds/data-exchange/locate-objects.ts

/** Most keys read when listing a prefix (10 pages of 1,000). */
const LIST_LIMIT = 10_000;
/** At most this many objects are checked at once. */
const CHECKS_AT_ONCE = 8;
/**
 * References whose text the API does not pin down: `.Day`/`.Month` may or may not be zero-padded,
 * `${Revision.CreatedAt}` may or may not carry milliseconds.
 */
const UNCERTAIN = ['Revision.CreatedAt.Day', 'Revision.CreatedAt.Month', 'Revision.CreatedAt'];
/**
 * The computed keys of a revision export that S3 does not have are looked for by listing the
 * bucket under the pattern's prefix (up to its first date reference): the one listed key that
 * the pattern gives for that asset with the dates padded or not is used, and said in the log.
 * An object with no such key, or with several, gets an error instead of a guess.
 */
async function locateObjects(objects, store, log) {
    const limit = (0,concurrency.concurrencyLimit)(CHECKS_AT_ONCE);
    const present = await Promise.all(objects.map((o) => (o.computed ? limit(() => store.exists(o.bucket, o.key)) : true)));
    const missing = objects.filter((_, i) => !present[i]);
    if (missing.length === 0)
        return objects;
    const listings = new Map();
    const listing = (bucket, prefix) => {
        const id = `${bucket}/${prefix}`;
        let l = listings.get(id);
        if (!l)
            listings.set(id, (l = store.list(bucket, prefix, LIST_LIMIT)));
        return l;
    };
    const claimed = new Set(objects.filter((_, i) => present[i]).map((o) => `${o.bucket}/${o.key}`));
    const located = await Promise.all(objects.map(async (o, i) => {
        if (present[i] || !o.computed)
            return o;
        const prefix = knownPrefix(o.computed.pattern, o.computed.values);
        const where = `s3://${o.bucket}/${prefix}`;
        let listed;
        try {
            listed = await listing(o.bucket, prefix);
        }
        catch (error) {
            return {
                ...o,
                error: `s3://${o.bucket}/${o.key} does not exist, and listing ${where} to find ${o.computed.asset} failed (${error.name}: ${error.message}). Hint: allow s3:ListBucket on the bucket, or use a key-pattern without \${Revision.CreatedAt.Day}/.Month, whose padding AWS does not document.`
            };
        }
        const shape = keyRegExp(o.computed.pattern, o.computed.values);
        const found = listed.keys.filter((k) => shape.test(k) && !claimed.has(`${o.bucket}/${k}`));
        if (found.length === 1 && found[0] !== undefined) {
            claimed.add(`${o.bucket}/${found[0]}`);
            log(`${o.computed.asset}: s3://${o.bucket}/${o.key} does not exist; using s3://${o.bucket}/${found[0]}, listed under ${where} (the key pattern's dates as Data Exchange wrote them)`);
            return { ...o, key: found[0] };
        }
        const why = found.length === 0
            ? `no key under ${where} fits the pattern ${o.computed.pattern} for it${listed.truncated ? ` among the first ${LIST_LIMIT} listed` : ''}`
            : `${found.length} keys under ${where} fit the pattern for it (${found.slice(0, 5).join(', ')}${found.length > 5 ? ', …' : ''}), so none is taken`;
        return {
            ...o,
            error: `s3://${o.bucket}/${o.key} does not exist, and ${why}. Nothing was downloaded for asset ${o.computed.asset}.`
        };
    }));
    const moved = located.filter((l, i) => !l.error && l.key !== objects[i]?.key).length;
    log(`Revision export keys: ${objects.length - missing.length} as computed from the key pattern, ${moved} found by listing, ${located.filter((l) => l.error).length} not found`);
    return located;
}
/** The pattern filled in up to its first reference whose text is uncertain (the listing's prefix). */
function knownPrefix(pattern, values) {
    let out = '';
    for (const part of parts(pattern)) {
        if (typeof part === 'string')
            out += part;
        else if (UNCERTAIN.includes(part.ref) || values[part.ref] === undefined)
            return out;
        else
            out += values[part.ref];
    }
    return out;
}
/** Every key the pattern can give for these values: the dates padded or not, milliseconds or not. */
function keyRegExp(pattern, values) {
    const source = parts(pattern)
        .map((part) => {
        if (typeof part === 'string')
            return locate_objects_escape(part);
        const value = values[part.ref];
        if (value === undefined)
            return locate_objects_escape(`\${${part.ref}}`);
        if (part.ref === 'Revision.CreatedAt.Day' || part.ref === 'Revision.CreatedAt.Month')
            return `0?${Number(value)}`;
        if (part.ref === 'Revision.CreatedAt')
            return `${locate_objects_escape(value.replace(/\.\d{3}Z$/, ''))}(?:\\.\\d{1,3})?Z`;
        return locate_objects_escape(value);
    })
        .join('');
    return new RegExp(`^${source}$`);
}
function parts(pattern) {
    return pattern
        .split(/(\$\{[\w.]+\})/)
        .filter((p) => p !== '')
        .map((p) => (/^\$\{[\w.]+\}$/.test(p) ? { ref: p.slice(2, -1) } : p));
}
const locate_objects_escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

;// CONCATENATED MODULE: ./src/kinds/data-exchange/data-exchange-kind.ts






const SUCCEEDED = ['COMPLETED'];
const FAILED = ['ERROR', 'CANCELLED', 'TIMED_OUT'];
const POLLING = { firstCheckMs: 2_000, growth: 1.1 };
const errorName = (e) => e?.name;
/** How many times a job that ends over the quota is created again before it fails. */
const MAX_QUOTA_RECREATIONS = 10;
const QUOTA_HINT = 'Hint: the account runs as many jobs of this type as its AWS Data Exchange quota allows (other workflows included): run fewer exports at once, re-run later, or ask for a higher quota in Service Quotas.';
/**
 * The limits JobError's LimitName documents (the SDK's JobErrorLimitName, checked by the type):
 * per asset and per revision, which a new job with the same request cannot get past.
 */
const PER_ASSET_LIMITS = {
    'AWS Lake Formation data permission assets per revision': true,
    'Amazon Redshift datashare assets per revision': true,
    'Amazon S3 data access assets per revision': true,
    'Asset size in GB': true,
    'Assets per revision': true
};
/**
 * Errors of a job that ended only because the account ran as many jobs as its quota allows.
 * CreateJob and StartJob document no limit error; a job started over the "Concurrent in progress
 * jobs to …" quotas ends ERROR with SERVICE_QUOTA_EXCEEDED_EXCEPTION, with a LimitName the API
 * does not document (JobErrorLimitName lists only per-asset limits). So: every error is
 * SERVICE_QUOTA_EXCEEDED_EXCEPTION, whatever its LimitName (none, a concurrency quota's, one not
 * listed), except one of the documented per-asset limits.
 */
function overConcurrencyQuota(errors) {
    return ((errors ?? []).length > 0 &&
        (errors ?? []).every((e) => e.Code === 'SERVICE_QUOTA_EXCEEDED_EXCEPTION' &&
            !(e.LimitName !== undefined && Object.hasOwn(PER_ASSET_LIMITS, e.LimitName))));
}
/** A job the action started ended at once over a concurrency quota: the account is full for now. */
class DataExchangeQuotaError extends Error {
    constructor(jobId, errors) {
        super(`Job ${jobId} ended over the account's quota: ${describeErrors(errors)}`);
        this.name = 'DataExchangeQuotaError';
    }
}
class ExpiredSignedUrlError extends Error {
    constructor(expiresAt, created) {
        super(`The signed URL expired${expiresAt ? ` at ${expiresAt.toISOString()}` : ''}: AWS Data Exchange signed URLs work for one minute after the job creates them. ${created
            ? 'A second job was created and its URL expired too: check the network between the runner and AWS.'
            : 'This job was created elsewhere: re-run with data-exchange-export to create a fresh one.'}`);
        this.name = 'ExpiredSignedUrlError';
    }
}
/** AWS Data Exchange export jobs (CreateJob, StartJob, GetJob) on the shared engine. */
function dataExchangeKind(o) {
    const retried = new Set();
    const overQuota = new Set();
    /** How many times each job was created again because it ended over the quota. */
    const recreated = new Map();
    const signedUrl = (d) => {
        const url = d.Details?.ExportAssetToSignedUrl?.SignedUrl;
        if (url)
            (0,mask/* maskPresignedUrl */.B)(url, o.mask);
        return url;
    };
    return {
        noun: 'Data Exchange job',
        jobIdOutput: 'data-exchange-job-id',
        states: { succeeded: SUCCEEDED, failed: FAILED },
        polling: POLLING,
        cannotCancel: 'AWS Data Exchange cancels only jobs that have not started',
        slots: 1,
        accountLimit: 'as many Data Exchange export jobs as its quota allows',
        timeoutHint: 'The job may still finish: raise timeout-minutes, or re-run with data-exchange-job-id to pick it up.',
        // CreateJob and StartJob document no "limit exceeded" error: a job started over a
        // concurrent-jobs quota ends ERROR with SERVICE_QUOTA_EXCEEDED_EXCEPTION instead. When that
        // happens at once, the account is full: a new job with the same request is tried later.
        isAccountFull: (error) => error instanceof DataExchangeQuotaError,
        async start(job) {
            if (job.request && overQuota.has(job)) {
                const n = (recreated.get(job) ?? 0) + 1;
                recreated.set(job, n);
                const again = await o.api.createJob(job.request);
                o.log(`${job.id}: ended over the quota; created job ${again.Id ?? ''} in its place (${n} of at most ${MAX_QUOTA_RECREATIONS})`);
                job.id = again.Id ?? '';
                overQuota.delete(job);
            }
            const current = await o.api.getJob(job.id);
            if (current.State !== 'WAITING') {
                o.log(`${job.id}: already ${current.State}; following it`);
                return { arn: current.Arn, resumed: true };
            }
            try {
                await o.api.startJob(job.id);
            }
            catch (error) {
                // Started by someone else in the meantime (StartJob takes only WAITING jobs).
                if (errorName(error) !== 'ConflictException')
                    throw error;
                o.log(`${job.id}: started elsewhere; following it`);
                return { arn: current.Arn, resumed: true };
            }
            if (job.request) {
                const after = await o.api.getJob(job.id);
                if (after.State === 'ERROR' && overConcurrencyQuota(after.Errors)) {
                    const times = recreated.get(job) ?? 0;
                    if (times >= MAX_QUOTA_RECREATIONS)
                        throw new Error(`Job ${job.id} ended over the account's quota again after ${times} re-creations: ${describeErrors(after.Errors)} ${QUOTA_HINT}`);
                    overQuota.add(job);
                    throw new DataExchangeQuotaError(job.id, after.Errors);
                }
            }
            return { arn: current.Arn, resumed: !job.request };
        },
        describe: (job) => o.api.getJob(job.id),
        status: (d) => d.State ?? 'UNKNOWN',
        async finish(job, d) {
            if (d.State !== 'COMPLETED')
                return {
                    error: `The Data Exchange job ended ${d.State}: ${describeErrors(d.Errors)}${overConcurrencyQuota(d.Errors) ? ` ${QUOTA_HINT}` : ''}`,
                    files: []
                };
            const details = d.Details ?? {};
            const taken = new Set();
            const place = (name) => (0,safe_path/* unique */.A)(external_node_path_default().join(job.outputDir, (0,safe_path/* safeRelativePath */.l)(name)), taken);
            const signed = details.ExportAssetToSignedUrl;
            if (signed) {
                const name = (await o.api.assetName(signed.DataSetId ?? '', signed.RevisionId ?? '', signed.AssetId ?? '')) ??
                    signed.AssetId ??
                    'asset';
                const uri = signedUrl(d);
                return {
                    files: [
                        {
                            index: 1,
                            format: 'data',
                            path: place(name),
                            source: { note: `asset ${name} of revision ${signed.RevisionId}` },
                            uri,
                            error: uri ? undefined : 'The job returned no signed URL.'
                        }
                    ]
                };
            }
            if (!details.ExportAssetsToS3 && !details.ExportRevisionsToS3)
                return {
                    error: `Job ${job.id} is a ${d.Type} job, not an export: there is nothing to download.`,
                    files: []
                };
            const objects = await locateObjects(await exportedObjects(details, o.api), o.store, o.log);
            return {
                files: objects.map((obj, i) => ({
                    index: i + 1,
                    format: 'data',
                    path: place(obj.key),
                    source: { note: obj.note },
                    ...(obj.error ? { error: obj.error } : { uri: `s3://${obj.bucket}/${obj.key}` })
                }))
            };
        },
        async freshUri(job, file) {
            if (file.uri?.startsWith('s3://'))
                return file.uri;
            const current = await o.api.getJob(job.id);
            if (!job.request || retried.has(job.id))
                throw new ExpiredSignedUrlError(current.Details?.ExportAssetToSignedUrl?.SignedUrlExpiresAt, Boolean(job.request));
            retried.add(job.id);
            const again = await o.api.createJob(job.request);
            const id = again.Id ?? '';
            o.log(`${job.id}: the signed URL expired before it was used; created job ${id} for a fresh one`);
            await o.api.startJob(id);
            const done = await (0,poll/* pollUntilTerminal */._g)({
                jobId: id,
                describe: () => o.api.getJob(id),
                status: (d) => d.State ?? 'UNKNOWN',
                terminal: [...SUCCEEDED, ...FAILED],
                deadline: o.deadline,
                startedAt: o.clock.now(),
                clock: o.clock,
                checks: { ...POLLING, capMs: o.pollIntervalMs },
                log: o.log
            });
            const url = signedUrl(done);
            if (done.State !== 'COMPLETED' || !url)
                throw new Error(`The second job ${id} ended ${done.State}: ${describeErrors(done.Errors)}`);
            return url;
        }
    };
}
/** Every error of a job: code, message, the limit it hit, the resource it names. */
function describeErrors(errors) {
    if (!errors || errors.length === 0)
        return 'no errors given';
    return errors
        .map((e) => {
        const limit = e.LimitName
            ? ` (limit ${e.LimitName}: ${e.LimitValue})`
            : e.LimitValue !== undefined
                ? ` (limit ${e.LimitValue})`
                : '';
        const resource = e.ResourceId ? ` [${e.ResourceType ?? 'resource'} ${e.ResourceId}]` : '';
        return `${e.Code}: ${e.Message}${limit}${resource}`;
    })
        .join('; ');
}

;// CONCATENATED MODULE: ./src/kinds/data-exchange/object-store.ts
function s3ObjectStore(s3) {
    const sdk = Promise.all(/* import() */[__webpack_require__.e(3609), __webpack_require__.e(7489), __webpack_require__.e(4573), __webpack_require__.e(8035), __webpack_require__.e(9858)]).then(__webpack_require__.bind(__webpack_require__, 49858));
    return {
        async exists(Bucket, Key) {
            const { HeadObjectCommand } = await sdk;
            try {
                await (await s3()).send(new HeadObjectCommand({ Bucket, Key }));
                return true;
            }
            catch (error) {
                const e = error;
                return !(e.name === 'NotFound' ||
                    e.name === 'NoSuchKey' ||
                    e.$metadata?.httpStatusCode === 404);
            }
        },
        async list(Bucket, Prefix, limit) {
            const { ListObjectsV2Command } = await sdk;
            const client = await s3();
            const keys = [];
            let ContinuationToken;
            do {
                const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: Prefix || undefined, ContinuationToken }));
                keys.push(...(page.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : [])));
                ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
            } while (ContinuationToken && keys.length < limit);
            return {
                keys: keys.slice(0, limit),
                truncated: Boolean(ContinuationToken) || keys.length > limit
            };
        }
    };
}

;// CONCATENATED MODULE: ./src/kinds/data-exchange/plan-data-exchange.ts





/** Creates the export job (or takes the one to follow) and plans following it. */
async function planDataExchange(d, c) {
    const { common } = c;
    const api = await dataExchangeApi(await c.aws.dataExchange());
    const request = d.export ? await createRequest(d.export, d.encryption, api) : undefined;
    let id = d.jobId ?? '';
    if (request) {
        const created = await api.createJob(request);
        id = created.Id ?? '';
        c.log(`Created Data Exchange job ${id} (${request.Type})`);
    }
    const subject = d.export ? `data-set-${d.export.dataSetId}` : `data-exchange-job-${id}`;
    const job = {
        id,
        report: subject,
        makeUp: request?.Type ?? 'followed',
        files: [],
        request,
        outputDir: common.outputDir
    };
    return {
        kind: dataExchangeKind({
            api,
            store: s3ObjectStore(c.aws.s3),
            clock: rate_limiter.realClock,
            deadline: c.now.getTime() + common.timeoutMs,
            pollIntervalMs: common.pollIntervalMs,
            log: c.log,
            mask: c.mask
        }),
        jobs: [job],
        reports: [{ name: subject, notes: request ? [describe(d.export)] : [`Following job ${id}`] }],
        subject,
        failFast: false,
        summary: request
            ? `Exporting with Data Exchange job ${id}`
            : `Following Data Exchange job ${id}`
    };
}
async function createRequest(e, encryption, api) {
    if (e.type === 'EXPORT_ASSET_TO_SIGNED_URL')
        return {
            Type: e.type,
            Details: {
                ExportAssetToSignedUrl: {
                    DataSetId: e.dataSetId,
                    RevisionId: e.revisionId,
                    AssetId: e.assetId
                }
            }
        };
    if (e.type === 'EXPORT_REVISIONS_TO_S3')
        return {
            Type: e.type,
            Details: {
                ExportRevisionsToS3: {
                    DataSetId: e.dataSetId,
                    // Explicit, so that the keys the action downloads are the ones the service wrote.
                    RevisionDestinations: e.revisionIds.map((r) => ({
                        RevisionId: r,
                        Bucket: e.bucket,
                        KeyPattern: e.keyPattern ?? DEFAULT_KEY_PATTERN
                    })),
                    Encryption: encryption
                }
            }
        };
    // A prefix needs each asset's name: the key is <prefix>/<asset name>, as without a prefix.
    const names = e.prefix ? await api.revisionAssets(e.dataSetId, e.revisionId) : [];
    return {
        Type: e.type,
        Details: {
            ExportAssetsToS3: {
                DataSetId: e.dataSetId,
                RevisionId: e.revisionId,
                AssetDestinations: e.assetIds.map((a) => {
                    const name = names.find((n) => n.Id === a)?.Name ?? a;
                    return { AssetId: a, Bucket: e.bucket, Key: e.prefix ? `${e.prefix}/${name}` : undefined };
                }),
                Encryption: encryption
            }
        }
    };
}
function describe(e) {
    if (!e)
        return '';
    if (e.type === 'EXPORT_ASSET_TO_SIGNED_URL')
        return `Asset ${e.assetId} of revision ${e.revisionId}, to a signed URL`;
    if (e.type === 'EXPORT_ASSETS_TO_S3')
        return `${e.assetIds.length} asset(s) of revision ${e.revisionId}, to s3://${e.bucket}/${e.prefix ?? ''}`;
    return `${e.revisionIds.length} revision(s) of data set ${e.dataSetId}, to s3://${e.bucket} (${e.keyPattern ?? 'the default key pattern'})`;
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
