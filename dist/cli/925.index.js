export const id = 925;
export const ids = [925,709];
export const modules = {

/***/ 2925:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runModelTest: () => (/* binding */ runModelTest)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./.build/tsc/core/errors.js
var errors = __webpack_require__(3836);
;// CONCATENATED MODULE: ./.build/tsc/core/exec.js

function mask(text, secrets) {
    let out = text;
    for (const secret of secrets)
        if (secret)
            out = out.split(secret).join('***');
    return out;
}
/**
 * Runs a command with an argument array (never a shell string), its output streamed into a
 * log group. A missing command or a time-out is a UserError naming the command.
 */
async function exec(log, file, args, options = {}) {
    const secrets = options.secrets ?? [];
    for (const secret of secrets)
        log.secret(secret);
    const commandLine = mask([file, ...args].join(' '), secrets);
    const { execa } = await __webpack_require__.e(/* import() */ 993).then(__webpack_require__.bind(__webpack_require__, 6993));
    return log.group(options.group ?? commandLine, async () => {
        const child = execa(file, [...args], {
            cwd: options.cwd,
            env: options.env,
            timeout: options.timeoutMs,
            reject: false,
            all: true,
            input: options.input,
            stripFinalNewline: false,
        });
        if (options.stream !== false) {
            child.all?.on('data', (chunk) => {
                const text = mask(chunk.toString(), secrets).replace(/\n$/, '');
                if (text)
                    log.info(text);
            });
        }
        const result = await child;
        if (result.code === 'ENOENT' || (result.failed && result.exitCode === undefined && !result.timedOut)) {
            throw new errors/* UserError */.yo(`Command '${file}' could not be started: ${mask((result.shortMessage ?? 'not found').split('\n')[0], secrets)}. Is it installed and on PATH?`);
        }
        if (result.timedOut) {
            throw new errors/* UserError */.yo(`Command '${commandLine}' did not finish within ${options.timeoutMs} ms and was stopped.`);
        }
        const outcome = {
            exitCode: result.exitCode ?? 1,
            stdout: mask(String(result.stdout ?? ''), secrets),
            stderr: mask(String(result.stderr ?? ''), secrets),
            timedOut: false,
        };
        if (outcome.exitCode !== 0 && !options.allowFailure) {
            const tail = outcome.stderr.trim().split('\n').slice(-5).join('\n');
            throw new errors/* UserError */.yo(`Command '${commandLine}' failed with exit code ${outcome.exitCode}${tail ? `:\n${tail}` : '.'}`);
        }
        return outcome;
    });
}

;// CONCATENATED MODULE: ./.build/tsc/actions/model-test/src/baseline.js


async function git(log, cwd, args) {
    return exec(log, 'git', args, { cwd, allowFailure: true, stream: false, group: `git ${args.join(' ')}` });
}
async function commitOf(log, cwd, ref) {
    const result = await git(log, cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
}
/**
 * The commit of the baseline: the ref itself, its remote-tracking branch, or — in a shallow
 * checkout that lacks it — fetched from origin at depth 1.
 */
async function resolveBaseline(log, cwd, ref) {
    if (ref.startsWith('-'))
        throw new errors/* UserError */.yo(`Input 'baseline-ref': '${ref}' is not a git ref.`);
    const local = (await commitOf(log, cwd, ref)) ?? (await commitOf(log, cwd, `origin/${ref}`));
    if (local)
        return local;
    log.info(`Baseline ref '${ref}' is not in the checkout; fetching it from origin.`);
    const fetched = await git(log, cwd, ['fetch', '--no-tags', '--depth=1', 'origin', ref]);
    if (fetched.exitCode !== 0) {
        throw new errors/* UserError */.yo(`Input 'baseline-ref': '${ref}' is not in the checkout and 'git fetch origin ${ref}' failed: ${fetched.stderr.trim().split('\n').pop()}. Check the ref name, or use actions/checkout with fetch-depth: 0.`);
    }
    const commit = await commitOf(log, cwd, 'FETCH_HEAD');
    if (!commit)
        throw new errors/* UserError */.yo(`Input 'baseline-ref': fetched '${ref}' but FETCH_HEAD is not a commit.`);
    return commit;
}
/** A file's text at a commit, by a path relative to `cwd`; undefined when it did not exist there. */
async function readAtCommit(log, cwd, commit, relativePath) {
    const spec = `${commit}:./${relativePath.split('\\').join('/')}`;
    const result = await git(log, cwd, ['show', spec]);
    return result.exitCode === 0 ? result.stdout : undefined;
}

// EXTERNAL MODULE: ./.build/tsc/core/random.js
var core_random = __webpack_require__(3588);
;// CONCATENATED MODULE: ./.build/tsc/actions/model-test/src/bootstrap.js


function drawCounts(counts, random) {
    counts.fill(0);
    const n = counts.length;
    for (let i = 0; i < n; i++)
        counts[Math.floor(random() * n)] += 1;
}
/** Linear interpolation between order statistics, numpy.percentile's default. */
function quantile(sorted, q) {
    const position = (sorted.length - 1) * q;
    const below = Math.floor(position);
    const above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}
function bootstrapDeltaIntervals(options) {
    const random = (0,core_random/* seededRandom */.I)(options.seed);
    const currentCounts = new Float64Array(options.current.rows);
    const baselineCounts = options.paired ? currentCounts : new Float64Array(options.baseline.rows);
    const deltas = new Map();
    for (let r = 0; r < options.resamples; r++) {
        drawCounts(currentCounts, random);
        if (!options.paired)
            drawCounts(baselineCounts, random);
        const current = options.current.compute(currentCounts);
        const baseline = options.baseline.compute(baselineCounts);
        for (const [name, value] of Object.entries(current)) {
            const delta = value - baseline[name];
            if (!Number.isFinite(delta))
                continue;
            let list = deltas.get(name);
            if (!list)
                deltas.set(name, (list = []));
            list.push(delta);
        }
    }
    const tail = (1 - options.confidence) / 2;
    const intervals = {};
    for (const [name, list] of deltas) {
        // A metric undefined in most resamples (a tiny slice) has no meaningful interval.
        if (list.length < options.resamples / 2)
            continue;
        list.sort((a, b) => a - b);
        intervals[name] = { low: quantile(list, tail), high: quantile(list, 1 - tail), paired: options.paired };
    }
    return intervals;
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(5175);
// EXTERNAL MODULE: ./.build/tsc/core/yaml-input.js
var yaml_input = __webpack_require__(3709);
;// CONCATENATED MODULE: ./.build/tsc/actions/model-test/src/metrics-files.js




const NON_FINITE_TEXT = /^[-+]?(nan|inf|infinity)$/i;
function isNumericText(text) {
    return /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(text);
}
function nonFiniteError(name, raw, file, line) {
    const where = `${file}${line ? `:${line}` : ''}`;
    return new errors/* UserError */.yo(`Metrics file ${where}: metric '${name}' is ${String(raw)}, not a finite number. Fix the evaluation that wrote it (a division by zero or an empty split?).`, { file, line });
}
/** Flattens nested maps into `a.b.c` keys, the way DVC names nested metrics; lists and text are not metrics. */
function flattenYaml(source, file) {
    const found = [];
    const visit = (node, keyPath) => {
        if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
            for (const [key, child] of Object.entries(node))
                visit(child, [...keyPath, key]);
            return;
        }
        if (keyPath.length === 0)
            return;
        const name = keyPath.join('.');
        const line = source.lineOf(keyPath);
        if (typeof node === 'number') {
            if (!Number.isFinite(node))
                throw nonFiniteError(name, node, file, line);
            found.push({ name, value: node, file, line });
        }
        else if (typeof node === 'string' && NON_FINITE_TEXT.test(node.trim())) {
            // Python's json.dump writes NaN/Infinity, which YAML reads as text.
            throw nonFiniteError(name, node, file, line);
        }
    };
    visit(source.value, []);
    return found;
}
/** `metric,value` rows (with or without a header), or a header row plus one row of values. */
function parseCsvMetrics(text, file) {
    const delimiter = file.toLowerCase().endsWith('.tsv') ? '\t' : ',';
    let records;
    try {
        records = (0,sync/* parse */.qg)(text, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true });
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Metrics file ${file}: not valid CSV: ${error.message}`, { file });
    }
    if (records.length === 0)
        throw new errors/* UserError */.yo(`Metrics file ${file} is empty; the evaluation should write at least one metric.`, { file });
    const first = records[0].record;
    const second = records[1]?.record;
    const isWideHeader = records.length === 2 &&
        first.every((cell) => !isNumericText(cell)) &&
        second.length === first.length &&
        second.every((cell) => isNumericText(cell) || NON_FINITE_TEXT.test(cell));
    const toMetric = (name, cell, line) => {
        if (NON_FINITE_TEXT.test(cell))
            throw nonFiniteError(name, cell, file, line);
        return isNumericText(cell) ? { name, value: Number(cell), file, line } : undefined;
    };
    if (isWideHeader) {
        return first.map((name, i) => toMetric(name, second[i], records[1].info.lines)).filter((m) => m !== undefined);
    }
    const metrics = [];
    for (const [index, { record, info }] of records.entries()) {
        if (record.length < 2)
            throw new errors/* UserError */.yo(`Metrics file ${file}:${info.lines}: expected 'metric,value', got '${record.join(delimiter)}'.`, {
                file,
                line: info.lines,
            });
        const metric = toMetric(record[0], record[1], info.lines);
        if (metric)
            metrics.push(metric);
        else if (index > 0)
            throw new errors/* UserError */.yo(`Metrics file ${file}:${info.lines}: '${record[1]}' is not a number for metric '${record[0]}'.`, {
                file,
                line: info.lines,
            });
    }
    return metrics;
}
/** Reads the metrics in one file's text; the format comes from the extension (JSON, YAML, CSV/TSV). */
function parseMetricsText(text, file) {
    const extension = external_node_path_.extname(file).toLowerCase();
    if (extension === '.csv' || extension === '.tsv')
        return parseCsvMetrics(text, file);
    if (text.trim() === '')
        throw new errors/* UserError */.yo(`Metrics file ${file} is empty; the evaluation should write at least one metric.`, { file });
    return flattenYaml((0,yaml_input/* parseYaml */.h)(text, 'Metrics file', file), file);
}
/** The metrics files a `dvc.yaml` declares: top-level `metrics:` and each stage's `metrics:` outputs. */
function dvcMetricsPaths(text, file) {
    const doc = (0,yaml_input/* parseYaml */.h)(text, 'DVC file', file).value;
    const entries = [];
    if (Array.isArray(doc?.metrics))
        entries.push(...doc.metrics);
    const stages = (doc?.stages ?? {});
    for (const stage of Object.values(stages))
        if (Array.isArray(stage?.metrics))
            entries.push(...stage.metrics);
    const dir = external_node_path_.dirname(file);
    return entries
        .map((entry) => (typeof entry === 'string' ? entry : entry && typeof entry === 'object' ? Object.keys(entry)[0] : undefined))
        .filter((entry) => typeof entry === 'string')
        .map((entry) => external_node_path_.join(dir, entry));
}
/** Puts the metrics of several files together; a name two files both define is ambiguous. */
function mergeMetrics(lists) {
    const merged = new Map();
    for (const metric of lists.flat()) {
        const existing = merged.get(metric.name);
        if (existing && existing.file !== metric.file) {
            throw new errors/* UserError */.yo(`Metric '${metric.name}' is defined in both ${existing.file}:${existing.line ?? '?'} and ${metric.file}:${metric.line ?? '?'}; nest them under different keys or narrow the 'metrics' globs.`, { file: metric.file, line: metric.line });
        }
        merged.set(metric.name, metric);
    }
    return merged;
}

;// CONCATENATED MODULE: ./.build/tsc/actions/model-test/src/classification.js
/**
 * Classification metrics with scikit-learn's semantics (1.x): labels are the sorted union of
 * y_true and y_pred, zero_division="warn" (an undefined ratio counts as 0), F-score as
 * 2·tp / (true + predicted), ROC AUC one-vs-rest macro over the classes of y_true, log loss
 * with probabilities clipped to [eps, 1-eps]. Every function takes optional per-row weights so
 * the bootstrap and the slices reuse one sorted order instead of copying rows.
 */
const FLOAT64_EPS = 2.220446049250313e-16;
/** np.unique's order: numeric when every label is a number, else by code point. */
function sortLabels(labels) {
    const unique = [...new Set(labels)];
    const numeric = unique.every((label) => label.trim() !== '' && Number.isFinite(Number(label)));
    return numeric ? unique.sort((a, b) => Number(a) - Number(b)) : unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/**
 * Row indices by descending score, ties in row order. A comparator sort of indices was the
 * evaluator's bottleneck (~0.6 s per column at 1M rows), so this is an LSD radix sort on the
 * IEEE-754 bits mapped to unsigned integers whose order is the numbers' order.
 */
function descendingOrder(column) {
    const n = column.length;
    if (n < 4096) {
        // Four passes over 64K buckets cost more than a plain sort of a few thousand rows.
        const order = new Uint32Array(n);
        for (let i = 0; i < n; i++)
            order[i] = i;
        return order.sort((a, b) => column[b] - column[a] || a - b);
    }
    const words = new Uint32Array(column.buffer, column.byteOffset, n * 2);
    const high = new Uint32Array(n);
    const low = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
        let hi = words[2 * i + 1];
        let lo = words[2 * i];
        // Ascending order of the bits: flip all bits of negatives, only the sign of the rest;
        // then invert everything for a descending order. -0 is made +0 so the two tie as in numpy.
        if (column[i] === 0)
            hi = lo = 0;
        if (hi & 0x80000000) {
            hi = ~hi >>> 0;
            lo = ~lo >>> 0;
        }
        else
            hi = (hi | 0x80000000) >>> 0;
        high[i] = ~hi >>> 0;
        low[i] = ~lo >>> 0;
    }
    let order = new Uint32Array(n);
    let spare = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    const counts = new Uint32Array(65537);
    for (const [keys, shift] of [
        [low, 0],
        [low, 16],
        [high, 0],
        [high, 16],
    ]) {
        counts.fill(0);
        for (let i = 0; i < n; i++)
            counts[((keys[i] >>> shift) & 0xffff) + 1]++;
        if (counts[1 + ((keys[0] >>> shift) & 0xffff)] === n)
            continue; // one digit value: nothing moves
        for (let d = 0; d < 65536; d++)
            counts[d + 1] += counts[d];
        for (let i = 0; i < n; i++) {
            const row = order[i];
            spare[counts[(keys[row] >>> shift) & 0xffff]++] = row;
        }
        [order, spare] = [spare, order];
    }
    return order;
}
function prepareClassification(data) {
    return { ...data, orders: (data.scores?.columns ?? []).map(descendingOrder) };
}
function confusionMatrix(data, weights) {
    const k = data.classes.length;
    const flat = new Float64Array(k * k);
    const { yTrue, yPred } = data;
    if (weights)
        for (let i = 0; i < yTrue.length; i++)
            flat[yTrue[i] * k + yPred[i]] += weights[i];
    else
        for (let i = 0; i < yTrue.length; i++)
            flat[yTrue[i] * k + yPred[i]] += 1;
    return Array.from({ length: k }, (_, row) => Array.from(flat.subarray(row * k, row * k + k)));
}
/** Area under the ROC curve of one class against the rest, trapezoidal like sklearn's roc_curve + auc. */
function binaryAuc(order, score, isPositive, weights) {
    let positivesAbove = 0;
    let area = 0;
    let positives = 0;
    let negatives = 0;
    let i = 0;
    while (i < order.length) {
        const value = score[order[i]];
        let groupPositive = 0;
        let groupNegative = 0;
        for (; i < order.length && score[order[i]] === value; i++) {
            const row = order[i];
            const w = weights ? weights[row] : 1;
            if (w === 0)
                continue;
            if (isPositive(row))
                groupPositive += w;
            else
                groupNegative += w;
        }
        area += groupNegative * (positivesAbove + groupPositive / 2);
        positivesAbove += groupPositive;
        positives += groupPositive;
        negatives += groupNegative;
    }
    return positives > 0 && negatives > 0 ? area / (positives * negatives) : Number.NaN;
}
function rocAuc(data, trueTotals, weights) {
    const scores = data.scores;
    if (!scores)
        return Number.NaN;
    const present = [...trueTotals.keys()].filter((c) => trueTotals[c] > 0);
    if (present.length < 2)
        return Number.NaN;
    if (scores.columns.length === 1) {
        if (present.length !== 2)
            return Number.NaN;
        const positive = scores.scoreClasses[0];
        return binaryAuc(data.orders[0], scores.columns[0], (row) => data.yTrue[row] === positive, weights);
    }
    // sklearn's multiclass path needs a column for exactly the classes present in y_true.
    if (present.length !== scores.columns.length || !present.every((c) => scores.scoreClasses.includes(c)))
        return Number.NaN;
    if (present.length === 2) {
        const positive = scores.scoreClasses[1];
        return binaryAuc(data.orders[1], scores.columns[1], (row) => data.yTrue[row] === positive, weights);
    }
    let sum = 0;
    for (let j = 0; j < scores.columns.length; j++) {
        const cls = scores.scoreClasses[j];
        sum += binaryAuc(data.orders[j], scores.columns[j], (row) => data.yTrue[row] === cls, weights);
    }
    return sum / scores.columns.length;
}
function logLoss(data, weights) {
    const scores = data.scores;
    if (!scores)
        return Number.NaN;
    const columnOf = new Map(scores.scoreClasses.map((cls, j) => [cls, j]));
    const single = scores.columns.length === 1;
    let total = 0;
    let weightSum = 0;
    for (let i = 0; i < data.yTrue.length; i++) {
        const w = weights ? weights[i] : 1;
        if (w === 0)
            continue;
        let p;
        if (single)
            p = data.yTrue[i] === scores.scoreClasses[0] ? scores.columns[0][i] : 1 - scores.columns[0][i];
        else {
            const j = columnOf.get(data.yTrue[i]);
            if (j === undefined)
                return Number.NaN;
            p = scores.columns[j][i];
        }
        total += w * -Math.log(Math.min(Math.max(p, FLOAT64_EPS), 1 - FLOAT64_EPS));
        weightSum += w;
    }
    return weightSum > 0 ? total / weightSum : Number.NaN;
}
const ratio = (numerator, denominator) => (denominator > 0 ? numerator / denominator : 0);
/** Every classification metric; NaN marks one that is undefined on this data (e.g. AUC with one class). */
function classificationMetrics(data, weights) {
    const k = data.classes.length;
    const matrix = confusionMatrix(data, weights);
    const trueTotals = new Float64Array(k);
    const predTotals = new Float64Array(k);
    let correct = 0;
    let total = 0;
    for (let r = 0; r < k; r++) {
        for (let c = 0; c < k; c++) {
            trueTotals[r] += matrix[r][c];
            predTotals[c] += matrix[r][c];
            total += matrix[r][c];
        }
        correct += matrix[r][r];
    }
    const sums = { precision: 0, recall: 0, f1: 0, wPrecision: 0, wRecall: 0, wF1: 0, labels: 0, support: 0 };
    for (let c = 0; c < k; c++) {
        if (trueTotals[c] === 0 && predTotals[c] === 0)
            continue; // not a label of this (sub)sample
        const tp = matrix[c][c];
        const precision = ratio(tp, predTotals[c]);
        const recall = ratio(tp, trueTotals[c]);
        const f1 = ratio(2 * tp, trueTotals[c] + predTotals[c]);
        sums.precision += precision;
        sums.recall += recall;
        sums.f1 += f1;
        sums.wPrecision += precision * trueTotals[c];
        sums.wRecall += recall * trueTotals[c];
        sums.wF1 += f1 * trueTotals[c];
        sums.labels += 1;
        sums.support += trueTotals[c];
    }
    return {
        accuracy: total > 0 ? correct / total : Number.NaN,
        precision_macro: sums.labels ? sums.precision / sums.labels : Number.NaN,
        recall_macro: sums.labels ? sums.recall / sums.labels : Number.NaN,
        f1_macro: sums.labels ? sums.f1 / sums.labels : Number.NaN,
        precision_weighted: sums.support ? sums.wPrecision / sums.support : Number.NaN,
        recall_weighted: sums.support ? sums.wRecall / sums.support : Number.NaN,
        f1_weighted: sums.support ? sums.wF1 / sums.support : Number.NaN,
        roc_auc: rocAuc(data, trueTotals, weights),
        log_loss: logLoss(data, weights),
    };
}

;// CONCATENATED MODULE: ./.build/tsc/actions/model-test/src/regression.js
/**
 * Regression metrics with scikit-learn's semantics: RMSE (root_mean_squared_error), MAE,
 * R² with force_finite (a constant target scores 1.0 when predicted exactly, else 0.0), and
 * MAPE as mean_absolute_percentage_error (|y| floored at float64 eps, a fraction, not a percent).
 */
const regression_FLOAT64_EPS = 2.220446049250313e-16;
function regressionMetrics(data, weights) {
    const { yTrue, yPred } = data;
    let weightSum = 0;
    let weightedTrue = 0;
    let squared = 0;
    let absolute = 0;
    let percentage = 0;
    let rows = 0;
    for (let i = 0; i < yTrue.length; i++) {
        const w = weights ? weights[i] : 1;
        if (w === 0)
            continue;
        const error = yTrue[i] - yPred[i];
        weightSum += w;
        weightedTrue += w * yTrue[i];
        squared += w * error * error;
        absolute += w * Math.abs(error);
        percentage += (w * Math.abs(error)) / Math.max(Math.abs(yTrue[i]), regression_FLOAT64_EPS);
        rows++;
    }
    if (weightSum === 0)
        return { rmse: Number.NaN, mae: Number.NaN, r2: Number.NaN, mape: Number.NaN };
    const mean = weightedTrue / weightSum;
    let totalSquares = 0;
    for (let i = 0; i < yTrue.length; i++) {
        const w = weights ? weights[i] : 1;
        if (w !== 0)
            totalSquares += w * (yTrue[i] - mean) ** 2;
    }
    let r2;
    if (rows < 2)
        r2 = Number.NaN;
    else if (totalSquares === 0)
        r2 = squared === 0 ? 1 : 0;
    else
        r2 = 1 - squared / totalSquares;
    return { rmse: Math.sqrt(squared / weightSum), mae: absolute / weightSum, r2, mape: percentage / weightSum };
}

// EXTERNAL MODULE: ./node_modules/papaparse/papaparse.js
var papaparse = __webpack_require__(8728);
;// CONCATENATED MODULE: ./.build/tsc/actions/model-test/src/table.js



function parseJsonLines(text, file) {
    const columns = new Map();
    let rows = 0;
    const lines = text.split(/\r?\n/);
    for (const [index, line] of lines.entries()) {
        if (line.trim() === '')
            continue;
        let record;
        try {
            record = JSON.parse(line);
        }
        catch (error) {
            throw new errors/* UserError */.yo(`${file}:${index + 1}: not valid JSON: ${error.message}`, { file, line: index + 1 });
        }
        if (record === null || typeof record !== 'object' || Array.isArray(record)) {
            throw new errors/* UserError */.yo(`${file}:${index + 1}: each line must be a JSON object of column values.`, { file, line: index + 1 });
        }
        for (const [key, value] of Object.entries(record)) {
            let column = columns.get(key);
            if (!column)
                columns.set(key, (column = new Array(rows).fill('')));
            column[rows] = value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
        }
        rows++;
        // A key this line lacks is an empty cell, as in a CSV.
        for (const column of columns.values())
            while (column.length < rows)
                column.push('');
    }
    return { file, columns, rows };
}
/** papaparse, not csv-parse: 1.5-2x faster on predictions files (bench/model-test), which can be large. */
function parseCsvTable(text, file) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const parsed = papaparse.parse(body, { delimiter: file.toLowerCase().endsWith('.tsv') ? '\t' : ',', skipEmptyLines: true });
    const problem = parsed.errors.find((error) => error.type !== 'FieldMismatch');
    if (problem) {
        const line = problem.row === undefined ? undefined : problem.row + 1;
        throw new errors/* UserError */.yo(`${file}${line ? `:${line}` : ''}: not valid CSV: ${problem.message}.`, { file, line });
    }
    const records = parsed.data;
    if (records.length === 0)
        throw new errors/* UserError */.yo(`${file} is empty; expected a header row and one row per example.`, { file });
    const [header, ...rows] = records;
    const columns = new Map(header.map((name) => [name.trim(), new Array(rows.length)]));
    const lists = [...columns.values()];
    for (let r = 0; r < rows.length; r++) {
        const record = rows[r];
        if (record.length !== header.length) {
            throw new errors/* UserError */.yo(`${file}: row ${r + 1} has ${record.length} fields but the header has ${header.length}.`, { file, line: r + 2 });
        }
        for (let c = 0; c < lists.length; c++)
            lists[c][r] = record[c];
    }
    return { file, columns, rows: rows.length };
}
/** Parses a predictions or labels file by extension: .jsonl/.ndjson as JSON Lines, anything else as CSV. */
function parseTable(text, file) {
    const extension = external_node_path_.extname(file).toLowerCase();
    return extension === '.jsonl' || extension === '.ndjson' ? parseJsonLines(text, file) : parseCsvTable(text, file);
}
function requireColumn(table, name, input) {
    const column = table.columns.get(name);
    if (!column) {
        throw new errors/* UserError */.yo(`Input '${input}': column '${name}' is not in ${table.file}; its columns are: ${[...table.columns.keys()].join(', ')}.`, { file: table.file, line: 1 });
    }
    return column;
}
function numericColumn(table, name, input) {
    const cells = requireColumn(table, name, input);
    const values = new Float64Array(cells.length);
    for (let i = 0; i < cells.length; i++) {
        const value = cells[i].trim() === '' ? Number.NaN : Number(cells[i]);
        if (!Number.isFinite(value)) {
            const line = table.file.match(/\.(jsonl|ndjson)$/i) ? i + 1 : i + 2;
            throw new errors/* UserError */.yo(`${table.file}: row ${i + 1}, column '${name}' is '${cells[i]}', not a finite number.`, {
                file: table.file,
                line,
            });
        }
        values[i] = value;
    }
    return values;
}

;// CONCATENATED MODULE: ./.build/tsc/actions/model-test/src/evaluator.js




const ROW_SUM_RTOL = 1e-5;
const ROW_SUM_ATOL = 1e-8;
function buildClassification(predictions, labels, options) {
    const truthText = requireColumn(labels, options.labelColumn, 'label-column');
    const predictedText = requireColumn(predictions, options.predictionColumn, 'prediction-column');
    const classes = sortLabels([...truthText, ...predictedText]);
    const indexOf = new Map(classes.map((label, i) => [label, i]));
    const yTrue = Int32Array.from(truthText, (label) => indexOf.get(label));
    const yPred = Int32Array.from(predictedText, (label) => indexOf.get(label));
    if (options.probabilityColumns.length === 0)
        return prepareClassification({ classes, yTrue, yPred });
    const trueClasses = sortLabels(truthText).map((label) => indexOf.get(label));
    const columns = options.probabilityColumns.map((name) => numericColumn(predictions, name, 'probability-columns'));
    let scoreClasses;
    if (columns.length === 1) {
        if (trueClasses.length > 2) {
            throw new errors/* UserError */.yo(`Input 'probability-columns': one column is the positive-class probability of a binary task, but ${labels.file} has ${trueClasses.length} classes; list one column per class in the order ${trueClasses.map((c) => classes[c]).join(', ')}.`);
        }
        scoreClasses = [trueClasses[trueClasses.length - 1]];
    }
    else {
        if (columns.length !== trueClasses.length) {
            throw new errors/* UserError */.yo(`Input 'probability-columns': ${columns.length} columns for ${trueClasses.length} classes in ${labels.file} (${trueClasses.map((c) => classes[c]).join(', ')}); give one column per class in that order.`);
        }
        scoreClasses = trueClasses;
        for (let i = 0; i < predictions.rows; i++) {
            let sum = 0;
            for (const column of columns)
                sum += column[i];
            if (Math.abs(sum - 1) > ROW_SUM_ATOL + ROW_SUM_RTOL) {
                throw new errors/* UserError */.yo(`${predictions.file}: row ${i + 1}: the probability columns sum to ${sum}, not 1; they must be predict_proba's output.`, {
                    file: predictions.file,
                });
            }
        }
    }
    for (const [j, column] of columns.entries()) {
        const bad = column.findIndex((p) => p < 0 || p > 1);
        if (bad >= 0)
            throw new errors/* UserError */.yo(`${predictions.file}: row ${bad + 1}: probability column '${options.probabilityColumns[j]}' is ${column[bad]}, outside [0, 1].`, { file: predictions.file });
    }
    return prepareClassification({ classes, yTrue, yPred, scores: { scoreClasses, columns } });
}
function sliceColumn(predictions, labels, name) {
    const column = labels.columns.get(name) ?? predictions.columns.get(name);
    if (!column) {
        throw new errors/* UserError */.yo(`Input 'slices': column '${name}' is in neither ${labels.file} nor ${predictions.file}; columns: ${[...new Set([...labels.columns.keys(), ...predictions.columns.keys()])].join(', ')}.`);
    }
    return column;
}
function buildEvaluation(predictions, labels, options) {
    if (predictions.rows !== labels.rows) {
        throw new errors/* UserError */.yo(`Inputs 'predictions' and 'labels': ${predictions.file} has ${predictions.rows} rows but ${labels.file} has ${labels.rows}; they must list the same examples in the same order.`, { file: predictions.file });
    }
    if (predictions.rows === 0)
        throw new errors/* UserError */.yo(`Input 'predictions': ${predictions.file} has no rows to evaluate.`, { file: predictions.file });
    const truth = requireColumn(labels, options.labelColumn, 'label-column');
    let score;
    let confusion;
    if (options.task === 'classification') {
        const data = buildClassification(predictions, labels, options);
        score = (weights) => classificationMetrics(data, weights);
        confusion = { classes: data.classes, matrix: confusionMatrix(data) };
    }
    else {
        const data = {
            yTrue: numericColumn(labels, options.labelColumn, 'label-column'),
            yPred: numericColumn(predictions, options.predictionColumn, 'prediction-column'),
        };
        score = (weights) => regressionMetrics(data, weights);
    }
    const slices = options.sliceColumns.map((name) => {
        const cells = sliceColumn(predictions, labels, name);
        const values = sortLabels(cells);
        const masks = values.map((value) => Float64Array.from(cells, (cell) => (cell === value ? 1 : 0)));
        return { column: name, values, masks };
    });
    const scratch = new Float64Array(predictions.rows);
    return {
        task: options.task,
        rows: predictions.rows,
        truth,
        confusion,
        slices: slices.map(({ column, values }) => ({ column, values })),
        compute(weights) {
            const metrics = score(weights);
            for (const slice of slices) {
                for (const [v, value] of slice.values.entries()) {
                    const mask = slice.masks[v];
                    for (let i = 0; i < scratch.length; i++)
                        scratch[i] = weights ? weights[i] * mask[i] : mask[i];
                    for (const [name, metric] of Object.entries(score(scratch)))
                        metrics[`slice.${slice.column}.${value}.${name}`] = metric;
                }
            }
            return metrics;
        },
    };
}

