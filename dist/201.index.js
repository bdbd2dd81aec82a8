export const id = 201;
export const ids = [201,46];
export const modules = {

/***/ 40201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   USER_AGENT: () => (/* binding */ USER_AGENT),
/* harmony export */   createAwsClients: () => (/* binding */ createAwsClients)
/* harmony export */ });
/* harmony import */ var _time_rate_limiter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46);

const USER_AGENT = 'quicksight-export/0.1';
/** AWS Data Exchange documents per-operation rates of 10 or more per second; the action keeps under the lowest. */
const DATA_EXCHANGE_CALLS_PER_SECOND = 10;
/** Every attempt of every call, retries included, waits for the service's limiter. */
function rateLimited(client, limiter) {
    ;
    client.middlewareStack.add((next) => async (args) => {
        const answered = await limiter.acquire();
        try {
            return await next(args);
        }
        finally {
            answered();
        }
    }, { step: 'deserialize', name: 'quicksightExportRateLimit', priority: 'low' });
    return client;
}
/**
 * Builds the AWS clients. The SDK modules are imported here, lazily, so that input errors are
 * reported before they load. Endpoints and credentials come from the standard chain
 * (AWS_ENDPOINT_URL_QUICKSIGHT, AWS_ENDPOINT_URL_S3, configure-aws-credentials).
 */
async function createAwsClients(region, env, limiter) {
    const [{ QuickSightClient }, { AdaptiveRetryStrategy }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(3609), __webpack_require__.e(7489), __webpack_require__.e(4573), __webpack_require__.e(8994), __webpack_require__.e(4028)]).then(__webpack_require__.bind(__webpack_require__, 34028)),
        __webpack_require__.e(/* import() */ 3609).then(__webpack_require__.t.bind(__webpack_require__, 23609, 19))
    ]);
    const maxAttempts = Number(env.AWS_MAX_ATTEMPTS) || 8;
    const common = { region, customUserAgent: USER_AGENT, retryMode: 'adaptive', maxAttempts };
    // Adaptive retries (with the SDK's client-side rate limiter) for throttling and 5xx, except
    // LimitExceededException: a full account waits minutes, not seconds, and is handled by the
    // caller, which logs that the job is queued.
    const adaptive = new AdaptiveRetryStrategy(async () => maxAttempts);
    const retryStrategy = Object.assign(Object.create(adaptive), {
        refreshRetryTokenForRetry: (token, info) => info.error?.name === 'LimitExceededException'
            ? Promise.reject(info.error)
            : adaptive.refreshRetryTokenForRetry(token, info)
    });
    const quicksightWith = (credentials) => rateLimited(new QuickSightClient({ ...common, retryStrategy, credentials }), limiter);
    let s3;
    let dataExchange;
    let sts;
    let caller;
    const stsClient = () => (sts ??= Promise.all(/* import() */[__webpack_require__.e(3609), __webpack_require__.e(7489), __webpack_require__.e(4573), __webpack_require__.e(4077), __webpack_require__.e(4514)]).then(__webpack_require__.bind(__webpack_require__, 54514)).then(({ STSClient }) => new STSClient(common)));
    const callerIdentity = () => (caller ??= (async () => {
        const { GetCallerIdentityCommand } = await Promise.all(/* import() */[__webpack_require__.e(3609), __webpack_require__.e(7489), __webpack_require__.e(4573), __webpack_require__.e(4077), __webpack_require__.e(4514)]).then(__webpack_require__.bind(__webpack_require__, 54514));
        const { Account, Arn } = await (await stsClient()).send(new GetCallerIdentityCommand({}));
        if (!Account)
            throw new Error('STS GetCallerIdentity returned no account; set aws-account-id.');
        return { account: Account, arn: Arn ?? '' };
    })());
    return {
        quicksight: quicksightWith(),
        quicksightWith,
        sts: stsClient,
        caller: callerIdentity,
        s3: () => (s3 ??= Promise.all(/* import() */[__webpack_require__.e(3609), __webpack_require__.e(7489), __webpack_require__.e(4573), __webpack_require__.e(8035), __webpack_require__.e(9858)]).then(__webpack_require__.bind(__webpack_require__, 49858)).then(({ S3Client }) => new S3Client({
            ...common,
            retryMode: 'standard',
            // Custom endpoints (MinIO, LocalStack, s3rver) rarely do virtual-host buckets.
            forcePathStyle: Boolean(env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL),
            responseChecksumValidation: 'WHEN_REQUIRED'
        }))),
        dataExchange: () => (dataExchange ??= Promise.all(/* import() */[__webpack_require__.e(3609), __webpack_require__.e(7489), __webpack_require__.e(7775), __webpack_require__.e(4953)]).then(__webpack_require__.bind(__webpack_require__, 14953)).then(({ DataExchangeClient }) => rateLimited(new DataExchangeClient({ ...common, retryMode: 'adaptive' }), new _time_rate_limiter_js__WEBPACK_IMPORTED_MODULE_0__.RateLimiter(DATA_EXCHANGE_CALLS_PER_SECOND, 1000)))),
        accountId: async () => (await callerIdentity()).account
    };
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
