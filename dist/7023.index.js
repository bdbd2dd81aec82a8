export const id = 7023;
export const ids = [7023,9951];
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

/***/ 7023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runJobs: () => (/* binding */ runJobs)
});

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: ./src/jobs/check-times.ts
var check_times = __webpack_require__(38867);
;// CONCATENATED MODULE: ./src/jobs/completion-window.ts


/** Checks inside the window come this many to a window's width. */
const CHECKS_PER_WINDOW = 4;
/**
 * When jobs of one make-up finish, learned from the ones that did: a job finished somewhere
 * between its last check that found it pending and the check that found it done. Jobs of one
 * dashboard and format in one step take about as long as each other, so the jobs still running
 * are checked densely across that window, and a job of the same make-up started later (a batch of
 * more than 12 jobs runs in rounds) is not checked before it at all. Each finished job narrows the
 * window. Before any job has finished, the job's own check times decide alone.
 */
class CompletionWindow {
    succeeded;
    /** The narrowest single window seen. */
    narrowest;
    /** What all the windows seen have in common: the latest pending, the earliest done. */
    common;
    change = wakeSignal();
    /** `succeeded`: the states whose timing to learn from (a quick failure says nothing). */
    constructor(succeeded) {
        this.succeeded = succeeded;
    }
    learn(pendingMs, doneMs, status) {
        if (!this.succeeded.includes(status) || doneMs < pendingMs)
            return;
        const before = this.window;
        const n = this.narrowest;
        if (!n || doneMs - pendingMs < n.hi - n.lo)
            this.narrowest = { lo: pendingMs, hi: doneMs };
        const c = this.common;
        this.common = c
            ? { lo: Math.max(c.lo, pendingMs), hi: Math.min(c.hi, doneMs) }
            : { lo: pendingMs, hi: doneMs };
        const after = this.window;
        if (before?.lo === after?.lo && before?.hi === after?.hi)
            return;
        this.change.abort();
        this.change = wakeSignal();
    }
    /**
     * Where the make-up's jobs finish: what all windows seen have in common, as long as they have
     * something in common (jobs that take exactly as long as each other); the narrowest one when
     * they have not.
     */
    get window() {
        const c = this.common;
        return c && c.lo < c.hi ? c : this.narrowest;
    }
    /** Aborts when the window changes, so that sleeping checks can be brought forward. */
    get changed() {
        return this.change.signal;
    }
    get learned() {
        return this.narrowest !== undefined;
    }
    /**
     * The wait after a check `elapsedMs` after the start, given the job's own `plannedMs`: every
     * quarter of the window's width across it (at least 1 s apart), the first no later than where a
     * job was seen done. Before the window, a job of the same make-up (`sameMakeUp`) waits for it;
     * others keep their own times. After the window, the job's own times.
     */
    nextDelay(elapsedMs, plannedMs, sameMakeUp) {
        const w = this.window;
        if (!w)
            return plannedMs;
        const step = Math.max(check_times/* MIN_GAP_MS */.X, (w.hi - w.lo) / CHECKS_PER_WINDOW);
        const firstDense = Math.min(w.lo + step, w.hi);
        if (elapsedMs < firstDense) {
            const untilWindow = Math.max(check_times/* MIN_GAP_MS */.X, firstDense - elapsedMs);
            return sameMakeUp ? untilWindow : Math.min(plannedMs, untilWindow);
        }
        if (elapsedMs < w.hi + step)
            return Math.min(plannedMs, step);
        return plannedMs;
    }
}
/** Every sleeping poll of the step listens to it: more than the default 10 listeners is expected. */
function wakeSignal() {
    const controller = new AbortController();
    (0,external_node_events_.setMaxListeners)(0, controller.signal);
    return controller;
}

;// CONCATENATED MODULE: ./src/jobs/check-schedule.ts

