/** Compares a run with a previous run's results file (this action's own `results-path` output). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../../../core/errors.js';
import type { LatencySummary } from './metrics.js';

export const RESULTS_KIND = 'mlops-load-test-results';
export const COMPARED_PERCENTILES = ['p50', 'p90', 'p95', 'p99'] as const;

export interface Baseline {
  file: string;
  latencyMs: Pick<LatencySummary, (typeof COMPARED_PERCENTILES)[number]>;
  rps: number;
  startedAt?: string;
}

export interface BaselineRow {
  metric: (typeof COMPARED_PERCENTILES)[number];
  baseline: number;
  current: number;
  /** current / baseline - 1; positive is slower. */
  change: number;
  regressed: boolean;
}

export function readBaseline(file: string, cwd: string): Baseline {
  const full = path.resolve(cwd, file);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read as JSON (${(error as Error).message})`;
    throw new InputError('baseline', `'${file}' ${reason}; point it at a results file written by a previous run (output results-path).`, {
      file,
    });
  }
  const record = data as { kind?: unknown; latencyMs?: Record<string, unknown>; rps?: unknown; startedAt?: unknown };
  const latency = record?.latencyMs;
  if (record?.kind !== RESULTS_KIND || !latency || COMPARED_PERCENTILES.some((p) => typeof latency[p] !== 'number')) {
    throw new InputError(
      'baseline',
      `'${file}' is not a load-test results file (kind '${RESULTS_KIND}' with latencyMs.p50..p99); use the results-path output of a previous run.`,
      { file },
    );
  }
  return {
    file,
    latencyMs: Object.fromEntries(COMPARED_PERCENTILES.map((p) => [p, latency[p] as number])) as Baseline['latencyMs'],
    rps: typeof record.rps === 'number' ? record.rps : 0,
    startedAt: typeof record.startedAt === 'string' ? record.startedAt : undefined,
  };
}

export function compareWithBaseline(current: LatencySummary, baseline: Baseline, maxRegression: number | undefined): BaselineRow[] {
  return COMPARED_PERCENTILES.map((metric) => {
    const before = baseline.latencyMs[metric];
    const now = current[metric];
    const change = before > 0 ? now / before - 1 : 0;
    return { metric, baseline: before, current: now, change, regressed: maxRegression !== undefined && change > maxRegression };
  });
}
