export const id = 77;
export const ids = [77];
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

/***/ 98124:
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

/***/ 47015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ JobTimeoutError),
/* harmony export */   _g: () => (/* binding */ pollUntilTerminal),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony export CancelledError */
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98124);

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
/** Describes a job until it reaches a terminal state, backing off between checks; one log line per check. */
async function pollUntilTerminal(o) {
    let checkedAt = o.clock.now();
    let pendingSince = 0;
    // A job just started is never done at once: the first check waits one backoff step.
    let backoff = o.checkFirst ? 0 : (0,_backoff_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .E)(0, o.backoff);
    for (let step = o.checkFirst ? 0 : 1;; step++) {
        await waitForCheck(o, checkedAt, backoff);
        if (o.signal?.aborted)
            throw new CancelledError(`Stopped following job ${o.jobId}`);
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
        pendingSince = elapsed;
        if (checkedAt >= o.deadline) {
            throw new JobTimeoutError(o.jobId, status, elapsed, o.timeoutHint ?? 'Raise timeout-minutes.');
        }
        backoff = (0,_backoff_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .E)(step, o.backoff);
        const next = Math.min(delayAfter(o, checkedAt, backoff), o.deadline - checkedAt);
        o.log(`${o.jobId}: ${status}, ${formatDuration(elapsed)} elapsed, next check in ${formatDuration(next)}`);
    }
}
/**
 * Sleeps until the next check is due: `backoff` after the last check, or sooner when the shared
 * schedule learns (from a sibling job that finished) that this one is likely done by now.
 */
async function waitForCheck(o, checkedAt, backoff) {
    for (;;) {
        const wait = Math.min(checkedAt + delayAfter(o, checkedAt, backoff), o.deadline) - o.clock.now();
        if (wait <= 0)
            return;
        await o.clock.sleep(wait, o.schedule?.changed);
    }
}
function delayAfter(o, checkedAt, backoff) {
    return o.schedule ? o.schedule.nextDelay(checkedAt - o.startedAt, backoff) : backoff;
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

/***/ 15077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSnapshotJob: () => (/* binding */ runSnapshotJob)
});

// EXTERNAL MODULE: ./src/jobs/backoff.ts
var jobs_backoff = __webpack_require__(98124);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./src/download/file-part.ts
/** The Range header that resumes at `from` (none from the start). */
function rangeFrom(from) {
    return from > 0 ? `bytes=${from}-` : undefined;
}
/** Offset and total from a `Content-Range: bytes 100-199/200` answer, else the whole body. */
function partBounds(contentRange, contentLength) {
    const m = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(contentRange ?? '');
    if (!m)
        return { offset: 0, total: contentLength };
    return { offset: Number(m[1]), total: m[2] === '*' ? undefined : Number(m[2]) };
}

;// CONCATENATED MODULE: ./src/download/https-download.ts


class HttpStatusError extends Error {
    status;
    constructor(status) {
        super(`The file URL answered HTTP ${status}`);
        this.status = status;
        this.name = 'HttpStatusError';
    }
}
/** GETs a presigned https URL from byte `from` on (If-Match `etag` when resuming). */
async function getHttpsPart(url, from, etag) {
    const range = rangeFrom(from);
    const headers = range ? { range, ...(etag && { 'if-match': etag }) } : {};
    const response = await https_download_open(url, headers);
    const status = response.statusCode ?? 0;
    if (status !== 200 && status !== 206) {
        response.resume();
        throw new HttpStatusError(status);
    }
    const length = response.headers['content-length'];
    return {
        body: response,
        ...partBounds(status === 206 ? response.headers['content-range'] : undefined, length === undefined ? undefined : Number(length)),
        etag: response.headers.etag
    };
}
function https_download_open(url, headers) {
    return new Promise((resolve, reject) => {
        const target = new URL(url);
        if (target.protocol !== 'https:')
            return reject(new Error('Only https:// file URLs are downloaded'));
        const req = (0,external_node_https_.request)(target, { method: 'GET', headers, timeout: 60_000 }, resolve);
        req.on('timeout', () => req.destroy(new Error('The file URL did not answer within 60 s')));
        req.on('error', reject);
        req.end();
    });
}

// EXTERNAL MODULE: ./src/download/partial-file.ts
var partial_file = __webpack_require__(35972);
;// CONCATENATED MODULE: ./src/download/s3-download.ts

