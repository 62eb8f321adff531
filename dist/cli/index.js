import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 1553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 7066:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tty");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 5581:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseActionArguments)
/* harmony export */ });
/* unused harmony export UsageError */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3836);


class UsageError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
    name = 'UsageError';
}
/** Maps `--<input> value` flags onto action inputs; unknown flags are usage errors naming the flag. */
function parseActionArguments(name, action, argv) {
    const options = {
        json: { type: 'boolean' },
        quiet: { type: 'boolean' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        summary: { type: 'string' },
    };
    for (const input of Object.keys(action.inputs))
        options[input] = { type: 'string', multiple: true };
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals: false, strict: true });
    }
    catch (error) {
        const message = error.message.replace(/\. To specify a positional argument.*$/s, '');
        throw new UsageError(`mlops ${name}: ${message}. See 'mlops ${name} --help'.`);
    }
    const values = parsed.values;
    const inputs = {};
    for (const [input, spec] of Object.entries(action.inputs)) {
        const given = values[input];
        // A repeated flag is a list, which inputs take one item per line.
        if (given !== undefined)
            inputs[input] = given.join('\n');
        else if (spec.default !== undefined)
            inputs[input] = spec.default;
    }
    return {
        inputs,
        json: values.json === true,
        quiet: values.quiet === true,
        verbose: values.verbose === true,
        help: values.help === true,
        summaryFile: values.summary,
    };
}


/***/ }),

/***/ 2779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ mainHelp),
/* harmony export */   c: () => (/* binding */ actionHelp)
/* harmony export */ });
const GLOBAL_FLAGS = [
    ['--json', 'print the report as JSON on stdout instead of findings'],
    ['--summary FILE', 'also write the markdown summary to FILE'],
    ['--quiet', 'only findings and the result line'],
    ['--help', 'show this help'],
];
function wrap(text, width, indent) {
    const words = text.split(/\s+/);
    const lines = [];
    let line = '';
    for (const word of words) {
        if (line && line.length + word.length + 1 > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines.join(`\n${indent}`);
}
function mainHelp(actions) {
    const names = Object.keys(actions);
    const width = Math.max(...names.map((n) => n.length)) + 2;
    return [
        'mlops — the DevOps loop for models, on your machine and in GitHub Actions.',
        '',
        'Usage: mlops <action> [--<input> <value>]... [--json] [--summary FILE]',
        '',
        'Actions:',
        ...names.map((name) => `  ${name.padEnd(width)}${actions[name].description.split('\n')[0]}`),
        '',
        "Run 'mlops <action> --help' for its inputs. Exit codes: 0 passed, 1 failed, 2 usage or input error.",
    ].join('\n');
}
function actionHelp(name, action) {
    const rows = Object.entries(action.inputs).map(([input, spec]) => {
        const flag = `--${input}${spec.required ? ' (required)' : ''}`;
        const extra = spec.default !== undefined ? ` [default: ${spec.default.replace(/\n/g, '\\n')}]` : '';
        return [flag, `${spec.description}${extra}`];
    });
    const all = [...rows, ...GLOBAL_FLAGS];
    const width = Math.min(34, Math.max(...all.map(([flag]) => flag.length)) + 2);
    const indent = ' '.repeat(width + 2);
    const format = ([flag, text]) => `  ${flag.padEnd(width)}${flag.length >= width ? `\n${indent}` : ''}${wrap(text, 96 - width, indent)}`;
    return [
        `mlops ${name} — ${action.description}`,
        '',
        `Usage: mlops ${name} [--<input> <value>]...`,
        '',
        'Inputs (the same names as the action.yml inputs):',
        ...rows.map(format),
        '',
        'Options:',
        ...GLOBAL_FLAGS.map(format),
    ].join('\n');
}


/***/ }),

/***/ 382:
/***/ ((__webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT),
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var _core_action_worker_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4468);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3836);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6469);
/* harmony import */ var _core_registry_generated_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8791);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(5581);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(2779);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(9772);










