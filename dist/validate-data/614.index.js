export const id = 614;
export const ids = [614];
export const modules = {

/***/ 3614:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateData: () => (/* binding */ validateData)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/tsc/core/errors.js
var errors = __webpack_require__(3836);
// EXTERNAL MODULE: ./.build/tsc/actions/validate-data/src/csv-reader.js + 2 modules
var csv_reader = __webpack_require__(9411);
// EXTERNAL MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(5521);
// EXTERNAL MODULE: ./.build/tsc/actions/validate-data/src/field-compile.js + 3 modules
var field_compile = __webpack_require__(3360);
;// CONCATENATED MODULE: ./.build/tsc/actions/validate-data/src/drift.js


/** Population stability bins: proportions floored at EPSILON so an empty bin does not make PSI infinite. */
const EPSILON = 1e-4;
const BINS = 10;
function psiOf(reference, current) {
    const refTotal = reference.reduce((a, b) => a + b, 0) || 1;
    const curTotal = current.reduce((a, b) => a + b, 0) || 1;
    let psi = 0;
    for (let i = 0; i < reference.length; i++) {
        const r = Math.max(EPSILON, reference[i] / refTotal);
        const c = Math.max(EPSILON, current[i] / curTotal);
        psi += (c - r) * Math.log(c / r);
    }
    return psi;
}
/** Two-sample Kolmogorov-Smirnov statistic D = sup |F1 - F2| over two sorted samples (what scipy.stats.ks_2samp reports as `statistic`). */
function ksStatistic(a, b) {
    let i = 0;
    let j = 0;
    let d = 0;
    while (i < a.length && j < b.length) {
        const x = Math.min(a[i], b[j]);
        while (i < a.length && a[i] === x)
            i++;
        while (j < b.length && b[j] === x)
            j++;
        d = Math.max(d, Math.abs(i / a.length - j / b.length));
    }
    return d;
}
function countBins(sorted, edges) {
    const counts = new Array(edges.length + 1).fill(0);
    for (const value of sorted) {
        let lo = 0;
        let hi = edges.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (value <= edges[mid])
                hi = mid;
            else
                lo = mid + 1;
        }
        counts[lo]++;
    }
    return counts;
}
function sample(field) {
    return field.reservoir.slice(0, Math.min(field.reservoirSeen, field_compile/* DRIFT_SAMPLE */.Ft)).sort();
}
function missingRate(field) {
    const total = field.present + field.missing;
    return total === 0 ? 0 : field.missing / total;
}
/** Compares one column of the data with the same column of the reference. */
function compareColumn(reference, current, thresholds) {
    const row = {
        field: current.spec.name,
        kind: current.reservoir ? 'numeric' : 'categorical',
        psi: 0,
        unseen: [],
        missingReference: missingRate(reference),
        missingCurrent: missingRate(current),
        reasons: [],
    };
    if (current.reservoir && reference.reservoir) {
        const ref = sample(reference);
        const cur = sample(current);
        if (ref.length > 0 && cur.length > 0) {
            const edges = [...new Set(Array.from({ length: BINS - 1 }, (_, i) => (0,simple_statistics/* quantileSorted */.Z4)(Array.from(ref), (i + 1) / BINS)))];
            row.psi = psiOf(countBins(ref, edges), countBins(cur, edges));
            row.ks = ksStatistic(ref, cur);
        }
    }
    else if (current.categories && reference.categories) {
        const refKeys = reference.categories.keys();
        const curKeys = current.categories.keys();
        const refCounts = new Map(refKeys.map((key, id) => [key, reference.categoryCounts[id]]));
        const curCounts = new Map(curKeys.map((key, id) => [key, current.categoryCounts[id]]));
        const all = [...new Set([...refKeys, ...curKeys])];
        row.psi = psiOf(all.map((key) => refCounts.get(key) ?? 0), all.map((key) => curCounts.get(key) ?? 0));
        row.unseen = curKeys.filter((key) => !refCounts.has(key));
        if (reference.categories.overflowed)
            row.unseen = [];
    }
    if (row.psi > thresholds.psi)
        row.reasons.push(`PSI ${row.psi.toFixed(3)} > ${thresholds.psi}`);
    if (row.ks !== undefined && row.ks > thresholds.ks)
        row.reasons.push(`KS ${row.ks.toFixed(3)} > ${thresholds.ks}`);
    if (row.unseen.length > 0)
        row.reasons.push(`${row.unseen.length} unseen categories (${row.unseen
            .slice(0, 5)
            .map((v) => JSON.stringify(v))
            .join(', ')})`);
    const change = Math.abs(row.missingCurrent - row.missingReference);
    if (change > thresholds.missingRate)
        row.reasons.push(`missing rate ${(row.missingReference * 100).toFixed(1)}% -> ${(row.missingCurrent * 100).toFixed(1)}%`);
    return row;
}
function driftFindings(file, rows) {
    return rows
        .filter((row) => row.reasons.length > 0)
        .map((row) => ({
        level: 'warning',
        title: `Drift: ${row.field}`,
        rule: 'drift',
        file,
        message: `Column '${row.field}' drifted from the reference: ${row.reasons.join('; ')}.`,
    }));
}

;// CONCATENATED MODULE: ./.build/tsc/core/markdown.js
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

// EXTERNAL MODULE: ./.build/tsc/actions/validate-data/src/tally.js
var src_tally = __webpack_require__(4466);
;// CONCATENATED MODULE: ./.build/tsc/actions/validate-data/src/file-findings.js