;// CONCATENATED MODULE: ./.build/tsc/actions/model-test/src/sources.js







/** Reading the current run's metrics: metrics files (or those a dvc.yaml declares) and the built-in evaluator. */
const relative = (cwd, file) => external_node_path_.relative(cwd, external_node_path_.resolve(cwd, file)).split(external_node_path_.sep).join('/');
async function metricsFiles(patterns, cwd) {
    const files = [];
    for (const pattern of patterns) {
        const matches = (await (0,dist.glob)(pattern, { cwd, onlyFiles: true })).sort();
        if (matches.length === 0)
            throw new errors/* InputError */.dz('metrics', `no file matches '${pattern}' in ${cwd}. Did the evaluation write it, or is the path relative to another directory?`);
        for (const match of matches) {
            if (external_node_path_.basename(match) !== 'dvc.yaml')
                files.push(match);
            else
                for (const declared of dvcMetricsPaths((0,external_node_fs_.readFileSync)(external_node_path_.join(cwd, match), 'utf8'), match)) {
                    if (!(0,external_node_fs_.existsSync)(external_node_path_.join(cwd, declared)))
                        throw new errors/* InputError */.dz('metrics', `${match} declares the metrics file '${declared}', which does not exist; run the stage that writes it (dvc repro).`, { file: match });
                    files.push(relative(cwd, declared));
                }
        }
    }
    return [...new Set(files)];
}
function readText(cwd, file, input) {
    const full = external_node_path_.resolve(cwd, file);
    if (!(0,external_node_fs_.existsSync)(full))
        throw new errors/* InputError */.dz(input, `file '${file}' does not exist (resolved to ${full}).`, { file });
    return (0,external_node_fs_.readFileSync)(full, 'utf8');
}
function evaluate(texts, evaluator) {
    const predictions = parseTable(texts.predictions, evaluator.predictions);
    const labels = evaluator.labels === evaluator.predictions ? predictions : parseTable(texts.labels, evaluator.labels);
    return buildEvaluation(predictions, labels, evaluator.options);
}
function evaluatorMetrics(evaluation, file, undefinedMetrics) {
    return Object.entries(evaluation.compute()).flatMap(([name, value]) => {
        if (Number.isFinite(value))
            return [{ name, value, file }];
        undefinedMetrics.add(name);
        return [];
    });
}
async function collectCurrent(options, cwd) {
    const files = await metricsFiles(options.metrics, cwd);
    const lists = files.map((file) => parseMetricsText(readText(cwd, file, 'metrics'), file));
    const undefinedMetrics = new Set();
    let evaluation;
    if (options.evaluator) {
        const evaluator = options.evaluator;
        evaluation = evaluate({ predictions: readText(cwd, evaluator.predictions, 'predictions'), labels: readText(cwd, evaluator.labels, 'labels') }, evaluator);
        lists.push(evaluatorMetrics(evaluation, evaluator.predictions, undefinedMetrics));
    }
    return { files, lists, undefinedMetrics, evaluation };
}