const EXIT = { passed: 0, failed: 1, usage: 2 };
/** `mlops <action> [--<input> value]...`: the same inputs and domain code as the GitHub action. */
async function main(argv) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(`${(0,_help_js__WEBPACK_IMPORTED_MODULE_8__/* .mainHelp */ .H)(_core_registry_generated_js__WEBPACK_IMPORTED_MODULE_6__/* .ACTIONS */ .k)}\n`);
        return name === undefined ? EXIT.usage : EXIT.passed;
    }
    const action = _core_registry_generated_js__WEBPACK_IMPORTED_MODULE_6__/* .ACTIONS */ .k[name];
    if (!action) {
        process.stderr.write(`mlops: unknown action '${name}'. Known: ${Object.keys(_core_registry_generated_js__WEBPACK_IMPORTED_MODULE_6__/* .ACTIONS */ .k).join(', ')}.\n`);
        return EXIT.usage;
    }
    try {
        const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parseActionArguments */ .q)(name, action, rest);
        if (args.help) {
            process.stdout.write(`${(0,_help_js__WEBPACK_IMPORTED_MODULE_8__/* .actionHelp */ .c)(name, action)}\n`);
            return EXIT.passed;
        }
        if (!action.load)
            throw new Error(`the ${name} action has no definition yet`);
        const definition = await action.load();
        const inputs = definition.readInputs((input) => args.inputs[input] ?? '');
        const log = (0,_logger_js__WEBPACK_IMPORTED_MODULE_9__/* .consoleLogger */ .k)({ quiet: args.quiet || args.json, verbose: args.verbose });
        const report = await definition.execute(inputs, { cwd: process.cwd(), log, tempDir: node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), 'mlops-actions') });
        if (args.summaryFile)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(args.summaryFile, report.summary);
        if (args.json) {
            process.stdout.write(`${JSON.stringify({ action: name, ...report }, null, 2)}\n`);
        }
        else {
            for (const finding of report.findings)
                process.stdout.write(`${(0,_core_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .formatFinding */ .tf)(finding)}\n`);
            process.stdout.write(`${report.passed ? 'passed' : 'failed'}: ${report.title}\n`);
        }
        return report.passed ? EXIT.passed : EXIT.failed;
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isUserError */ .iU)(error)) {
            const where = error.file && !error.message.includes(error.file) ? `${(0,_core_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .formatLocation */ .j$)(error.file, error.line)}: ` : '';
            process.stderr.write(`mlops ${name}: error: ${where}${error.message}\n`);
            return EXIT.usage;
        }
        process.stderr.write(`mlops ${name}: unexpected error (a bug, please report it): ${error.stack ?? String(error)}\n`);
        return EXIT.usage;
    }
}
const workerOf = (0,_core_action_worker_js__WEBPACK_IMPORTED_MODULE_3__/* .actionWorkerName */ .ej)();
// A worker thread of an action started from this bundle: its definition module takes over.
if (workerOf !== undefined)
    await _core_registry_generated_js__WEBPACK_IMPORTED_MODULE_6__/* .ACTIONS */ .k[workerOf]?.load?.();
else
    process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ consoleLogger)
/* harmony export */ });
/** Logs to stderr so stdout carries only findings (or the JSON report). */
function consoleLogger(options) {
    const secrets = [];
    const mask = (text) => secrets.reduce((out, secret) => out.split(secret).join('***'), text);
    const write = (text) => process.stderr.write(`${mask(text)}\n`);
    return {
        info: (message) => {
            if (!options.quiet)
                write(message);
        },
        warning: (message) => write(`warning: ${message}`),
        debug: (message) => {
            if (options.verbose)
                write(`debug: ${message}`);
        },
        async group(title, fn) {
            if (!options.quiet)
                write(`▸ ${title}`);
            return fn();
        },
        secret: (value) => {
            if (value)
                secrets.push(value);
        },
    };
}


/***/ }),

/***/ 4468:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BY: () => (/* binding */ isActionWorker),
/* harmony export */   ej: () => (/* binding */ actionWorkerName),
/* harmony export */   tB: () => (/* binding */ startActionWorker)
/* harmony export */ });
/* unused harmony export ACTION_WORKER_KEY */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5919);



/**
 * Worker threads start from the bundle they belong to, since an ncc bundle has one entry:
 * an action's own `dist/<action>/index.js`, the CLI's or the root action's. workerData names
 * the action under this key; every entry point checks it first and, in such a thread, loads
 * only that action's definition module, which hands over to its worker body.
 */
