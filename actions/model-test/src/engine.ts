import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { Logger } from '../../../core/action.js';
import { InputError, UserError } from '../../../core/errors.js';
import { exec } from '../../../core/exec.js';
import type { Finding } from '../../../core/findings.js';
import type { YamlSource } from '../../../core/inputs.js';
import { readAtCommit, resolveBaseline } from './baseline.js';
import { bootstrapDeltaIntervals, type DeltaInterval } from './bootstrap.js';
import { splitCommand } from './command.js';
import { buildEvaluation, type Evaluation, type EvaluatorOptions } from './evaluator.js';
import { junitFindings, type JUnitSummary } from './junit.js';
import { dvcMetricsPaths, mergeMetrics, parseMetricsText, type MetricValue } from './metrics-files.js';
import { judge, matchMetrics, parseThresholds, type Status } from './thresholds.js';
import { parseTable } from './table.js';

export interface ModelTestOptions {
  command?: string;
  commandTimeoutMs: number;
  /** Globs of metrics files (JSON, YAML, CSV/TSV, or a dvc.yaml whose metrics are read). */
  metrics: string[];
  evaluator?: { predictions: string; labels: string; options: EvaluatorOptions };
  thresholds?: YamlSource;
  baselineRef?: string;
  /** The ref is the pull request's base, not the user's choice: a failure to read it only warns. */
  baselineRefFromEvent?: boolean;
  baselineFile?: string;
  junit: string[];
  bootstrapResamples: number;
  confidence: number;
  seed: number;
}

export interface MetricRow {
  name: string;
  value: number;
  file?: string;
  line?: number;
  baseline?: number;
  delta?: number;
  interval?: DeltaInterval;
  threshold?: string;
  status?: Status | 'undefined';
  reasons: string[];
}

export interface ModelTestResult {
  passed: boolean;
  rows: MetricRow[];
  findings: Finding[];
  commandExitCode?: number;
  baseline?: { source: string; commit?: string; intervals: 'paired' | 'unpaired' | 'none' };
  junit: JUnitSummary[];
  confusion?: { classes: string[]; matrix: number[][] };
  slices: { column: string; values: string[] }[];
  /** Metrics the evaluator could not define on this data (e.g. ROC AUC of a one-class slice). */
  undefinedMetrics: string[];
}

interface Context {
  cwd: string;
  log: Logger;
}

const relative = (cwd: string, file: string): string => path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');

async function metricsFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    const matches = (await glob(pattern, { cwd, onlyFiles: true })).sort();
    if (matches.length === 0)
      throw new InputError(
        'metrics',
        `no file matches '${pattern}' in ${cwd}. Did the evaluation write it, or is the path relative to another directory?`,
      );
    for (const match of matches) {
      if (path.basename(match) !== 'dvc.yaml') files.push(match);
      else
        for (const declared of dvcMetricsPaths(readFileSync(path.join(cwd, match), 'utf8'), match)) {
          if (!existsSync(path.join(cwd, declared)))
            throw new InputError(
              'metrics',
              `${match} declares the metrics file '${declared}', which does not exist; run the stage that writes it (dvc repro).`,
              { file: match },
            );
          files.push(relative(cwd, declared));
        }
    }
  }
  return [...new Set(files)];
}

function readText(cwd: string, file: string, input: string): string {
  const full = path.resolve(cwd, file);
  if (!existsSync(full)) throw new InputError(input, `file '${file}' does not exist (resolved to ${full}).`, { file });
  return readFileSync(full, 'utf8');
}

function evaluate(texts: { predictions: string; labels: string }, evaluator: NonNullable<ModelTestOptions['evaluator']>): Evaluation {
  const predictions = parseTable(texts.predictions, evaluator.predictions);
  const labels = evaluator.labels === evaluator.predictions ? predictions : parseTable(texts.labels, evaluator.labels);
  return buildEvaluation(predictions, labels, evaluator.options);
}

function evaluatorMetrics(evaluation: Evaluation, file: string, undefinedMetrics: Set<string>): MetricValue[] {
  return Object.entries(evaluation.compute()).flatMap(([name, value]) => {
    if (Number.isFinite(value)) return [{ name, value, file }];
    undefinedMetrics.add(name);
    return [];
  });
}

async function collectCurrent(options: ModelTestOptions, cwd: string) {
  const files = await metricsFiles(options.metrics, cwd);
  const lists = files.map((file) => parseMetricsText(readText(cwd, file, 'metrics'), file));
  const undefinedMetrics = new Set<string>();
  let evaluation: Evaluation | undefined;
  if (options.evaluator) {
    const evaluator = options.evaluator;
    evaluation = evaluate(
      { predictions: readText(cwd, evaluator.predictions, 'predictions'), labels: readText(cwd, evaluator.labels, 'labels') },
      evaluator,
    );
    lists.push(evaluatorMetrics(evaluation, evaluator.predictions, undefinedMetrics));
  }
  return { files, lists, undefinedMetrics, evaluation };
}

