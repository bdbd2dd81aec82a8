export const id = 6689;
export const ids = [6689,4671];
export const modules = {

/***/ 34671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   allFiles: () => (/* binding */ allFiles),
/* harmony export */   allSucceeded: () => (/* binding */ allSucceeded)
/* harmony export */ });
function allSucceeded(jobs) {
    return jobs.every((j) => j.succeeded && !j.error && j.files.every((f) => f.path && !f.error));
}
/** Every file of the step, in step order. */
function allFiles(jobs) {
    return jobs.flatMap((j) => j.files).sort((a, b) => a.index - b.index);
}


/***/ }),

/***/ 16689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionOutputs: () => (/* binding */ actionOutputs)
/* harmony export */ });
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34671);

/** The action's outputs, from the jobs' outcomes. `jobIdOutput` names the kind's job id output. */
function actionOutputs(jobs, jobIdOutput) {
    const files = (0,_outcome_js__WEBPACK_IMPORTED_MODULE_0__.allFiles)(jobs);
    return {
        [jobIdOutput]: jobs
            .filter((j) => j.started)
            .map((j) => j.jobId)
            .join(','),
        'job-status': (0,_outcome_js__WEBPACK_IMPORTED_MODULE_0__.allSucceeded)(jobs) ? 'COMPLETED' : 'FAILED',
        files: JSON.stringify(files.flatMap((f) => (f.path ? [f.path] : []))),
        's3-uris': JSON.stringify(files.flatMap((f) => (f.s3Uri ? [f.s3Uri] : []))),
        jobs: JSON.stringify(jobs.map((j) => ({
            id: j.jobId,
            report: j.report,
            ...(j.dashboardId ? { dashboardId: j.dashboardId } : {}),
            ...(j.recipient ? { recipient: j.recipient } : {}),
            arn: j.arn ?? null,
            status: j.status,
            ...(j.error ? { error: j.error } : {}),
            ...(j.warnings.length > 0 ? { warnings: j.warnings } : {}),
            files: j.files.map((f) => ({
                format: f.format,
                path: f.path ?? null,
                ...(f.s3Uri ? { s3Uri: f.s3Uri } : {}),
                ...(f.error ? { error: f.error } : {})
            }))
        })))
    };
}


/***/ })

};
