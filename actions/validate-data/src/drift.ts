import { quantileSorted } from 'simple-statistics';
import type { Finding } from '../../../core/findings.js';
import { DRIFT_SAMPLE, type CompiledField } from './field-compile.js';

export interface DriftThresholds {
  psi: number;
  ks: number;
  missingRate: number;
}

export interface DriftRow {
  field: string;
  kind: 'numeric' | 'categorical';
  psi: number;
  ks?: number;
  unseen: string[];
  missingReference: number;
  missingCurrent: number;
  reasons: string[];
}

/** Population stability bins: proportions floored at EPSILON so an empty bin does not make PSI infinite. */
const EPSILON = 1e-4;
const BINS = 10;

function psiOf(reference: number[], current: number[]): number {
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
export function ksStatistic(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < a.length && j < b.length) {
    const x = Math.min(a[i], b[j]);
    while (i < a.length && a[i] === x) i++;
    while (j < b.length && b[j] === x) j++;
    d = Math.max(d, Math.abs(i / a.length - j / b.length));
  }
  return d;
}

function countBins(sorted: Float64Array, edges: number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const value of sorted) {
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (value <= edges[mid]) hi = mid;
      else lo = mid + 1;
    }
    counts[lo]++;
  }
  return counts;
}

function sample(field: CompiledField): Float64Array {
  return field.reservoir!.slice(0, Math.min(field.reservoirSeen, DRIFT_SAMPLE)).sort();
}

function missingRate(field: CompiledField): number {
  const total = field.present + field.missing;
  return total === 0 ? 0 : field.missing / total;
}

/** Compares one column of the data with the same column of the reference. */
export function compareColumn(reference: CompiledField, current: CompiledField, thresholds: DriftThresholds): DriftRow {
  const row: DriftRow = {
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
      const edges = [...new Set(Array.from({ length: BINS - 1 }, (_, i) => quantileSorted(Array.from(ref), (i + 1) / BINS)))];
      row.psi = psiOf(countBins(ref, edges), countBins(cur, edges));
      row.ks = ksStatistic(ref, cur);
    }
  } else if (current.categories && reference.categories) {
    const refKeys = reference.categories.keys();
    const curKeys = current.categories.keys();
    const refCounts = new Map(refKeys.map((key, id) => [key, reference.categoryCounts![id]]));
    const curCounts = new Map(curKeys.map((key, id) => [key, current.categoryCounts![id]]));
    const all = [...new Set([...refKeys, ...curKeys])];
    row.psi = psiOf(
      all.map((key) => refCounts.get(key) ?? 0),
      all.map((key) => curCounts.get(key) ?? 0),
    );
    row.unseen = curKeys.filter((key) => !refCounts.has(key));
    if (reference.categories.overflowed) row.unseen = [];
  }
  if (row.psi > thresholds.psi) row.reasons.push(`PSI ${row.psi.toFixed(3)} > ${thresholds.psi}`);
  if (row.ks !== undefined && row.ks > thresholds.ks) row.reasons.push(`KS ${row.ks.toFixed(3)} > ${thresholds.ks}`);
  if (row.unseen.length > 0)
    row.reasons.push(
      `${row.unseen.length} unseen categories (${row.unseen
        .slice(0, 5)
        .map((v) => JSON.stringify(v))
        .join(', ')})`,
    );
  const change = Math.abs(row.missingCurrent - row.missingReference);
  if (change > thresholds.missingRate)
    row.reasons.push(`missing rate ${(row.missingReference * 100).toFixed(1)}% -> ${(row.missingCurrent * 100).toFixed(1)}%`);
  return row;
}

export function driftFindings(file: string, rows: DriftRow[]): Finding[] {
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
