import { seededRandom } from '../../../core/random.js';
/**
 * Percentile bootstrap confidence intervals on metric deltas (current − baseline). A resample
 * is a vector of row counts (multinomial), which the evaluators accept as weights, so no rows
 * are copied. Paired when both models scored the same examples: the same counts weight both,
 * which cancels the sampling noise the two share.
 */

export interface DeltaInterval {
  low: number;
  high: number;
  paired: boolean;
}

export interface BootstrapOptions {
  current: { rows: number; compute(weights: ArrayLike<number>): Record<string, number> };
  baseline: { rows: number; compute(weights: ArrayLike<number>): Record<string, number> };
  paired: boolean;
  resamples: number;
  /** Two-sided coverage, e.g. 0.95. */
  confidence: number;
  seed: number;
}

export { seededRandom };

function drawCounts(counts: Float64Array, random: () => number): void {
  counts.fill(0);
  const n = counts.length;
  for (let i = 0; i < n; i++) counts[Math.floor(random() * n)] += 1;
}

/** Linear interpolation between order statistics, numpy.percentile's default. */
export function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

export function bootstrapDeltaIntervals(options: BootstrapOptions): Record<string, DeltaInterval> {
  const random = seededRandom(options.seed);
  const currentCounts = new Float64Array(options.current.rows);
  const baselineCounts = options.paired ? currentCounts : new Float64Array(options.baseline.rows);
  const deltas = new Map<string, number[]>();
  for (let r = 0; r < options.resamples; r++) {
    drawCounts(currentCounts, random);
    if (!options.paired) drawCounts(baselineCounts, random);
    const current = options.current.compute(currentCounts);
    const baseline = options.baseline.compute(baselineCounts);
    for (const [name, value] of Object.entries(current)) {
      const delta = value - baseline[name];
      if (!Number.isFinite(delta)) continue;
      let list = deltas.get(name);
      if (!list) deltas.set(name, (list = []));
      list.push(delta);
    }
  }
  const tail = (1 - options.confidence) / 2;
  const intervals: Record<string, DeltaInterval> = {};
  for (const [name, list] of deltas) {
    // A metric undefined in most resamples (a tiny slice) has no meaningful interval.
    if (list.length < options.resamples / 2) continue;
    list.sort((a, b) => a - b);
    intervals[name] = { low: quantile(list, tail), high: quantile(list, 1 - tail), paired: options.paired };
  }
  return intervals;
}
