export const id = 4432;
export const ids = [4432];
export const modules = {

/***/ 94432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   followUpRunner: () => (/* binding */ followUpRunner)
/* harmony export */ });
/**
 * Runs each follow-up as soon as the jobs it waits for have finished. `finished` is told of each
 * job's outcome; `results` resolves once every follow-up has run (call `allFinished` first, when
 * the step's jobs are done, so none waits for a job that never reported).
 */
function followUpRunner(items, o) {
    let firstFailure;
    const waiting = items.map((item) => ({ item, left: new Set(item.after), run: deferred() }));
    const start = (w) => {
        const stopped = o.failFast && firstFailure
            ? `Not started: fail-fast stopped the step after ${firstFailure} failed.`
            : undefined;
        w.run.resolve(w.item.run(stopped).then((r) => {
            o.log(r.line);
            return { ...r, report: w.item.report };
        }));
    };
    for (const w of waiting)
        if (w.left.size === 0)
            start(w);
    return {
        finished(job) {
            if (!job.succeeded || job.error || job.files.some((f) => f.error))
                firstFailure ??= job.jobId;
            for (const w of waiting)
                if (w.left.delete(job.jobId) && w.left.size === 0)
                    start(w);
        },
        allFinished() {
            for (const w of waiting)
                if (w.left.size > 0) {
                    w.left.clear();
                    start(w);
                }
        },
        results: () => Promise.all(waiting.map((w) => w.run.promise))
    };
}
function deferred() {
    let resolve = () => undefined;
    const promise = new Promise((r) => (resolve = r));
    return { promise, resolve };
}


/***/ })

};
