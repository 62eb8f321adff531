export const id = 807;
export const ids = [807];
export const modules = {

/***/ 1807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   summaryMarkdown: () => (/* binding */ summaryMarkdown)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1890);

const STATUS_TEXT = {
    pass: `${_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_ICON */ .tW.pass} pass`,
    fail: `${_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_ICON */ .tW.fail} fail`,
    noise: `${_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_ICON */ .tW.warn} within noise`,
    'no-baseline': `${_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_ICON */ .tW.info} no baseline`,
};
function signed(value) {
    const text = (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(value, 3);
    return value > 0 ? `+${text}` : text;
}
function intervalText(row) {
    if (!row.interval)
        return '';
    return `[${signed(row.interval.low)}, ${signed(row.interval.high)}]`;
}
function metricCells(row, name) {
    return [
        name,
        (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(row.value, 4),
        row.baseline === undefined ? '—' : (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(row.baseline, 4),
        row.delta === undefined ? '—' : signed(row.delta),
        intervalText(row),
        row.threshold ?? '',
        row.status ? STATUS_TEXT[row.status] : '',
    ];
}
const HEADERS = ['metric', 'current', 'baseline', 'delta', 'delta CI', 'threshold', 'status'];
const ALIGN = ['left', 'right', 'right', 'right', 'right', 'left', 'left'];
function sliceSection(result, rows) {
    const parts = [];
    for (const slice of result.slices) {
        const prefix = `slice.${slice.column}.`;
        const sliceRows = rows.filter((row) => row.name.startsWith(prefix));
        if (sliceRows.length === 0)
            continue;
        // Show the metrics anyone put a threshold on, else the headline ones.
        const checked = new Set(sliceRows.filter((row) => row.threshold).map((row) => row.name.slice(prefix.length).split('.').slice(1).join('.')));
        const metrics = checked.size > 0 ? [...checked] : ['accuracy', 'f1_macro', 'rmse', 'mae'];
        const body = slice.values.flatMap((value) => metrics
            .map((metric) => sliceRows.find((row) => row.name === `${prefix}${value}.${metric}`))
            .filter((row) => row !== undefined)
            .map((row) => metricCells(row, `${value} · ${row.name.slice(prefix.length + value.length + 1)}`)));
        if (body.length > 0)
            parts.push((0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)(3, `Per ${slice.column}`), (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(HEADERS, body, [...ALIGN]));
    }
    return parts.join('\n\n');
}
function confusionSection(result) {
    if (!result.confusion)
        return '';
    const { classes, matrix } = result.confusion;
    const rows = matrix.map((counts, r) => [`**${classes[r]}**`, ...counts.map((count, c) => (r === c ? `**${count}**` : count))]);
    return [
        (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)(3, 'Confusion matrix'),
        '_rows: true label, columns: predicted_',
        '',
        (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['', ...classes], rows, ['left', ...classes.map(() => 'right')]),
    ].join('\n');
}
function deltaChart(rows) {
    const changed = rows.filter((row) => row.delta !== undefined && !row.name.startsWith('slice.')).slice(0, 20);
    if (changed.length === 0)
        return '';
    return (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .xyChart */ .Gp)({
        title: 'Change against the baseline',
        x: { labels: changed.map((row) => row.name) },
        y: { title: 'delta' },
        series: [{ kind: 'bar', values: changed.map((row) => row.delta) }],
    });
}
function summaryMarkdown(result) {
    const overall = result.rows.filter((row) => !row.name.startsWith('slice.'));
    const failed = result.rows.filter((row) => row.status === 'fail').length;
    const verdict = result.passed ? `${_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_ICON */ .tW.pass} **Model test passed**` : `${_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_ICON */ .tW.fail} **Model test failed**`;
    const baseline = result.baseline
        ? `Baseline: \`${result.baseline.source}\`${result.baseline.commit ? ` (${result.baseline.commit.slice(0, 7)})` : ''}${result.baseline.intervals === 'none'
            ? ' · no intervals on the deltas (metrics files carry no per-example data; use `predictions` for them)'
            : ` · ${result.baseline.intervals} bootstrap intervals on the deltas${result.baseline.intervals === 'unpaired' ? ' (the baseline scored other examples)' : ''}`}`
        : 'No baseline: deltas are not shown.';
    const parts = [(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)(2, 'Model test'), `${verdict} — ${result.rows.length} metrics, ${failed} failed thresholds. ${baseline}`];
    if (overall.length > 0)
        parts.push((0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(HEADERS, overall.map((row) => metricCells(row, row.name)), [...ALIGN]));
    const slices = sliceSection(result, result.rows);
    if (slices)
        parts.push(slices);
    const confusion = confusionSection(result);
    if (confusion)
        parts.push(confusion);
    const chart = deltaChart(result.rows);
    if (chart)
        parts.push(chart);
    const failures = result.findings.filter((finding) => finding.rule === 'junit');
    if (result.junit.length > 0) {
        const junitRows = result.junit.map((s) => [s.file, s.tests, s.failed, s.errored, s.skipped]);
        parts.push((0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)(3, 'Tests'), (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['report', 'tests', 'failed', 'errored', 'skipped'], junitRows, ['left', 'right', 'right', 'right', 'right']));
        if (failures.length > 0) {
            const list = failures
                .map((f) => `- \`${f.file ?? '?'}${f.line ? `:${f.line}` : ''}\` ${f.title}: ${f.message.split('\n')[0]}`)
                .join('\n');
            parts.push((0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`${failures.length} failed tests`, list));
        }
    }
    if (result.commandExitCode !== undefined && result.commandExitCode !== 0)
        parts.push(`${_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_ICON */ .tW.fail} The command exited with code ${result.commandExitCode}.`);
    if (result.undefinedMetrics.length > 0)
        parts.push((0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)('Metrics undefined on this data', result.undefinedMetrics.join(', ')));
    return parts.join('\n\n');
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


/***/ })

};
