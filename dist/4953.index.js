export const id = 4953;
export const ids = [4953];
export const modules = {

/***/ 14953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CreateJobCommand: () => (/* reexport safe */ _aws_sdk_client_dataexchange__WEBPACK_IMPORTED_MODULE_1__.n),
/* harmony export */   DataExchangeClient: () => (/* reexport safe */ _aws_sdk_client_dataexchange__WEBPACK_IMPORTED_MODULE_0__.v),
/* harmony export */   GetAssetCommand: () => (/* reexport safe */ _aws_sdk_client_dataexchange__WEBPACK_IMPORTED_MODULE_2__.M),
/* harmony export */   GetDataSetCommand: () => (/* reexport safe */ _aws_sdk_client_dataexchange__WEBPACK_IMPORTED_MODULE_3__.E),
/* harmony export */   GetJobCommand: () => (/* reexport safe */ _aws_sdk_client_dataexchange__WEBPACK_IMPORTED_MODULE_4__.j),
/* harmony export */   GetRevisionCommand: () => (/* reexport safe */ _aws_sdk_client_dataexchange__WEBPACK_IMPORTED_MODULE_5__.z),
/* harmony export */   ListRevisionAssetsCommand: () => (/* reexport safe */ _aws_sdk_client_dataexchange__WEBPACK_IMPORTED_MODULE_6__.Y),
/* harmony export */   StartJobCommand: () => (/* reexport safe */ _aws_sdk_client_dataexchange__WEBPACK_IMPORTED_MODULE_7__.d)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_dataexchange__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2724);
/* harmony import */ var _aws_sdk_client_dataexchange__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49283);
/* harmony import */ var _aws_sdk_client_dataexchange__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55206);
/* harmony import */ var _aws_sdk_client_dataexchange__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67630);
/* harmony import */ var _aws_sdk_client_dataexchange__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23203);
/* harmony import */ var _aws_sdk_client_dataexchange__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18953);
/* harmony import */ var _aws_sdk_client_dataexchange__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(43218);
/* harmony import */ var _aws_sdk_client_dataexchange__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(25611);
// The AWS Data Exchange commands the action sends (see quicksight.ts for why they are named).



/***/ })

};