/** Duplicate keys become tallies like any other rule, so they report the same way. */
function duplicateTallies(run, maxSamples) {
    return run.duplicates
        .filter((check) => check.duplicates.length > 0)
        .map((check) => ({
        rule: check.rule,
        field: check.fields.join(', '),
        level: 'error',
        count: check.duplicates.length,
        detail: check.rule === 'unique' ? 'the unique constraint' : `the primary key (${check.fields.join(', ')})`,
        samples: check.duplicates.slice(0, maxSamples).map((d) => ({
            ...(run.format === 'parquet' ? { row: d.line } : { line: d.line }),
            value: `same key as ${run.format === 'parquet' ? 'row' : 'line'} ${d.firstLine}`,
        })),
    }));
}
/** Row-count bounds, null ratios and freshness from the schema's `x-validate-data` block. */
function datasetTallies(run, now) {
    const { dataset } = run.resource.schema;
    const rows = run.validator.rows;
    const findings = [];
    const base = { file: run.display, level: 'error' };
    if (dataset.minRows !== undefined && rows < dataset.minRows)
        findings.push({
            ...base,
            rule: 'rows',
            title: 'Too few rows',
            message: `${formatNumber(rows)} rows; the schema asks for at least ${formatNumber(dataset.minRows)}.`,
        });
    if (dataset.maxRows !== undefined && rows > dataset.maxRows)
        findings.push({
            ...base,
            rule: 'rows',
            title: 'Too many rows',
            message: `${formatNumber(rows)} rows; the schema allows at most ${formatNumber(dataset.maxRows)}.`,
        });
    for (const f of run.validator.fields) {
        const limit = dataset.maxNullRatio[f.spec.name] ?? dataset.maxNullRatio['*'];
        const total = f.present + f.missing;
        if (limit === undefined || total === 0)
            continue;
        const ratio = f.missing / total;
        if (ratio > limit)
            findings.push({
                ...base,
                rule: 'maxNullRatio',
                title: `Too many nulls: ${f.spec.name}`,
                message: `${(ratio * 100).toFixed(2)}% of '${f.spec.name}' is missing; the schema allows ${(limit * 100).toFixed(2)}%.`,
            });
    }
    if (dataset.freshness) {
        const field = run.validator.fields.find((f) => f.spec.name === dataset.freshness.field);
        if (field.code !== field_compile/* T_DATE */.SE && field.code !== field_compile/* T_DATETIME */.lO) {
            findings.push({
                ...base,
                rule: 'freshness',
                title: 'Freshness',
                message: `freshness.field '${field.spec.name}' is a ${field.spec.type}; it must be a date or datetime field.`,
            });
        }
        else if (field.numericCount === 0) {
            findings.push({
                ...base,
                rule: 'freshness',
                title: 'Freshness',
                message: `'${field.spec.name}' has no valid value, so the data's age is unknown.`,
            });
        }
        else if (now - field.max > dataset.freshness.maxAgeMs) {
            const ageHours = (now - field.max) / 3_600_000;
            findings.push({
                ...base,
                rule: 'freshness',
                title: 'Stale data',
                message: `The newest '${field.spec.name}' is ${new Date(field.max).toISOString()} (${formatNumber(ageHours)} h old); the schema allows ${dataset.freshness.maxAgeText}.`,
            });
        }
    }
    return findings;
}
function fileFindings(run, maxSamples, now) {
    const tallies = [...run.validator.tallies.list().filter((t) => t.count > 0), ...duplicateTallies(run, maxSamples)];
    const summaries = [];
    const details = [];
    const byRule = {};
    let errors = 0;
    let warnings = 0;
    for (const tally of tallies) {
        const { summary, details: more } = (0,src_tally/* tallyFindings */.v)(run.display, tally);
        summaries.push(summary);
        details.push(...more);
        byRule[tally.rule] = (byRule[tally.rule] ?? 0) + tally.count;
        if (tally.level === 'error')
            errors += tally.count;
        else if (tally.level === 'warning')
            warnings += tally.count;
    }
    // In file order, so the CLI reads top to bottom and the ten annotations GitHub shows are the first problems.
    summaries.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
    const dataset = datasetTallies(run, now);
    for (const finding of dataset) {
        byRule[finding.rule] = (byRule[finding.rule] ?? 0) + 1;
        errors++;
    }
    return { findings: [...summaries, ...dataset, ...details], byRule, errors, warnings };
}

// EXTERNAL MODULE: ./.build/tsc/actions/validate-data/src/infer.js
var infer = __webpack_require__(2192);
;// CONCATENATED MODULE: ./.build/tsc/actions/validate-data/src/report.js


