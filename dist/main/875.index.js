export const id = 875;
export const ids = [875];
export const modules = {

/***/ 9875:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   definition: () => (/* binding */ definition)
/* harmony export */ });
/* harmony import */ var _core_action_worker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4468);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3836);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46);



// Range worker threads start from the bundle's entry (core/action-worker.ts). In such a
// thread, hand over to the worker and never reach the action's entry point.
if ((0,_core_action_worker_js__WEBPACK_IMPORTED_MODULE_0__/* .isActionWorker */ .BY)('validate-data')) {
    await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(936), __webpack_require__.e(184)]).then(__webpack_require__.bind(__webpack_require__, 7184));
    await new Promise(() => { });
}
const definition = {
    name: 'validate-data',
    readInputs(read) {
        const delimiter = read('delimiter') === '' ? undefined : read('delimiter').replace(/^\\t$/, '\t');
        if (delimiter !== undefined && (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n')) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('delimiter', `'${delimiter}' must be a single character other than a quote or newline (write \\t for tab).`);
        }
        return {
            files: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getLines */ .iv)(read, 'files'),
            schema: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getString */ .AA)(read, 'schema'),
            reference: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getString */ .AA)(read, 'reference'),
            'fail-on': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getEnum */ .GV)(read, 'fail-on', ['error', 'warning', 'never'], 'error'),
            delimiter,
            header: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getBoolean */ .pW)(read, 'header', true),
            infer: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getString */ .AA)(read, 'infer'),
            'psi-threshold': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getNumber */ .WZ)(read, 'psi-threshold', 0.2, { min: 0 }),
            'ks-threshold': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getNumber */ .WZ)(read, 'ks-threshold', 0.1, { min: 0, max: 1 }),
            'missing-rate-threshold': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getNumber */ .WZ)(read, 'missing-rate-threshold', 0.1, { min: 0, max: 1 }),
            'max-samples': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getInteger */ .XU)(read, 'max-samples', 50, { min: 1, max: 1000 }),
            threads: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getInteger */ .XU)(read, 'threads', 0, { min: 0, max: 64 }),
        };
    },
    async execute(inputs, context) {
        const { validateData } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(521), __webpack_require__.e(936), __webpack_require__.e(777)]).then(__webpack_require__.bind(__webpack_require__, 3777));
        return validateData({
            files: inputs.files,
            schema: inputs.schema,
            reference: inputs.reference,
            failOn: inputs['fail-on'],
            delimiter: inputs.delimiter,
            header: inputs.header,
            infer: inputs.infer,
            thresholds: { psi: inputs['psi-threshold'], ks: inputs['ks-threshold'], missingRate: inputs['missing-rate-threshold'] },
            maxSamples: inputs['max-samples'],
            threads: inputs.threads === 0 ? undefined : inputs.threads,
            cwd: context.cwd,
            tempDir: context.tempDir,
            log: context.log,
        });
    },
};

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
