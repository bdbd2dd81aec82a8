export const id = 4671;
export const ids = [4671];
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


/***/ })

};
