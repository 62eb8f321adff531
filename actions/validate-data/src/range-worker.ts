/**
 * The body of a worker thread that validates one stretch of a CSV file. Started from this file
 * through tsx in source, or from the action's bundle, whose definition module hands over here.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readCsv } from './csv-reader.js';
import type { RangeJob, RangeReply } from './parallel-csv.js';
import { exportState } from './validator-state.js';
import { RecordValidator } from './validator.js';

const job = (workerData as { job: RangeJob }).job;
try {
  const validator = new RecordValidator(job.validatorOptions);
  const result = await readCsv(job.file, job.csv, validator, job.range);
  const reply: RangeReply = { state: exportState(validator), endedAt: result.endedAt, newlines: result.newlines };
  parentPort!.postMessage(reply);
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RangeReply);
}
