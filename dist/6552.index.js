export const id = 6552;
export const ids = [6552,4671];
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

/***/ 36552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionOutputs: () => (/* binding */ actionOutputs)
});

// EXTERNAL MODULE: ./src/outcome.ts
var outcome = __webpack_require__(34671);
;// CONCATENATED MODULE: ./src/publish/recipients-output.ts
/**
 * Each recipient of each report with the files made for them (recipients only: a report without
 * any is not listed). A recipient whose files all landed has an empty `failed`.
 */
function recipientFiles(reports, jobs) {
    return reports.flatMap((report) => (report.recipients ?? []).map((recipient) => {
        const mine = jobs.filter((j) => j.report === report.name && j.recipient === recipient.name);
        const files = mine.flatMap((j) => j.files).sort((a, b) => a.index - b.index);
        return {
            report: report.name,
            name: recipient.name,
            ...(recipient.registeredUser ? { registeredUser: recipient.registeredUser } : {}),
            files: files.flatMap((f) => (f.path && !f.error ? [f.path] : [])),
            failed: mine.flatMap((j) => j.files
                .filter((f) => f.error || !f.path)
                .map((f) => ({
                format: f.format,
                ...(f.source.sheets ? { sheets: f.source.sheets } : {}),
                error: j.error ?? f.error ?? `the job ended ${j.status}`
            })))
        };
    }));
}

;// CONCATENATED MODULE: ./src/publish/outputs.ts


/** The action's outputs, from the jobs' outcomes and the follow-ups' results. */
function actionOutputs(jobs, o) {
    const { jobIdOutput, reports, followUps } = o;
    const files = (0,outcome.allFiles)(jobs);
    return {
        [jobIdOutput]: jobs
            .filter((j) => j.started)
            .map((j) => j.jobId)
            .join(','),
        'job-status': (0,outcome.allSucceeded)(jobs) ? 'COMPLETED' : 'FAILED',
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
        }))),
        ...(followUps
            ? { [followUps.output]: JSON.stringify(followUps.results.map((f) => f.record)) }
            : {}),
        ...(reports.some((r) => r.recipients)
            ? { recipients: JSON.stringify(recipientFiles(reports, jobs)) }
            : {})
    };
}


/***/ })

};
