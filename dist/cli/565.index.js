export const id = 565;
export const ids = [565,709];
export const modules = {

/***/ 4565:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  executeLoadTest: () => (/* binding */ executeLoadTest)
});

// UNUSED EXPORTS: buildOptions

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/tsc/core/errors.js
var errors = __webpack_require__(3836);
// EXTERNAL MODULE: ./.build/tsc/core/yaml-input.js
var yaml_input = __webpack_require__(3709);
;// CONCATENATED MODULE: ./.build/tsc/actions/load-test/src/baseline.js
/** Compares a run with a previous run's results file (this action's own `results-path` output). */



const RESULTS_KIND = 'mlops-load-test-results';
const COMPARED_PERCENTILES = ['p50', 'p90', 'p95', 'p99'];
function readBaseline(file, cwd) {
    const full = external_node_path_.resolve(cwd, file);
    let data;
    try {
        data = JSON.parse((0,external_node_fs_.readFileSync)(full, 'utf8'));
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'does not exist' : `cannot be read as JSON (${error.message})`;
        throw new errors/* InputError */.dz('baseline', `'${file}' ${reason}; point it at a results file written by a previous run (output results-path).`, {
            file,
        });
    }
    const record = data;
    const latency = record?.latencyMs;
    if (record?.kind !== RESULTS_KIND || !latency || COMPARED_PERCENTILES.some((p) => typeof latency[p] !== 'number')) {
        throw new errors/* InputError */.dz('baseline', `'${file}' is not a load-test results file (kind '${RESULTS_KIND}' with latencyMs.p50..p99); use the results-path output of a previous run.`, { file });
    }
    return {
        file,
        latencyMs: Object.fromEntries(COMPARED_PERCENTILES.map((p) => [p, latency[p]])),
        rps: typeof record.rps === 'number' ? record.rps : 0,
        startedAt: typeof record.startedAt === 'string' ? record.startedAt : undefined,
    };
}
function compareWithBaseline(current, baseline, maxRegression) {
    return COMPARED_PERCENTILES.map((metric) => {
        const before = baseline.latencyMs[metric];
        const now = current[metric];
        const change = before > 0 ? now / before - 1 : 0;
        return { metric, baseline: before, current: now, change, regressed: maxRegression !== undefined && change > maxRegression };
    });
}

// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/hdr-histogram-js/dist/index.js
var dist = __webpack_require__(2960);
// EXTERNAL MODULE: ./.build/tsc/core/action-worker.js
var action_worker = __webpack_require__(4468);
// EXTERNAL MODULE: ./.build/tsc/actions/load-test/src/connection.js
var connection = __webpack_require__(9996);
// EXTERNAL MODULE: ./.build/tsc/actions/load-test/src/worker-protocol.js
var worker_protocol = __webpack_require__(763);
;// CONCATENATED MODULE: ./.build/tsc/actions/load-test/src/metrics.js
/** Merges the workers' per-second reports into run totals, a time series and threshold inputs. */



const US_PER_MS = 1000;
function summarizeLatency(histogram) {
    const count = histogram.totalCount;
    const at = (p) => (count === 0 ? 0 : histogram.getValueAtPercentile(p) / US_PER_MS);
    return {
        count,
        min: count === 0 ? 0 : histogram.minNonZeroValue / US_PER_MS,
        avg: count === 0 ? 0 : histogram.mean / US_PER_MS,
        med: at(50),
        p50: at(50),
        p75: at(75),
        p90: at(90),
        p95: at(95),
        p99: at(99),
        p999: at(99.9),
        max: count === 0 ? 0 : histogram.maxValue / US_PER_MS,
        stdev: count === 0 ? 0 : histogram.stdDeviation / US_PER_MS,
    };
}
/**
 * Runs on the coordinating thread, which shares the cores with the load workers: whatever it
 * does each second delays their sends and shows up as latency. So histograms are WebAssembly
 * ones where the runtime allows (merging and percentiles in native loops; the JavaScript
 * build's mean and deviation walk every bucket), and a second's point needs three percentiles.
 */
class RunAggregator {
    workerCount;
    useWebAssembly = (0,connection/* webAssemblyHistograms */.Y6)();
    total = (0,connection/* newLatencyHistogram */.h2)(this.useWebAssembly);
    counters = new Array(worker_protocol/* COUNTER_COUNT */.D).fill(0);
    byStatus = {};
    otherCodes = {};
    /** Seconds still waiting for some worker's report; a complete second is summarized and its histogram dropped. */
    open = new Map();
    points = [];
    constructor(workerCount) {
        this.workerCount = workerCount;
    }
    add(message) {
        const encoded = message.histogram;
        const decoded = typeof encoded === 'string'
            ? dist/* decodeFromCompressedBase64 */.Vc(encoded, 32, this.useWebAssembly)
            : this.useWebAssembly
                ? dist/* WasmHistogram */.jJ.decode(encoded, 32)
                : dist/* JsHistogram */.Sw.decode(encoded, 32);
        this.total.add(decoded);
        for (let i = 0; i < worker_protocol/* COUNTER_COUNT */.D; i++)
            this.counters[i] += message.counters[i] ?? 0;
        for (const [code, count] of Object.entries(message.statuses))
            this.byStatus[code] = (this.byStatus[code] ?? 0) + count;
        for (const [code, count] of Object.entries(message.otherErrors))
            this.otherCodes[code] = (this.otherCodes[code] ?? 0) + count;
        let slot = this.open.get(message.second);
        if (!slot) {
            slot = { histogram: (0,connection/* newLatencyHistogram */.h2)(this.useWebAssembly), requests: 0, errors: 0, reports: 0 };
            this.open.set(message.second, slot);
        }
        slot.histogram.add(decoded);
        slot.requests += message.counters[worker_protocol/* Counter */.p.completed] ?? 0;
        slot.errors += errorCount(message.counters);
        decoded.destroy();
        if (++slot.reports === this.workerCount)
            this.closeSecond(message.second);
    }
    closeSecond(second) {
        const slot = this.open.get(second);
        const { histogram } = slot;
        const at = (p) => (histogram.totalCount === 0 ? 0 : histogram.getValueAtPercentile(p) / US_PER_MS);
        this.points.push({ second, requests: slot.requests, errors: slot.errors, p50: at(50), p95: at(95), p99: at(99) });
        histogram.destroy();
        this.open.delete(second);
    }
    get completed() {
        return this.counters[worker_protocol/* Counter */.p.completed];
    }
    get failed() {
        return errorCount(this.counters);
    }
    /** Requests that ended one way or another: answered, or failed in transport. */
    get finished() {
        const c = this.counters;
        return c[worker_protocol/* Counter */.p.completed] + c[worker_protocol/* Counter */.p.refused] + c[worker_protocol/* Counter */.p.reset] + c[worker_protocol/* Counter */.p.timeout] + c[worker_protocol/* Counter */.p.protocol] + c[worker_protocol/* Counter */.p.other];
    }
    errors() {
        const c = this.counters;
        return {
            refused: c[worker_protocol/* Counter */.p.refused],
            reset: c[worker_protocol/* Counter */.p.reset],
            timeout: c[worker_protocol/* Counter */.p.timeout],
            protocol: c[worker_protocol/* Counter */.p.protocol],
            other: c[worker_protocol/* Counter */.p.other],
            status: c[worker_protocol/* Counter */.p.statusFailed],
            byStatus: { ...this.byStatus },
            otherCodes: { ...this.otherCodes },
        };
    }
    /** One point per second; seconds some worker never reported (its last, short one) are summarized as they are. */
    series() {
        for (const second of [...this.open.keys()])
            this.closeSecond(second);
        return [...this.points].sort((a, b) => a.second - b.second);
    }
    /** The values thresholds are evaluated on, over everything so far. */
    values(elapsedMs) {
        const latency = summarizeLatency(this.total);
        const finished = this.finished;
        const checks = this.counters[worker_protocol/* Counter */.p.checksPassed] + this.counters[worker_protocol/* Counter */.p.checksFailed];
        return {
            duration: {
                avg: latency.avg,
                min: latency.min,
                max: latency.max,
                med: latency.med,
                percentile: (p) => (this.total.totalCount === 0 ? 0 : this.total.getValueAtPercentile(p) / US_PER_MS),
            },
            failedRate: finished === 0 ? 0 : this.failed / finished,
            requests: { count: this.completed, rate: elapsedMs > 0 ? this.completed / (elapsedMs / 1000) : 0 },
            checksRate: checks === 0 ? 1 : this.counters[worker_protocol/* Counter */.p.checksPassed] / checks,
        };
    }
}
/** Transport failures plus responses with status >= 400, like k6's http_req_failed. */
function errorCount(counters) {
    return ((counters[worker_protocol/* Counter */.p.refused] ?? 0) +
        (counters[worker_protocol/* Counter */.p.reset] ?? 0) +
        (counters[worker_protocol/* Counter */.p.timeout] ?? 0) +
        (counters[worker_protocol/* Counter */.p.protocol] ?? 0) +
        (counters[worker_protocol/* Counter */.p.other] ?? 0) +
        (counters[worker_protocol/* Counter */.p.statusFailed] ?? 0));
}

