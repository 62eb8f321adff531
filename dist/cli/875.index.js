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

/***/ }),

/***/ 46:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ getString),
/* harmony export */   Ds: () => (/* binding */ getDuration),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   GV: () => (/* binding */ getEnum),
/* harmony export */   WZ: () => (/* binding */ getNumber),
/* harmony export */   XU: () => (/* binding */ getInteger),
/* harmony export */   iv: () => (/* binding */ getLines),
/* harmony export */   kA: () => (/* binding */ getRequired),
/* harmony export */   pW: () => (/* binding */ getBoolean),
/* harmony export */   vS: () => (/* binding */ getList)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3836);

/** Strict input helpers: each one either returns a typed value or throws an InputError naming the input. */
function getString(read, name) {
    const value = read(name).trim();
    return value === '' ? undefined : value;
}
function getRequired(read, name) {
    const value = getString(read, name);
    if (value === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, "is required; set it in the step's `with:` block.");
    return value;
}
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/** YAML 1.2 core-schema booleans only, like @actions/core's getBooleanInput. */
function getBoolean(read, name, fallback) {
    const value = getString(read, name);
    if (value === undefined)
        return fallback;
    if (TRUE_VALUES.includes(value))
        return true;
    if (FALSE_VALUES.includes(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${value}' is not a boolean; use true or false.`);
}
function getEnum(read, name, values, fallback) {
    const value = getString(read, name);
    if (value === undefined)
        return fallback;
    if (values.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${value}' is not one of: ${values.join(', ')}.`);
}
function checkBounds(name, value, bounds) {
    if (bounds.min !== undefined && value < bounds.min)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `${value} is below the minimum ${bounds.min}.`);
    if (bounds.max !== undefined && value > bounds.max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `${value} is above the maximum ${bounds.max}.`);
    return value;
}
function getNumber(read, name, fallback, bounds = {}) {
    const value = getString(read, name);
    if (value === undefined)
        return fallback;
    const parsed = Number(value);
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value) || !Number.isFinite(parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${value}' is not a number.`);
    }
    return checkBounds(name, parsed, bounds);
}
function getInteger(read, name, fallback, bounds = {}) {
    const value = getString(read, name);
    if (value === undefined)
        return fallback;
    if (!/^[-+]?\d+$/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${value}' is not a whole number.`);
    return checkBounds(name, Number(value), bounds);
}
const DURATION_UNITS_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION_PATTERN = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/;
/** `30s`, `5m`, `1h30m`, `250ms`, `1.5s`; a bare number means seconds. Returns milliseconds. */
function parseDuration(text) {
    const value = text.trim();
    if (/^\d+(\.\d+)?$/.test(value))
        return Number(value) * 1000;
    if (!DURATION_PATTERN.test(value))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g))
        total += Number(amount) * DURATION_UNITS_MS[unit];
    return total;
}
function getDuration(read, name, fallbackMs) {
    const value = getString(read, name);
    if (value === undefined)
        return fallbackMs;
    const ms = parseDuration(value);
    if (ms === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${value}' is not a duration; write it like 30s, 5m, 1h30m or 250ms.`);
    return ms;
}
/** Newline- or comma-separated; blank entries and surrounding spaces dropped. */
function getList(read, name) {
    return read(name)
        .split(/\r?\n|,/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** Newline-separated only, for values that may contain commas (globs with braces, headers). */
function getLines(read, name) {
    return read(name)
        .split(/\r?\n/)
        .map((item) => item.trim())
        .filter((item) => item !== '' && !item.startsWith('#'));
}


/***/ })

};
