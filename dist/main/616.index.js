export const id = 616;
export const ids = [616];
export const modules = {

/***/ 9616:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   definition: () => (/* binding */ definition)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3836);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46);


const definition = {
    name: 'model-test',
    readInputs(read) {
        const inputs = {
            command: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)(read, 'command'),
            'command-timeout': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getDuration */ .Ds)(read, 'command-timeout', 30 * 60_000),
            metrics: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getLines */ .iv)(read, 'metrics'),
            task: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)(read, 'task') === undefined
                ? undefined
                : (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getEnum */ .GV)(read, 'task', ['classification', 'regression'], 'classification'),
            predictions: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)(read, 'predictions'),
            labels: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)(read, 'labels'),
            'prediction-column': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)(read, 'prediction-column') ?? 'prediction',
            'label-column': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)(read, 'label-column') ?? 'label',
            'probability-columns': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getList */ .vS)(read, 'probability-columns'),
            slices: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getList */ .vS)(read, 'slices'),
            thresholds: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)(read, 'thresholds') === undefined ? undefined : read('thresholds'),
            'baseline-ref': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)(read, 'baseline-ref'),
            'baseline-file': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)(read, 'baseline-file'),
            junit: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getLines */ .iv)(read, 'junit'),
            'bootstrap-resamples': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getInteger */ .XU)(read, 'bootstrap-resamples', 1000, { min: 0, max: 100_000 }),
            'confidence-level': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getNumber */ .WZ)(read, 'confidence-level', 0.95, { min: 0.5, max: 0.999 }),
        };
        if (inputs.predictions && !inputs.task)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('task', "is required with 'predictions'; set it to classification or regression.");
        if (inputs.task && !inputs.predictions)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('predictions', `is required with task '${inputs.task}': the CSV or JSON Lines file of the model's predictions.`);
        if (inputs.metrics.length === 0 && !inputs.predictions && inputs.junit.length === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('metrics', "is empty: give metrics file globs, or 'predictions' + 'task' for the built-in evaluator, or 'junit' reports.");
        }
        if (inputs['baseline-ref'] && inputs['baseline-file'])
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('baseline-file', "and 'baseline-ref' are both set; choose one baseline.");
        return inputs;
    },
    async execute(inputs, context) {
        const { runModelTest } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(382), __webpack_require__.e(175), __webpack_require__.e(846), __webpack_require__.e(925)]).then(__webpack_require__.bind(__webpack_require__, 2925));
        const { summaryMarkdown } = await __webpack_require__.e(/* import() */ 807).then(__webpack_require__.bind(__webpack_require__, 1807));
        const { getYamlOrFile } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(709)]).then(__webpack_require__.bind(__webpack_require__, 3709));
        const thresholds = inputs.thresholds === undefined ? undefined : getYamlOrFile(() => inputs.thresholds, 'thresholds', context.cwd);
        const baselineRef = inputs['baseline-ref'] ?? (inputs['baseline-file'] ? undefined : context.github?.pullRequest?.baseRef);
        const result = await runModelTest({
            command: inputs.command,
            commandTimeoutMs: inputs['command-timeout'],
            metrics: inputs.metrics,
            evaluator: inputs.predictions
                ? {
                    predictions: inputs.predictions,
                    labels: inputs.labels ?? inputs.predictions,
                    options: {
                        task: inputs.task,
                        predictionColumn: inputs['prediction-column'],
                        labelColumn: inputs['label-column'],
                        probabilityColumns: inputs['probability-columns'],
                        sliceColumns: inputs.slices,
                    },
                }
                : undefined,
            thresholds,
            baselineRef,
            baselineRefFromEvent: inputs['baseline-ref'] === undefined,
            baselineFile: inputs['baseline-file'],
            junit: inputs.junit,
            bootstrapResamples: inputs['bootstrap-resamples'],
            confidence: inputs['confidence-level'],
            seed: 20240601,
        }, { cwd: context.cwd, log: context.log });
        const failedMetrics = result.rows.filter((row) => row.status === 'fail').length;
        const failedTests = result.junit.reduce((sum, s) => sum + s.failed + s.errored, 0);
        const metrics = Object.fromEntries(result.rows.map((row) => [row.name, row.value]));
        return {
            title: `${result.rows.length} metrics, ${failedMetrics} failed thresholds${result.junit.length ? `, ${failedTests} failed tests` : ''}`,
            passed: result.passed,
            summary: summaryMarkdown(result),
            findings: result.findings,
            outputs: { passed: result.passed, 'metrics-json': JSON.stringify(metrics) },
            data: {
                metrics: result.rows,
                baseline: result.baseline,
                junit: result.junit,
                confusion: result.confusion,
                undefinedMetrics: result.undefinedMetrics,
                commandExitCode: result.commandExitCode,
            },
        };
    },
};


/***/ })

};