export async function runModelTest(options: ModelTestOptions, context: Context): Promise<ModelTestResult> {
  const { cwd, log } = context;
  const findings: Finding[] = [];
  let commandExitCode: number | undefined;
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

  let collected: Awaited<ReturnType<typeof collectCurrent>>;
  try {
    collected = await collectCurrent(options, cwd);
  } catch (error) {
    // Missing or broken outputs are most often the command's fault: say so next to the symptom.
    if (!(error instanceof UserError) || !commandExitCode) throw error;
    throw new UserError(
      `${error.message} The command '${options.command}' exited with code ${commandExitCode} before: see its log above.`,
      error,
    );
  }
  const { files, lists, undefinedMetrics, evaluation } = collected;
  const current = mergeMetrics(lists);
  if (current.size === 0 && undefinedMetrics.size === 0 && options.metrics.length + (options.evaluator ? 1 : 0) > 0) {
    throw new UserError(
      `No numeric metric found in ${files.join(', ') || 'the inputs'}; metrics must be numbers (nested maps are flattened to a.b.c).`,
    );
  }

  const { baseline, baselineInfo, intervals } = await readBaseline(options, context, files, evaluation);
  const rows: MetricRow[] = [...current.values()].map((metric) => {
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
        const rank = { pass: 0, 'no-baseline': 1, noise: 2, fail: 3, undefined: 1 } as const;
        if (!row.status || rank[verdict.status] > rank[row.status]) row.status = verdict.status;
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

  const junit: JUnitSummary[] = [];
  const sources = {
    exists: (file: string) => existsSync(path.resolve(cwd, file)),
    read: (file: string) => (existsSync(path.resolve(cwd, file)) ? readFileSync(path.resolve(cwd, file), 'utf8') : undefined),
  };
  for (const pattern of options.junit) {
    const matches = (await glob(pattern, { cwd, onlyFiles: true })).sort();
    if (matches.length === 0)
      throw new InputError('junit', `no file matches '${pattern}' in ${cwd}; did the test run write it (pytest --junitxml=${pattern})?`);
    for (const file of matches) {
      const parsed = junitFindings(readFileSync(path.join(cwd, file), 'utf8'), file, sources);
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

/** A resample costs ~1.4 s at 1M rows × 3 classes (bench/results/model-test.md): keep the bootstrap near a minute. */
const BOOTSTRAP_ROW_BUDGET = 50_000_000;

function affordableResamples(requested: number, rows: number, log: Logger): number {
  const affordable = Math.max(50, Math.floor(BOOTSTRAP_ROW_BUDGET / rows));
  if (requested <= affordable) return requested;
  log.warning(
    `bootstrap-resamples: ${requested} resamples of ${rows} rows would take long; using ${affordable}. The intervals are coarser but still honest.`,
  );
  return affordable;
}

async function readBaseline(options: ModelTestOptions, context: Context, files: string[], evaluation: Evaluation | undefined) {
  const { cwd, log } = context;
  const baseline = new Map<string, number>();
  let intervals: Record<string, DeltaInterval> = {};
  if (options.baselineFile) {
    const file = options.baselineFile;
    for (const metric of parseMetricsText(readText(cwd, file, 'baseline-file'), file)) baseline.set(metric.name, metric.value);
    return { baseline, intervals, baselineInfo: { source: file, intervals: 'none' as const } };
  }
  if (!options.baselineRef || (files.length === 0 && !evaluation)) return { baseline, intervals, baselineInfo: undefined };
  let commit: string;
  try {
    commit = await resolveBaseline(log, cwd, options.baselineRef);
  } catch (error) {
    // A ref the user named must exist; the pull request's base is only a default.
    if (!options.baselineRefFromEvent || !(error instanceof UserError)) throw error;
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
      for (const metric of parseMetricsText(text, file)) baseline.set(metric.name, metric.value);
    } catch (error) {
      log.warning(`Baseline ${file} at ${options.baselineRef}: ${(error as Error).message} — ignored.`);
    }
  }
  let kind: 'paired' | 'unpaired' | 'none' = 'none';
  if (evaluation && options.evaluator) {
    const evaluator = options.evaluator;
    const predictions = await readAtCommit(log, cwd, commit, evaluator.predictions);
    const labels = evaluator.labels === evaluator.predictions ? predictions : await readAtCommit(log, cwd, commit, evaluator.labels);
    let before: Evaluation | undefined;
    try {
      before = predictions !== undefined && labels !== undefined ? evaluate({ predictions, labels }, evaluator) : undefined;
    } catch (error) {
      // The base branch may predate a column or a class; that is no reason to fail this change.
      if (!(error instanceof UserError)) throw error;
      log.warning(`The baseline's ${evaluator.predictions} at ${options.baselineRef} cannot be evaluated: ${error.message}`);
    }
    if (before) {
      for (const [name, value] of Object.entries(before.compute())) if (Number.isFinite(value)) baseline.set(name, value);
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
    } else if (predictions === undefined || labels === undefined)
      log.info(
        `${evaluator.predictions} or ${evaluator.labels} does not exist at ${options.baselineRef}: no baseline for the evaluator's metrics.`,
      );
  }
  return { baseline, intervals, baselineInfo: { source: options.baselineRef, commit, intervals: kind } };
}