// EXTERNAL MODULE: ./.build/tsc/actions/load-test/src/schedule.js
var src_schedule = __webpack_require__(4881);
// EXTERNAL MODULE: ./.build/tsc/core/inputs.js
var inputs = __webpack_require__(46);
;// CONCATENATED MODULE: ./.build/tsc/actions/load-test/src/thresholds.js
/**
 * Thresholds in k6's syntax: `p(95)<200`, `avg<100`, `rate<0.01`, `count>1000`, with
 * k6's operators and its object form `{ threshold, abortOnFail, delayAbortEval }`. The
 * input is either k6's map (metric -> list of expressions) or a flat list whose
 * aggregations name the metric themselves (`p(95)<200`, `error_rate<0.01`, `rps>=90`).
 */


const AGGREGATIONS = {
    http_req_duration: ['avg', 'min', 'max', 'med', 'p'],
    http_req_failed: ['rate'],
    http_reqs: ['count', 'rate'],
    checks: ['rate'],
};
/** Flat-list names: each aggregation says which metric it is about. */
const FLAT_ALIASES = {
    p: { metric: 'http_req_duration', aggregation: 'p' },
    avg: { metric: 'http_req_duration', aggregation: 'avg' },
    min: { metric: 'http_req_duration', aggregation: 'min' },
    max: { metric: 'http_req_duration', aggregation: 'max' },
    med: { metric: 'http_req_duration', aggregation: 'med' },
    error_rate: { metric: 'http_req_failed', aggregation: 'rate' },
    rps: { metric: 'http_reqs', aggregation: 'rate' },
    count: { metric: 'http_reqs', aggregation: 'count' },
    checks_rate: { metric: 'checks', aggregation: 'rate' },
};
const EXPRESSION = /^\s*(p\(\s*(\d+(?:\.\d+)?)\s*\)|[a-z_][a-z0-9_]*)\s*(<=|>=|===|==|!=|<|>)\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)\s*$/i;
const INPUT = 'thresholds';
function where(source, path) {
    return { file: source.file, line: source.lineOf(path) };
}
function locationText(place) {
    return place.file ? ` (${place.file}${place.line ? `:${place.line}` : ''})` : place.line ? ` (line ${place.line})` : '';
}
function parseExpression(expression, metric, place = {}) {
    const match = EXPRESSION.exec(expression);
    const bad = (why) => {
        throw new errors/* InputError */.dz(INPUT, `threshold '${expression}'${locationText(place)}: ${why}`, place);
    };
    if (!match)
        bad("is not of the form aggregation operator number, e.g. 'p(95)<200', 'avg<100', 'rate<0.01'.");
    const [, rawAggregation, percentileText, rawOperator, valueText] = match;
    const aggregation = rawAggregation.toLowerCase().startsWith('p(') ? 'p' : rawAggregation.toLowerCase();
    const percentile = percentileText === undefined ? undefined : Number(percentileText);
    if (percentile !== undefined && !(percentile >= 0 && percentile <= 100))
        bad('the percentile must be between 0 and 100.');
    let resolvedMetric = metric;
    let resolvedAggregation = aggregation;
    if (resolvedMetric === undefined) {
        const alias = FLAT_ALIASES[aggregation];
        if (!alias)
            bad(`'${rawAggregation}' is not known; use one of p(N), avg, min, max, med, error_rate, rps, count, checks_rate.`);
        resolvedMetric = alias.metric;
        resolvedAggregation = alias.aggregation;
    }
    else if (!AGGREGATIONS[resolvedMetric].includes(aggregation)) {
        bad(`${resolvedMetric} takes ${AGGREGATIONS[resolvedMetric].map((a) => (a === 'p' ? 'p(N)' : a)).join(', ')}, not '${rawAggregation}'.`);
    }
    return {
        expression: expression.trim(),
        metric: resolvedMetric,
        aggregation: resolvedAggregation === 'p' ? `p(${percentile})` : resolvedAggregation,
        percentile,
        operator: (rawOperator === '===' ? '==' : rawOperator),
        value: Number(valueText),
        ...place,
    };
}
function parseEntry(entry, metric, source, path) {
    const place = where(source, path);
    if (typeof entry === 'string')
        return { ...parseExpression(entry, metric, place), abortOnFail: false, delayAbortEvalMs: 0 };
    if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
        const object = entry;
        const unknownKey = Object.keys(object).find((key) => !['threshold', 'abortOnFail', 'delayAbortEval'].includes(key));
        if (unknownKey)
            throw new errors/* InputError */.dz(INPUT, `unknown key '${unknownKey}'${locationText(place)}; a threshold object takes threshold, abortOnFail, delayAbortEval.`, place);
        if (typeof object.threshold !== 'string')
            throw new errors/* InputError */.dz(INPUT, `a threshold object${locationText(place)} needs 'threshold: <expression>'.`, place);
        if (object.abortOnFail !== undefined && typeof object.abortOnFail !== 'boolean') {
            throw new errors/* InputError */.dz(INPUT, `abortOnFail${locationText(place)} must be true or false.`, place);
        }
        let delayAbortEvalMs = 0;
        if (object.delayAbortEval !== undefined) {
            const parsed = (0,inputs/* parseDuration */.E9)(String(object.delayAbortEval));
            if (parsed === undefined)
                throw new errors/* InputError */.dz(INPUT, `delayAbortEval '${String(object.delayAbortEval)}'${locationText(place)} is not a duration like 10s.`, place);
            delayAbortEvalMs = parsed;
        }
        return { ...parseExpression(object.threshold, metric, place), abortOnFail: object.abortOnFail === true, delayAbortEvalMs };
    }
    throw new errors/* InputError */.dz(INPUT, `each threshold${locationText(place)} must be an expression string or an object with 'threshold'.`, place);
}
/** Reads the `thresholds` input (k6's map or a flat list) into thresholds with their file:line. */
function parseThresholds(source) {
    const value = source.value;
    if (value === null || value === undefined)
        return [];
    if (typeof value === 'string')
        return [parseEntry(value, undefined, source, [])];
    if (Array.isArray(value))
        return value.map((entry, index) => parseEntry(entry, undefined, source, [index]));
    if (typeof value !== 'object')
        throw new errors/* InputError */.dz(INPUT, 'must be a map of metric -> expressions (like k6) or a list of expressions.');
    const thresholds = [];
    for (const [metric, entries] of Object.entries(value)) {
        if (!(metric in AGGREGATIONS)) {
            const place = where(source, [metric]);
            const hint = metric.includes('{') ? ' Tagged sub-metrics are not supported.' : '';
            throw new errors/* InputError */.dz(INPUT, `unknown metric '${metric}'${locationText(place)}; use ${Object.keys(AGGREGATIONS).join(', ')}.${hint}`, place);
        }
        const list = Array.isArray(entries) ? entries : [entries];
        list.forEach((entry, index) => thresholds.push(parseEntry(entry, metric, source, Array.isArray(entries) ? [metric, index] : [metric])));
    }
    return thresholds;
}
function measuredValue(threshold, values) {
    switch (threshold.metric) {
        case 'http_req_duration': {
            if (threshold.percentile !== undefined)
                return values.duration.percentile(threshold.percentile);
            return values.duration[threshold.aggregation];
        }
        case 'http_req_failed':
            return values.failedRate;
        case 'http_reqs':
            return threshold.aggregation === 'count' ? values.requests.count : values.requests.rate;
        case 'checks':
            return values.checksRate;
    }
}
function compare(actual, operator, expected) {
    switch (operator) {
        case '<':
            return actual < expected;
        case '<=':
            return actual <= expected;
        case '>':
            return actual > expected;
        case '>=':
            return actual >= expected;
        case '==':
            return actual === expected;
        case '!=':
            return actual !== expected;
    }
}
function evaluateThresholds(thresholds, values) {
    return thresholds.map((threshold) => {
        const actual = measuredValue(threshold, values);
        return { threshold, actual, passed: Number.isFinite(actual) && compare(actual, threshold.operator, threshold.value) };
    });
}

