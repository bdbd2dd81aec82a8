export const id = 4028;
export const ids = [4028];
export const modules = {

/***/ 34028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DescribeAssetBundleExportJobCommand: () => (/* reexport safe */ _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_1__.C),
/* harmony export */   DescribeDashboardDefinitionCommand: () => (/* reexport safe */ _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_2__.g),
/* harmony export */   DescribeDashboardSnapshotJobCommand: () => (/* reexport safe */ _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_3__.S),
/* harmony export */   DescribeDashboardSnapshotJobResultCommand: () => (/* reexport safe */ _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_4__.P),
/* harmony export */   GetIdentityContextCommand: () => (/* reexport safe */ _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_5__.L),
/* harmony export */   ListDashboardsCommand: () => (/* reexport safe */ _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_6__.V),
/* harmony export */   QuickSightClient: () => (/* reexport safe */ _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_0__.S),
/* harmony export */   StartAssetBundleExportJobCommand: () => (/* reexport safe */ _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_7__.F),
/* harmony export */   StartDashboardSnapshotJobCommand: () => (/* reexport safe */ _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_8__.H),
/* harmony export */   StartDashboardSnapshotJobScheduleCommand: () => (/* reexport safe */ _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_9__.I)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96589);
/* harmony import */ var _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84549);
/* harmony import */ var _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88361);
/* harmony import */ var _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69672);
/* harmony import */ var _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(556);
/* harmony import */ var _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59846);
/* harmony import */ var _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40602);
/* harmony import */ var _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(52352);
/* harmony import */ var _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(71382);
/* harmony import */ var _aws_sdk_client_quicksight__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(88865);
// The QuickSight commands the action sends, named one by one: webpack then bundles only these of
// the SDK's 400-odd commands (the package is side-effect free), where a namespace import of the
// package keeps every one. Import this module lazily, like the SDK itself.



/***/ })

};
