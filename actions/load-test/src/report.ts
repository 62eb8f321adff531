/** The job summary, findings and outputs of a load test. */
import type { ActionReport } from '../../../core/action.js';
import type { Finding } from '../../../core/findings.js';
import { downsample, formatNumber, heading, STATUS_ICON, table, xyChart } from '../../../core/markdown.js';
import type { BaselineRow } from './baseline.js';
import type { LoadResult } from './engine.js';

/** Below this share of the requested rate, the run says it could not keep up. */
export const RATE_SHORTFALL = 0.99;
const CHART_POINTS = 60;

export interface ReportInput {
  result: LoadResult;
  baseline?: { file: string; rows: BaselineRow[]; maxRegression?: number };
  resultsPath: string;
}

function ms(value: number): string {
  return `${formatNumber(value)} ms`;
}

function percent(value: number): string {
  return `${formatNumber(value * 100)}%`;
}

function thresholdValue(metric: string, value: number): string {
  if (metric === 'http_req_duration') return ms(value);
  if (metric === 'http_req_failed' || metric === 'checks') return percent(value);
  return formatNumber(value);
}

export function rateShortfall(result: LoadResult): { requested: number; achieved: number } | undefined {
  const requested = result.requested.rate;
  if (requested === undefined || result.aborted) return undefined;
  return result.rps < requested * RATE_SHORTFALL ? { requested, achieved: result.rps } : undefined;
}