/**
 * The calls a second the clients' rate limiter lets through (QuickSight's limit, and Data
 * Exchange's): the step's checks together plan no more, so that they do not pile up in the
 * limiter's queue in front of the starts and results that end a round of jobs.
 */
const CHECKS_PER_SECOND = 10;
/**
 * The check schedules of one step's jobs. Each job keeps its own check times, spaced so that all
 * the jobs being checked stay within `checksPerSecond` together (12 jobs: 1.2 s apart at least),
 * and moved by what finished jobs of the same make-up (or, until one has, of any make-up) tell
 * about when it will finish (`CompletionWindow`).
 */
function stepSchedules(succeeded, checksPerSecond = CHECKS_PER_SECOND) {
    const anyMakeUp = new CompletionWindow(succeeded);
    const byMakeUp = new Map();
    let followed = 0;
    return (makeUp) => {
        let window = byMakeUp.get(makeUp);
        if (!window)
            byMakeUp.set(makeUp, (window = new CompletionWindow(succeeded)));
        const own = window;
        return {
            follow: () => {
                followed++;
                let done = false;
                return () => {
                    if (!done)
                        followed--;
                    done = true;
                };
            },
            nextDelay: (elapsedMs, plannedMs) => {
                const spacing = Math.ceil((followed * 1000) / checksPerSecond);
                const spaced = Math.max(plannedMs, spacing);
                const delay = own.learned
                    ? own.nextDelay(elapsedMs, spaced, true)
                    : anyMakeUp.nextDelay(elapsedMs, spaced, false);
                // A window's dense checks are spaced too.
                return Math.max(delay, spacing);
            },
            learn: (pendingMs, doneMs, status) => {
                own.learn(pendingMs, doneMs, status);
                anyMakeUp.learn(pendingMs, doneMs, status);
            },
            get changed() {
                return AbortSignal.any([own.changed, anyMakeUp.changed]);
            }
        };
    };
}

// EXTERNAL MODULE: ./src/jobs/concurrency.ts
var concurrency = __webpack_require__(69951);
// EXTERNAL MODULE: ./src/jobs/poll.ts
var poll = __webpack_require__(47015);
;// CONCATENATED MODULE: ./src/jobs/progress.ts

/** A heartbeat while nothing changes. */
const QUIET_MS = 10_000;
/** Changes that come close together share one line. */
const GATHER_MS = 1_000;
/**
 * Progress lines for a batch of jobs: `[7/36 done, 10 running, 19 queued, 0 failed] 2m10s`, printed
 * soon after something changed and every 10 s while nothing does. Silent for a single job.
 */
class Progress {
    total;
    clock;
    log;
    running = new Set();
    startedAt;
    done = 0;
    failed = 0;
    last = '';
    lastAt;
    pending;
    heartbeat;
    constructor(total, clock, log) {
        this.total = total;
        this.clock = clock;
        this.log = log;
        this.startedAt = this.lastAt = clock.now();
        if (total > 1) {
            this.heartbeat = setInterval(() => {
                if (this.clock.now() - this.lastAt >= QUIET_MS)
                    this.print(true);
            }, QUIET_MS / 2);
            this.heartbeat.unref();
        }
    }
    set(jobId, phase) {
        if (phase === 'running')
            this.running.add(jobId);
        else
            this.running.delete(jobId);
        this.changed();
    }
    finished(jobId, failed) {
        this.running.delete(jobId);
        this.done++;
        if (failed)
            this.failed++;
        this.changed();
    }
    /** The line as it stands. */
    line() {
        const queued = this.total - this.done - this.running.size;
        const elapsed = (0,poll/* formatDuration */.a3)(this.clock.now() - this.startedAt);
        return `[${this.done}/${this.total} done, ${this.running.size} running, ${queued} queued, ${this.failed} failed] ${elapsed}`;
    }
    stop() {
        clearInterval(this.heartbeat);
        clearTimeout(this.pending);
        if (this.total > 1 && this.counts() !== this.last)
            this.print(false);
    }
    changed() {
        if (this.total <= 1 || this.pending)
            return;
        this.pending = setTimeout(() => {
            this.pending = undefined;
            if (this.counts() !== this.last)
                this.print(false);
        }, GATHER_MS);
        this.pending.unref();
    }
    counts() {
        return this.line().replace(/\] .*$/, ']');
    }
    print(always) {
        if (!always && this.counts() === this.last)
            return;
        this.last = this.counts();
        this.lastAt = this.clock.now();
        this.log(this.line());
    }
}