;// CONCATENATED MODULE: ./.build/tsc/actions/load-test/src/engine.js
/**
 * Runs a load test: resolves and probes the target, starts the worker threads, merges
 * their per-second reports, stops early when an abort-on-fail threshold fails, and
 * returns the merged result.
 */











const ERROR_CLASSES = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    ETIMEDOUT: 'connect timeout',
    ENOTFOUND: 'host not found (DNS)',
    EAI_AGAIN: 'DNS lookup failed (temporary)',
    DNS_TIMEOUT: 'DNS lookup timed out',
};
function describeErrorCode(code) {
    return ERROR_CLASSES[code] ? `${ERROR_CLASSES[code]} (${code})` : code;
}
function defaultWorkerCount() {
    return (0,external_node_os_.availableParallelism)();
}
function buildRequest(method, url, headers, body) {
    const lines = [`${method} ${url.pathname}${url.search} HTTP/1.1`];
    const names = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
    if (!names.has('host'))
        lines.push(`Host: ${url.host}`);
    if (!names.has('user-agent'))
        lines.push('User-Agent: mlops-load-test');
    for (const [name, value] of Object.entries(headers))
        lines.push(`${name}: ${value}`);
    if (body.length > 0 || ['POST', 'PUT', 'PATCH'].includes(method))
        lines.push(`Content-Length: ${body.length}`);
    return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body]);
}
async function resolveTarget(url, timeoutMs) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (external_node_net_.isIP(host))
        return host;
    let timer;
    const expired = new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error('DNS lookup timed out'), { code: 'DNS_TIMEOUT' })), timeoutMs);
    });
    try {
        return (await Promise.race([(0,promises_.lookup)(host), expired])).address;
    }
    catch (error) {
        const code = error.code ?? 'ENOTFOUND';
        throw new errors/* UserError */.yo(`Cannot reach ${url.href}: ${describeErrorCode(code)}. Check the host name in 'url'.`);
    }
    finally {
        clearTimeout(timer);
    }
}
/** One connection attempt, so an unreachable target fails at once with its reason instead of as a run full of errors. */
async function probe(url, address, port, timeoutMs) {
    const code = await new Promise((resolve) => {
        const socket = url.protocol === 'https:'
            ? external_node_tls_.connect({ host: address, port, servername: external_node_net_.isIP(url.hostname) ? undefined : url.hostname })
            : external_node_net_.connect({ host: address, port });
        const timer = setTimeout(() => {
            socket.destroy();
            resolve('ETIMEDOUT');
        }, timeoutMs);
        socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
            clearTimeout(timer);
            socket.destroy();
            resolve(undefined);
        });
        socket.once('error', (error) => {
            clearTimeout(timer);
            socket.destroy();
            resolve(error.code ?? error.message);
        });
    });
    if (code) {
        const extra = code === 'ETIMEDOUT' ? ` within ${timeoutMs} ms` : '';
        throw new errors/* UserError */.yo(`Cannot reach ${url.href}: ${describeErrorCode(code)}${extra}. Is the server running and listening on ${address}:${port}?`);
    }
}
async function runLoadTest(options, log) {
    const url = new URL(options.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new errors/* UserError */.yo(`Input 'url': '${options.url}' must be an http:// or https:// URL.`);
    const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
    const connectTimeoutMs = options.connectTimeoutMs ?? Math.min(options.timeoutMs, 10_000);
    const address = await resolveTarget(url, connectTimeoutMs);
    await probe(url, address, port, connectTimeoutMs);
    const schedule = new src_schedule/* LoadSchedule */.Q(options.stages, options.initialTarget);
    const requests = options.bodies.map((body) => buildRequest(options.method, url, options.headers, body));
    const workerCount = Math.max(1, Math.min(options.workers, options.model === 'closed' ? Math.max(1, options.initialTarget, ...options.stages.map((s) => s.target)) : options.workers));
    const aggregator = new RunAggregator(workerCount);
    const workers = [];
    let aborted;
    const startedAt = new Date();
    let startEpochMs = 0;
    let cpuAtStart = process.cpuUsage();
    let cpu = { user: 0, system: 0 };
    const finishedAll = new Promise((resolve, reject) => {
        let ready = 0;
        let done = 0;
        let elapsed = 0;
        let lastSecondEvaluated = -1;
        const onMessage = (message) => {
            if (message.type === 'ready') {
                if (++ready === workerCount) {
                    startEpochMs = performance.timeOrigin + performance.now() + 20;
                    cpuAtStart = process.cpuUsage();
                    for (const worker of workers)
                        worker.postMessage({ type: 'start', startEpochMs });
                    log.info(`${workerCount} worker thread(s) started; ${describePlan(options, schedule)}.`);
                }
            }
            else if (message.type === 'interval') {
                aggregator.add(message);
                if (message.second > lastSecondEvaluated && !aborted) {
                    lastSecondEvaluated = message.second;
                    checkAbort(message.second);
                }
            }
            else if (message.type === 'done') {
                elapsed = Math.max(elapsed, message.elapsedMs);
                if (++done === workerCount) {
                    cpu = process.cpuUsage(cpuAtStart);
                    resolve(elapsed);
                }
            }
            else if (message.type === 'crash')
                reject(new Error(`load worker ${message.workerIndex} failed: ${message.message}`));
        };
        const checkAbort = (second) => {
            const elapsedMs = (second + 1) * 1000;
            const candidates = options.thresholds.filter((t) => t.abortOnFail && elapsedMs >= t.delayAbortEvalMs);
            if (candidates.length === 0)
                return;
            const failed = evaluateThresholds(candidates, aggregator.values(elapsedMs)).find((outcome) => !outcome.passed);
            if (!failed)
                return;
            aborted = {
                atMs: elapsedMs,
                reason: `threshold '${failed.threshold.expression}' on ${failed.threshold.metric} failed (measured ${round(failed.actual)}) and has abortOnFail`,
            };
            log.warning(`Stopping early: ${aborted.reason}.`);
            for (const worker of workers)
                worker.postMessage({ type: 'stop' });
        };
        for (let index = 0; index < workerCount; index++) {
            const config = {
                workerIndex: index,
                workerCount,
                address,
                port,
                tls: url.protocol === 'https:',
                servername: url.hostname,
                requests: requests.map((request) => new Uint8Array(request.buffer, request.byteOffset, request.byteLength)),
                order: options.order,
                headRequest: options.method === 'HEAD',
                model: options.model,
                stages: options.stages,
                initialTarget: options.initialTarget,
                maxInFlight: Math.max(1, Math.ceil(options.maxInFlight / workerCount)),
                timeoutMs: options.timeoutMs,
                checks: options.checks,
            };
            const worker = (0,action_worker/* startActionWorker */.tB)('load-test', import.meta.url, './load-worker-thread.ts', { config });
            worker.on('message', onMessage);
            worker.on('error', reject);
            worker.on('exit', (code) => {
                if (done < workerCount)
                    reject(new Error(`load worker ${index} exited early with code ${code}`));
            });
            workers.push(worker);
        }
    });
    let elapsedMs;
    try {
        elapsedMs = await finishedAll;
    }
    finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
    }
    const latency = summarizeLatency(aggregator.total);
    const c = aggregator.counters;
    const runSeconds = Math.max(elapsedMs, 1) / 1000;
    const checkCount = c[worker_protocol/* Counter */.p.checksPassed] + c[worker_protocol/* Counter */.p.checksFailed];
    const finished = aggregator.finished;
    return {
        url: url.href,
        method: options.method,
        model: options.model,
        startedAt: startedAt.toISOString(),
        elapsedMs,
        plannedMs: schedule.totalMs,
        workers: workerCount,
        requested: options.model === 'open'
            ? { rate: schedule.totalCount / (schedule.totalMs / 1000), requests: schedule.totalCount }
            : { vus: Math.max(options.initialTarget, ...options.stages.map((s) => s.target)) },
        requests: {
            sent: c[worker_protocol/* Counter */.p.sent],
            completed: c[worker_protocol/* Counter */.p.completed],
            finished,
            dropped: c[worker_protocol/* Counter */.p.dropped],
            retried: c[worker_protocol/* Counter */.p.retried],
            connections: c[worker_protocol/* Counter */.p.connectionsOpened],
        },
        // Over the planned window, so a rate test is judged on what it asked for; an abort shortens it.
        rps: c[worker_protocol/* Counter */.p.completed] / (aborted ? runSeconds : Math.max(schedule.totalMs / 1000, 0.001)),
        latencyMs: latency,
        errors: aggregator.errors(),
        errorRate: finished === 0 ? 0 : aggregator.failed / finished,
        checks: {
            passed: c[worker_protocol/* Counter */.p.checksPassed],
            failed: c[worker_protocol/* Counter */.p.checksFailed],
            rate: checkCount === 0 ? 1 : c[worker_protocol/* Counter */.p.checksPassed] / checkCount,
        },
        series: aggregator.series(),
        thresholds: evaluateThresholds(options.thresholds, aggregator.values(aborted ? elapsedMs : schedule.totalMs)),
        aborted,
        generatorCpu: {
            userMs: cpu.user / 1000,
            systemMs: cpu.system / 1000,
            perRequestUs: c[worker_protocol/* Counter */.p.completed] > 0 ? (cpu.user + cpu.system) / c[worker_protocol/* Counter */.p.completed] : 0,
        },
        histogram: dist/* encodeIntoCompressedBase64 */.dH(aggregator.total),
    };
}
function describePlan(options, schedule) {
    const seconds = schedule.totalMs / 1000;
    return options.model === 'open'
        ? `open model, ${schedule.totalCount} requests over ${seconds} s`
        : `closed model, up to ${Math.max(options.initialTarget, ...options.stages.map((s) => s.target))} virtual users for ${seconds} s`;
}
function round(value) {
    return Number(value.toPrecision(4));
}