function profileValue(code, value) {
    if (!Number.isFinite(value))
        return '';
    if (code === field_compile/* T_DATE */.SE)
        return new Date(value).toISOString().slice(0, 10);
    if (code === field_compile/* T_DATETIME */.lO)
        return new Date(value).toISOString();
    if (code === field_compile/* T_TIME */.F)
        return new Date(value).toISOString().slice(11, 19);
    return formatNumber(value);
}
function profileTable(run) {
    const rows = run.validator.fields.map((f) => {
        const total = f.present + f.missing;
        const enumDistinct = f.enumSeen.reduce((sum, seen) => sum + seen, 0);
        const distinct = f.distinctNumbers
            ? f.distinctNumbers.size
            : f.code === field_compile/* T_BOOLEAN */.Aj
                ? enumDistinct
                : f.distinctBytes && !f.distinctBytes.overflowed
                    ? f.distinctBytes.size + enumDistinct
                    : '> 1,000';
        const numeric = f.numericCount > 0;
        return [
            f.spec.name,
            f.spec.type,
            total === 0 ? '' : `${formatNumber(f.missing)} (${((f.missing / total) * 100).toFixed(1)}%)`,
            numeric ? profileValue(f.code, f.min) : '',
            numeric ? profileValue(f.code, f.max) : '',
            numeric && f.code !== field_compile/* T_DATE */.SE && f.code !== field_compile/* T_DATETIME */.lO && f.code !== field_compile/* T_TIME */.F ? formatNumber(f.sum / f.numericCount) : '',
            distinct,
        ];
    });
    return table(['column', 'type', 'nulls', 'min', 'max', 'mean', 'distinct'], rows, [
        'left',
        'left',
        'right',
        'right',
        'right',
        'right',
        'right',
    ]);
}
function summaryMarkdown(input) {
    const parts = [heading(2, `${input.passed ? STATUS_ICON.pass : STATUS_ICON.fail} validate-data: ${input.title}`)];
    parts.push(table(['file', 'resource', 'rows', 'columns', 'MB/s', 'errors', 'warnings', 'errors by rule'], input.runs.map(({ run, result }) => [
        run.display,
        run.resource.name,
        formatNumber(run.validator.rows),
        run.validator.fields.length,
        formatNumber(run.bytes / 1e6 / Math.max(run.seconds, 1e-6)),
        formatNumber(result.errors),
        formatNumber(result.warnings),
        Object.entries(result.byRule)
            .map(([rule, count]) => `${rule}: ${formatNumber(count)}`)
            .join(', '),
    ]), ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'left']));
    for (const { run } of input.runs)
        parts.push(details(`Column profile of ${run.display}`, profileTable(run)));
    for (const drift of input.drift) {
        parts.push(heading(3, `Drift of ${drift.file} against the reference`));
        parts.push(table(['column', 'kind', 'PSI', 'KS', 'unseen', 'missing ref → now', 'verdict'], drift.rows.map((row) => [
            row.field,
            row.kind,
            row.psi.toFixed(3),
            row.ks === undefined ? '' : row.ks.toFixed(3),
            row.unseen.length > 0 ? row.unseen.slice(0, 5).join(', ') : '',
            `${(row.missingReference * 100).toFixed(1)}% → ${(row.missingCurrent * 100).toFixed(1)}%`,
            row.reasons.length > 0 ? `${STATUS_ICON.warn} ${row.reasons.join('; ')}` : STATUS_ICON.pass,
        ])));
        if (drift.rows.length > 0) {
            parts.push(xyChart({
                title: 'PSI per column',
                x: { labels: drift.rows.map((r) => r.field) },
                y: { title: 'PSI', min: 0, max: Math.max(0.3, ...drift.rows.map((r) => r.psi)) },
                series: [{ kind: 'bar', values: drift.rows.map((r) => r.psi) }],
            }));
        }
    }
    return parts.join('\n\n');
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./.build/tsc/actions/validate-data/src/csv-tokenizer.js
var csv_tokenizer = __webpack_require__(4836);
;// CONCATENATED MODULE: ./.build/tsc/actions/validate-data/src/row-readers.js





/**
 * JSON Lines and Parquet rows go through the same byte-level checks as CSV: each row's values
 * are written as text into one scratch buffer with their ranges, as if a tokenizer had found them.
 */