// EXTERNAL MODULE: ./src/time/backoff.ts
var backoff = __webpack_require__(17293);
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
    const { GetObjectCommand } = await Promise.all(/* import() */[__webpack_require__.e(3609), __webpack_require__.e(7489), __webpack_require__.e(4573), __webpack_require__.e(8035), __webpack_require__.e(9858)]).then(__webpack_require__.bind(__webpack_require__, 49858));
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
                const delay = (0,backoff/* backoffDelay */.E)(retries++, { initialMs: 500, capMs: 5000, jitter: 0.5 });
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

// EXTERNAL MODULE: ./src/errors.ts + 1 modules
var errors = __webpack_require__(84804);
// EXTERNAL MODULE: ./src/jobs/start-when-room.ts
var start_when_room = __webpack_require__(74873);
;// CONCATENATED MODULE: ./src/jobs/run-job.ts




/**
 * One job from start to downloaded files: takes a slot, starts (waiting while the account is full),
 * polls to a terminal state until the deadline, frees the slot, then downloads its
 * files (a fresh URL when one expired). Never throws: failures land in the outcome.
 */
async function runJob(job, kind, c, turn) {
    const startedAt = c.clock.now();
    const outcome = {
        jobId: job.id,
        report: job.report,
        dashboardId: job.dashboardId,
        recipient: job.recipient,
        status: 'NOT_STARTED',
        started: false,
        succeeded: false,
        warnings: [],
        files: [],
        durationMs: 0
    };
    const finish = () => ({ ...outcome, durationMs: c.clock.now() - startedAt });
    try {
        // The slot is held until the job ends, and with fail-fast until its result is known too (so
        // that a failed file stops the next start); it is freed before the downloads.
        const result = async (described) => {
            try {
                const r = await kind.finish(job, described);
                if (!outcome.succeeded || r.error || r.files.some((f) => f.error))
                    turn.failed?.();
                return r;
            }
            catch (error) {
                turn.failed?.();
                throw error;
            }
        };
        const ended = await turn.slot(async () => {
            const skip = turn.mayStart();
            if (skip !== undefined) {
                outcome.status = 'SKIPPED';
                throw new Error(skip);
            }
            if (c.clock.now() >= c.deadline)
                throw new Error(`Not started: timeout-minutes ran out while it waited for one of this step's ${kind.slots} ${kind.noun} slots. Raise timeout-minutes or max-concurrent-jobs, or split the work over several steps.`);
            let described;
            try {
                described = await follow(job, kind, c, turn, outcome);
            }
            catch (error) {
                turn.failed?.();
                throw error;
            }
            outcome.status = kind.status(described);
            outcome.succeeded = kind.states.succeeded.includes(outcome.status);
            if (!outcome.succeeded)
                turn.failed?.();
            return { described, finished: turn.resultInSlot ? await result(described) : undefined };
        }, () => c.log(`${job.id}: waiting for one of this step's ${kind.slots} running ${kind.noun}s to finish`));
        let finished = ended.finished;
        if (!finished) {
            await turn.starts?.idle();
            finished = await result(ended.described);
        }
        outcome.warnings = finished.warnings ?? [];
        if (finished.error)
            outcome.error = finished.error;
        outcome.files = await Promise.all(finished.files.map((f) => fetchFile(f, job, kind, c)));
        return finish();
    }
    catch (error) {
        outcome.error = (0,errors/* errorMessage */.g)(error);
        if (error instanceof poll/* JobTimeoutError */.$G)
            outcome.status = 'TIMED_OUT';
        else if (outcome.started && !isTerminal(kind, outcome.status))
            outcome.status = 'FAILED';
        outcome.succeeded = false;
        if (outcome.files.length === 0)
            outcome.files = job.files.map((f) => ({
                index: f.index,
                format: f.format,
                source: f.source,
                error: outcome.started ? 'Not produced.' : 'Not started.'
            }));
        return finish();
    }
    finally {
        turn.onPhase?.('finished');
    }
}
function isTerminal(kind, status) {
    return kind.states.succeeded.includes(status) || kind.states.failed.includes(status);
}
/** Starts (or resumes) the job and polls it to a terminal state. */
async function follow(job, kind, c, turn, outcome) {
    const started = await (0,start_when_room/* startWhenRoom */.U)(async () => {
        const answered = turn.starts?.begin();
        try {
            return await kind.start(job);
        }
        finally {
            answered?.();
        }
    }, {
        jobId: job.id,
        accountLimit: kind.accountLimit,
        isAccountFull: (e) => kind.isAccountFull?.(e) ?? false,
        clock: c.clock,
        deadline: c.deadline,
        log: c.log
    });
    outcome.arn = started.arn;
    // A kind may have started a new job in place of the planned one (Data Exchange over its quota).
    outcome.jobId = job.id;
    outcome.status = 'STARTED';
    outcome.started = true;
    c.onStarted(job);
    turn.onPhase?.('running');
    const files = job.files.length;
    if (!started.resumed)
        c.log(`${job.id}: started${files > 0 ? ` (${files} file${files === 1 ? '' : 's'})` : ''}`);
    return (0,poll/* pollUntilTerminal */._g)({
        jobId: job.id,
        describe: () => kind.describe(job),
        status: (d) => kind.status(d),
        terminal: [...kind.states.succeeded, ...kind.states.failed],
        deadline: c.deadline,
        startedAt: c.clock.now(),
        clock: c.clock,
        checks: { ...kind.polling, capMs: c.pollIntervalMs },
        checkFirst: started.resumed,
        schedule: turn.schedule,
        log: c.log,
        signal: c.signal,
        timeoutHint: kind.timeoutHint
    });
}
/** Downloads one offered file to its path; a refused or expired URL is replaced by a fresh one. */
async function fetchFile(f, job, kind, c) {
    const base = { index: f.index, format: f.format, source: f.source };
    if (f.error || !f.uri)
        return { ...base, error: f.error ?? 'No file was produced.' };
    const uri = f.uri;
    return c.limitDownloads(async () => {
        try {
            const size = await downloadFile(uri, f.path, {
                s3: c.s3,
                freshUri: () => kind.freshUri(job, f),
                clock: c.clock,
                log: c.log
            });
            const file = {
                ...base,
                path: f.path,
                size,
                s3Uri: uri.startsWith('s3://') ? uri : undefined
            };
            try {
                await kind.afterDownload?.(job, file);
            }
            catch (error) {
                file.error = (0,errors/* errorMessage */.g)(error);
            }
            return file;
        }
        catch (error) {
            return { ...base, error: `Download failed: ${(0,errors/* errorMessage */.g)(error)}` };
        }
    });
}

