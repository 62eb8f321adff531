/**
 * Thresholds in k6's syntax: `p(95)<200`, `avg<100`, `rate<0.01`, `count>1000`, with
 * k6's operators and its object form `{ threshold, abortOnFail, delayAbortEval }`. The
 * input is either k6's map (metric -> list of expressions) or a flat list whose
 * aggregations name the metric themselves (`p(95)<200`, `error_rate<0.01`, `rps>=90`).
 */
import { InputError } from '../../../core/errors.js';
import { parseDuration } from '../../../core/inputs.js';
import type { YamlSource } from '../../../core/yaml-input.js';

export type Operator = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type MetricName = 'http_req_duration' | 'http_req_failed' | 'http_reqs' | 'checks';

export interface Threshold {
  /** As the user wrote it, for messages. */
  expression: string;
  metric: MetricName;
  /** `avg`, `min`, `max`, `med`, `p(95)`, `rate`, `count`. */
  aggregation: string;
  percentile?: number;
  operator: Operator;
  value: number;
  abortOnFail: boolean;
  delayAbortEvalMs: number;
  file?: string;
  line?: number;
}

/** The numbers a threshold can look at; durations in milliseconds. */
export interface MetricValues {
  duration: { avg: number; min: number; max: number; med: number; percentile(p: number): number };
  failedRate: number;
  requests: { count: number; rate: number };
  checksRate: number;
}

const AGGREGATIONS: Record<MetricName, readonly string[]> = {
  http_req_duration: ['avg', 'min', 'max', 'med', 'p'],
  http_req_failed: ['rate'],
  http_reqs: ['count', 'rate'],
  checks: ['rate'],
};

/** Flat-list names: each aggregation says which metric it is about. */
const FLAT_ALIASES: Record<string, { metric: MetricName; aggregation: string }> = {
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

const EXPRESSION =
  /^\s*(p\(\s*(\d+(?:\.\d+)?)\s*\)|[a-z_][a-z0-9_]*)\s*(<=|>=|===|==|!=|<|>)\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)\s*$/i;

const INPUT = 'thresholds';

function where(source: YamlSource, path: (string | number)[]): { file?: string; line?: number } {
  return { file: source.file, line: source.lineOf(path) };
}

function locationText(place: { file?: string; line?: number }): string {
  return place.file ? ` (${place.file}${place.line ? `:${place.line}` : ''})` : place.line ? ` (line ${place.line})` : '';
}

export function parseExpression(
  expression: string,
  metric: MetricName | undefined,
  place: { file?: string; line?: number } = {},
): Omit<Threshold, 'abortOnFail' | 'delayAbortEvalMs'> {
  const match = EXPRESSION.exec(expression);
  const bad = (why: string): never => {
    throw new InputError(INPUT, `threshold '${expression}'${locationText(place)}: ${why}`, place);
  };
  if (!match) bad("is not of the form aggregation operator number, e.g. 'p(95)<200', 'avg<100', 'rate<0.01'.");
  const [, rawAggregation, percentileText, rawOperator, valueText] = match!;
  const aggregation = rawAggregation.toLowerCase().startsWith('p(') ? 'p' : rawAggregation.toLowerCase();
  const percentile = percentileText === undefined ? undefined : Number(percentileText);
  if (percentile !== undefined && !(percentile >= 0 && percentile <= 100)) bad('the percentile must be between 0 and 100.');
  let resolvedMetric = metric;
  let resolvedAggregation = aggregation;
  if (resolvedMetric === undefined) {
    const alias = FLAT_ALIASES[aggregation];
    if (!alias) bad(`'${rawAggregation}' is not known; use one of p(N), avg, min, max, med, error_rate, rps, count, checks_rate.`);
    resolvedMetric = alias!.metric;
    resolvedAggregation = alias!.aggregation;
  } else if (!AGGREGATIONS[resolvedMetric].includes(aggregation)) {
    bad(
      `${resolvedMetric} takes ${AGGREGATIONS[resolvedMetric].map((a) => (a === 'p' ? 'p(N)' : a)).join(', ')}, not '${rawAggregation}'.`,
    );
  }
  return {
    expression: expression.trim(),
    metric: resolvedMetric!,
    aggregation: resolvedAggregation === 'p' ? `p(${percentile})` : resolvedAggregation,
    percentile,
    operator: (rawOperator === '===' ? '==' : rawOperator) as Operator,
    value: Number(valueText),
    ...place,
  };
}

