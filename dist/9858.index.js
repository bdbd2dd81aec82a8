export const id = 9858;
export const ids = [9858];
export const modules = {

/***/ 49858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GetObjectCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.j),
/* harmony export */   HeadObjectCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__.l),
/* harmony export */   ListObjectsV2Command: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.u),
/* harmony export */   S3Client: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.Y)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18897);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10040);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7076);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59693);
// The S3 client and the commands the action sends (see quicksight.ts for why they are named).



/***/ })

};