;// CONCATENATED MODULE: ./src/jobs/starts-first.ts
/**
 * Lets the calls that can wait (a finished job's result) go after the starts being sent. All of a
 * step's calls share one rate limiter, served in order; when a round of jobs ends, each job sends
 * the check that sees it done, its result and the next job's start, and the starts are what the
 * next round waits for.
 */
class StartsFirst {
    clock;
    sending = 0;
    waiting = [];
    constructor(clock) {
        this.clock = clock;
    }
    /** A start is being sent: call the returned function once it is answered (or has failed). */
    begin() {
        this.sending++;
        let ended = false;
        return () => {
            if (ended)
                return;
            ended = true;
            if (--this.sending === 0)
                for (const go of this.waiting.splice(0))
                    go();
        };
    }
    /** Resolves once no start is being sent, after letting a freed slot's next job begin its own. */
    async idle() {
        await this.clock.sleep(0);
        if (this.sending > 0)
            await new Promise((resolve) => this.waiting.push(resolve));
    }
}

;// CONCATENATED MODULE: ./src/jobs/run-jobs.ts





/**
 * Runs every job of the step through one scheduler: at most `kind.slots` at once (the others wait
 * in order), one rate limiter (in the clients), one deadline, checks spaced to fit the rate limit
 * and timed by what finished jobs of the same make-up took, and progress lines while more than one job runs.
 */
