/**
 * The body of a load worker thread. Started either from this file (source, through tsx) or
 * from the action's own bundle, whose definition module hands over to it in worker mode.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isActionWorker } from '../../../core/action-worker.js';
import { LoadWorker } from './load-worker.js';
import type { FromWorker, ToWorker, WorkerConfig } from './worker-protocol.js';

function runThread(): void {
  const port = parentPort!;
  const config = (workerData as { config: WorkerConfig }).config;
  const post = (message: FromWorker): void => port.postMessage(message);
  try {
    const worker = new LoadWorker(config, post);
    port.on('message', (message: ToWorker) => {
      if (message.type === 'start') worker.start(message.startEpochMs);
      else if (message.type === 'stop') worker.stop();
    });
    worker.warmUp().then(
      () => post({ type: 'ready', workerIndex: config.workerIndex }),
      (error: unknown) => post({ type: 'crash', workerIndex: config.workerIndex, message: String(error) }),
    );
  } catch (error) {
    post({
      type: 'crash',
      workerIndex: config.workerIndex,
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
}

if (isActionWorker('load-test')) runThread();