// EXTERNAL MODULE: ./.build/tsc/actions/load-test/src/checks.js
var checks = __webpack_require__(9081);
;// CONCATENATED MODULE: ./.build/tsc/actions/load-test/src/options.js
/** Turns the structured inputs (stages, checks, headers, max-regression) into typed options. */



function at(source, path) {
    return { file: source.file, line: source.lineOf(path) };
}
function placeText(place) {
    return place.file ? ` (${place.file}${place.line ? `:${place.line}` : ''})` : place.line ? ` (line ${place.line})` : '';
}
/** k6-style stages: a list of `{duration: 30s, target: 100}`, or `30s:100` strings (also comma-separated). */
function parseStages(source) {
    let value = source.value;
    if (typeof value === 'string')
        value = value
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean);
    if (!Array.isArray(value) || value.length === 0) {
        throw new errors/* InputError */.dz('stages', 'must be a list of stages such as `- {duration: 30s, target: 100}` or `30s:100, 1m:100`.');
    }
    return value.map((entry, index) => {
        const place = at(source, [index]);
        let durationText;
        let targetValue;
        if (typeof entry === 'string') {
            const match = /^\s*([^:\s]+)\s*:\s*(\S+)\s*$/.exec(entry);
            if (!match)
                throw new errors/* InputError */.dz('stages', `stage '${entry}'${placeText(place)} is not of the form <duration>:<target>, e.g. 30s:100.`, place);
            [, durationText, targetValue] = match;
        }
        else if (entry && typeof entry === 'object') {
            ({ duration: durationText, target: targetValue } = entry);
        }
        const durationMs = (0,inputs/* parseDuration */.E9)(String(durationText ?? ''));
        const target = Number(targetValue);
        if (durationMs === undefined || durationMs <= 0) {
            throw new errors/* InputError */.dz('stages', `stage ${index + 1}${placeText(place)}: duration '${String(durationText)}' is not a positive duration like 30s.`, place);
        }
        if (targetValue === undefined || targetValue === '' || !Number.isFinite(target) || target < 0) {
            throw new errors/* InputError */.dz('stages', `stage ${index + 1}${placeText(place)}: target '${String(targetValue)}' must be a number >= 0.`, place);
        }
        return { durationMs, target };
    });
}
function statusRanges(value, place) {
    const items = Array.isArray(value) ? value : [value];
    return items.map((item) => {
        const text = String(item).trim();
        if (/^\d{3}$/.test(text))
            return [Number(text), Number(text)];
        const classMatch = /^([1-5])xx$/i.exec(text);
        if (classMatch)
            return [Number(classMatch[1]) * 100, Number(classMatch[1]) * 100 + 99];
        const range = /^(\d{3})\s*-\s*(\d{3})$/.exec(text);
        if (range)
            return [Number(range[1]), Number(range[2])];
        throw new errors/* InputError */.dz('checks', `status '${text}'${placeText(place)} must be a code (200), a class (2xx) or a range (200-299).`, place);
    });
}
/** A list of `status: 200|[200, 201]|2xx` and `json: $.path` (+ optional `equals: value`) items. */
function parseChecks(source) {
    const value = source.value;
    const items = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : undefined;
    if (!items)
        throw new errors/* InputError */.dz('checks', 'must be a list of checks such as `- status: 200` or `- json: $.prediction`.');
    return items.map((item, index) => {
        const place = at(source, Array.isArray(value) ? [index] : []);
        if (!item || typeof item !== 'object' || Array.isArray(item)) {
            throw new errors/* InputError */.dz('checks', `check ${index + 1}${placeText(place)} must be a map with 'status' or 'json'.`, place);
        }
        const check = item;
        const unknownKey = Object.keys(check).find((key) => !['status', 'json', 'equals'].includes(key));
        if (unknownKey)
            throw new errors/* InputError */.dz('checks', `check ${index + 1}${placeText(place)}: unknown key '${unknownKey}'; use status, json, equals.`, place);
        if (check.status !== undefined && check.json !== undefined) {
            throw new errors/* InputError */.dz('checks', `check ${index + 1}${placeText(place)}: give 'status' or 'json', one per list item.`, place);
        }
        if (check.status !== undefined) {
            if (check.equals !== undefined)
                throw new errors/* InputError */.dz('checks', `check ${index + 1}${placeText(place)}: 'equals' goes with 'json'.`, place);
            return {
                kind: 'status',
                label: `status ${Array.isArray(check.status) ? check.status.join('|') : String(check.status)}`,
                ranges: statusRanges(check.status, place),
            };
        }
        if (typeof check.json === 'string') {
            const path = (0,checks/* parseJsonPath */.Hf)(check.json);
            if (!path)
                throw new errors/* InputError */.dz('checks', `JSON path '${check.json}'${placeText(place)} is not like $.a.b[0] (no wildcards or filters).`, place);
            const hasEquals = Object.prototype.hasOwnProperty.call(check, 'equals');
            return {
                kind: 'json',
                label: hasEquals ? `${check.json} == ${JSON.stringify(check.equals)}` : `${check.json} exists`,
                path,
                equals: check.equals,
                hasEquals,
            };
        }
        throw new errors/* InputError */.dz('checks', `check ${index + 1}${placeText(place)} needs 'status: <code>' or 'json: <path>'.`, place);
    });
}
/** `Name: value` lines. */
function parseHeaders(lines) {
    const headers = {};
    for (const line of lines) {
        const match = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
        if (!match)
            throw new errors/* InputError */.dz('headers', `'${line}' is not a header line; write one 'Name: value' per line.`);
        headers[match[1]] = match[2];
    }
    return headers;
}
/** `10%` or `10` -> 0.1. */
function parseMaxRegression(text) {
    if (text === undefined)
        return undefined;
    const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text);
    if (!match)
        throw new errors/* InputError */.dz('max-regression', `'${text}' is not a percentage like 10%.`);
    return Number(match[1]) / 100;
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(5175);
;// CONCATENATED MODULE: ./.build/tsc/actions/load-test/src/payloads.js
/**
 * Request bodies built from a dataset: each CSV or JSON Lines row fills a body template's
 * `{{column}}` placeholders (as JSON values; `"{{column}}"` as a JSON string), or becomes
 * the JSON body itself when there is no template.
 */




