import { closeSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { startActionWorker } from '../../../core/action-worker.js';
import { readCsv, type ByteRange, type CsvOptions, type CsvReadResult } from './csv-reader.js';
import { csvHeader } from './infer.js';
import { exportState, mergeState, type ValidatorState } from './validator-state.js';
import { RecordValidator, type ValidatorOptions } from './validator.js';

export interface RangeJob {
  file: string;
  csv: CsvOptions;
  range: ByteRange;
  validatorOptions: ValidatorOptions;
}

export type RangeReply = { state: ValidatorState; endedAt: number; newlines: number; error?: undefined } | { error: string };

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

function runWorker(job: RangeJob): Promise<RangeReply> {
  return new Promise((resolve) => {
    const worker = startWorker(job);
    let replied = false;
    worker.once('message', (reply: RangeReply) => {
      replied = true;
      resolve(reply);
    });
    worker.once('error', (error) => resolve({ error: error.stack ?? error.message }));
    worker.once('exit', (code) => {
      if (!replied) resolve({ error: `worker exited with code ${code} before replying` });
    });
  });
}

async function readRangeHere(job: RangeJob): Promise<RangeReply> {
  const validator = new RecordValidator(job.validatorOptions);
  const result = await readCsv(job.file, job.csv, validator, job.range);
  return { state: exportState(validator), endedAt: result.endedAt, newlines: result.newlines };
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
      const start = nextLineStart(fd, Math.max(bounds[k - 1] + 1, Math.floor((size * k) / threads)) - 1, size);
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
  const workerReplies = Promise.all(jobs.slice(1).map(runWorker));
  const first = await readRangeHere(jobs[0]);
  const replies = [first, ...(await workerReplies)];
  const failed = replies.find((reply) => reply.error !== undefined);
  const states = replies.filter((reply): reply is Exclude<RangeReply, { error: string }> => reply.error === undefined);
  const aligned =
    states.length === replies.length && states.every((reply, k) => k === states.length - 1 || reply.endedAt === bounds[k + 1]);
  if (failed || !aligned) {
    for (const reply of states) for (const files of reply.state.uniqueFiles) for (const part of files) rmSync(part, { force: true });
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
  return { bytes: size, seekable: true, endedAt: size, newlines: lineOffset };
}
