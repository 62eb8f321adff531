import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { startActionWorker } from '../../../core/action-worker.js';
import { readCsv, readKeysAt, type ByteRange, type CsvOptions, type CsvReadResult } from './csv-reader.js';
import { csvHeader } from './infer.js';
import { duplicatesInPartitions } from './partition-duplicates.js';
import { removeExport, type Duplicate, type SpillSources } from './unique-index.js';
import { exportState, mergeState, type ValidatorState } from './validator-state.js';
import { RecordValidator, type ValidatorOptions } from './validator.js';

export interface RangeJob {
  file: string;
  csv: CsvOptions;
  range: ByteRange;
  validatorOptions: ValidatorOptions;
}

export type RangeReply = { state: ValidatorState; endedAt: number; newlines: number; error?: undefined } | { error: string };

/** A thread's share of finding repeated keys: partitions [from, to) of each key check's index. */
export interface FinishJob {
  file: string;
  csv: CsvOptions;
  checks: { spill: SpillSources; from: number; to: number; columns: number[] }[];
}

export type FinishReply = { duplicates: Duplicate[][]; error?: undefined } | { error: string };

export function finishShare(job: FinishJob): Duplicate[][] {
  return job.checks.map(({ spill, from, to, columns }) =>
    duplicatesInPartitions(spill, from, to, spill.exact ? undefined : (offsets) => readKeysAt(job.file, job.csv, offsets, columns)),
  );
}

interface RangeWorker {
  reply: Promise<RangeReply>;
  /** Hands the worker its share of the key checks (null: none), once it has replied. */
  finish(job: FinishJob | null): Promise<FinishReply>;
  terminate(): void;
}

/** Below this size one thread is faster than starting others. */
export const PARALLEL_MIN_BYTES = 32 << 20;

function startWorker(job: RangeJob): Worker {
  // The hot loop allocates almost nothing; a small young generation keeps each thread's heap (and peak RSS) down.
  return startActionWorker(
    'validate-data',
    import.meta.url,
    './range-worker.ts',
    { job },
    { resourceLimits: { maxYoungGenerationSizeMb: 4 } },
  );
}

function runWorker(job: RangeJob): RangeWorker {
  const worker = startWorker(job);
  let exited: number | undefined;
  const next = <T>(): Promise<T | { error: string }> =>
    new Promise((resolve) => {
      if (exited !== undefined) return resolve({ error: `worker exited with code ${exited} before replying` });
      const onMessage = (message: T) => {
        worker.off('exit', onExit);
        resolve(message);
      };
      const onExit = (code: number) => {
        worker.off('message', onMessage);
        resolve({ error: `worker exited with code ${code} before replying` });
      };
      worker.once('message', onMessage);
      worker.once('exit', onExit);
    });
  worker.on('exit', (code) => (exited = code));
  let failure: string | undefined;
  worker.on('error', (error) => (failure = error.stack ?? error.message));
  const withFailure = <T>(promise: Promise<T | { error: string }>) =>
    promise.then((reply) => (failure !== undefined ? { error: failure } : reply));
  return {
    reply: withFailure(next<RangeReply>()),
    finish: (finishJob) => {
      if (finishJob === null) {
        worker.postMessage(null);
        return Promise.resolve({ duplicates: [] });
      }
      const reply = withFailure(next<FinishReply>());
      worker.postMessage(finishJob);
      return reply;
    },
    terminate: () => void worker.terminate(),
  };
}

async function readRangeHere(job: RangeJob): Promise<RangeReply> {
  const validator = new RecordValidator(job.validatorOptions);
  const result = await readCsv(job.file, job.csv, validator, job.range);
  return { state: exportState(validator), endedAt: result.endedAt, newlines: result.newlines };
}

/**
 * A worker thread loads the bundle before it reads (0.15-0.2 s here), while the calling thread
 * has already read about this much; its range is longer by that share, so the threads end
 * together. (Both rates scale with the machine, so the size in bytes holds roughly anywhere.)
 */
const WORKER_START_BYTES = 48 << 20;

/** Where range k (k >= 1) should start: the calling thread's longer range first, then equal ones. */
function splitTarget(size: number, threads: number, k: number): number {
  const first = Math.min(size * 0.75, (size + (threads - 1) * WORKER_START_BYTES) / threads);
  return Math.floor(first + ((size - first) * (k - 1)) / (threads - 1));
}