function parseEntry(entry: unknown, metric: MetricName | undefined, source: YamlSource, path: (string | number)[]): Threshold {
  const place = where(source, path);
  if (typeof entry === 'string') return { ...parseExpression(entry, metric, place), abortOnFail: false, delayAbortEvalMs: 0 };
  if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
    const object = entry as Record<string, unknown>;
    const unknownKey = Object.keys(object).find((key) => !['threshold', 'abortOnFail', 'delayAbortEval'].includes(key));
    if (unknownKey)
      throw new InputError(
        INPUT,
        `unknown key '${unknownKey}'${locationText(place)}; a threshold object takes threshold, abortOnFail, delayAbortEval.`,
        place,
      );
    if (typeof object.threshold !== 'string')
      throw new InputError(INPUT, `a threshold object${locationText(place)} needs 'threshold: <expression>'.`, place);
    if (object.abortOnFail !== undefined && typeof object.abortOnFail !== 'boolean') {
      throw new InputError(INPUT, `abortOnFail${locationText(place)} must be true or false.`, place);
    }
    let delayAbortEvalMs = 0;
    if (object.delayAbortEval !== undefined) {
      const parsed = parseDuration(String(object.delayAbortEval));
      if (parsed === undefined)
        throw new InputError(
          INPUT,
          `delayAbortEval '${String(object.delayAbortEval)}'${locationText(place)} is not a duration like 10s.`,
          place,
        );
      delayAbortEvalMs = parsed;
    }
    return { ...parseExpression(object.threshold, metric, place), abortOnFail: object.abortOnFail === true, delayAbortEvalMs };
  }
  throw new InputError(INPUT, `each threshold${locationText(place)} must be an expression string or an object with 'threshold'.`, place);
}

/** Reads the `thresholds` input (k6's map or a flat list) into thresholds with their file:line. */
export function parseThresholds(source: YamlSource): Threshold[] {
  const value = source.value;
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return [parseEntry(value, undefined, source, [])];
  if (Array.isArray(value)) return value.map((entry, index) => parseEntry(entry, undefined, source, [index]));
  if (typeof value !== 'object') throw new InputError(INPUT, 'must be a map of metric -> expressions (like k6) or a list of expressions.');
  const thresholds: Threshold[] = [];
  for (const [metric, entries] of Object.entries(value as Record<string, unknown>)) {
    if (!(metric in AGGREGATIONS)) {
      const place = where(source, [metric]);
      const hint = metric.includes('{') ? ' Tagged sub-metrics are not supported.' : '';
      throw new InputError(
        INPUT,
        `unknown metric '${metric}'${locationText(place)}; use ${Object.keys(AGGREGATIONS).join(', ')}.${hint}`,
        place,
      );
    }
    const list = Array.isArray(entries) ? entries : [entries];
    list.forEach((entry, index) =>
      thresholds.push(parseEntry(entry, metric as MetricName, source, Array.isArray(entries) ? [metric, index] : [metric])),
    );
  }
  return thresholds;
}

export function measuredValue(threshold: Threshold, values: MetricValues): number {
  switch (threshold.metric) {
    case 'http_req_duration': {
      if (threshold.percentile !== undefined) return values.duration.percentile(threshold.percentile);
      return values.duration[threshold.aggregation as 'avg' | 'min' | 'max' | 'med'];
    }
    case 'http_req_failed':
      return values.failedRate;
    case 'http_reqs':
      return threshold.aggregation === 'count' ? values.requests.count : values.requests.rate;
    case 'checks':
      return values.checksRate;
  }
}

export function compare(actual: number, operator: Operator, expected: number): boolean {
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

export interface ThresholdOutcome {
  threshold: Threshold;
  actual: number;
  passed: boolean;
}

export function evaluateThresholds(thresholds: readonly Threshold[], values: MetricValues): ThresholdOutcome[] {
  return thresholds.map((threshold) => {
    const actual = measuredValue(threshold, values);
    return { threshold, actual, passed: Number.isFinite(actual) && compare(actual, threshold.operator, threshold.value) };
  });
}
