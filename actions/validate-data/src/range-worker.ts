/**
 * The body of a worker thread that validates one stretch of a CSV file, then, when asked, finds
 * the repeated keys in its share of the unique indexes' partitions. Started from this file
 * through tsx in source, or from the action's bundle, whose definition module hands over here.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readCsv } from './csv-reader.js';
import { finishShare, type FinishJob, type FinishReply, type RangeJob, type RangeReply } from './parallel-csv.js';
import { windowBuffers } from './integer-window.js';
import { exportState } from './validator-state.js';
import { RecordValidator } from './validator.js';

const port = parentPort!;
const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));
const job = (workerData as { job: RangeJob }).job;
try {
  const validator = new RecordValidator(job.validatorOptions);
  const result = await readCsv(job.file, job.csv, validator, job.range);
  const reply: RangeReply = { state: exportState(validator), endedAt: result.endedAt, newlines: result.newlines };
  port.once('message', (finish: FinishJob | null) => {
    if (finish === null) return port.close();
    try {
      port.postMessage({ duplicates: finishShare(finish) } satisfies FinishReply);
    } catch (error) {
      port.postMessage({ error: describe(error) } satisfies FinishReply);
    }
    port.close();
  });
  // The integer windows' bitmaps move to the calling thread rather than being copied (peak RSS).
  const windows = reply.state.keyIndexes.flatMap((exported) => (exported.window ? windowBuffers(exported.window) : []));
  port.postMessage(reply, windows);
} catch (error) {
  port.postMessage({ error: describe(error) } satisfies RangeReply);
}