class RowEncoder {
    validator;
    buf = Buffer.alloc(1 << 16);
    starts;
    ends;
    flags;
    constructor(validator) {
        this.validator = validator;
        const n = validator.fields.length;
        this.starts = new Int32Array(n);
        this.ends = new Int32Array(n);
        this.flags = new Uint8Array(n);
        validator.positional();
    }
    valueText(value, type) {
        if (value === null || value === undefined)
            return undefined;
        if (value instanceof Date)
            return type === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
        if (typeof value === 'object')
            return JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? v.toString() : v));
        return String(value);
    }
    row(values, line) {
        let used = 0;
        const fields = this.validator.fields;
        for (let k = 0; k < fields.length; k++) {
            const text = this.valueText(values(fields[k].spec.name), fields[k].spec.type);
            this.starts[k] = used;
            if (text === undefined) {
                this.ends[k] = used;
                this.flags[k] = csv_tokenizer/* NULL_FIELD */.ZL;
                continue;
            }
            const length = Buffer.byteLength(text);
            if (used + length > this.buf.length) {
                const bigger = Buffer.alloc(Math.max(this.buf.length * 2, used + length));
                this.buf.copy(bigger, 0, 0, used);
                this.buf = bigger;
            }
            used += this.buf.write(text, used);
            this.ends[k] = used;
            this.flags[k] = 0;
        }
        this.validator.record(this.buf, this.starts, this.ends, this.flags, fields.length, line, 0, -1);
    }
}
async function readJsonLines(file, validator) {
    const encoder = new RowEncoder(validator);
    const stream = /\.gz$/i.test(file) ? (0,external_node_fs_.createReadStream)(file).pipe((0,external_node_zlib_.createGunzip)()) : (0,external_node_fs_.createReadStream)(file);
    let bytes = 0;
    let line = 0;
    const known = new Set(validator.fields.map((f) => f.spec.name));
    const extra = new Set();
    for await (const text of (0,external_node_readline_.createInterface)({ input: stream, crlfDelay: Infinity })) {
        line++;
        bytes += Buffer.byteLength(text) + 1;
        if (text.trim() === '')
            continue;
        let row;
        try {
            row = JSON.parse(text);
        }
        catch (error) {
            const tally = validator.tallies.get('invalid-json', '', 'JSON syntax');
            if (validator.tallies.hit(tally))
                tally.samples.push({ line, value: `${text.slice(0, 60)} (${error.message})` });
            continue;
        }
        if (row === null || typeof row !== 'object' || Array.isArray(row)) {
            const tally = validator.tallies.get('invalid-json', '', 'the JSON Lines shape: each line must be an object');
            if (validator.tallies.hit(tally))
                tally.samples.push({ line, value: text.slice(0, 60) });
            continue;
        }
        const object = row;
        for (const key of Object.keys(object)) {
            if (!known.has(key) && !extra.has(key)) {
                extra.add(key);
                const tally = validator.tallies.get('header', key, 'the schema: the key is not declared', 'warning');
                if (validator.tallies.hit(tally))
                    tally.samples.push({ line, value: key });
            }
        }
        encoder.row((name) => object[name], line);
    }
    return bytes;
}
const PARQUET_BATCH = 65_536;
/** Reads Parquet with hyparquet in row batches so memory stays bounded; findings name row numbers. */
async function readParquet(file, validator) {
    const { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } = await __webpack_require__.e(/* import() */ 972).then(__webpack_require__.bind(__webpack_require__, 6972));
    const source = await asyncBufferFromFile(file);
    let metadata;
    try {
        metadata = await parquetMetadataAsync(source);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${file}: not a readable Parquet file (${error.message}).`, { file });
    }
    const columns = new Set(parquetSchema(metadata).children.map((child) => child.element.name));
    const encoder = new RowEncoder(validator);
    validator.fields.forEach((f) => {
        if (!columns.has(f.spec.name)) {
            const tally = validator.tallies.get('header', f.spec.name, `the schema: column '${f.spec.name}' is missing from the file`);
            if (validator.tallies.hit(tally))
                tally.samples.push({ row: 0, value: f.spec.name });
        }
    });
    const total = Number(metadata.num_rows);
    for (let rowStart = 0; rowStart < total; rowStart += PARQUET_BATCH) {
        const rows = await parquetReadObjects({ file: source, metadata, rowStart, rowEnd: Math.min(total, rowStart + PARQUET_BATCH) });
        rows.forEach((row, index) => encoder.row((name) => row[name], rowStart + index + 1));
    }
    return source.byteLength;
}

// EXTERNAL MODULE: ./.build/tsc/core/inputs.js
var inputs = __webpack_require__(46);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./.build/tsc/core/findings.js
var findings = __webpack_require__(6469);
;// CONCATENATED MODULE: ./.build/tsc/core/yaml-input.js
// YAML-or-file inputs, apart from core/inputs.ts so that the YAML parser loads only on the paths
// that parse YAML, not at every action's start-up.





/** Parses YAML (a superset of JSON) text; throws a UserError naming `label` and the line of a syntax error. */
function syntaxError(label, file, line, column, reason, language) {
    const where = file ? (0,findings/* formatLocation */.j$)(file, line, column) : line ? `line ${line}` : language;
    return new errors/* UserError */.yo(`${label}: ${where}: ${reason}. Fix the ${language} syntax there.`, { file, line, column });
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
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
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
                if ((0,dist/* isMap */.jh)(parent)) {
                    const pair = parent.items.find((item) => item.key?.value === keyPath[keyPath.length - 1]);
                    range = pair?.key?.range ?? range;
                }
                else if ((0,dist/* isSeq */.oP)(parent))
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
        const full = path.resolve(cwd, value);
        if (!existsSync(full))
            throw new InputError(name, `file '${value}' does not exist (resolved to ${full}).`, { file: value });
        let text;
        try {
            text = readFileSync(full, 'utf8');
        }
        catch (error) {
            throw new InputError(name, `file '${value}' cannot be read: ${error.message}`, { file: value });
        }
        return parseYaml(text, `Input '${name}'`, value);
    }
    return parseYaml(raw, `Input '${name}'`);
}

;// CONCATENATED MODULE: ./.build/tsc/actions/validate-data/src/schema-types.js
/** The subset of Frictionless Table Schema / Data Package this action validates against. */
const FIELD_TYPES = ['string', 'integer', 'number', 'boolean', 'date', 'datetime', 'time', 'year', 'any'];

;// CONCATENATED MODULE: ./.build/tsc/actions/validate-data/src/schema-load.js






/** Reports a schema mistake at the line of the offending key, naming the key and the fix. */
class SchemaReader {
    source;
    label;
    constructor(source, label) {
        this.source = source;
        this.label = label;
    }
    fail(keyPath, problem) {
        const line = this.source.lineOf(keyPath);
        const key = keyPath
            .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
            .join('')
            .replace(/^\./, '') || '(root)';
        throw new errors/* UserError */.yo(`Invalid schema ${this.label}${line ? `:${line}` : ''}: '${key}' ${problem}`, { file: this.source.file, line });
    }
    object(value, keyPath) {
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            this.fail(keyPath, 'must be an object.');
        return value;
    }
    stringList(value, keyPath) {
        if (typeof value === 'string')
            return [value];
        if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
            this.fail(keyPath, 'must be a string or a list of strings.');
        return value;
    }
    number(value, keyPath) {
        if (typeof value !== 'number' || !Number.isFinite(value))
            this.fail(keyPath, 'must be a number.');
        return value;
    }
}
const TRUE_VALUES = ['true', 'True', 'TRUE', '1'];
const FALSE_VALUES = ['false', 'False', 'FALSE', '0'];
const FIELD_KEYS = new Set([
    'name',
    'type',
    'format',
    'constraints',
    'trueValues',
    'falseValues',
    'decimalChar',
    'groupChar',
    'bareNumber',
    'title',
    'description',
    'example',
    'rdfType',
    'missingValues',
]);
const CONSTRAINT_KEYS = new Set([
    'required',
    'unique',
    'minimum',
    'maximum',
    'minLength',
    'maxLength',
    'pattern',
    'enum',
    'exclusiveMinimum',
    'exclusiveMaximum',
]);
function readField(reader, raw, keyPath) {
    const field = reader.object(raw, keyPath);
    for (const key of Object.keys(field)) {
        if (!FIELD_KEYS.has(key) && !key.startsWith('x-'))
            reader.fail([...keyPath, key], `is not a Table Schema field property; known: ${[...FIELD_KEYS].join(', ')}.`);
    }
    if (typeof field.name !== 'string' || field.name === '')
        reader.fail([...keyPath, 'name'], 'must be a non-empty string.');
    const type = (field.type ?? 'string');
    if (!FIELD_TYPES.includes(type))
        reader.fail([...keyPath, 'type'], `'${String(field.type)}' is not a supported type; use one of ${FIELD_TYPES.join(', ')}.`);
    const format = field.format === undefined ? 'default' : field.format;
    if (typeof format !== 'string')
        reader.fail([...keyPath, 'format'], 'must be a string.');
    const rawConstraints = field.constraints === undefined ? {} : reader.object(field.constraints, [...keyPath, 'constraints']);
    const constraintPath = [...keyPath, 'constraints'];
    for (const key of Object.keys(rawConstraints)) {
        if (!CONSTRAINT_KEYS.has(key))
            reader.fail([...constraintPath, key], `is not a Table Schema constraint; known: ${[...CONSTRAINT_KEYS].join(', ')}.`);
    }
    const constraints = { required: rawConstraints.required === true, unique: rawConstraints.unique === true };
    for (const key of ['minimum', 'maximum']) {
        const value = rawConstraints[key];
        if (value === undefined)
            continue;
        if (typeof value !== 'number' && typeof value !== 'string')
            reader.fail([...constraintPath, key], 'must be a number (or an ISO date/time string for temporal fields).');
        constraints[key] = value;
    }
    for (const key of ['minLength', 'maxLength']) {
        if (rawConstraints[key] !== undefined)
            constraints[key] = reader.number(rawConstraints[key], [...constraintPath, key]);
    }
    if (rawConstraints.pattern !== undefined) {
        if (typeof rawConstraints.pattern !== 'string')
            reader.fail([...constraintPath, 'pattern'], 'must be a string.');
        try {
            new RegExp(`^(?:${rawConstraints.pattern})$`, 'u');
        }
        catch (error) {
            reader.fail([...constraintPath, 'pattern'], `is not a valid regular expression: ${error.message}.`);
        }
        constraints.pattern = rawConstraints.pattern;
    }
    if (rawConstraints.enum !== undefined) {
        if (!Array.isArray(rawConstraints.enum))
            reader.fail([...constraintPath, 'enum'], 'must be a list.');
        constraints.enum = rawConstraints.enum.map((item) => String(item));
    }
    return {
        name: field.name,
        type,
        format,
        trueValues: field.trueValues === undefined ? TRUE_VALUES : reader.stringList(field.trueValues, [...keyPath, 'trueValues']),
        falseValues: field.falseValues === undefined ? FALSE_VALUES : reader.stringList(field.falseValues, [...keyPath, 'falseValues']),
        decimalChar: typeof field.decimalChar === 'string' ? field.decimalChar : '.',
        groupChar: typeof field.groupChar === 'string' ? field.groupChar : '',
        bareNumber: field.bareNumber !== false,
        constraints,
        schemaLine: reader.source.lineOf(keyPath),
    };
}
function readDataset(reader, raw, keyPath, fieldNames) {
    const checks = { maxNullRatio: {} };
    if (raw === undefined)
        return checks;
    const block = reader.object(raw, keyPath);
    for (const key of Object.keys(block)) {
        if (!['rows', 'maxNullRatio', 'freshness'].includes(key))
            reader.fail([...keyPath, key], 'is not a dataset check; known: rows, maxNullRatio, freshness.');
    }
    if (block.rows !== undefined) {
        const rows = reader.object(block.rows, [...keyPath, 'rows']);
        if (rows.min !== undefined)
            checks.minRows = reader.number(rows.min, [...keyPath, 'rows', 'min']);
        if (rows.max !== undefined)
            checks.maxRows = reader.number(rows.max, [...keyPath, 'rows', 'max']);
    }
    if (block.maxNullRatio !== undefined) {
        const ratios = block.maxNullRatio;
        if (typeof ratios === 'number')
            checks.maxNullRatio['*'] = ratios;
        else {
            for (const [name, value] of Object.entries(reader.object(ratios, [...keyPath, 'maxNullRatio']))) {
                if (name !== '*' && !fieldNames.has(name))
                    reader.fail([...keyPath, 'maxNullRatio', name], 'names no field of the schema.');
                const ratio = reader.number(value, [...keyPath, 'maxNullRatio', name]);
                if (ratio < 0 || ratio > 1)
                    reader.fail([...keyPath, 'maxNullRatio', name], 'must be between 0 and 1.');
                checks.maxNullRatio[name] = ratio;
            }
        }
    }
    if (block.freshness !== undefined) {
        const freshness = reader.object(block.freshness, [...keyPath, 'freshness']);
        if (typeof freshness.field !== 'string' || !fieldNames.has(freshness.field))
            reader.fail([...keyPath, 'freshness', 'field'], 'must name a date or datetime field of the schema.');
        const maxAgeText = String(freshness.maxAge ?? '');
        const maxAgeMs = (0,inputs/* parseDuration */.E9)(maxAgeText);
        if (maxAgeMs === undefined)
            reader.fail([...keyPath, 'freshness', 'maxAge'], `'${maxAgeText}' is not a duration; write it like 36h or 7d.`);
        checks.freshness = { field: freshness.field, maxAgeMs, maxAgeText };
    }
    return checks;
}
const DATASET_BLOCK = 'x-validate-data';
function readTableSchema(reader, raw, keyPath) {
    const schema = reader.object(raw, keyPath);
    if (!Array.isArray(schema.fields) || schema.fields.length === 0)
        reader.fail([...keyPath, 'fields'], 'must be a non-empty list of field descriptors.');
    const fields = schema.fields.map((field, index) => readField(reader, field, [...keyPath, 'fields', index]));
    const names = new Set();
    fields.forEach((field, index) => {
        if (names.has(field.name))
            reader.fail([...keyPath, 'fields', index, 'name'], `'${field.name}' is declared twice.`);
        names.add(field.name);
    });
    const missingValues = schema.missingValues === undefined ? [''] : reader.stringList(schema.missingValues, [...keyPath, 'missingValues']);
    const primaryKey = schema.primaryKey === undefined ? [] : reader.stringList(schema.primaryKey, [...keyPath, 'primaryKey']);
    for (const name of primaryKey)
        if (!names.has(name))
            reader.fail([...keyPath, 'primaryKey'], `names '${name}', which is not a field.`);
    const foreignKeys = [];
    if (schema.foreignKeys !== undefined) {
        if (!Array.isArray(schema.foreignKeys))
            reader.fail([...keyPath, 'foreignKeys'], 'must be a list.');
        schema.foreignKeys.forEach((rawKey, index) => {
            const at = [...keyPath, 'foreignKeys', index];
            const key = reader.object(rawKey, at);
            const fks = reader.stringList(key.fields, [...at, 'fields']);
            for (const name of fks)
                if (!names.has(name))
                    reader.fail([...at, 'fields'], `names '${name}', which is not a field.`);
            const reference = reader.object(key.reference, [...at, 'reference']);
            const referenceFields = reader.stringList(reference.fields, [...at, 'reference', 'fields']);
            if (referenceFields.length !== fks.length)
                reader.fail([...at, 'reference', 'fields'], `must list as many fields as 'fields' (${fks.length}).`);
            foreignKeys.push({ fields: fks, resource: typeof reference.resource === 'string' ? reference.resource : '', referenceFields });
        });
    }
    return {
        fields,
        missingValues,
        primaryKey,
        foreignKeys,
        dataset: readDataset(reader, schema[DATASET_BLOCK], [...keyPath, DATASET_BLOCK], names),
    };
}
function loadSource(file, cwd, label) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(external_node_path_.resolve(cwd, file), 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${label}: cannot read schema file '${file}': ${error.message}`, { file });
    }
    return parseYaml(text, label, file);
}
/** Loads a Table Schema or a Data Package (JSON or YAML) and checks every key it uses. */
function loadSchema(file, cwd) {
    const source = loadSource(file, cwd, "Input 'schema'");
    const reader = new SchemaReader(source, file);
    const root = reader.object(source.value, []);
    if (!Array.isArray(root.resources)) {
        return {
            kind: 'table-schema',
            file,
            resources: [{ name: external_node_path_.basename(file).replace(/\..*$/, ''), paths: [], schema: readTableSchema(reader, root, []), dialect: {} }],
        };
    }
    const baseDir = external_node_path_.dirname(external_node_path_.resolve(cwd, file));
    const resources = root.resources.map((raw, index) => {
        const at = ['resources', index];
        const resource = reader.object(raw, at);
        if (typeof resource.name !== 'string')
            reader.fail([...at, 'name'], 'must be a string naming the resource.');
        const name = resource.name;
        const paths = reader.stringList(resource.path, [...at, 'path']).map((item) => external_node_path_.resolve(baseDir, item));
        let schema;
        if (typeof resource.schema === 'string') {
            const schemaFile = external_node_path_.relative(cwd, external_node_path_.resolve(baseDir, resource.schema));
            const nested = loadSource(schemaFile, cwd, `Schema of resource '${name}'`);
            schema = readTableSchema(new SchemaReader(nested, schemaFile), nested.value, []);
        }
        else
            schema = readTableSchema(reader, resource.schema, [...at, 'schema']);
        const dialect = resource.dialect === undefined ? {} : reader.object(resource.dialect, [...at, 'dialect']);
        return {
            name,
            paths,
            schema,
            dialect: {
                delimiter: typeof dialect.delimiter === 'string' ? dialect.delimiter : undefined,
                header: typeof dialect.header === 'boolean' ? dialect.header : undefined,
                quoteChar: typeof dialect.quoteChar === 'string' ? dialect.quoteChar : undefined,
            },
        };
    });
    const names = new Set(resources.map((r) => r.name));
    resources.forEach((resource, index) => {
        resource.schema.foreignKeys.forEach((key, keyIndex) => {
            if (key.resource !== '' && !names.has(key.resource)) {
                reader.fail(['resources', index, 'schema', 'foreignKeys', keyIndex, 'reference', 'resource'], `names resource '${key.resource}', which the package does not declare.`);
            }
        });
    });
    return { kind: 'data-package', file, resources };
}

