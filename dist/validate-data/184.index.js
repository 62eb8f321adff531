export const id = 184;
export const ids = [184];
export const modules = {

/***/ 7184:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var _csv_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7062);
/* harmony import */ var _validator_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4518);
/* harmony import */ var _validator_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(428);
/**
 * The body of a worker thread that validates one stretch of a CSV file. Started from this file
 * through tsx in source, or from the action's bundle, whose definition module hands over here.
 */




const job = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData.job;
try {
    const validator = new _validator_js__WEBPACK_IMPORTED_MODULE_3__/* .RecordValidator */ .U(job.validatorOptions);
    const result = await (0,_csv_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .readCsv */ .N)(job.file, job.csv, validator, job.range);
    const reply = { state: (0,_validator_state_js__WEBPACK_IMPORTED_MODULE_2__/* .exportState */ .s)(validator), endedAt: result.endedAt, newlines: result.newlines };
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage(reply);
}
catch (error) {
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
