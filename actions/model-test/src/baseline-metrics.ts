import type { Logger } from '../../../core/action.js';
import { UserError } from '../../../core/errors.js';
import { readAtCommit, resolveBaseline } from './baseline.js';
import { bootstrapDeltaIntervals, type DeltaInterval } from './bootstrap.js';
import type { Context, ModelTestOptions } from './engine.js';
import type { Evaluation } from './evaluator.js';
import { parseMetricsText } from './metrics-files.js';
import { evaluate, readText } from './sources.js';

/** The baseline's metrics (from a file or a git ref) and, for the built-in evaluator, bootstrap intervals on the deltas. */

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

export async function readBaseline(options: ModelTestOptions, context: Context, files: string[], evaluation: Evaluation | undefined) {
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