export function buildFindings(input: ReportInput): Finding[] {
  const { result } = input;
  const findings: Finding[] = [];
  for (const outcome of result.thresholds) {
    if (outcome.passed) continue;
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
      message: `achieved ${formatNumber(shortfall.achieved)} req/s of the requested ${formatNumber(shortfall.requested)} req/s (${result.requests.dropped} requests never sent); raise max-in-flight or workers, or the target is saturated.`,
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
    if (!row.regressed) continue;
    findings.push({
      level: 'error',
      title: 'Latency regression',
      message: `${row.metric} ${ms(row.current)} is ${percent(row.change)} slower than the baseline ${ms(row.baseline)} (allowed ${percent(input.baseline!.maxRegression ?? 0)}).`,
      file: input.baseline!.file,
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

function errorRows(result: LoadResult): (string | number)[][] {
  const e = result.errors;
  const rows: (string | number)[][] = [
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

function charts(result: LoadResult): string[] {
  const points = downsample(
    result.series.filter((point) => point.requests > 0 || point.second * 1000 < result.plannedMs),
    CHART_POINTS,
  );
  if (points.length < 2) return [];
  const labels = points.map((point) => `${point.second}s`);
  return [
    xyChart({
      title: 'Latency per second: p50, p95, p99 (ms)',
      x: { labels, title: 'time' },
      y: { title: 'ms' },
      series: [
        { kind: 'line', values: points.map((p) => p.p50) },
        { kind: 'line', values: points.map((p) => p.p95) },
        { kind: 'line', values: points.map((p) => p.p99) },
      ],
    }),
    xyChart({
      title: 'Responses per second',
      x: { labels, title: 'time' },
      y: { title: 'req/s' },
      series: [{ kind: 'bar', values: points.map((p) => p.requests) }],
    }),
  ];
}

export function buildReport(input: ReportInput, findings: Finding[]): ActionReport {
  const { result } = input;
  const passed = !findings.some((finding) => finding.level === 'error');
  const l = result.latencyMs;
  const requestedText =
    result.requested.rate !== undefined
      ? ` (requested ${formatNumber(result.requested.rate)} req/s, ${formatNumber(result.requests.completed)} of ${formatNumber(result.requested.requests ?? 0)} requests answered)`
      : ` (${result.requested.vus} virtual users)`;
  const failedThresholds = findings.filter((finding) => finding.title === 'Threshold failed').length;
  const title =
    `${formatNumber(result.requests.completed)} responses at ${formatNumber(result.rps)} req/s, p95 ${ms(l.p95)}, ${percent(result.errorRate)} errors` +
    (failedThresholds > 0 ? `, ${failedThresholds} threshold${failedThresholds === 1 ? '' : 's'} failed` : '');
  const lines = [
    heading(2, `${passed ? STATUS_ICON.pass : STATUS_ICON.fail} Load test of \`${result.method} ${result.url}\``),
    '',
    `${result.model === 'open' ? "Open model (constant arrival rate; latency counted from each request's scheduled time)" : 'Closed model (virtual users)'}, ${formatNumber(result.plannedMs / 1000)} s planned, ${result.workers} worker thread(s).`,
    '',
    `**${formatNumber(result.rps)} req/s achieved**${requestedText} · **p95 ${ms(l.p95)}** · error rate **${percent(result.errorRate)}**`,
  ];
  const shortfall = rateShortfall(result);
  if (shortfall)
    lines.push(
      '',
      `${STATUS_ICON.warn} The requested rate was not reached: ${formatNumber(shortfall.achieved)} of ${formatNumber(shortfall.requested)} req/s.`,
    );
  if (result.aborted) lines.push('', `${STATUS_ICON.fail} Stopped early after ${result.aborted.atMs / 1000} s: ${result.aborted.reason}.`);
  lines.push(
    '',
    heading(3, 'Latency'),
    table(
      ['p50', 'p75', 'p90', 'p95', 'p99', 'p99.9', 'max', 'avg', 'min'],
      [[l.p50, l.p75, l.p90, l.p95, l.p99, l.p999, l.max, l.avg, l.min].map(ms)],
      Array(9).fill('right'),
    ),
  );
  if (result.thresholds.length > 0) {
    lines.push(
      '',
      heading(3, 'Thresholds'),
      table(
        ['', 'metric', 'threshold', 'measured'],
        result.thresholds.map((o) => [
          o.passed ? STATUS_ICON.pass : STATUS_ICON.fail,
          o.threshold.metric,
          `\`${o.threshold.expression}\`${o.threshold.abortOnFail ? ' (abortOnFail)' : ''}`,
          `${o.threshold.aggregation}=${thresholdValue(o.threshold.metric, o.actual)}`,
        ]),
      ),
    );
  }
  const errors = errorRows(result);
  lines.push('', heading(3, 'Errors'), errors.length ? table(['class', 'requests'], errors, ['left', 'right']) : 'None.');
  if (result.checks.passed + result.checks.failed > 0) {
    lines.push(
      '',
      `Checks: ${formatNumber(result.checks.passed)} passed, ${formatNumber(result.checks.failed)} failed (${percent(result.checks.rate)}).`,
    );
  }
  if (input.baseline) {
    lines.push(
      '',
      heading(3, `Against the baseline \`${input.baseline.file}\``),
      table(
        ['', 'percentile', 'baseline', 'now', 'change'],
        input.baseline.rows.map((row) => [
          row.regressed ? STATUS_ICON.fail : STATUS_ICON.pass,
          row.metric,
          ms(row.baseline),
          ms(row.current),
          `${row.change >= 0 ? '+' : ''}${percent(row.change)}`,
        ]),
      ),
    );
  }
  const chartBlocks = charts(result);
  if (chartBlocks.length) lines.push('', heading(3, 'Over time'), ...chartBlocks.flatMap((chart) => ['', chart]));
  lines.push(
    '',
    `Requests sent ${formatNumber(result.requests.sent)}, answered ${formatNumber(result.requests.completed)}, never sent ${formatNumber(result.requests.dropped)}, re-sent on a closed keep-alive connection ${formatNumber(result.requests.retried)}; ${formatNumber(result.requests.connections)} connections. Results: \`${input.resultsPath}\`.`,
  );
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
export function resultsDocument(result: LoadResult, baselineRows?: BaselineRow[]): Record<string, unknown> {
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