async function runJobs(jobs, kind, c, o) {
    const slot = (0,concurrency.concurrencyLimit)(kind.slots);
    const schedules = stepSchedules(kind.states.succeeded);
    const starts = new StartsFirst(c.clock);
    const progress = new Progress(jobs.length, c.clock, c.log);
    let firstFailure;
    try {
        return await Promise.all(jobs.map(async (job) => {
            const outcome = await runJob(job, kind, c, {
                slot,
                schedule: schedules(job.makeUp),
                mayStart: () => o.failFast && firstFailure
                    ? `Not started: fail-fast stopped the step after ${firstFailure} failed.`
                    : undefined,
                failed: () => void (firstFailure ??= job.id),
                resultInSlot: o.failFast,
                starts,
                onPhase: (phase) => progress.set(job.id, phase)
            });
            const failed = !outcome.succeeded || outcome.files.some((f) => f.error);
            if (failed && outcome.status !== 'SKIPPED')
                firstFailure ??= job.id;
            progress.finished(job.id, failed);
            o.onFinished?.(outcome);
            return outcome;
        }));
    }
    finally {
        progress.stop();
    }
}


/***/ }),

/***/ 74873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ startWhenRoom)
/* harmony export */ });
/* harmony import */ var _time_backoff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17293);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47015);


/** While the account is full: tries 5 s apart at first, growing to 30 s (full jitter, 1 s at least). */
const FULL_ACCOUNT_BACKOFF = { initialMs: 5_000, capMs: 30_000, jitter: 1 };
/**
 * Starts a job, waiting and trying again while the account is full (jobs of other workflows hold
 * its slots), until the deadline. Any other failure is thrown at once.
 */
async function startWhenRoom(start, o) {
    const startedAt = o.clock.now();
    for (let attempt = 0;; attempt++) {
        try {
            return await start();
        }
        catch (error) {
            if (!o.isAccountFull(error))
                throw error;
            const now = o.clock.now();
            const delay = Math.max(1_000, (0,_time_backoff_js__WEBPACK_IMPORTED_MODULE_1__/* .backoffDelay */ .E)(attempt, FULL_ACCOUNT_BACKOFF));
            if (now + delay > o.deadline) {
                throw new _poll_js__WEBPACK_IMPORTED_MODULE_0__/* .JobTimeoutError */ .$G(o.jobId, 'queued (not started)', now - startedAt, `The account kept ${o.accountLimit} running the whole time: raise timeout-minutes, or run fewer jobs at once (max-concurrent-jobs, matrix max-parallel).`);
            }
            o.log(`${o.jobId}: queued, the account already runs ${o.accountLimit}; trying again in ${(0,_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(delay)}`);
            await o.clock.sleep(delay);
        }
    }
}


/***/ }),

/***/ 17293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ backoffDelay)
/* harmony export */ });
function backoffDelay(attempt, options) {
    const { initialMs, capMs, factor = 1.5, jitter = 0.2, random = Math.random } = options;
    const base = Math.min(capMs, initialMs * factor ** attempt);
    return Math.round(base * (1 - jitter) + base * jitter * random());
}


/***/ })

};