const MAX_PAYLOAD_ROWS = 100_000;
const PLACEHOLDER = /"\{\{\s*([^{}\s]+)\s*\}\}"|\{\{\s*([^{}\s]+)\s*\}\}/g;
function readPayloadRows(file, cwd) {
    const full = external_node_path_.resolve(cwd, file);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(full, 'utf8');
    }
    catch (error) {
        throw new errors/* InputError */.dz('payloads', `file '${file}' cannot be read (${error.code ?? error.message}); resolved to ${full}.`, { file });
    }
    const rows = /\.(jsonl|ndjson)$/i.test(file) ? parseJsonLines(text, file) : /\.csv$/i.test(file) ? parseCsvRows(text, file) : undefined;
    if (!rows)
        throw new errors/* InputError */.dz('payloads', `'${file}' must end in .csv, .jsonl or .ndjson.`, { file });
    if (rows.length === 0)
        throw new errors/* InputError */.dz('payloads', `'${file}' has no data rows.`, { file });
    return rows.slice(0, MAX_PAYLOAD_ROWS);
}
function parseJsonLines(text, file) {
    const rows = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length && rows.length < MAX_PAYLOAD_ROWS; i++) {
        const line = lines[i].trim();
        if (line === '')
            continue;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (error) {
            throw new errors/* UserError */.yo(`Input 'payloads': ${file}:${i + 1}: not valid JSON (${error.message}).`, { file, line: i + 1 });
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new errors/* UserError */.yo(`Input 'payloads': ${file}:${i + 1}: each line must be a JSON object.`, { file, line: i + 1 });
        }
        rows.push(value);
    }
    return rows;
}
function parseCsvRows(text, file) {
    try {
        return (0,sync/* parse */.qg)(text, { columns: true, skip_empty_lines: true, trim: true, cast: true, to: MAX_PAYLOAD_ROWS, bom: true });
    }
    catch (error) {
        const line = error.lines;
        throw new errors/* UserError */.yo(`Input 'payloads': ${file}${line ? `:${line}` : ''}: ${error.message}`, { file, line });
    }
}
/** Fills one template per row; an unknown placeholder is an error naming it and the columns there are. */
function renderBodies(template, rows) {
    if (template === undefined)
        return rows.map((row) => Buffer.from(JSON.stringify(row)));
    const columns = new Set(Object.keys(rows[0]));
    for (const match of template.matchAll(PLACEHOLDER)) {
        const name = match[1] ?? match[2];
        if (!columns.has(name)) {
            throw new errors/* InputError */.dz('body', `placeholder {{${name}}} names no payload column; the columns are: ${[...columns].join(', ')}.`);
        }
    }
    return rows.map((row) => Buffer.from(template.replace(PLACEHOLDER, (_all, quoted, bare) => {
        const value = row[(quoted ?? bare)];
        if (quoted !== undefined)
            return JSON.stringify(value === undefined || value === null ? '' : String(value));
        return value === undefined || value === '' ? 'null' : JSON.stringify(value);
    })));
}

