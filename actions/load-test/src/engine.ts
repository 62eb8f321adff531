/**
 * Runs a load test: resolves and probes the target, starts the worker threads, merges
 * their per-second reports, stops early when an abort-on-fail threshold fails, and
 * returns the merged result.
 */
import { lookup } from 'node:dns/promises';
import net from 'node:net';
import tls from 'node:tls';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import * as hdr from 'hdr-histogram-js';
import type { Logger } from '../../../core/action.js';
import { startActionWorker } from '../../../core/action-worker.js';
import { UserError } from '../../../core/errors.js';
import type { CheckSpec } from './checks.js';
import { RunAggregator, summarizeLatency, type ErrorBreakdown, type LatencySummary, type SecondPoint } from './metrics.js';
import { LoadSchedule, type Stage } from './schedule.js';
import { evaluateThresholds, type Threshold, type ThresholdOutcome } from './thresholds.js';
import { Counter, type FromWorker, type LoadModel, type WorkerConfig } from './worker-protocol.js';

export interface LoadOptions {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** One body per request variant (payload rows); one empty body for a plain request. */
  bodies: Buffer[];
  order: 'cycle' | 'random';
  model: LoadModel;
  stages: Stage[];
  initialTarget: number;
  maxInFlight: number;
  timeoutMs: number;
  workers: number;
  checks: CheckSpec[];
  thresholds: Threshold[];
  /** How long the target may take to accept the first connection. */
  connectTimeoutMs?: number;
}

export interface LoadResult {
  url: string;
  method: string;
  model: LoadModel;
  startedAt: string;
  elapsedMs: number;
  plannedMs: number;
  workers: number;
  requested: { rate?: number; vus?: number; requests?: number };
  requests: { sent: number; completed: number; finished: number; dropped: number; retried: number; connections: number };
  /** Completed responses per second over the run. */
  rps: number;
  latencyMs: LatencySummary;
  errors: ErrorBreakdown;
  errorRate: number;
  checks: { passed: number; failed: number; rate: number };
  series: SecondPoint[];
  thresholds: ThresholdOutcome[];
  aborted?: { atMs: number; reason: string };
  /** CPU time of the whole generator process (every thread) from the start signal to the end, per answered request. */
  generatorCpu: { userMs: number; systemMs: number; perRequestUs: number };
  /** The merged latency histogram (µs), hdr-histogram compressed base64. */
  histogram: string;
}

const ERROR_CLASSES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connect timeout',
  ENOTFOUND: 'host not found (DNS)',
  EAI_AGAIN: 'DNS lookup failed (temporary)',
  DNS_TIMEOUT: 'DNS lookup timed out',
};

export function describeErrorCode(code: string): string {
  return ERROR_CLASSES[code] ? `${ERROR_CLASSES[code]} (${code})` : code;
}

export function defaultWorkerCount(): number {
  return availableParallelism();
}

