import { parse as parseCsv } from 'csv-parse/sync';
import path from 'node:path';
import { parseYaml, type YamlSource } from '../../../core/yaml-input.js';
import { UserError } from '../../../core/errors.js';

/** One named number read from a metrics file, with where it came from for annotations. */
export interface MetricValue {
  name: string;
  value: number;
  file?: string;
  line?: number;
}

const NON_FINITE_TEXT = /^[-+]?(nan|inf|infinity)$/i;

function isNumericText(text: string): boolean {
  return /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(text);
}

function nonFiniteError(name: string, raw: unknown, file: string, line: number | undefined): UserError {
  const where = `${file}${line ? `:${line}` : ''}`;
  return new UserError(
    `Metrics file ${where}: metric '${name}' is ${String(raw)}, not a finite number. Fix the evaluation that wrote it (a division by zero or an empty split?).`,
    { file, line },
  );
}

/** Flattens nested maps into `a.b.c` keys, the way DVC names nested metrics; lists and text are not metrics. */
function flattenYaml(source: YamlSource, file: string): MetricValue[] {
  const found: MetricValue[] = [];
  const visit = (node: unknown, keyPath: string[]): void => {
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      for (const [key, child] of Object.entries(node as Record<string, unknown>)) visit(child, [...keyPath, key]);
      return;
    }
    if (keyPath.length === 0) return;
    const name = keyPath.join('.');
    const line = source.lineOf(keyPath);
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) throw nonFiniteError(name, node, file, line);
      found.push({ name, value: node, file, line });
    } else if (typeof node === 'string' && NON_FINITE_TEXT.test(node.trim())) {
      // Python's json.dump writes NaN/Infinity, which YAML reads as text.
      throw nonFiniteError(name, node, file, line);
    }
  };
  visit(source.value, []);
  return found;
}

/** `metric,value` rows (with or without a header), or a header row plus one row of values. */
function parseCsvMetrics(text: string, file: string): MetricValue[] {
  const delimiter = file.toLowerCase().endsWith('.tsv') ? '\t' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(text, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as never;
  } catch (error) {
    throw new UserError(`Metrics file ${file}: not valid CSV: ${(error as Error).message}`, { file });
  }
  if (records.length === 0)
    throw new UserError(`Metrics file ${file} is empty; the evaluation should write at least one metric.`, { file });
  const first = records[0].record;
  const second = records[1]?.record;
  const isWideHeader =
    records.length === 2 &&
    first.every((cell) => !isNumericText(cell)) &&
    second.length === first.length &&
    second.every((cell) => isNumericText(cell) || NON_FINITE_TEXT.test(cell));
  const toMetric = (name: string, cell: string, line: number): MetricValue | undefined => {
    if (NON_FINITE_TEXT.test(cell)) throw nonFiniteError(name, cell, file, line);
    return isNumericText(cell) ? { name, value: Number(cell), file, line } : undefined;
  };
  if (isWideHeader) {
    return first.map((name, i) => toMetric(name, second[i], records[1].info.lines)).filter((m): m is MetricValue => m !== undefined);
  }
  const metrics: MetricValue[] = [];
  for (const [index, { record, info }] of records.entries()) {
    if (record.length < 2)
      throw new UserError(`Metrics file ${file}:${info.lines}: expected 'metric,value', got '${record.join(delimiter)}'.`, {
        file,
        line: info.lines,
      });
    const metric = toMetric(record[0], record[1], info.lines);
    if (metric) metrics.push(metric);
    else if (index > 0)
      throw new UserError(`Metrics file ${file}:${info.lines}: '${record[1]}' is not a number for metric '${record[0]}'.`, {
        file,
        line: info.lines,
      });
  }
  return metrics;
}

/** Reads the metrics in one file's text; the format comes from the extension (JSON, YAML, CSV/TSV). */
export function parseMetricsText(text: string, file: string): MetricValue[] {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv' || extension === '.tsv') return parseCsvMetrics(text, file);
  if (text.trim() === '') throw new UserError(`Metrics file ${file} is empty; the evaluation should write at least one metric.`, { file });
  return flattenYaml(parseYaml(text, 'Metrics file', file), file);
}

/** The metrics files a `dvc.yaml` declares: top-level `metrics:` and each stage's `metrics:` outputs. */
export function dvcMetricsPaths(text: string, file: string): string[] {
  const doc = parseYaml(text, 'DVC file', file).value as Record<string, unknown> | null;
  const entries: unknown[] = [];
  if (Array.isArray(doc?.metrics)) entries.push(...doc.metrics);
  const stages = (doc?.stages ?? {}) as Record<string, { metrics?: unknown[] }>;
  for (const stage of Object.values(stages)) if (Array.isArray(stage?.metrics)) entries.push(...stage.metrics);
  const dir = path.dirname(file);
  return entries
    .map((entry) => (typeof entry === 'string' ? entry : entry && typeof entry === 'object' ? Object.keys(entry)[0] : undefined))
    .filter((entry): entry is string => typeof entry === 'string')
    .map((entry) => path.join(dir, entry));
}

/** Puts the metrics of several files together; a name two files both define is ambiguous. */
export function mergeMetrics(lists: readonly MetricValue[][]): Map<string, MetricValue> {
  const merged = new Map<string, MetricValue>();
  for (const metric of lists.flat()) {
    const existing = merged.get(metric.name);
    if (existing && existing.file !== metric.file) {
      throw new UserError(
        `Metric '${metric.name}' is defined in both ${existing.file}:${existing.line ?? '?'} and ${metric.file}:${metric.line ?? '?'}; nest them under different keys or narrow the 'metrics' globs.`,
        { file: metric.file, line: metric.line },
      );
    }
    merged.set(metric.name, metric);
  }
  return merged;
}
