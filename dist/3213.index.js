export const id = 3213;
export const ids = [3213];
export const modules = {

/***/ 73213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   artifactName: () => (/* binding */ artifactName),
/* harmony export */   artifactPrefix: () => (/* binding */ artifactPrefix)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The artifact's name: artifact-name, else quicksight-<subject>-<first job id>, unique per run and
 * matrix leg. `prefix` is what every run of the same step names its artifact with (previous-run
 * baselines are found by it).
 */
function artifactName(subject, given, firstJobId = 'export') {
    if (given)
        return { name: given, prefix: given };
    const prefix = `quicksight-${slug(subject)}-`;
    return { name: `${prefix}${firstJobId}`, prefix };
}
/** A subject made fit for an artifact name: a config file's base name, no characters artifacts refuse. */
function slug(subject) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(subject).replace(/\.(ya?ml)$/i, '');
    return base.replace(/[^\w.-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'export';
}
/**
 * What every artifact of this step is named with, run after run: artifact-name, else the default
 * name up to its job id's fixed part (`quicksight-sales-qse-`: so `quicksight-sales-emea-...` of a
 * dashboard `sales-emea` is not taken for one of `sales`).
 */
function artifactPrefix(subject, given, firstJobId) {
    const { prefix } = artifactName(subject, given);
    return given || !firstJobId?.startsWith('qse-') ? prefix : `${prefix}qse-`;
}


/***/ })

};
