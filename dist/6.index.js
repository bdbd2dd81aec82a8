export const id = 6;
export const ids = [6];
export const modules = {

/***/ 12006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPlanner: () => (/* binding */ loadPlanner)
/* harmony export */ });
const PLANNERS = {
    snapshot: async () => (await __webpack_require__.e(/* import() */ 823).then(__webpack_require__.bind(__webpack_require__, 69823))).planSnapshot
};
/** Loads the planner of the step's export type (its SDK modules load with it). */
function loadPlanner(exportType) {
    return PLANNERS[exportType]();
}


/***/ })

};