const ACTION_WORKER_KEY = 'mlopsActionWorker';
/** The action this thread is a worker of, or undefined on the main thread and in foreign workers. */
function actionWorkerName() {
    if (node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.isMainThread)
        return undefined;
    const name = node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.workerData?.[ACTION_WORKER_KEY];
    return typeof name === 'string' ? name : undefined;
}
/** True in a worker thread started by startActionWorker for this action. */
function isActionWorker(action) {
    return actionWorkerName() === action;
}
/**
 * Starts a worker of `action`. `moduleUrl` is the caller's import.meta.url: in a bundle, the
 * worker starts from the entry (index.js) beside it; in source (tests through tsx), from
 * `sourceEntry`, a TypeScript file next to the caller.
 */
function startActionWorker(action, moduleUrl, sourceEntry, data, options = {}) {
    const workerData = { ...data, [ACTION_WORKER_KEY]: action };
    if (moduleUrl.endsWith('.ts')) {
        const tsx = import.meta.resolve('tsx/esm/api');
        const file = new URL(sourceEntry, moduleUrl).href;
        const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(file)}); });`;
        return new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker(code, { ...options, eval: true, workerData });
    }
    return new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker((0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(node_path__WEBPACK_IMPORTED_MODULE_0__.join(node_path__WEBPACK_IMPORTED_MODULE_0__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(moduleUrl)), 'index.js')), { ...options, workerData });
}


/***/ }),

/***/ 3836:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export errorMessage */
/**
 * A mistake the user can fix: bad input, missing file, invalid schema.
 * Its message is shown as is — no stack trace — so it must name the input or the
 * file:line and say how to fix it.
 */
class UserError extends Error {
    name = 'UserError';
    file;
    line;
    column;
    constructor(message, where) {
        super(message);
        this.file = where?.file;
        this.line = where?.line;
        this.column = where?.column;
    }
}
/** An input value that does not parse; the message always starts with the input's name. */
class InputError extends UserError {
    name = 'InputError';
    input;
    constructor(input, message, where) {
        super(`Input '${input}': ${message}`, where);
        this.input = input;
    }
}
function isUserError(error) {
    return error instanceof UserError;
}
/** A message for anything thrown, for logs. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 6469:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   tf: () => (/* binding */ formatFinding)
/* harmony export */ });
/* unused harmony exports byImportance, countByLevel */
const LEVEL_RANK = { error: 0, warning: 1, notice: 2 };
/** Most important first: errors, then warnings, then notices; placed before unplaced; stable otherwise. */
function byImportance(a, b) {
    return LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || Number(b.file !== undefined) - Number(a.file !== undefined);
}
function countByLevel(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        counts[finding.level]++;
    return counts;
}
/** `file:line:col`, with the line and column only where known. */
function formatLocation(file, line, column) {
    return `${file}${line ? `:${line}` : ''}${line && column ? `:${column}` : ''}`;
}
/** `file:line:col: level: message`, the format compilers use, for the CLI and logs. */
function formatFinding(finding) {
    const where = finding.file ? `${formatLocation(finding.file, finding.line, finding.column)}: ` : '';
    return `${where}${finding.level}: ${finding.title ? `${finding.title}: ` : ''}${finding.message}`;
}


/***/ }),

/***/ 8791:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ ACTIONS)
/* harmony export */ });
const ACTIONS = {
    "load-test": {
        description: "Drives HTTP load at a model endpoint (open model at a constant arrival rate, or closed model with virtual users), measures latency with microsecond precision, and fails the step when a k6-style threshold or a baseline regression limit is crossed.",
        inputs: {
            "url": {
                "description": "The endpoint to load, e.g. http://127.0.0.1:8080/predict (http or https).",
                "required": true
            },
            "method": {
                "description": "HTTP method. Defaults to GET, or POST when a body or payloads are given.",
                "required": false,
                "default": ""
            },
            "headers": {
                "description": "Request headers, one `Name: value` per line.",
                "required": false,
                "default": ""
            },
            "body": {
                "description": "Request body. With `payloads`, a template whose `{{column}}` placeholders take each row's value as JSON (`\"{{column}}\"` as a JSON string). A JSON body gets `Content-Type: application/json` unless you set one.",
                "required": false,
                "default": ""
            },
            "rate": {
                "description": "Open model - requests per second, sent at their scheduled times whatever the latency (the start rate when `stages` is set). Set this or `vus`.",
                "required": false,
                "default": ""
            },
            "vus": {
                "description": "Closed model - virtual users, each sending its next request when the previous one is answered (the start count when `stages` is set). Set this or `rate`.",
                "required": false,
                "default": ""
            },
            "duration": {
                "description": "How long to run at a constant `rate`/`vus`, e.g. 30s, 2m (default 30s). Not with `stages`.",
                "required": false,
                "default": ""
            },
            "stages": {
                "description": "Ramp profile like k6's, inline YAML or a .yml/.json file - a list of `{duration: 30s, target: 100}` (target is req/s with `rate`, users with `vus`), or the short form `30s:100, 1m:100, 30s:0`.",
                "required": false,
                "default": ""
            },
            "timeout": {
                "description": "Per-request timeout; a request still unanswered then counts as a timeout error.",
                "required": false,
                "default": "10s"
            },
            "max-in-flight": {
                "description": "Open model - most requests outstanding at once (one connection each); beyond it requests wait and count their waiting time.",
                "required": false,
                "default": "1000"
            },
            "workers": {
                "description": "Worker threads generating load; 0 means one per CPU core.",
                "required": false,
                "default": "0"
            },
            "payloads": {
                "description": "A CSV (with a header row) or JSON Lines file whose rows fill the body template, one row per request.",
                "required": false,
                "default": ""
            },
            "payload-order": {
                "description": "Use payload rows in order, wrapping around (cycle), or pick one at random for each request (random).",
                "required": false,
                "default": "cycle"
            },
            "checks": {
                "description": "Response checks, inline YAML or a file - a list of `status: 200` (or `[200, 201]`, `2xx`, `200-299`) and `json: $.path` items, the latter with an optional `equals:` value. Their pass rate is the `checks` metric.",
                "required": false,
                "default": ""
            },
            "thresholds": {
                "description": "Pass/fail criteria in k6's syntax, inline YAML or a .yml/.json file. Either k6's map, e.g. `http_req_duration: [\"p(95)<200\", \"p(99)<500\"]`, `http_req_failed: [\"rate<0.01\"]`, `http_reqs: [\"rate>=90\"]`, `checks: [\"rate>0.99\"]`, or a flat list such as `[\"p(95)<200\", \"avg<100\", \"error_rate<0.01\", \"rps>=90\"]`. An entry may be `{threshold: \"p(99)<500\", abortOnFail: true, delayAbortEval: 10s}`. Durations are in ms.",
                "required": false,
                "default": ""
            },
            "baseline": {
                "description": "A results file from a previous run (its `results-path` output) to compare p50/p90/p95/p99 with.",
                "required": false,
                "default": ""
            },
            "max-regression": {
                "description": "Fail when a compared percentile is slower than the baseline by more than this, e.g. 10%.",
                "required": false,
                "default": ""
            },
            "results-path": {
                "description": "Where to write this run's results JSON (the file `baseline` accepts).",
                "required": false,
                "default": "load-test-results.json"
            }
        },
        load: async () => (await __nccwpck_require__.e(/* import() */ 909).then(__nccwpck_require__.bind(__nccwpck_require__, 8909))).definition,
    },
    "model-test": {
        description: "Test a model against thresholds and the base branch — metrics files or a built-in evaluator, bootstrap intervals, JUnit failures — and tell the PR what changed.",
        inputs: {
            "command": {
                "description": "A command to run first (e.g. `python evaluate.py`), split with shell quoting rules and run without a shell; pipes and redirections are refused.",
                "required": false
            },
            "command-timeout": {
                "description": "How long the command may run (30s, 10m, 1h).",
                "required": false,
                "default": "30m"
            },
            "metrics": {
                "description": "Globs of metrics files, one per line — JSON, YAML, CSV/TSV (metric,value rows or a header row and one row of values), or a dvc.yaml whose declared metrics are read. Nested keys become a.b.c.",
                "required": false
            },
            "task": {
                "description": "The built-in evaluator's task, classification or regression; needs `predictions`.",
                "required": false
            },
            "predictions": {
                "description": "CSV or JSON Lines file of predictions for the built-in evaluator.",
                "required": false
            },
            "labels": {
                "description": "CSV or JSON Lines file of true labels, row-aligned with `predictions`; defaults to the predictions file itself.",
                "required": false
            },
            "prediction-column": {
                "description": "Column of the predicted label (classification) or value (regression).",
                "required": false,
                "default": "prediction"
            },
            "label-column": {
                "description": "Column of the true label or value.",
                "required": false,
                "default": "label"
            },
            "probability-columns": {
                "description": "Class-probability columns in the sorted order of the classes (predict_proba's order), comma- or newline-separated; a single column is the positive-class probability of a binary task. Enables ROC AUC and log loss.",
                "required": false
            },
            "slices": {
                "description": "Columns to compute every metric per value of, as slice.<column>.<value>.<metric> (thresholds may use `*` for the value).",
                "required": false
            },
            "thresholds": {
                "description": "Inline YAML or a .yml/.json file: metric name (or pattern with `*`) to \">= 0.9\", \"<= 3.2\", or a map of min, max, max-drop, max-increase (a number or a percentage like 10%).",
                "required": false
            },
            "baseline-ref": {
                "description": "Git ref whose committed metrics (and predictions) are the baseline; defaults to the pull request's base branch. Fetched at depth 1 when the checkout lacks it.",
                "required": false
            },
            "baseline-file": {
                "description": "A metrics file to compare against instead of a git ref.",
                "required": false
            },
            "junit": {
                "description": "Globs of JUnit XML reports, one per line; each failed test becomes an annotation at its file and line.",
                "required": false
            },
            "bootstrap-resamples": {
                "description": "Bootstrap resamples for the confidence interval of each delta of the built-in evaluator's metrics (0 turns it off).",
                "required": false,
                "default": "1000"
            },
            "confidence-level": {
                "description": "Coverage of the delta confidence intervals.",
                "required": false,
                "default": "0.95"
            }
        },
        load: async () => (await __nccwpck_require__.e(/* import() */ 616).then(__nccwpck_require__.bind(__nccwpck_require__, 9616))).definition,
    },
    "validate-data": {
        description: "Validate CSV/TSV (also .gz), JSON Lines and Parquet files against a Frictionless Table Schema or Data Package, and against a reference dataset for drift, with a finding on every offending file, line and column.",
        inputs: {
            "files": {
                "description": "Glob(s) of data files, one per line. Defaults to the resources' paths of a datapackage.json given in `schema`.",
                "required": false,
                "default": ""
            },
            "schema": {
                "description": "A Frictionless Table Schema or a Data Package (datapackage.json) file, JSON or YAML. Dataset checks (row bounds, null ratios, freshness) go in its `x-validate-data` block. With `infer`, the path the inferred schema is written to.",
                "required": false,
                "default": ""
            },
            "reference": {
                "description": "A reference dataset (same schema) to compare each file with for drift (PSI, KS, unseen categories, missing rate).",
                "required": false,
                "default": ""
            },
            "fail-on": {
                "description": "Fail the step on `error`, on `warning` (errors and warnings, drift included) or `never`.",
                "required": false,
                "default": "error"
            },
            "delimiter": {
                "description": "CSV delimiter (one character; `\\t` for tab). Defaults to `,` (`\\t` for .tsv) unless the resource's dialect says otherwise.",
                "required": false,
                "default": ""
            },
            "header": {
                "description": "Whether the first CSV row holds the column names.",
                "required": false,
                "default": "true"
            },
            "infer": {
                "description": "A data file to infer a starting schema from (types, required, ranges, enums); the schema is written to `schema` when given, else printed. No validation runs.",
                "required": false,
                "default": ""
            },
            "psi-threshold": {
                "description": "Population stability index above which a column counts as drifted.",
                "required": false,
                "default": "0.2"
            },
            "ks-threshold": {
                "description": "Two-sample Kolmogorov-Smirnov statistic above which a numeric column counts as drifted.",
                "required": false,
                "default": "0.1"
            },
            "missing-rate-threshold": {
                "description": "Change in a column's share of missing values (0..1) above which it counts as drifted.",
                "required": false,
                "default": "0.1"
            },
            "max-samples": {
                "description": "Places sampled per rule and column; the first one is annotated with the total count, all of them go to the check run.",
                "required": false,
                "default": "50"
            },
            "threads": {
                "description": "Threads that read a large plain CSV file (32 MB or more) in byte ranges; 0 picks the machine's cores, at most 3 (each adds about 20 MB of memory).",
                "required": false,
                "default": "0"
            }
        },
        load: async () => (await __nccwpck_require__.e(/* import() */ 875).then(__nccwpck_require__.bind(__nccwpck_require__, 9875))).definition,
    },
};


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(382);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__EXIT = __webpack_exports__.d;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ export { __webpack_exports__EXIT as EXIT, __webpack_exports__main as main };
/******/ 
