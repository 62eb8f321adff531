import { details, formatNumber, heading, STATUS_ICON, table, xyChart, type Cell } from '../../../core/markdown.js';
import type { MetricRow, ModelTestResult } from './engine.js';

const STATUS_TEXT: Record<string, string> = {
  pass: `${STATUS_ICON.pass} pass`,
  fail: `${STATUS_ICON.fail} fail`,
  noise: `${STATUS_ICON.warn} within noise`,
  'no-baseline': `${STATUS_ICON.info} no baseline`,
};

function signed(value: number): string {
  const text = formatNumber(value, 3);
  return value > 0 ? `+${text}` : text;
}

function intervalText(row: MetricRow): string {
  if (!row.interval) return '';
  return `[${signed(row.interval.low)}, ${signed(row.interval.high)}]`;
}

function metricCells(row: MetricRow, name: string): Cell[] {
  return [
    name,
    formatNumber(row.value, 4),
    row.baseline === undefined ? '—' : formatNumber(row.baseline, 4),
    row.delta === undefined ? '—' : signed(row.delta),
    intervalText(row),
    row.threshold ?? '',
    row.status ? STATUS_TEXT[row.status] : '',
  ];
}

const HEADERS = ['metric', 'current', 'baseline', 'delta', 'delta CI', 'threshold', 'status'];
const ALIGN = ['left', 'right', 'right', 'right', 'right', 'left', 'left'] as const;

function sliceSection(result: ModelTestResult, rows: MetricRow[]): string {
  const parts: string[] = [];
  for (const slice of result.slices) {
    const prefix = `slice.${slice.column}.`;
    const sliceRows = rows.filter((row) => row.name.startsWith(prefix));
    if (sliceRows.length === 0) continue;
    // Show the metrics anyone put a threshold on, else the headline ones.
    const checked = new Set(
      sliceRows.filter((row) => row.threshold).map((row) => row.name.slice(prefix.length).split('.').slice(1).join('.')),
    );
    const metrics = checked.size > 0 ? [...checked] : ['accuracy', 'f1_macro', 'rmse', 'mae'];
    const body = slice.values.flatMap((value) =>
      metrics
        .map((metric) => sliceRows.find((row) => row.name === `${prefix}${value}.${metric}`))
        .filter((row): row is MetricRow => row !== undefined)
        .map((row) => metricCells(row, `${value} · ${row.name.slice(prefix.length + value.length + 1)}`)),
    );
    if (body.length > 0) parts.push(heading(3, `Per ${slice.column}`), table(HEADERS, body, [...ALIGN]));
  }
  return parts.join('\n\n');
}

function confusionSection(result: ModelTestResult): string {
  if (!result.confusion) return '';
  const { classes, matrix } = result.confusion;
  const rows = matrix.map((counts, r) => [`**${classes[r]}**`, ...counts.map((count, c) => (r === c ? `**${count}**` : count))]);
  return [
    heading(3, 'Confusion matrix'),
    '_rows: true label, columns: predicted_',
    '',
    table(['', ...classes], rows, ['left', ...classes.map(() => 'right' as const)]),
  ].join('\n');
}

function deltaChart(rows: MetricRow[]): string {
  const changed = rows.filter((row) => row.delta !== undefined && !row.name.startsWith('slice.')).slice(0, 20);
  if (changed.length === 0) return '';
  return xyChart({
    title: 'Change against the baseline',
    x: { labels: changed.map((row) => row.name) },
    y: { title: 'delta' },
    series: [{ kind: 'bar', values: changed.map((row) => row.delta!) }],
  });
}

export function summaryMarkdown(result: ModelTestResult): string {
  const overall = result.rows.filter((row) => !row.name.startsWith('slice.'));
  const failed = result.rows.filter((row) => row.status === 'fail').length;
  const verdict = result.passed ? `${STATUS_ICON.pass} **Model test passed**` : `${STATUS_ICON.fail} **Model test failed**`;
  const baseline = result.baseline
    ? `Baseline: \`${result.baseline.source}\`${result.baseline.commit ? ` (${result.baseline.commit.slice(0, 7)})` : ''}${
        result.baseline.intervals === 'none'
          ? ' · no intervals on the deltas (metrics files carry no per-example data; use `predictions` for them)'
          : ` · ${result.baseline.intervals} bootstrap intervals on the deltas${result.baseline.intervals === 'unpaired' ? ' (the baseline scored other examples)' : ''}`
      }`
    : 'No baseline: deltas are not shown.';
  const parts = [heading(2, 'Model test'), `${verdict} — ${result.rows.length} metrics, ${failed} failed thresholds. ${baseline}`];
  if (overall.length > 0)
    parts.push(
      table(
        HEADERS,
        overall.map((row) => metricCells(row, row.name)),
        [...ALIGN],
      ),
    );
  const slices = sliceSection(result, result.rows);
  if (slices) parts.push(slices);
  const confusion = confusionSection(result);
  if (confusion) parts.push(confusion);
  const chart = deltaChart(result.rows);
  if (chart) parts.push(chart);
  const failures = result.findings.filter((finding) => finding.rule === 'junit');
  if (result.junit.length > 0) {
    const junitRows = result.junit.map((s) => [s.file, s.tests, s.failed, s.errored, s.skipped]);
    parts.push(
      heading(3, 'Tests'),
      table(['report', 'tests', 'failed', 'errored', 'skipped'], junitRows, ['left', 'right', 'right', 'right', 'right']),
    );
    if (failures.length > 0) {
      const list = failures
        .map((f) => `- \`${f.file ?? '?'}${f.line ? `:${f.line}` : ''}\` ${f.title}: ${f.message.split('\n')[0]}`)
        .join('\n');
      parts.push(details(`${failures.length} failed tests`, list));
    }
  }
  if (result.commandExitCode !== undefined && result.commandExitCode !== 0)
    parts.push(`${STATUS_ICON.fail} The command exited with code ${result.commandExitCode}.`);
  if (result.undefinedMetrics.length > 0) parts.push(details('Metrics undefined on this data', result.undefinedMetrics.join(', ')));
  return parts.join('\n\n');
}
