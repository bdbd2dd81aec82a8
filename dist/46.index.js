export const id = 46;
export const ids = [46];
export const modules = {

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
