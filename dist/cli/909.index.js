export const id = 909;
export const ids = [909];
export const modules = {

/***/ 8909:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   definition: () => (/* binding */ definition)
/* harmony export */ });
/* harmony import */ var _core_action_worker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4468);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3836);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46);



// Load worker threads start from the bundle's entry (core/action-worker.ts). In such a
// thread, hand over to the worker and never reach the action's entry point.
if ((0,_core_action_worker_js__WEBPACK_IMPORTED_MODULE_0__/* .isActionWorker */ .BY)('load-test')) {
    await Promise.all(/* import() */[__webpack_require__.e(960), __webpack_require__.e(36), __webpack_require__.e(472)]).then(__webpack_require__.bind(__webpack_require__, 9472));
    await new Promise(() => { });
}
const definition = {
    name: 'load-test',
    readInputs(read) {
        const inputs = {
            url: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getRequired */ .kA)(read, 'url'),
            method: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getString */ .AA)(read, 'method')?.toUpperCase(),
            headers: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getLines */ .iv)(read, 'headers'),
            body: read('body').trim() === '' ? undefined : read('body'),
            rate: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getNumber */ .WZ)(read, 'rate', undefined, { min: 0 }),
            vus: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getInteger */ .XU)(read, 'vus', undefined, { min: 1 }),
            duration: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getDuration */ .Ds)(read, 'duration', undefined),
            stages: read('stages'),
            timeout: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getDuration */ .Ds)(read, 'timeout', 10_000),
            payloads: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getString */ .AA)(read, 'payloads'),
            'payload-order': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getEnum */ .GV)(read, 'payload-order', ['cycle', 'random'], 'cycle'),
            checks: read('checks'),
            thresholds: read('thresholds'),
            baseline: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getString */ .AA)(read, 'baseline'),
            'max-regression': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getString */ .AA)(read, 'max-regression'),
            'max-in-flight': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getInteger */ .XU)(read, 'max-in-flight', 1000, { min: 1 }),
            workers: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getInteger */ .XU)(read, 'workers', 0, { min: 0, max: 256 }),
            'results-path': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getString */ .AA)(read, 'results-path') ?? 'load-test-results.json',
        };
        if (inputs.rate !== undefined && inputs.vus !== undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('rate', 'and vus are both set; use rate for the open model (requests per second) or vus for the closed model (virtual users).');
        }
        if (inputs.rate === undefined && inputs.vus === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('rate', 'is not set and neither is vus; set rate (requests per second, open model) or vus (virtual users, closed model).');
        }
        if (inputs.method && !/^[A-Z]+$/.test(inputs.method))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('method', `'${inputs.method}' is not an HTTP method.`);
        if (inputs.timeout <= 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('timeout', 'must be longer than 0.');
        if (inputs.duration !== undefined && inputs.duration <= 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('duration', 'must be longer than 0.');
        if (inputs.duration !== undefined && inputs.stages.trim() !== '') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('duration', 'and stages are both set; stages already say how long the run lasts.');
        }
        return inputs;
    },
    async execute(inputs, context) {
        const { executeLoadTest } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(960), __webpack_require__.e(175), __webpack_require__.e(36), __webpack_require__.e(565)]).then(__webpack_require__.bind(__webpack_require__, 4565));
        return executeLoadTest(inputs, context);
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