// EXTERNAL MODULE: ./.build/tsc/core/markdown.js
var markdown = __webpack_require__(1890);
;// CONCATENATED MODULE: ./.build/tsc/actions/load-test/src/report.js

/** Below this share of the requested rate, the run says it could not keep up. */
const RATE_SHORTFALL = 0.99;
const CHART_POINTS = 60;
function ms(value) {
    return `${(0,markdown/* formatNumber */.ZV)(value)} ms`;
}
function percent(value) {
    return `${(0,markdown/* formatNumber */.ZV)(value * 100)}%`;
}
function thresholdValue(metric, value) {
    if (metric === 'http_req_duration')
        return ms(value);
    if (metric === 'http_req_failed' || metric === 'checks')
        return percent(value);
    return (0,markdown/* formatNumber */.ZV)(value);
}
function rateShortfall(result) {
    const requested = result.requested.rate;
    if (requested === undefined || result.aborted)
        return undefined;
    return result.rps < requested * RATE_SHORTFALL ? { requested, achieved: result.rps } : undefined;
}
function buildFindings(input) {
    const { result } = input;
    const findings = [];
    for (const outcome of result.thresholds) {
        if (outcome.passed)
            continue;
        const { threshold } = outcome;
        findings.push({
            level: 'error',
            title: 'Threshold failed',
            message: `${threshold.metric}: '${threshold.expression}' failed, measured ${threshold.aggregation}=${thresholdValue(threshold.metric, outcome.actual)}.`,
            file: threshold.file,
            line: threshold.file ? threshold.line : undefined,
            rule: 'threshold',
        });
    }
    const shortfall = rateShortfall(result);
    if (shortfall) {
        findings.push({
            level: 'warning',
            title: 'Requested rate not reached',
            message: `achieved ${(0,markdown/* formatNumber */.ZV)(shortfall.achieved)} req/s of the requested ${(0,markdown/* formatNumber */.ZV)(shortfall.requested)} req/s (${result.requests.dropped} requests never sent); raise max-in-flight or workers, or the target is saturated.`,
            rule: 'rate',
        });
    }
    if (result.requests.completed === 0) {
        findings.push({
            level: 'error',
            title: 'No responses',
            message: `no request to ${result.url} got a response; see the error breakdown.`,
            rule: 'errors',
        });
    }
    for (const row of input.baseline?.rows ?? []) {
        if (!row.regressed)
            continue;
        findings.push({
            level: 'error',
            title: 'Latency regression',
            message: `${row.metric} ${ms(row.current)} is ${percent(row.change)} slower than the baseline ${ms(row.baseline)} (allowed ${percent(input.baseline.maxRegression ?? 0)}).`,
            file: input.baseline.file,
            rule: 'baseline',
        });
    }
    if (result.aborted)
        findings.push({
            level: 'error',
            title: 'Run aborted',
            message: `stopped after ${result.aborted.atMs / 1000} s: ${result.aborted.reason}.`,
            rule: 'threshold',
        });
    return findings;
}
function errorRows(result) {
    const e = result.errors;
    const rows = [
        ['connection refused', e.refused],
        ['connection reset / closed', e.reset],
        ['timeout', e.timeout],
        ['malformed response', e.protocol],
        ...Object.entries(e.otherCodes).map(([code, count]) => [`other: ${code}`, count]),
        ...Object.entries(e.byStatus)
            .filter(([code]) => Number(code) >= 400)
            .map(([code, count]) => [`HTTP ${code}`, count]),
    ];
    return rows.filter(([, count]) => Number(count) > 0);
}
function charts(result) {
    const points = (0,markdown/* downsample */.Jd)(result.series.filter((point) => point.requests > 0 || point.second * 1000 < result.plannedMs), CHART_POINTS);
    if (points.length < 2)
        return [];
    const labels = points.map((point) => `${point.second}s`);
    return [
        (0,markdown/* xyChart */.Gp)({
            title: 'Latency per second: p50, p95, p99 (ms)',
            x: { labels, title: 'time' },
            y: { title: 'ms' },
            series: [
                { kind: 'line', values: points.map((p) => p.p50) },
                { kind: 'line', values: points.map((p) => p.p95) },
                { kind: 'line', values: points.map((p) => p.p99) },
            ],
        }),
        (0,markdown/* xyChart */.Gp)({
            title: 'Responses per second',
            x: { labels, title: 'time' },
            y: { title: 'req/s' },
            series: [{ kind: 'bar', values: points.map((p) => p.requests) }],
        }),
    ];
}
function buildReport(input, findings) {
    const { result } = input;
    const passed = !findings.some((finding) => finding.level === 'error');
    const l = result.latencyMs;
    const requestedText = result.requested.rate !== undefined
        ? ` (requested ${(0,markdown/* formatNumber */.ZV)(result.requested.rate)} req/s, ${(0,markdown/* formatNumber */.ZV)(result.requests.completed)} of ${(0,markdown/* formatNumber */.ZV)(result.requested.requests ?? 0)} requests answered)`
        : ` (${result.requested.vus} virtual users)`;
    const failedThresholds = findings.filter((finding) => finding.title === 'Threshold failed').length;
    const title = `${(0,markdown/* formatNumber */.ZV)(result.requests.completed)} responses at ${(0,markdown/* formatNumber */.ZV)(result.rps)} req/s, p95 ${ms(l.p95)}, ${percent(result.errorRate)} errors` +
        (failedThresholds > 0 ? `, ${failedThresholds} threshold${failedThresholds === 1 ? '' : 's'} failed` : '');
    const lines = [
        (0,markdown/* heading */.R_)(2, `${passed ? markdown/* STATUS_ICON */.tW.pass : markdown/* STATUS_ICON */.tW.fail} Load test of \`${result.method} ${result.url}\``),
        '',
        `${result.model === 'open' ? "Open model (constant arrival rate; latency counted from each request's scheduled time)" : 'Closed model (virtual users)'}, ${(0,markdown/* formatNumber */.ZV)(result.plannedMs / 1000)} s planned, ${result.workers} worker thread(s).`,
        '',
        `**${(0,markdown/* formatNumber */.ZV)(result.rps)} req/s achieved**${requestedText} · **p95 ${ms(l.p95)}** · error rate **${percent(result.errorRate)}**`,
    ];
    const shortfall = rateShortfall(result);
    if (shortfall)
        lines.push('', `${markdown/* STATUS_ICON */.tW.warn} The requested rate was not reached: ${(0,markdown/* formatNumber */.ZV)(shortfall.achieved)} of ${(0,markdown/* formatNumber */.ZV)(shortfall.requested)} req/s.`);
    if (result.aborted)
        lines.push('', `${markdown/* STATUS_ICON */.tW.fail} Stopped early after ${result.aborted.atMs / 1000} s: ${result.aborted.reason}.`);
    lines.push('', (0,markdown/* heading */.R_)(3, 'Latency'), (0,markdown/* table */.tp)(['p50', 'p75', 'p90', 'p95', 'p99', 'p99.9', 'max', 'avg', 'min'], [[l.p50, l.p75, l.p90, l.p95, l.p99, l.p999, l.max, l.avg, l.min].map(ms)], Array(9).fill('right')));
    if (result.thresholds.length > 0) {
        lines.push('', (0,markdown/* heading */.R_)(3, 'Thresholds'), (0,markdown/* table */.tp)(['', 'metric', 'threshold', 'measured'], result.thresholds.map((o) => [
            o.passed ? markdown/* STATUS_ICON */.tW.pass : markdown/* STATUS_ICON */.tW.fail,
            o.threshold.metric,
            `\`${o.threshold.expression}\`${o.threshold.abortOnFail ? ' (abortOnFail)' : ''}`,
            `${o.threshold.aggregation}=${thresholdValue(o.threshold.metric, o.actual)}`,
        ])));
    }
    const errors = errorRows(result);
    lines.push('', (0,markdown/* heading */.R_)(3, 'Errors'), errors.length ? (0,markdown/* table */.tp)(['class', 'requests'], errors, ['left', 'right']) : 'None.');
    if (result.checks.passed + result.checks.failed > 0) {
        lines.push('', `Checks: ${(0,markdown/* formatNumber */.ZV)(result.checks.passed)} passed, ${(0,markdown/* formatNumber */.ZV)(result.checks.failed)} failed (${percent(result.checks.rate)}).`);
    }
    if (input.baseline) {
        lines.push('', (0,markdown/* heading */.R_)(3, `Against the baseline \`${input.baseline.file}\``), (0,markdown/* table */.tp)(['', 'percentile', 'baseline', 'now', 'change'], input.baseline.rows.map((row) => [
            row.regressed ? markdown/* STATUS_ICON */.tW.fail : markdown/* STATUS_ICON */.tW.pass,
            row.metric,
            ms(row.baseline),
            ms(row.current),
            `${row.change >= 0 ? '+' : ''}${percent(row.change)}`,
        ])));
    }
    const chartBlocks = charts(result);
    if (chartBlocks.length)
        lines.push('', (0,markdown/* heading */.R_)(3, 'Over time'), ...chartBlocks.flatMap((chart) => ['', chart]));
    lines.push('', `Requests sent ${(0,markdown/* formatNumber */.ZV)(result.requests.sent)}, answered ${(0,markdown/* formatNumber */.ZV)(result.requests.completed)}, never sent ${(0,markdown/* formatNumber */.ZV)(result.requests.dropped)}, re-sent on a closed keep-alive connection ${(0,markdown/* formatNumber */.ZV)(result.requests.retried)}; ${(0,markdown/* formatNumber */.ZV)(result.requests.connections)} connections. Results: \`${input.resultsPath}\`.`);
    return {
        title,
        passed,
        summary: lines.join('\n'),
        findings,
        outputs: {
            passed,
            'p95-ms': Number(l.p95.toFixed(3)),
            rps: Number(result.rps.toFixed(2)),
            'error-rate': Number(result.errorRate.toFixed(6)),
            'results-path': input.resultsPath,
        },
        data: resultsDocument(result, input.baseline?.rows),
    };
}
/** The results file: what `baseline` reads back, and the JSON report's data. */
function resultsDocument(result, baselineRows) {
    return {
        kind: 'mlops-load-test-results',
        version: 1,
        ...result,
        thresholds: result.thresholds.map((o) => ({
            metric: o.threshold.metric,
            expression: o.threshold.expression,
            aggregation: o.threshold.aggregation,
            measured: o.actual,
            passed: o.passed,
            abortOnFail: o.threshold.abortOnFail,
        })),
        baseline: baselineRows,
    };
}