export function buildRequest(method: string, url: URL, headers: Record<string, string>, body: Buffer): Buffer {
  const lines = [`${method} ${url.pathname}${url.search} HTTP/1.1`];
  const names = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  if (!names.has('host')) lines.push(`Host: ${url.host}`);
  if (!names.has('user-agent')) lines.push('User-Agent: mlops-load-test');
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  if (body.length > 0 || ['POST', 'PUT', 'PATCH'].includes(method)) lines.push(`Content-Length: ${body.length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body]);
}

async function resolveTarget(url: URL, timeoutMs: number): Promise<string> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host)) return host;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('DNS lookup timed out'), { code: 'DNS_TIMEOUT' })), timeoutMs);
  });
  try {
    return (await Promise.race([lookup(host), expired])).address;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'ENOTFOUND';
    throw new UserError(`Cannot reach ${url.href}: ${describeErrorCode(code)}. Check the host name in 'url'.`);
  } finally {
    clearTimeout(timer);
  }
}

/** One connection attempt, so an unreachable target fails at once with its reason instead of as a run full of errors. */
async function probe(url: URL, address: string, port: number, timeoutMs: number): Promise<void> {
  const code = await new Promise<string | undefined>((resolve) => {
    const socket =
      url.protocol === 'https:'
        ? tls.connect({ host: address, port, servername: net.isIP(url.hostname) ? undefined : url.hostname })
        : net.connect({ host: address, port });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve('ETIMEDOUT');
    }, timeoutMs);
    socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(undefined);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(error.code ?? error.message);
    });
  });
  if (code) {
    const extra = code === 'ETIMEDOUT' ? ` within ${timeoutMs} ms` : '';
    throw new UserError(
      `Cannot reach ${url.href}: ${describeErrorCode(code)}${extra}. Is the server running and listening on ${address}:${port}?`,
    );
  }
}

export async function runLoadTest(options: LoadOptions, log: Logger): Promise<LoadResult> {
  const url = new URL(options.url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UserError(`Input 'url': '${options.url}' must be an http:// or https:// URL.`);
  const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
  const connectTimeoutMs = options.connectTimeoutMs ?? Math.min(options.timeoutMs, 10_000);
  const address = await resolveTarget(url, connectTimeoutMs);
  await probe(url, address, port, connectTimeoutMs);

  const schedule = new LoadSchedule(options.stages, options.initialTarget);
  const requests = options.bodies.map((body) => buildRequest(options.method, url, options.headers, body));
  const workerCount = Math.max(
    1,
    Math.min(
      options.workers,
      options.model === 'closed' ? Math.max(1, options.initialTarget, ...options.stages.map((s) => s.target)) : options.workers,
    ),
  );
  const aggregator = new RunAggregator(workerCount);
  const workers: Worker[] = [];
  let aborted: LoadResult['aborted'];
  const startedAt = new Date();
  let startEpochMs = 0;
  let cpuAtStart = process.cpuUsage();

  let cpu = { user: 0, system: 0 };
  const finishedAll = new Promise<number>((resolve, reject) => {
    let ready = 0;
    let done = 0;
    let elapsed = 0;
    let lastSecondEvaluated = -1;
    const onMessage = (message: FromWorker): void => {
      if (message.type === 'ready') {
        if (++ready === workerCount) {
          startEpochMs = performance.timeOrigin + performance.now() + 20;
          cpuAtStart = process.cpuUsage();
          for (const worker of workers) worker.postMessage({ type: 'start', startEpochMs });
          log.info(`${workerCount} worker thread(s) started; ${describePlan(options, schedule)}.`);
        }
      } else if (message.type === 'interval') {
        aggregator.add(message);
        if (message.second > lastSecondEvaluated && !aborted) {
          lastSecondEvaluated = message.second;
          checkAbort(message.second);
        }
      } else if (message.type === 'done') {
        elapsed = Math.max(elapsed, message.elapsedMs);
        if (++done === workerCount) {
          cpu = process.cpuUsage(cpuAtStart);
          resolve(elapsed);
        }
      } else if (message.type === 'crash') reject(new Error(`load worker ${message.workerIndex} failed: ${message.message}`));
    };
    const checkAbort = (second: number): void => {
      const elapsedMs = (second + 1) * 1000;
      const candidates = options.thresholds.filter((t) => t.abortOnFail && elapsedMs >= t.delayAbortEvalMs);
      if (candidates.length === 0) return;
      const failed = evaluateThresholds(candidates, aggregator.values(elapsedMs)).find((outcome) => !outcome.passed);
      if (!failed) return;
      aborted = {
        atMs: elapsedMs,
        reason: `threshold '${failed.threshold.expression}' on ${failed.threshold.metric} failed (measured ${round(failed.actual)}) and has abortOnFail`,
      };
      log.warning(`Stopping early: ${aborted.reason}.`);
      for (const worker of workers) worker.postMessage({ type: 'stop' });
    };
    for (let index = 0; index < workerCount; index++) {
      const config: WorkerConfig = {
        workerIndex: index,
        workerCount,
        address,
        port,
        tls: url.protocol === 'https:',
        servername: url.hostname,
        requests: requests.map((request) => new Uint8Array(request.buffer, request.byteOffset, request.byteLength)),
        order: options.order,
        headRequest: options.method === 'HEAD',
        model: options.model,
        stages: options.stages,
        initialTarget: options.initialTarget,
        maxInFlight: Math.max(1, Math.ceil(options.maxInFlight / workerCount)),
        timeoutMs: options.timeoutMs,
        checks: options.checks,
      };
      const worker = startActionWorker('load-test', import.meta.url, './load-worker-thread.ts', { config });
      worker.on('message', onMessage);
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (done < workerCount) reject(new Error(`load worker ${index} exited early with code ${code}`));
      });
      workers.push(worker);
    }
  });

  let elapsedMs: number;
  try {
    elapsedMs = await finishedAll;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  const latency = summarizeLatency(aggregator.total);
  const c = aggregator.counters;
  const runSeconds = Math.max(elapsedMs, 1) / 1000;
  const checkCount = c[Counter.checksPassed] + c[Counter.checksFailed];
  const finished = aggregator.finished;
  return {
    url: url.href,
    method: options.method,
    model: options.model,
    startedAt: startedAt.toISOString(),
    elapsedMs,
    plannedMs: schedule.totalMs,
    workers: workerCount,
    requested:
      options.model === 'open'
        ? { rate: schedule.totalCount / (schedule.totalMs / 1000), requests: schedule.totalCount }
        : { vus: Math.max(options.initialTarget, ...options.stages.map((s) => s.target)) },
    requests: {
      sent: c[Counter.sent],
      completed: c[Counter.completed],
      finished,
      dropped: c[Counter.dropped],
      retried: c[Counter.retried],
      connections: c[Counter.connectionsOpened],
    },
    // Over the planned window, so a rate test is judged on what it asked for; an abort shortens it.
    rps: c[Counter.completed] / (aborted ? runSeconds : Math.max(schedule.totalMs / 1000, 0.001)),
    latencyMs: latency,
    errors: aggregator.errors(),
    errorRate: finished === 0 ? 0 : aggregator.failed / finished,
    checks: {
      passed: c[Counter.checksPassed],
      failed: c[Counter.checksFailed],
      rate: checkCount === 0 ? 1 : c[Counter.checksPassed] / checkCount,
    },
    series: aggregator.series(),
    thresholds: evaluateThresholds(options.thresholds, aggregator.values(aborted ? elapsedMs : schedule.totalMs)),
    aborted,
    generatorCpu: {
      userMs: cpu.user / 1000,
      systemMs: cpu.system / 1000,
      perRequestUs: c[Counter.completed] > 0 ? (cpu.user + cpu.system) / c[Counter.completed] : 0,
    },
    histogram: hdr.encodeIntoCompressedBase64(aggregator.total),
  };
}

function describePlan(options: LoadOptions, schedule: LoadSchedule): string {
  const seconds = schedule.totalMs / 1000;
  return options.model === 'open'
    ? `open model, ${schedule.totalCount} requests over ${seconds} s`
    : `closed model, up to ${Math.max(options.initialTarget, ...options.stages.map((s) => s.target))} virtual users for ${seconds} s`;
}

export function round(value: number): number {
  return Number(value.toPrecision(4));
}