/** The offset just past the first newline at or after `from` (the file size when there is none). */
function nextLineStart(fd: number, from: number, size: number): number {
  const window = Buffer.allocUnsafe(1 << 16);
  for (let at = from; at < size; at += window.length) {
    const read = readSync(fd, window, 0, window.length, at);
    const newline = window.subarray(0, read).indexOf(10);
    if (newline >= 0) return at + newline + 1;
  }
  return size;
}

/**
 * Validates a plain CSV file with `threads` worker threads over byte ranges. Each range starts
 * just past a newline and is accepted only if the previous range's last record ended exactly
 * there; a split inside a multi-line quoted field fails that test, and then undefined is
 * returned so the caller reads the file on one thread instead (never a wrong answer).
 */
export async function readCsvParallel(
  file: string,
  csv: CsvOptions,
  validator: RecordValidator,
  threads: number,
): Promise<CsvReadResult | undefined> {
  const size = statSync(file).size;
  const names = csv.header ? csvHeader(file, csv.delimiter, csv.quoteChar) : undefined;
  const fd = openSync(file, 'r');
  const bounds = [0];
  try {
    for (let k = 1; k < threads; k++) {
      const start = nextLineStart(fd, Math.max(bounds[k - 1] + 1, splitTarget(size, threads, k)) - 1, size);
      if (start < size) bounds.push(start);
    }
  } finally {
    closeSync(fd);
  }
  bounds.push(size);
  const jobs = bounds
    .slice(0, -1)
    .map<RangeJob>((start, k) => ({ file, csv, range: { start, end: bounds[k + 1], names }, validatorOptions: validator.options }));
  // The calling thread takes the first range itself: one V8 isolate fewer keeps peak RSS down.
  const workers = jobs.slice(1).map(runWorker);
  const first = await readRangeHere(jobs[0]);
  const replies = [first, ...(await Promise.all(workers.map((worker) => worker.reply)))];
  const failed = replies.find((reply) => reply.error !== undefined);
  const states = replies.filter((reply): reply is Exclude<RangeReply, { error: string }> => reply.error === undefined);
  const aligned =
    states.length === replies.length && states.every((reply, k) => k === states.length - 1 || reply.endedAt === bounds[k + 1]);
  if (failed || !aligned) {
    for (const worker of workers) worker.terminate();
    for (const reply of states) for (const exported of reply.state.keyIndexes) removeExport(exported);
    if (failed) throw new Error(`validate-data worker failed: ${failed.error}`);
    return undefined;
  }
  if (csv.header) validator.header(names ?? [], 1, false);
  else validator.positional();
  let lineOffset = 0;
  for (const reply of states) {
    mergeState(validator, reply.state, lineOffset);
    lineOffset += reply.newlines;
  }
  const duplicates = await finishKeysInParallel(file, csv, validator, workers);
  return { bytes: size, seekable: true, endedAt: size, newlines: lineOffset, duplicates };
}

/**
 * Finding repeated keys reads every key back from the spill files: the threads that read the
 * stretches split the partitions between them rather than leaving it all to this one.
 */
async function finishKeysInParallel(
  file: string,
  csv: CsvOptions,
  validator: RecordValidator,
  workers: RangeWorker[],
): Promise<Duplicate[][]> {
  if (validator.keyChecks.length === 0) {
    for (const worker of workers) void worker.finish(null);
    return [];
  }
  const spills = validator.keyChecks.map((check) => check.index.spillSources());
  const shares = workers.length + 1;
  const jobFor = (share: number): FinishJob => ({
    file,
    csv,
    checks: spills.map((spill, n) => ({
      spill: { ...spill, found: [] },
      from: Math.floor((spill.partitions * share) / shares),
      to: Math.floor((spill.partitions * (share + 1)) / shares),
      columns: validator.keyChecks[n].fields.map((f) => f.column),
    })),
  });
  const theirs = workers.map((worker, k) => worker.finish(jobFor(k + 1)));
  const mine = finishShare(jobFor(0));
  const replies = await Promise.all(theirs);
  const failed = replies.find((reply) => reply.error !== undefined);
  if (failed) throw new Error(`validate-data worker failed: ${failed.error}`);
  return spills.map((_, n) =>
    [spills[n].found, mine[n], ...replies.map((reply) => (reply as { duplicates: Duplicate[][] }).duplicates[n])]
      .flat()
      .sort((a, b) => a.line - b.line),
  );
}