;// CONCATENATED MODULE: ./.build/tsc/actions/load-test/src/execute.js
/** The action's work: inputs -> options -> load run -> baseline comparison -> report. */










const DEFAULT_DURATION_MS = 30_000;
function buildOptions(inputs, cwd) {
    try {
        new URL(inputs.url);
    }
    catch {
        throw new errors/* InputError */.dz('url', `'${inputs.url}' is not a URL; write it like http://127.0.0.1:8080/predict.`);
    }
    const raw = (name) => (key) => (key === name ? inputs[name] : '');
    const stagesSource = (0,yaml_input.getYamlOrFile)(raw('stages'), 'stages', cwd);
    const thresholdsSource = (0,yaml_input.getYamlOrFile)(raw('thresholds'), 'thresholds', cwd);
    const checksSource = (0,yaml_input.getYamlOrFile)(raw('checks'), 'checks', cwd);
    const model = inputs.vus !== undefined ? 'closed' : 'open';
    const initialTarget = (model === 'closed' ? inputs.vus : inputs.rate) ?? 0;
    const stages = stagesSource ? parseStages(stagesSource) : [{ durationMs: inputs.duration ?? DEFAULT_DURATION_MS, target: initialTarget }];
    if (Math.max(initialTarget, ...stages.map((s) => s.target)) <= 0) {
        throw new errors/* InputError */.dz(model === 'closed' ? 'vus' : 'rate', 'and the stage targets are all 0, so nothing would be sent.');
    }
    const headers = parseHeaders(inputs.headers);
    let bodies = [Buffer.from(inputs.body ?? '')];
    if (inputs.payloads)
        bodies = renderBodies(inputs.body, readPayloadRows(inputs.payloads, cwd));
    const looksJson = /^\s*[[{]/.test(bodies[0].toString('utf8', 0, Math.min(64, bodies[0].length)));
    if (looksJson && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type'))
        headers['Content-Type'] = 'application/json';
    return {
        url: inputs.url,
        method: inputs.method ?? (inputs.body !== undefined || inputs.payloads ? 'POST' : 'GET'),
        headers,
        bodies,
        order: inputs['payload-order'],
        model,
        stages,
        initialTarget,
        maxInFlight: inputs['max-in-flight'],
        timeoutMs: inputs.timeout,
        workers: inputs.workers === 0 ? defaultWorkerCount() : inputs.workers,
        checks: checksSource ? parseChecks(checksSource) : [],
        thresholds: thresholdsSource ? parseThresholds(thresholdsSource) : [],
    };
}
async function executeLoadTest(inputs, context) {
    const options = buildOptions(inputs, context.cwd);
    const maxRegression = parseMaxRegression(inputs['max-regression']);
    if (maxRegression !== undefined && !inputs.baseline)
        throw new errors/* InputError */.dz('max-regression', 'needs a baseline results file in the baseline input.');
    const baseline = inputs.baseline ? readBaseline(inputs.baseline, context.cwd) : undefined;
    const result = await runLoadTest(options, context.log);
    const baselineReport = baseline
        ? { file: baseline.file, rows: compareWithBaseline(result.latencyMs, baseline, maxRegression), maxRegression }
        : undefined;
    const resultsPath = external_node_path_.resolve(context.cwd, inputs['results-path']);
    const reportInput = { result, baseline: baselineReport, resultsPath };
    (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(resultsPath), { recursive: true });
    (0,external_node_fs_.writeFileSync)(resultsPath, `${JSON.stringify(resultsDocument(result, baselineReport?.rows), null, 2)}\n`);
    return buildReport(reportInput, buildFindings(reportInput));
}


/***/ }),

/***/ 1890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ xyChart),
/* harmony export */   Jd: () => (/* binding */ downsample),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports escapeCell, pieChart */
/** Markdown and mermaid builders shared by every action's summary, check run and PR comment. */
/** Escapes text for a table cell: pipes and newlines would break the row. */
function escapeCell(value) {
    if (value === null || value === undefined)
        return '';
    return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function table(headers, rows, align = []) {
    const marker = (a) => (a === 'right' ? '---:' : a === 'center' ? ':---:' : '---');
    const lines = [
        `| ${headers.map(escapeCell).join(' | ')} |`,
        `| ${headers.map((_, i) => marker(align[i])).join(' | ')} |`,
        ...rows.map((row) => `| ${headers.map((_, i) => escapeCell(row[i])).join(' | ')} |`),
    ];
    return lines.join('\n');
}
function heading(level, text) {
    return `${'#'.repeat(level)} ${text}`;
}
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** A short number for humans: 3 significant digits, no exponent for everyday magnitudes. */
function formatNumber(value, digits = 3) {
    if (!Number.isFinite(value))
        return String(value);
    if (Number.isInteger(value) && Math.abs(value) < 1e15)
        return value.toLocaleString('en-US');
    const magnitude = Math.abs(value);
    if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e15))
        return value.toExponential(digits - 1);
    return Number(value.toPrecision(digits)).toString();
}
const STATUS_ICON = { pass: '✅', fail: '❌', warn: '⚠️', info: 'ℹ️' };
function quote(text) {
    return `"${text.replace(/"/g, "'")}"`;
}
function chartNumber(value) {
    return Number.isFinite(value) ? String(Number(value.toPrecision(6))) : '0';
}
/** A mermaid `xychart-beta` block, which GitHub renders natively. */
function xyChart(chart) {
    const yRange = chart.y.min !== undefined && chart.y.max !== undefined ? ` ${chartNumber(chart.y.min)} --> ${chartNumber(chart.y.max)}` : '';
    const labels = chart.x.labels.map((label) => quote(String(label))).join(', ');
    const lines = [
        '```mermaid',
        'xychart-beta',
        `    title ${quote(chart.title)}`,
        `    x-axis${chart.x.title ? ` ${quote(chart.x.title)}` : ''} [${labels}]`,
        `    y-axis ${quote(chart.y.title)}${yRange}`,
        ...chart.series.map((s) => `    ${s.kind} [${s.values.map(chartNumber).join(', ')}]`),
        '```',
    ];
    return lines.join('\n');
}
/** A mermaid pie chart; zero slices are left out because mermaid draws them as noise. */
function pieChart(title, slices) {
    const body = Object.entries(slices)
        .filter(([, value]) => value > 0)
        .map(([label, value]) => `    ${quote(label)} : ${chartNumber(value)}`);
    return ['```mermaid', `pie title ${title.replace(/\n/g, ' ')}`, ...body, '```'].join('\n');
}
/** Keeps at most `max` points by taking evenly spaced ones, so a chart stays readable. */
function downsample(points, max) {
    if (points.length <= max)
        return [...points];
    const step = points.length / max;
    return Array.from({ length: max }, (_, i) => points[Math.min(points.length - 1, Math.round(i * step))]);
}