/** Splits s3://bucket/key. */
function parseS3Uri(uri) {
    const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
    if (!match?.[1] || !match[2])
        throw new Error(`Not an s3:// object URI: ${uri}`);
    return { bucket: match[1], key: match[2] };
}
/** GetObject from byte `from` on (If-Match `etag` when resuming). */
async function getS3Part(s3, uri, from, etag) {
    const { GetObjectCommand } = await Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(861), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 53711, 19));
    const { bucket, key } = parseS3Uri(uri);
    const object = await s3.send(new GetObjectCommand({
        Bucket: bucket,
        Key: key,
        Range: rangeFrom(from),
        IfMatch: from > 0 ? etag : undefined
    }));
    return {
        body: object.Body,
        ...partBounds(object.ContentRange, object.ContentLength),
        etag: object.ETag
    };
}

;// CONCATENATED MODULE: ./src/download/download-file.ts




/**
 * Downloads one result file, s3:// or presigned https://, to `dest`. A cut or short download
 * resumes where it stopped with a Range request (If-Match the first answer's ETag, so a file that
 * changed meanwhile starts over instead of being spliced); an expired URL is replaced by a fresh
 * one. Only a complete, checked file is ever renamed to `dest`.
 */
async function downloadFile(uri, dest, o) {
    const maxRefreshes = o.maxRefreshes ?? 3;
    const maxRetries = o.maxRetries ?? 4;
    const file = new partial_file/* PartialFile */.AV(dest);
    let etag;
    let refreshes = 0;
    try {
        for (let retries = 0;;) {
            try {
                const from = await file.size();
                const part = uri.startsWith('s3://')
                    ? await getS3Part(await o.s3(), uri, from, etag)
                    : await getHttpsPart(uri, from, etag);
                etag = part.etag ?? etag;
                await file.write(part.body, part.offset);
                return await file.complete(part.total);
            }
            catch (error) {
                const status = statusOf(error);
                if (status === 412 || status === 416) {
                    // The file changed since the first bytes, or the range no longer fits: start over.
                    if (retries++ >= maxRetries)
                        throw error;
                    o.log(`${dest} changed on the server (HTTP ${status}); downloading it again from the start`);
                    await file.discard();
                    etag = undefined;
                    continue;
                }
                if (isExpiredUrl(error) && refreshes < maxRefreshes) {
                    refreshes++;
                    o.log(`The presigned URL for ${dest} expired (HTTP ${status}); asking QuickSight for a fresh one`);
                    uri = await o.freshUri();
                    continue;
                }
                if (!isTransient(error, status) || retries >= maxRetries)
                    throw error;
                const delay = (0,jobs_backoff/* backoffDelay */.E)(retries++, { initialMs: 500, capMs: 5000, jitter: 0.5 });
                o.log(`Download of ${dest} broke off at byte ${await file.size()} (${error.message}); resuming in ${delay} ms`);
                await o.clock.sleep(delay);
            }
        }
    }
    finally {
        await file.discard();
    }
}
function statusOf(error) {
    if (error instanceof HttpStatusError)
        return error.status;
    return error.$metadata?.httpStatusCode;
}
/** A presigned https URL past its expiry answers 403 (or 400 for a malformed date). */
function isExpiredUrl(error) {
    return error instanceof HttpStatusError && (error.status === 403 || error.status === 400);
}
/** Network faults, 5xx and short bodies are worth another try; refusals and bad requests are not. */
function isTransient(error, status) {
    if (status !== undefined)
        return status >= 500 || status === 429;
    const e = error;
    return (e.name === 'TruncatedDownloadError' ||
        [
            'ECONNRESET',
            'ECONNREFUSED',
            'EPIPE',
            'ETIMEDOUT',
            'ERR_STREAM_PREMATURE_CLOSE',
            'UND_ERR_SOCKET'
        ].includes(e.code ?? '') ||
        /aborted|socket hang up|premature close/i.test(e.message ?? ''));
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/jobs/poll.ts
var poll = __webpack_require__(47015);
;// CONCATENATED MODULE: ./src/mask.ts
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

;// CONCATENATED MODULE: ./src/quicksight/snapshot-request.ts
const FORMAT_TYPE = { pdf: 'PDF', csv: 'CSV', excel: 'EXCEL' };
/** The StartDashboardSnapshotJob request for one planned job: one FileGroup per export. */
function buildStartRequest(accountId, inputs, plan) {
    return {
        AwsAccountId: accountId,
        DashboardId: inputs.dashboardId,
        SnapshotJobId: plan.snapshotJobId,
        UserConfiguration: inputs.registeredUser
            ? undefined
            : {
                AnonymousUsers: [
                    inputs.rlsTags.length > 0 ? { RowLevelPermissionTags: inputs.rlsTags } : {}
                ]
            },
        SnapshotConfiguration: {
            FileGroups: plan.exports.map((e) => ({ Files: [snapshotFile(e)] })),
            DestinationConfiguration: inputs.s3 && {
                S3Destinations: [
                    {
                        BucketConfiguration: {
                            BucketName: inputs.s3.bucket,
                            BucketPrefix: inputs.s3.prefix,
                            BucketRegion: inputs.s3.region
                        }
                    }
                ]
            },
            Parameters: inputs.parameters
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

// EXTERNAL MODULE: ./src/plan.ts
var src_plan = __webpack_require__(22464);
;// CONCATENATED MODULE: ./src/quicksight/start-snapshot-job.ts


/**
 * Starts a snapshot job. While the account runs 12 jobs (LimitExceededException) it waits and
 * tries again until the deadline; a job id that exists already is followed instead of failing.
 */
async function startSnapshotJob(request, o) {
    const key = {
        AwsAccountId: request.AwsAccountId ?? '',
        DashboardId: request.DashboardId ?? '',
        SnapshotJobId: request.SnapshotJobId ?? ''
    };
    const startedAt = o.clock.now();
    const backoff = { ...(o.queueBackoff ?? { initialMs: 5_000, capMs: 30_000 }), jitter: 1 };
    for (let attempt = 0;; attempt++) {
        try {
            const started = await o.api.start(request);
            return { key, arn: started.Arn, resumed: false };
        }
        catch (error) {
            const name = error?.name;
            if (name === 'ResourceExistsException') {
                const existing = await o.api.describe(key);
                o.log(`${key.SnapshotJobId}: exists already (${existing.JobStatus}); following it instead of starting a new one`);
                return { key, arn: existing.Arn, resumed: true };
            }
            if (name !== 'LimitExceededException')
                throw error;
            const now = o.clock.now();
            const delay = Math.max(1_000, (0,jobs_backoff/* backoffDelay */.E)(attempt, backoff));
            if (now + delay > o.deadline) {
                throw new poll/* JobTimeoutError */.$G(key.SnapshotJobId, 'queued (not started)', now - startedAt, 'The account kept 12 snapshot jobs running the whole time: raise timeout-minutes, or run fewer jobs at once (matrix max-parallel).');
            }
            o.log(`${key.SnapshotJobId}: queued, the account already runs 12 snapshot jobs; trying again in ${(0,poll/* formatDuration */.a3)(delay)}`);
            await o.clock.sleep(delay);
        }
    }
}

;// CONCATENATED MODULE: ./src/quicksight/follow-snapshot-job.ts



const TERMINAL = ['COMPLETED', 'FAILED'];
/** Checks start about 2 s after the start and double up to poll-interval-seconds. */
const FIRST_CHECK_MS = 2_000;
const CHECK_GROWTH = 2;
const SLOTS_HINT = 'Raise timeout-minutes, or check how many snapshot jobs the account runs at once (12 at most).';
/**
 * Takes one of the step's 12 job slots, starts the job and polls it to a terminal state. The slot
 * is free again as soon as the job is seen finished, before its files download.
 */
async function startAndFollow(plan, request, c, onStarted) {
    const queuedAt = c.clock.now();
    const id = plan.snapshotJobId;
    return c.limitRunning(async () => {
        const now = c.clock.now();
        if (now >= c.deadline)
            throw new poll/* JobTimeoutError */.$G(id, 'waiting (not started)', now - queuedAt, SLOTS_HINT);
        const started = await startSnapshotJob(request, {
            api: c.api,
            clock: c.clock,
            deadline: c.deadline,
            log: c.log
        });
        onStarted(started.arn);
        c.onStarted(id);
        const files = plan.exports.length;
        if (!started.resumed)
            c.log(`${id}: started (${files} file${files === 1 ? '' : 's'})`);
        const described = await (0,poll/* pollUntilTerminal */._g)({
            jobId: id,
            describe: () => c.api.describe(started.key),
            status: (d) => d.JobStatus ?? 'UNKNOWN',
            terminal: TERMINAL,
            deadline: c.deadline,
            startedAt: c.clock.now(),
            clock: c.clock,
            backoff: {
                initialMs: FIRST_CHECK_MS,
                capMs: c.inputs.pollIntervalMs,
                factor: CHECK_GROWTH
            },
            checkFirst: started.resumed,
            schedule: c.schedule?.((0,src_plan/* jobKind */.G$)(plan)),
            log: c.log,
            signal: c.signal,
            timeoutHint: `QuickSight has no cancel call: the job may still finish. ${SLOTS_HINT}`
        });
        return { started, described };
    }, () => c.log(`${id}: waiting for one of this step's jobs to finish (QuickSight runs 12 snapshot jobs per account at once)`));
}

// EXTERNAL MODULE: ./src/quicksight/hints.ts
var hints = __webpack_require__(6170);
;// CONCATENATED MODULE: ./src/quicksight/snapshot-result.ts

/** QuickSight's ErrorType and ErrorMessage, with a hint the user can act on. */
function describeJobError(info) {
    const type = info?.ErrorType ?? 'UNKNOWN_ERROR';
    return `${type}: ${info?.ErrorMessage ?? 'no message'} Hint: ${(0,hints/* hintForErrorType */.Pw)(info?.ErrorType)}`;
}
/** The file groups of a result, for anonymous and registered users alike. */
function resultFileGroups(response) {
    return (response.Result?.AnonymousUsers?.[0]?.FileGroups ??
        response.Result?.RegisteredUsers?.[0]?.FileGroups ??
        []);
}
/** Pairs each export of a job with its file's URI or error; file group i answers export i. */
function resultFiles(response, specs) {
    const groups = resultFileGroups(response);
    return specs.map((spec, i) => {
        const s3 = groups[i]?.S3Results?.[0];
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
}

;// CONCATENATED MODULE: ./src/quicksight/run-snapshot-job.ts







/** One snapshot job from start to downloaded files. Never throws: failures land in the outcome. */
async function runSnapshotJob(plan, c) {
    const startedAt = c.clock.now();
    const outcome = {
        snapshotJobId: plan.snapshotJobId,
        status: 'NOT_STARTED',
        files: [],
        durationMs: 0
    };
    const finish = () => ({ ...outcome, durationMs: c.clock.now() - startedAt });
    try {
        const request = buildStartRequest(c.accountId, c.inputs, plan);
        const { started, described } = await startAndFollow(plan, request, c, (arn) => {
            outcome.arn = arn;
            outcome.status = 'QUEUED';
        });
        outcome.status = described.JobStatus ?? 'UNKNOWN';
        const result = await c.api.result(started.key);
        outcome.status = result.JobStatus ?? outcome.status;
        if (outcome.status === 'FAILED') {
            outcome.error = describeJobError(result.ErrorInfo);
            outcome.files = plan.exports.map((spec) => ({ spec, error: 'The job failed.' }));
            return finish();
        }
        const files = resultFiles(result, plan.exports);
        files.forEach((f) => f.uri?.startsWith('https://') && maskPresignedUrl(f.uri, c.mask));
        const freshUri = (i) => async () => {
            const again = resultFiles(await c.api.result(started.key), plan.exports)[i]?.uri;
            if (!again)
                throw new Error('QuickSight returned no fresh URL for the file');
            if (again.startsWith('https://'))
                maskPresignedUrl(again, c.mask);
            return again;
        };
        outcome.files = await Promise.all(files.map((f, i) => {
            const dest = c.paths.get(f.spec.index);
            if (f.error || !f.uri || !dest)
                return Promise.resolve({ spec: f.spec, error: f.error ?? 'No destination path' });
            const uri = f.uri;
            return c.limitDownloads(async () => {
                try {
                    const size = await downloadFile(uri, dest, {
                        s3: c.s3,
                        freshUri: freshUri(i),
                        clock: c.clock,
                        log: c.log
                    });
                    return {
                        spec: f.spec,
                        path: dest,
                        size,
                        s3Uri: uri.startsWith('s3://') ? uri : undefined
                    };
                }
                catch (error) {
                    return { spec: f.spec, error: `Download failed: ${(0,errors/* errorMessage */.g)(error)}` };
                }
            });
        }));
        return finish();
    }
    catch (error) {
        outcome.error = (0,errors/* errorMessage */.g)(error);
        if (outcome.files.length === 0)
            outcome.files = plan.exports.map((spec) => ({ spec, error: 'Not produced.' }));
        if (error instanceof poll/* JobTimeoutError */.$G)
            outcome.status = 'TIMED_OUT';
        else if (outcome.status !== 'COMPLETED')
            outcome.status = 'FAILED';
        return finish();
    }
}


/***/ })

};
