/** Merges the workers' per-second reports into run totals, a time series and threshold inputs. */
import * as hdr from 'hdr-histogram-js';
import { newLatencyHistogram, webAssemblyHistograms } from './connection.js';
import type { MetricValues } from './thresholds.js';
import { Counter, COUNTER_COUNT, type IntervalMessage } from './worker-protocol.js';

export interface LatencySummary {
  count: number;
  min: number;
  avg: number;
  med: number;
  p50: number;
  p75: number;
  p90: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
  stdev: number;
}

export interface SecondPoint {
  second: number;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface ErrorBreakdown {
  refused: number;
  reset: number;
  timeout: number;
  protocol: number;
  other: number;
  /** Responses with status >= 400. */
  status: number;
  byStatus: Record<string, number>;
  otherCodes: Record<string, number>;
}

const US_PER_MS = 1000;

export function summarizeLatency(histogram: hdr.Histogram): LatencySummary {
  const count = histogram.totalCount;
  const at = (p: number): number => (count === 0 ? 0 : histogram.getValueAtPercentile(p) / US_PER_MS);
  return {
    count,
    min: count === 0 ? 0 : histogram.minNonZeroValue / US_PER_MS,
    avg: count === 0 ? 0 : histogram.mean / US_PER_MS,
    med: at(50),
    p50: at(50),
    p75: at(75),
    p90: at(90),
    p95: at(95),
    p99: at(99),
    p999: at(99.9),
    max: count === 0 ? 0 : histogram.maxValue / US_PER_MS,
    stdev: count === 0 ? 0 : histogram.stdDeviation / US_PER_MS,
  };
}

/**
 * Runs on the coordinating thread, which shares the cores with the load workers: whatever it
 * does each second delays their sends and shows up as latency. So histograms are WebAssembly
 * ones where the runtime allows (merging and percentiles in native loops; the JavaScript
 * build's mean and deviation walk every bucket), and a second's point needs three percentiles.
 */
export class RunAggregator {
  private readonly useWebAssembly = webAssemblyHistograms();
  readonly total = newLatencyHistogram(this.useWebAssembly);
  readonly counters = new Array<number>(COUNTER_COUNT).fill(0);
  readonly byStatus: Record<string, number> = {};
  readonly otherCodes: Record<string, number> = {};
  /** Seconds still waiting for some worker's report; a complete second is summarized and its histogram dropped. */
  private readonly open = new Map<number, { histogram: hdr.Histogram; requests: number; errors: number; reports: number }>();
  private readonly points: SecondPoint[] = [];

  constructor(private readonly workerCount: number) {}

  add(message: IntervalMessage): void {
    const encoded = message.histogram;
    const decoded =
      typeof encoded === 'string'
        ? hdr.decodeFromCompressedBase64(encoded, 32, this.useWebAssembly)
        : this.useWebAssembly
          ? hdr.WasmHistogram.decode(encoded, 32)
          : (hdr.JsHistogram as unknown as { decode: (data: Uint8Array, bits: 32) => hdr.Histogram }).decode(encoded, 32);
    this.total.add(decoded);
    for (let i = 0; i < COUNTER_COUNT; i++) this.counters[i] += message.counters[i] ?? 0;
    for (const [code, count] of Object.entries(message.statuses)) this.byStatus[code] = (this.byStatus[code] ?? 0) + count;
    for (const [code, count] of Object.entries(message.otherErrors)) this.otherCodes[code] = (this.otherCodes[code] ?? 0) + count;
    let slot = this.open.get(message.second);
    if (!slot) {
      slot = { histogram: newLatencyHistogram(this.useWebAssembly), requests: 0, errors: 0, reports: 0 };
      this.open.set(message.second, slot);
    }
    slot.histogram.add(decoded);
    slot.requests += message.counters[Counter.completed] ?? 0;
    slot.errors += errorCount(message.counters);
    decoded.destroy();
    if (++slot.reports === this.workerCount) this.closeSecond(message.second);
  }

  private closeSecond(second: number): void {
    const slot = this.open.get(second)!;
    const { histogram } = slot;
    const at = (p: number): number => (histogram.totalCount === 0 ? 0 : histogram.getValueAtPercentile(p) / US_PER_MS);
    this.points.push({ second, requests: slot.requests, errors: slot.errors, p50: at(50), p95: at(95), p99: at(99) });
    histogram.destroy();
    this.open.delete(second);
  }

  get completed(): number {
    return this.counters[Counter.completed];
  }

  get failed(): number {
    return errorCount(this.counters);
  }

  /** Requests that ended one way or another: answered, or failed in transport. */
  get finished(): number {
    const c = this.counters;
    return c[Counter.completed] + c[Counter.refused] + c[Counter.reset] + c[Counter.timeout] + c[Counter.protocol] + c[Counter.other];
  }

  errors(): ErrorBreakdown {
    const c = this.counters;
    return {
      refused: c[Counter.refused],
      reset: c[Counter.reset],
      timeout: c[Counter.timeout],
      protocol: c[Counter.protocol],
      other: c[Counter.other],
      status: c[Counter.statusFailed],
      byStatus: { ...this.byStatus },
      otherCodes: { ...this.otherCodes },
    };
  }

  /** One point per second; seconds some worker never reported (its last, short one) are summarized as they are. */
  series(): SecondPoint[] {
    for (const second of [...this.open.keys()]) this.closeSecond(second);
    return [...this.points].sort((a, b) => a.second - b.second);
  }

  /** The values thresholds are evaluated on, over everything so far. */
  values(elapsedMs: number): MetricValues {
    const latency = summarizeLatency(this.total);
    const finished = this.finished;
    const checks = this.counters[Counter.checksPassed] + this.counters[Counter.checksFailed];
    return {
      duration: {
        avg: latency.avg,
        min: latency.min,
        max: latency.max,
        med: latency.med,
        percentile: (p: number) => (this.total.totalCount === 0 ? 0 : this.total.getValueAtPercentile(p) / US_PER_MS),
      },
      failedRate: finished === 0 ? 0 : this.failed / finished,
      requests: { count: this.completed, rate: elapsedMs > 0 ? this.completed / (elapsedMs / 1000) : 0 },
      checksRate: checks === 0 ? 1 : this.counters[Counter.checksPassed] / checks,
    };
  }
}

/** Transport failures plus responses with status >= 400, like k6's http_req_failed. */
function errorCount(counters: readonly number[]): number {
  return (
    (counters[Counter.refused] ?? 0) +
    (counters[Counter.reset] ?? 0) +
    (counters[Counter.timeout] ?? 0) +
    (counters[Counter.protocol] ?? 0) +
    (counters[Counter.other] ?? 0) +
    (counters[Counter.statusFailed] ?? 0)
  );
}