/***/ }),

/***/ 3709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   getYamlOrFile: () => (/* binding */ getYamlOrFile),
/* harmony export */   h: () => (/* binding */ parseYaml)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3836);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6469);
// YAML-or-file inputs, apart from core/inputs.ts so that the YAML parser loads only on the paths
// that parse YAML, not at every action's start-up.





/** Parses YAML (a superset of JSON) text; throws a UserError naming `label` and the line of a syntax error. */
function syntaxError(label, file, line, column, reason, language) {
    const where = file ? (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .formatLocation */ .j$)(file, line, column) : line ? `line ${line}` : language;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${label}: ${where}: ${reason}. Fix the ${language} syntax there.`, { file, line, column });
}
/**
 * A .json file YAML cannot read gets JSON's own error, worded in JSON's terms. YAML reads first so
 * that what Python's json.dump writes (NaN, Infinity) still loads, for the caller to judge.
 */
function checkJson(text, label, file) {
    try {
        JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        const position = /at position (\d+)/.exec(message);
        const offset = position ? Number(position[1]) : undefined;
        const before = offset === undefined ? undefined : text.slice(0, offset).split('\n');
        const line = before?.length;
        const column = before ? before[before.length - 1].length + 1 : undefined;
        throw syntaxError(label, file, line, column, message.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, ''), 'JSON');
    }
}
function parseYaml(text, label, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    const [error] = doc.errors;
    if (error) {
        if (file && /\.json$/i.test(file))
            checkJson(text, label, file);
        const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw syntaxError(label, file, error.linePos?.[0].line, error.linePos?.[0].col, reason, 'YAML');
    }
    return {
        value: doc.toJS(),
        file,
        lineOf(keyPath) {
            const node = doc.getIn(keyPath, true);
            let range = node?.range;
            if (keyPath.length > 0) {
                const parent = doc.getIn(keyPath.slice(0, -1), true);
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(parent)) {
                    const pair = parent.items.find((item) => item.key?.value === keyPath[keyPath.length - 1]);
                    range = pair?.key?.range ?? range;
                }
                else if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(parent))
                    range = parent.items[Number(keyPath[keyPath.length - 1])]?.range ?? range;
            }
            return range ? lineCounter.linePos(range[0]).line : undefined;
        },
    };
}
const FILE_EXTENSIONS = /\.(ya?ml|json)$/i;
/**
 * An input that is either inline YAML/JSON or the path of a YAML/JSON file. A single line
 * ending in .yml/.yaml/.json is a path and must exist; anything else is parsed inline.
 */
function getYamlOrFile(read, name, cwd) {
    const raw = read(name);
    const value = raw.trim();
    if (value === '')
        return undefined;
    if (!value.includes('\n') && FILE_EXTENSIONS.test(value)) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, value);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `file '${value}' does not exist (resolved to ${full}).`, { file: value });
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8');
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `file '${value}' cannot be read: ${error.message}`, { file: value });
        }
        return parseYaml(text, `Input '${name}'`, value);
    }
    return parseYaml(raw, `Input '${name}'`);
}


/***/ })

};
