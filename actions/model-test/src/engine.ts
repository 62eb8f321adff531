import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { Logger } from '../../../core/action.js';
import { InputError, UserError } from '../../../core/errors.js';
import { exec } from '../../../core/exec.js';
import type { Finding } from '../../../core/findings.js';
import type { YamlSource } from '../../../core/yaml-input.js';
import { readBaseline } from './baseline-metrics.js';
import type { DeltaInterval } from './bootstrap.js';
import { splitCommand } from './command.js';
import type { EvaluatorOptions } from './evaluator.js';
import { junitFindings, type JUnitSummary } from './junit.js';
import { mergeMetrics } from './metrics-files.js';
import { collectCurrent } from './sources.js';
import { judge, matchMetrics, parseThresholds, type Status } from './thresholds.js';

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

export interface Context {
  cwd: string;
  log: Logger;
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
