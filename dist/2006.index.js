export const id = 2006;
export const ids = [2006];
export const modules = {

/***/ 12006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPlanner: () => (/* binding */ loadPlanner)
/* harmony export */ });
const PLANNERS = {
    snapshot: async () => (await __webpack_require__.e(/* import() */ 7198).then(__webpack_require__.bind(__webpack_require__, 57198))).planSnapshot,
    'asset-bundle': async () => (await __webpack_require__.e(/* import() */ 1876).then(__webpack_require__.bind(__webpack_require__, 91876))).planAssetBundle,
    'data-exchange': async () => (await __webpack_require__.e(/* import() */ 2384).then(__webpack_require__.bind(__webpack_require__, 32384))).planDataExchange
};
/** Loads the planner of the step's export type (its SDK modules load with it). */
function loadPlanner(exportType) {
    return PLANNERS[exportType]();
}


/***/ })

};