;// CONCATENATED MODULE: ./.build/tsc/actions/model-test/src/baseline-metrics.js





/** The baseline's metrics (from a file or a git ref) and, for the built-in evaluator, bootstrap intervals on the deltas. */
/** A resample costs ~1.4 s at 1M rows × 3 classes (bench/results/model-test.md): keep the bootstrap near a minute. */
const BOOTSTRAP_ROW_BUDGET = 50_000_000;
function affordableResamples(requested, rows, log) {
    const affordable = Math.max(50, Math.floor(BOOTSTRAP_ROW_BUDGET / rows));
    if (requested <= affordable)
        return requested;
    log.warning(`bootstrap-resamples: ${requested} resamples of ${rows} rows would take long; using ${affordable}. The intervals are coarser but still honest.`);
    return affordable;
}
async function readBaseline(options, context, files, evaluation) {
    const { cwd, log } = context;
    const baseline = new Map();
    let intervals = {};
    if (options.baselineFile) {
        const file = options.baselineFile;
        for (const metric of parseMetricsText(readText(cwd, file, 'baseline-file'), file))
            baseline.set(metric.name, metric.value);
        return { baseline, intervals, baselineInfo: { source: file, intervals: 'none' } };
    }
    if (!options.baselineRef || (files.length === 0 && !evaluation))
        return { baseline, intervals, baselineInfo: undefined };
    let commit;
    try {
        commit = await resolveBaseline(log, cwd, options.baselineRef);
    }
    catch (error) {
        // A ref the user named must exist; the pull request's base is only a default.
        if (!options.baselineRefFromEvent || !(error instanceof errors/* UserError */.yo))
            throw error;
        log.warning(`No baseline: ${error.message}`);
        return { baseline, intervals, baselineInfo: undefined };
    }
    for (const file of files) {
        const text = await readAtCommit(log, cwd, commit, file);
        if (text === undefined) {
            log.info(`${file} does not exist at ${options.baselineRef} (${commit.slice(0, 7)}): its metrics have no baseline.`);
            continue;
        }
        try {
            for (const metric of parseMetricsText(text, file))
                baseline.set(metric.name, metric.value);
        }
        catch (error) {
            log.warning(`Baseline ${file} at ${options.baselineRef}: ${error.message} — ignored.`);
        }
    }
    let kind = 'none';
    if (evaluation && options.evaluator) {
        const evaluator = options.evaluator;
        const predictions = await readAtCommit(log, cwd, commit, evaluator.predictions);
        const labels = evaluator.labels === evaluator.predictions ? predictions : await readAtCommit(log, cwd, commit, evaluator.labels);
        let before;
        try {
            before = predictions !== undefined && labels !== undefined ? evaluate({ predictions, labels }, evaluator) : undefined;
        }
        catch (error) {
            // The base branch may predate a column or a class; that is no reason to fail this change.
            if (!(error instanceof errors/* UserError */.yo))
                throw error;
            log.warning(`The baseline's ${evaluator.predictions} at ${options.baselineRef} cannot be evaluated: ${error.message}`);
        }
        if (before) {
            for (const [name, value] of Object.entries(before.compute()))
                if (Number.isFinite(value))
                    baseline.set(name, value);
            if (options.bootstrapResamples > 0) {
                const paired = before.rows === evaluation.rows && before.truth.every((label, i) => label === evaluation.truth[i]);
                kind = paired ? 'paired' : 'unpaired';
                const resamples = affordableResamples(options.bootstrapResamples, Math.max(evaluation.rows, before.rows), log);
                intervals = bootstrapDeltaIntervals({
                    current: evaluation,
                    baseline: before,
                    paired,
                    resamples,
                    confidence: options.confidence,
                    seed: options.seed,
                });
            }
        }
        else if (predictions === undefined || labels === undefined)
            log.info(`${evaluator.predictions} or ${evaluator.labels} does not exist at ${options.baselineRef}: no baseline for the evaluator's metrics.`);
    }
    return { baseline, intervals, baselineInfo: { source: options.baselineRef, commit, intervals: kind } };
}

// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(6591);
;// CONCATENATED MODULE: ./.build/tsc/actions/model-test/src/command.js



/**
 * Splits the `command` input into a program and arguments with shell quoting rules, without a
 * shell: `$VARS` stay literal, globs are expanded here, and pipes or redirections are refused.
 */
async function splitCommand(command, cwd) {
    const words = [];
    for (const token of (0,shell_quote.parse)(command, (name) => `$${name}`)) {
        if (typeof token === 'string')
            words.push(token);
        else if ('comment' in token)
            break;
        else if ('pattern' in token && token.op === 'glob') {
            const matches = await (0,dist.glob)(token.pattern, { cwd, onlyFiles: false, expandDirectories: false });
            words.push(...(matches.length > 0 ? matches.sort() : [token.pattern]));
        }
        else {
            throw new errors/* InputError */.dz('command', `'${token.op}' needs a shell, and the command runs without one; put the pipeline in a script (e.g. \`bash evaluate.sh\`) or split it into steps.`);
        }
    }
    if (words.length === 0)
        throw new errors/* InputError */.dz('command', 'is empty after parsing; give a program and its arguments, e.g. `python evaluate.py`.');
    return words;
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 28 modules
var XMLParser = __webpack_require__(8879);
;// CONCATENATED MODULE: ./.build/tsc/actions/model-test/src/junit.js



const parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    textNodeName: '#text',
    isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
});
function collectTestCases(node, into) {
    if (Array.isArray(node))
        for (const item of node)
            collectTestCases(item, into);
    else if (node && typeof node === 'object') {
        const record = node;
        if (Array.isArray(record.testcase))
            into.push(...record.testcase);
        if (record.testsuite)
            collectTestCases(record.testsuite, into);
        if (record.testsuites)
            collectTestCases(record.testsuites, into);
    }
}
/** pytest's default (xunit2) writes no file attribute: `tests.test_model.TestX` → tests/test_model.py. */
function fileFromClassname(classname, sources) {
    const parts = classname.split('.');
    for (let end = parts.length; end > 0; end--) {
        const candidate = `${parts.slice(0, end).join('/')}.py`;
        if (sources.exists(candidate))
            return candidate;
    }
    return undefined;
}
function textOf(node) {
    if (typeof node === 'string')
        return node;
    if (node && typeof node === 'object')
        return String(node['#text'] ?? '');
    return '';
}
function attr(node, name) {
    return node && typeof node === 'object' ? node[name] : undefined;
}
/** The line the traceback blames in the test's own file, else the line of the test function. */
function locate(file, testName, details, lineAttribute, sources) {
    const normalized = file.split(external_node_path_.sep).join('/');
    let blamed;
    for (const match of details.matchAll(/^(\S[^\n:]*):(\d+):/gm)) {
        if (match[1].split(external_node_path_.sep).join('/').endsWith(normalized))
            blamed = Number(match[2]);
    }
    if (blamed)
        return blamed;
    // pytest's xunit1 `line` is 0-based.
    if (lineAttribute && /^\d+$/.test(lineAttribute))
        return Number(lineAttribute) + 1;
    const functionName = testName.replace(/\[.*$/, '');
    const lines = sources.read(file)?.split(/\r?\n/) ?? [];
    const index = lines.findIndex((line) => new RegExp(`^\\s*(async\\s+)?def\\s+${functionName.replace(/\W/g, '\\$&')}\\s*\\(`).test(line));
    return index >= 0 ? index + 1 : undefined;
}
/** Each failed or errored test case of one JUnit XML file becomes an error Finding at its file and line. */
function junitFindings(xml, reportFile, sources) {
    let document;
    try {
        document = parser.parse(xml, true);
    }
    catch (error) {
        const detail = error.err;
        throw new errors/* UserError */.yo(`Input 'junit': ${reportFile}${detail?.line ? `:${detail.line}` : ''} is not valid XML: ${detail?.msg ?? error.message}`, {
            file: reportFile,
            line: detail?.line,
        });
    }
    const cases = [];
    collectTestCases(document, cases);
    if (cases.length === 0 && !/<testsuites?[\s>]/.test(xml)) {
        throw new errors/* UserError */.yo(`Input 'junit': ${reportFile} is not a JUnit XML report (no <testsuite> or <testsuites> element).`, {
            file: reportFile,
        });
    }
    const summary = { file: reportFile, tests: cases.length, failed: 0, errored: 0, skipped: 0 };
    const findings = [];
    for (const testCase of cases) {
        const problems = [
            ...(testCase.failure ?? []).map((node) => ({ kind: 'failed', node })),
            ...(testCase.error ?? []).map((node) => ({ kind: 'errored', node })),
        ];
        if (problems.length === 0) {
            if (testCase.skipped)
                summary.skipped++;
            continue;
        }
        if (problems.some((p) => p.kind === 'failed'))
            summary.failed++;
        else
            summary.errored++;
        const name = String(testCase.name ?? '(unnamed test)');
        const classname = String(testCase.classname ?? '');
        const fileAttribute = attr(testCase, 'file');
        const file = fileAttribute && sources.exists(fileAttribute) ? fileAttribute : fileFromClassname(classname, sources);
        for (const { kind, node } of problems) {
            const message = attr(node, 'message') ?? '';
            const details = textOf(node);
            const detailLines = details.trim().split('\n');
            // pytest marks the assertion with `E   `; other runners put the reason first.
            const firstDetail = detailLines.find((line) => line.startsWith('E ')) ?? detailLines[0] ?? '';
            findings.push({
                level: 'error',
                title: `Test ${kind}: ${classname ? `${classname}.` : ''}${name}`,
                message: (message || firstDetail.replace(/^E\s+/, '') || `${kind} (see ${reportFile})`).trim(),
                file,
                line: file ? locate(file, name, details, attr(testCase, 'line'), sources) : undefined,
                rule: 'junit',
            });
        }
    }
    return { summary, findings };
}

// EXTERNAL MODULE: ./node_modules/fast-levenshtein/levenshtein.js
var levenshtein = __webpack_require__(1215);
;// CONCATENATED MODULE: ./.build/tsc/actions/model-test/src/thresholds.js


const NUMBER = String.raw `[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`;
const COMPARISON = new RegExp(String.raw `^\s*(>=|<=|>|<|==)\s*(${NUMBER})\s*$`);
const ALLOWANCE = new RegExp(String.raw `^\s*(${NUMBER})\s*(%?)\s*$`);
const RULE_KEYS = ['min', 'max', 'max-drop', 'max-increase'];
function fail(source, keyPath, message) {
    const line = source.lineOf(keyPath);
    const where = source.file ? ` (${source.file}${line ? `:${line}` : ''})` : line ? ` (line ${line})` : '';
    throw new errors/* InputError */.dz('thresholds', `${keyPath.join(' → ')}${where}: ${message}`, { file: source.file, line });
}
function parseComparison(text, source, keyPath) {
    const match = COMPARISON.exec(text);
    if (!match)
        fail(source, keyPath, `'${text}' is not a threshold; write '>= 0.9', '<= 3.2' or a map like { min: 0.8, max-drop: 0.01 }.`);
    const value = Number(match[2]);
    const rule = { text: `${match[1]} ${match[2]}` };
    if (match[1] === '>=' || match[1] === '>')
        rule.min = { value, inclusive: match[1] === '>=' };
    else if (match[1] === '<=' || match[1] === '<')
        rule.max = { value, inclusive: match[1] === '<=' };
    else
        rule.min = rule.max = { value, inclusive: true };
    return rule;
}
function parseAllowance(raw, source, keyPath) {
    const text = String(raw);
    const match = typeof raw === 'number' || typeof raw === 'string' ? ALLOWANCE.exec(text) : null;
    if (!match || Number(match[1]) < 0)
        fail(source, keyPath, `'${text}' is not an allowed change; write a non-negative number (0.01) or a percentage (10%).`);
    return { amount: match[2] ? Number(match[1]) / 100 : Number(match[1]), relative: match[2] === '%', text: text.trim() };
}
function parseBound(raw, source, keyPath) {
    const value = typeof raw === 'string' && new RegExp(`^\\s*${NUMBER}\\s*$`).test(raw) ? Number(raw) : raw;
    if (typeof value !== 'number' || !Number.isFinite(value))
        fail(source, keyPath, `'${String(raw)}' is not a number.`);
    return value;
}
function parseRuleMap(map, source, keyPath) {
    const rule = { text: '' };
    const parts = [];
    for (const [key, raw] of Object.entries(map)) {
        const at = [...keyPath, key];
        if (key === 'min')
            parts.push(`≥ ${(rule.min = { value: parseBound(raw, source, at), inclusive: true }).value}`);
        else if (key === 'max')
            parts.push(`≤ ${(rule.max = { value: parseBound(raw, source, at), inclusive: true }).value}`);
        else if (key === 'max-drop')
            parts.push(`drop ≤ ${(rule.maxDrop = parseAllowance(raw, source, at)).text}`);
        else if (key === 'max-increase')
            parts.push(`increase ≤ ${(rule.maxIncrease = parseAllowance(raw, source, at)).text}`);
        else
            fail(source, at, `unknown key '${key}'; a threshold map takes ${RULE_KEYS.join(', ')}.`);
    }
    if (parts.length === 0)
        fail(source, keyPath, `the map is empty; give at least one of ${RULE_KEYS.join(', ')}.`);
    rule.text = parts.join(', ');
    return rule;
}
/** Reads the `thresholds` input: a map from metric name (or pattern) to a comparison string or a rule map. */
function parseThresholds(source) {
    const value = source.value;
    if (value === null || value === undefined)
        return [];
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* InputError */.dz('thresholds', 'must be a map of metric name to threshold, e.g. `accuracy: ">= 0.9"`.', { file: source.file });
    }
    return Object.entries(value).map(([pattern, raw]) => {
        const keyPath = [pattern];
        let rule;
        if (typeof raw === 'string')
            rule = parseComparison(raw, source, keyPath);
        else if (raw !== null && typeof raw === 'object' && !Array.isArray(raw))
            rule = parseRuleMap(raw, source, keyPath);
        else if (typeof raw === 'number')
            fail(source, keyPath, `a bare number is ambiguous; write ">= ${raw}" or "<= ${raw}".`);
        else
            fail(source, keyPath, `expected a comparison like ">= 0.9" or a map like { min: 0.8, max-drop: 0.01 }.`);
        return { pattern, rule, line: source.lineOf(keyPath) };
    });
}
function patternRegExp(pattern) {
    const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${escaped.join('[^.]+')}$`);
}
/** The metric names a threshold applies to; none is the user's mistake, so say which names exist. */
function matchMetrics(threshold, known, source) {
    const regexp = patternRegExp(threshold.pattern);
    const matched = known.filter((name) => regexp.test(name));
    if (matched.length > 0)
        return matched;
    const closest = [...known].sort((a, b) => levenshtein.get(threshold.pattern, a) - levenshtein.get(threshold.pattern, b))[0];
    const hint = closest && levenshtein.get(threshold.pattern, closest) <= Math.max(3, threshold.pattern.length / 2)
        ? ` Did you mean '${closest}'?`
        : '';
    const list = known.length > 30 ? `${known.slice(0, 30).join(', ')}, … (${known.length} in all)` : known.join(', ');
    fail(source, [threshold.pattern], `no metric named '${threshold.pattern}'.${hint} Known metrics: ${list || '(none)'}.`);
}
const TOLERANCE = 1e-12;
/** Checks one metric; a delta rule broken by a change whose interval contains 0 is noise, not a failure. */
function judge(rule, value, baseline, interval) {
    const reasons = [];
    const below = rule.min && (rule.min.inclusive ? value < rule.min.value - TOLERANCE : value <= rule.min.value);
    const above = rule.max && (rule.max.inclusive ? value > rule.max.value + TOLERANCE : value >= rule.max.value);
    if (below)
        reasons.push(`${value} is below the minimum ${rule.min.value}`);
    if (above)
        reasons.push(`${value} is above the maximum ${rule.max.value}`);
    const deltaReasons = [];
    const wantsBaseline = rule.maxDrop !== undefined || rule.maxIncrease !== undefined;
    if (wantsBaseline && baseline !== undefined) {
        const scale = (allowance) => (allowance.relative ? allowance.amount * Math.abs(baseline) : allowance.amount);
        if (rule.maxDrop && baseline - value > scale(rule.maxDrop) + TOLERANCE) {
            deltaReasons.push(`dropped by ${baseline - value} from ${baseline}, more than the allowed ${rule.maxDrop.text}`);
        }
        if (rule.maxIncrease && value - baseline > scale(rule.maxIncrease) + TOLERANCE) {
            deltaReasons.push(`increased by ${value - baseline} from ${baseline}, more than the allowed ${rule.maxIncrease.text}`);
        }
    }
    const withinNoise = interval !== undefined && interval.low <= 0 && interval.high >= 0;
    if (reasons.length > 0 || (deltaReasons.length > 0 && !withinNoise))
        return { status: 'fail', reasons: [...reasons, ...deltaReasons] };
    if (deltaReasons.length > 0)
        return { status: 'noise', reasons: deltaReasons.map((r) => `${r}, but the change is within noise (its interval contains 0)`) };
    if (wantsBaseline && baseline === undefined)
        return { status: 'no-baseline', reasons: ['no baseline value to compare with'] };
    return { status: 'pass', reasons: [] };
}

;// CONCATENATED MODULE: ./.build/tsc/actions/model-test/src/engine.js











async function runModelTest(options, context) {
    const { cwd, log } = context;
    const findings = [];
    let commandExitCode;
    if (options.command) {
        const [file, ...args] = await splitCommand(options.command, cwd);
        const result = await exec(log, file, args, {
            cwd,
            timeoutMs: options.commandTimeoutMs,
            allowFailure: true,
            group: `Run ${options.command}`,
        });
        commandExitCode = result.exitCode;
        if (result.exitCode !== 0) {
            const tail = result.stderr.trim() ? result.stderr : result.stdout;
            findings.push({
                level: 'error',
                title: 'Command failed',
                message: `'${options.command}' exited with code ${result.exitCode}.${tail.trim() ? `\n${tail.trim().split('\n').slice(-5).join('\n')}` : ''}`,
                rule: 'command',
            });
        }
    }
    let collected;
    try {
        collected = await collectCurrent(options, cwd);
    }
    catch (error) {
        // Missing or broken outputs are most often the command's fault: say so next to the symptom.
        if (!(error instanceof errors/* UserError */.yo) || !commandExitCode)
            throw error;
        throw new errors/* UserError */.yo(`${error.message} The command '${options.command}' exited with code ${commandExitCode} before: see its log above.`, error);
    }
    const { files, lists, undefinedMetrics, evaluation } = collected;
    const current = mergeMetrics(lists);
    if (current.size === 0 && undefinedMetrics.size === 0 && options.metrics.length + (options.evaluator ? 1 : 0) > 0) {
        throw new errors/* UserError */.yo(`No numeric metric found in ${files.join(', ') || 'the inputs'}; metrics must be numbers (nested maps are flattened to a.b.c).`);
    }
    const { baseline, baselineInfo, intervals } = await readBaseline(options, context, files, evaluation);
    const rows = [...current.values()].map((metric) => {
        const base = baseline.get(metric.name);
        return {
            ...metric,
            baseline: base,
            delta: base === undefined ? undefined : metric.value - base,
            interval: intervals[metric.name],
            reasons: [],
        };
    });
    const byName = new Map(rows.map((row) => [row.name, row]));
    if (options.thresholds) {
        const known = [...current.keys(), ...undefinedMetrics].sort();
        for (const threshold of parseThresholds(options.thresholds)) {
            for (const name of matchMetrics(threshold, known, options.thresholds)) {
                const row = byName.get(name);
                if (!row) {
                    findings.push({
                        level: 'warning',
                        title: `Metric ${name} is undefined`,
                        message: `The threshold '${threshold.pattern}: ${threshold.rule.text}' was not checked: ${name} is undefined on this data (e.g. one class only).`,
                        file: options.thresholds.file,
                        line: threshold.line,
                        rule: 'threshold',
                    });
                    continue;
                }
                const verdict = judge(threshold.rule, row.value, row.baseline, row.interval);
                row.threshold = row.threshold ? `${row.threshold}; ${threshold.rule.text}` : threshold.rule.text;
                const rank = { pass: 0, 'no-baseline': 1, noise: 2, fail: 3, undefined: 1 };
                if (!row.status || rank[verdict.status] > rank[row.status])
                    row.status = verdict.status;
                row.reasons.push(...verdict.reasons);
            }
        }
    }
    for (const row of rows) {
        if (row.status === 'fail' || row.status === 'noise') {
            findings.push({
                level: row.status === 'fail' ? 'error' : 'warning',
                title: `Metric ${row.name} ${row.status === 'fail' ? 'failed its threshold' : 'changed within noise'}`,
                message: `${row.name} = ${row.value} (threshold ${row.threshold}): ${row.reasons.join('; ')}.`,
                file: row.file,
                line: row.line,
                rule: 'threshold',
            });
        }
    }
    const missingBaseline = rows.filter((row) => row.status === 'no-baseline').map((row) => row.name);
    if (missingBaseline.length > 0) {
        findings.push({
            level: 'notice',
            title: 'No baseline',
            message: `Not compared with a baseline (none found): ${missingBaseline.join(', ')}.`,
            rule: 'baseline',
        });
    }
    const junit = [];
    const sources = {
        exists: (file) => (0,external_node_fs_.existsSync)(external_node_path_.resolve(cwd, file)),
        read: (file) => ((0,external_node_fs_.existsSync)(external_node_path_.resolve(cwd, file)) ? (0,external_node_fs_.readFileSync)(external_node_path_.resolve(cwd, file), 'utf8') : undefined),
    };
    for (const pattern of options.junit) {
        const matches = (await (0,dist.glob)(pattern, { cwd, onlyFiles: true })).sort();
        if (matches.length === 0)
            throw new errors/* InputError */.dz('junit', `no file matches '${pattern}' in ${cwd}; did the test run write it (pytest --junitxml=${pattern})?`);
        for (const file of matches) {
            const parsed = junitFindings((0,external_node_fs_.readFileSync)(external_node_path_.join(cwd, file), 'utf8'), file, sources);
            junit.push(parsed.summary);
            findings.push(...parsed.findings);
        }
    }
    return {
        passed: !findings.some((finding) => finding.level === 'error'),
        rows,
        findings,
        commandExitCode,
        baseline: baselineInfo,
        junit,
        confusion: evaluation?.confusion,
        slices: evaluation?.slices ?? [],
        undefinedMetrics: [...undefinedMetrics].sort(),
    };
}


/***/ }),

/***/ 3588:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ seededRandom)
/* harmony export */ });
/**
 * mulberry32: a tiny seeded PRNG, so bootstrap resamples, reservoir samples and generated test
 * data are the same on every run. Returns floats in [0, 1).
 */
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
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
