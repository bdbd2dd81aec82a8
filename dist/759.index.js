export const id = 759;
export const ids = [759];
export const modules = {

/***/ 88759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   snapshotApi: () => (/* binding */ snapshotApi)
/* harmony export */ });
async function snapshotApi(client) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(861), __webpack_require__.e(69)]).then(__webpack_require__.t.bind(__webpack_require__, 76069, 19));
    return {
        start: (request) => client.send(new sdk.StartDashboardSnapshotJobCommand(request)),
        describe: (key) => client.send(new sdk.DescribeDashboardSnapshotJobCommand(key)),
        result: (key) => client.send(new sdk.DescribeDashboardSnapshotJobResultCommand(key))
    };
}


/***/ })

};
