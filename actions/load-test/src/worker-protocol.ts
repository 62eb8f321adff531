/** What the coordinator and the load worker threads send each other (plain, structured-clonable data). */
import type { CheckSpec } from './checks.js';
import type { Stage } from './schedule.js';

export const Counter = {
  sent: 0,
  completed: 1,
  refused: 2,
  reset: 3,
  timeout: 4,
  protocol: 5,
  other: 6,
  /** Responses with status >= 400 (k6's http_req_failed counts these too). */
  statusFailed: 7,
  checksPassed: 8,
  checksFailed: 9,
  /** Open model: requests that were due but never sent (in-flight limit or end of run). */
  dropped: 10,
  connectionsOpened: 11,
  /** Times a request was re-sent because a reused keep-alive connection closed before answering. */
  retried: 12,
} as const;
export const COUNTER_COUNT = 13;

export type LoadModel = 'open' | 'closed';

export interface WorkerConfig {
  workerIndex: number;
  workerCount: number;
  /** A resolved address, so the workers do not each resolve the name. */
  address: string;
  port: number;
  tls: boolean;
  servername: string;
  requests: Uint8Array[];
  order: 'cycle' | 'random';
  headRequest: boolean;
  model: LoadModel;
  /** Rate (requests/s, all workers together) or virtual users, over time. */
  stages: Stage[];
  initialTarget: number;
  maxInFlight: number;
  timeoutMs: number;
  checks: CheckSpec[];
}

export type ToWorker = { type: 'start'; startEpochMs: number } | { type: 'stop' };

export interface IntervalMessage {
  type: 'interval';
  workerIndex: number;
  /** Whole seconds since the start; the last interval of a worker may be shorter. */
  second: number;
  /**
   * The latencies (µs) completed in this second: hdr-histogram-js's V2 encoding (bytes, from a
   * WebAssembly histogram: no compression on the sending thread's clock) or, from its JavaScript
   * build, which only exports it compressed, compressed base64.
   */
  histogram: Uint8Array | string;
  counters: number[];
  statuses: Record<string, number>;
  otherErrors: Record<string, number>;
  inFlight: number;
}

export type FromWorker =
  | { type: 'ready'; workerIndex: number }
  | IntervalMessage
  | { type: 'done'; workerIndex: number; elapsedMs: number }
  | { type: 'crash'; workerIndex: number; message: string };