// EXTERNAL MODULE: ./.build/tsc/actions/validate-data/src/parallel-csv.js
var parallel_csv = __webpack_require__(6936);
// EXTERNAL MODULE: ./.build/tsc/actions/validate-data/src/validator.js + 3 modules
var src_validator = __webpack_require__(3566);
;// CONCATENATED MODULE: ./.build/tsc/actions/validate-data/src/validate-file.js







function formatOf(file) {
    const name = file.toLowerCase().replace(/\.gz$/, '');
    if (name.endsWith('.parquet'))
        return 'parquet';
    if (name.endsWith('.jsonl') || name.endsWith('.ndjson'))
        return 'jsonl';
    return 'csv';
}
function csvOptionsFor(file, resource, defaults) {
    const tsv = /\.tsv(\.gz)?$/i.test(file);
    return {
        delimiter: resource.dialect.delimiter ?? defaults.delimiter ?? (tsv ? '\t' : ','),
        header: resource.dialect.header ?? defaults.header,
        quoteChar: resource.dialect.quoteChar ?? '"',
    };
}
/** Reads one data file through the validator of its resource; a file that can't be read is a UserError naming it. */
async function validateFile(file, resource, options) {
    const display = external_node_path_.relative(options.cwd, file) || file;
    let size;
    try {
        size = (0,external_node_fs_.statSync)(file).size;
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${display}: cannot read the data file (${error.code ?? error.message}).`, {
            file: display,
        });
    }
    const format = formatOf(file);
    const locate = format === 'csv' ? 'csv' : format === 'jsonl' ? 'line' : 'row';
    const validator = new src_validator/* RecordValidator */.U({
        schema: resource.schema,
        collectDrift: options.collectDrift,
        maxSamples: options.maxSamples,
        tempDir: options.tempDir,
        label: external_node_path_.basename(file),
        expectedRows: (size * (/\.gz$/i.test(file) ? 5 : 1)) / 40,
        locate,
        referencedKeys: options.referencedKeys,
    });
    const started = performance.now();
    let bytes = size;
    let seekable = false;
    let found;
    const csv = csvOptionsFor(file, resource, options.csvDefaults);
    try {
        const parallel = format === 'csv' && !/\.gz$/i.test(file) && options.threads > 1 && size >= parallel_csv/* PARALLEL_MIN_BYTES */.rV;
        const result = parallel ? await (0,parallel_csv/* readCsvParallel */.yq)(file, csv, validator, options.threads) : undefined;
        if (result)
            ({ seekable, duplicates: found } = result);
        else if (format === 'csv')
            ({ seekable } = await (0,csv_reader/* readCsv */.N)(file, csv, validator));
        else if (format === 'jsonl')
            await readJsonLines(file, validator);
        else
            bytes = await readParquet(file, validator);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error;
        const code = error.code;
        if (code || /incorrect header check|unexpected end of file/i.test(error.message)) {
            throw new errors/* UserError */.yo(`${display}: cannot read the data file (${error.message}).`, { file: display });
        }
        throw error;
    }
    const duplicates = validator.keyChecks.map((check, n) => {
        if (found)
            return { rule: check.rule, fields: check.fields.map((f) => f.spec.name), duplicates: found[n] };
        const columns = check.fields.map((f) => f.column);
        const reader = seekable ? (offsets) => (0,csv_reader/* readKeysAt */.a)(file, csv, offsets, columns) : undefined;
        return { rule: check.rule, fields: check.fields.map((f) => f.spec.name), duplicates: check.index.finish(reader) };
    });
    return { file, display, resource, format, validator, bytes, seconds: (performance.now() - started) / 1000, duplicates };
}

;// CONCATENATED MODULE: ./.build/tsc/actions/validate-data/src/engine.js












async function expand(patterns, cwd) {
    const { glob } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 3382));
    const files = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        const matches = await glob(pattern, { cwd, absolute: true, onlyFiles: true });
        if (matches.length === 0)
            unmatched.push(pattern);
        for (const match of matches.sort())
            files.add(external_node_path_.resolve(match));
    }
    return { files: [...files], unmatched };
}
async function engine_infer(options) {
    const file = external_node_path_.resolve(options.cwd, options.infer);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new errors/* UserError */.yo(`Input 'infer': file '${options.infer}' does not exist.`, { file: options.infer });
    const format = formatOf(file);
    const csv = csvOptionsFor(file, { name: '', paths: [], schema: undefined, dialect: {} }, { delimiter: options.delimiter, header: true });
    let names;
    if (format === 'csv')
        names = (0,infer/* csvHeader */.MY)(file, csv.delimiter, csv.quoteChar);
    else if (format === 'jsonl') {
        const { createInterface } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 481, 19));
        const { createReadStream } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3024, 19));
        names = [];
        for await (const line of createInterface({ input: createReadStream(file) })) {
            if (line.trim()) {
                names = Object.keys(JSON.parse(line));
                break;
            }
        }
    }
    else {
        const { asyncBufferFromFile, parquetMetadataAsync, parquetSchema } = await __webpack_require__.e(/* import() */ 972).then(__webpack_require__.bind(__webpack_require__, 6972));
        names = parquetSchema(await parquetMetadataAsync(await asyncBufferFromFile(file))).children.map((c) => c.element.name);
    }
    const validator = new infer/* InferValidator */.xB(names, options.tempDir);
    if (format === 'csv')
        await (0,csv_reader/* readCsv */.N)(file, csv, validator);
    else if (format === 'jsonl')
        await readJsonLines(file, validator);
    else
        await readParquet(file, validator);
    const text = (0,infer/* formatSchema */.jf)(validator.schema(), options.schema);
    if (options.schema)
        (0,external_node_fs_.writeFileSync)(external_node_path_.resolve(options.cwd, options.schema), text);
    else
        options.log.info(text);
    const summary = `## ✅ validate-data: inferred a schema from ${options.infer}\n\n${options.schema ? `Written to \`${options.schema}\`.` : ''}\n\n\`\`\`yaml\n${text}\`\`\``;
    return {
        title: `schema inferred from ${validator.rows} rows`,
        passed: true,
        summary,
        findings: [],
        outputs: { valid: true, 'error-count': 0, 'warning-count': 0, rows: validator.rows },
        data: { inferred: validator.schema() },
    };
}
/** Resources referenced by a foreign key are read first, so their key sets exist when children are checked. */
function ordered(resources) {
    const parents = new Set(resources.flatMap((r) => r.schema.foreignKeys.map((fk) => fk.resource || r.name)));
    return [...resources.filter((r) => parents.has(r.name)), ...resources.filter((r) => !parents.has(r.name))];
}
function foreignKeyFindings(runs, resources, maxSamples) {
    const findings = [];
    for (const run of runs) {
        run.resource.schema.foreignKeys.forEach((fk, index) => {
            const parentName = fk.resource || run.resource.name;
            const parent = resources.find((r) => r.name === parentName);
            const keyIndex = referencedKeySets(parent).findIndex((set) => set.join('\u0000') === fk.referenceFields.join('\u0000'));
            const known = new Set();
            for (const other of runs.filter((r) => r.resource.name === parentName))
                for (const value of other.validator.referenced[keyIndex].values)
                    known.add(value);
            let missing = 0;
            const lines = [];
            for (const [value, seen] of run.validator.foreignValues[index]) {
                if (known.has(value))
                    continue;
                missing += seen.count;
                for (const line of seen.lines)
                    lines.push({ line, value });
            }
            if (missing === 0)
                return;
            lines.sort((a, b) => a.line - b.line);
            const shown = lines.slice(0, maxSamples);
            const title = `Foreign key not found: ${fk.fields.join(', ')}`;
            findings.push({
                level: 'error',
                rule: 'foreignKey',
                title,
                file: run.display,
                line: shown[0].line,
                message: `${missing} rows reference ${parentName}(${fk.referenceFields.join(', ')}) values that do not exist, e.g. ${JSON.stringify(shown[0].value.split('\u001f').join(', '))} at line ${shown[0].line}; at lines ${shown
                    .slice(0, 5)
                    .map((l) => l.line)
                    .join(', ')}.`,
            });
            for (const sample of shown.slice(1))
                findings.push({
                    level: 'error',
                    rule: 'foreignKey',
                    title,
                    file: run.display,
                    line: sample.line,
                    message: `${JSON.stringify(sample.value.split('\u001f').join(', '))} is not a key of ${parentName}.`,
                });
        });
    }
    return findings;
}
/** The distinct field lists other resources' foreign keys point at in `resource`. */
function referencedKeySets(resource, all) {
    const cache = resource;
    if (all) {
        const sets = new Map();
        for (const other of all)
            for (const fk of other.schema.foreignKeys)
                if ((fk.resource || other.name) === resource.name)
                    sets.set(fk.referenceFields.join('\u0000'), fk.referenceFields);
        cache.referencedKeySets = [...sets.values()];
    }
    return cache.referencedKeySets ?? [];
}
async function validateData(options) {
    (0,external_node_fs_.mkdirSync)(options.tempDir, { recursive: true });
    if (options.infer)
        return engine_infer(options);
    if (!options.schema)
        throw new errors/* UserError */.yo("Input 'schema' is required (a Table Schema or datapackage.json); to write a first one, set 'infer' to a data file.");
    const document = loadSchema(options.schema, options.cwd);
    const findings = [];
    const patterns = options.files.length > 0 ? options.files : document.resources.flatMap((r) => r.paths.map((p) => external_node_path_.relative(options.cwd, p)));
    if (patterns.length === 0)
        throw new errors/* UserError */.yo("Input 'files': no data files given; set it to a glob such as data/*.csv.");
    const { files, unmatched } = await expand(patterns, options.cwd);
    for (const pattern of unmatched)
        findings.push({
            level: 'error',
            rule: 'files',
            title: 'No file matched',
            message: `The pattern '${pattern}' matched no file; check the path relative to ${options.cwd}.`,
        });
    for (const resource of document.resources)
        referencedKeySets(resource, document.resources);
    const assigned = new Map();
    for (const file of files) {
        const resource = document.kind === 'table-schema' ? document.resources[0] : document.resources.find((r) => r.paths.includes(file));
        if (!resource) {
            findings.push({
                level: 'warning',
                rule: 'unmatched-file',
                title: 'File matched by no resource',
                file: external_node_path_.relative(options.cwd, file),
                message: `No resource of ${options.schema} lists this file in its path, so it was not validated; add it to a resource or narrow 'files'.`,
            });
            continue;
        }
        assigned.set(resource, [...(assigned.get(resource) ?? []), file]);
    }
    const collectDrift = options.reference !== undefined;
    const runs = [];
    const now = options.now ?? Date.now();
    const csvDefaults = { delimiter: options.delimiter, header: options.header };
    const threads = options.threads ?? Math.min(3, (0,external_node_os_.availableParallelism)());
    for (const resource of ordered(document.resources)) {
        for (const file of assigned.get(resource) ?? []) {
            const run = await options.log.group(`Validating ${external_node_path_.relative(options.cwd, file)}`, () => validateFile(file, resource, {
                cwd: options.cwd,
                tempDir: options.tempDir,
                maxSamples: options.maxSamples,
                collectDrift,
                referencedKeys: referencedKeySets(resource),
                csvDefaults,
                threads,
            }));
            options.log.info(`${run.display}: ${run.validator.rows} rows in ${run.seconds.toFixed(2)} s (${(run.bytes / 1e6 / run.seconds).toFixed(1)} MB/s)`);
            runs.push({ run, result: fileFindings(run, options.maxSamples, now) });
        }
    }
    const fkFindings = foreignKeyFindings(runs.map((r) => r.run), document.resources, options.maxSamples);
    const drift = [];
    if (options.reference) {
        const referenceFile = external_node_path_.resolve(options.cwd, options.reference);
        const referenceResource = runs[0]?.run.resource ?? document.resources[0];
        const reference = await validateFile(referenceFile, referenceResource, {
            cwd: options.cwd,
            tempDir: options.tempDir,
            maxSamples: 0,
            collectDrift: true,
            referencedKeys: [],
            csvDefaults,
            threads,
        });
        for (const { run } of runs.filter((r) => r.run.resource === referenceResource)) {
            const rows = run.validator.fields.map((f, k) => compareColumn(reference.validator.fields[k], f, options.thresholds));
            drift.push({ file: run.display, rows });
            findings.push(...driftFindings(run.display, rows));
        }
    }
    const all = [...findings, ...runs.flatMap((r) => r.result.findings), ...fkFindings];
    const errorCount = runs.reduce((sum, r) => sum + r.result.errors, 0) + [...findings, ...fkFindings].filter((f) => f.level === 'error').length;
    const warningCount = runs.reduce((sum, r) => sum + r.result.warnings, 0) + findings.filter((f) => f.level === 'warning').length;
    const rows = runs.reduce((sum, r) => sum + r.run.validator.rows, 0);
    const passed = options.failOn === 'never' || (errorCount === 0 && (options.failOn === 'error' || warningCount === 0));
    const title = `${runs.length} file${runs.length === 1 ? '' : 's'}, ${rows.toLocaleString('en-US')} rows, ${errorCount} errors, ${warningCount} warnings`;
    return {
        title,
        passed,
        summary: summaryMarkdown({ runs, drift, extraFindings: findings.length, passed, title }),
        findings: all,
        outputs: { valid: errorCount === 0, 'error-count': errorCount, 'warning-count': warningCount, rows },
        data: {
            files: runs.map(({ run, result }) => ({
                file: run.display,
                resource: run.resource.name,
                rows: run.validator.rows,
                bytes: run.bytes,
                seconds: run.seconds,
                errors: result.errors,
                warnings: result.warnings,
                byRule: result.byRule,
                violations: [
                    ...run.validator.tallies
                        .list()
                        .filter((t) => t.count > 0)
                        .map((t) => ({ rule: t.rule, field: t.field, count: t.count })),
                    ...run.duplicates
                        .filter((d) => d.duplicates.length > 0)
                        .map((d) => ({ rule: d.rule, field: d.fields.join(','), count: d.duplicates.length })),
                ],
            })),
            drift,
        },
    };
}


/***/ })

};
