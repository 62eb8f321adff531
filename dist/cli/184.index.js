export const id = 184;
export const ids = [184];
export const modules = {

/***/ 7184:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var _csv_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9411);
/* harmony import */ var _parallel_csv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6936);
/* harmony import */ var _integer_window_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3391);
/* harmony import */ var _validator_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4518);
/* harmony import */ var _validator_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3566);
/**
 * The body of a worker thread that validates one stretch of a CSV file, then, when asked, finds
 * the repeated keys in its share of the unique indexes' partitions. Started from this file
 * through tsx in source, or from the action's bundle, whose definition module hands over here.
 */






const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
const describe = (error) => (error instanceof Error ? (error.stack ?? error.message) : String(error));
const job = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData.job;
try {
    const validator = new _validator_js__WEBPACK_IMPORTED_MODULE_5__/* .RecordValidator */ .U(job.validatorOptions);
    const result = await (0,_csv_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .readCsv */ .N)(job.file, job.csv, validator, job.range);
    const reply = { state: (0,_validator_state_js__WEBPACK_IMPORTED_MODULE_4__/* .exportState */ .s)(validator), endedAt: result.endedAt, newlines: result.newlines };
    port.once('message', (finish) => {
        if (finish === null)
            return port.close();
        try {
            port.postMessage({ duplicates: (0,_parallel_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .finishShare */ .LH)(finish) });
        }
        catch (error) {
            port.postMessage({ error: describe(error) });
        }
        port.close();
    });
    // The integer windows' bitmaps move to the calling thread rather than being copied (peak RSS).
    const windows = reply.state.keyIndexes.flatMap((exported) => (exported.window ? (0,_integer_window_js__WEBPACK_IMPORTED_MODULE_3__/* .windowBuffers */ .yK)(exported.window) : []));
    port.postMessage(reply, windows);
}
catch (error) {
    port.postMessage({ error: describe(error) });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
