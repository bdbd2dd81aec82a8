export const id = 449;
export const ids = [449];
export const modules = {

/***/ 90449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recipientFiles: () => (/* binding */ recipientFiles)
/* harmony export */ });
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


/***/ })

};
