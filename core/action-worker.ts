import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, Worker, workerData, type WorkerOptions } from 'node:worker_threads';

/**
 * Worker threads start from the bundle they belong to, since an ncc bundle has one entry:
 * an action's own `dist/<action>/index.js`, the CLI's or the root action's. workerData names
 * the action under this key; every entry point checks it first and, in such a thread, loads
 * only that action's definition module, which hands over to its worker body.
 */
export const ACTION_WORKER_KEY = 'mlopsActionWorker';

/** The action this thread is a worker of, or undefined on the main thread and in foreign workers. */
export function actionWorkerName(): string | undefined {
  if (isMainThread) return undefined;
  const name = (workerData as Record<string, unknown> | null)?.[ACTION_WORKER_KEY];
  return typeof name === 'string' ? name : undefined;
}

/** True in a worker thread started by startActionWorker for this action. */
export function isActionWorker(action: string): boolean {
  return actionWorkerName() === action;
}

/**
 * Starts a worker of `action`. `moduleUrl` is the caller's import.meta.url: in a bundle, the
 * worker starts from the entry (index.js) beside it; in source (tests through tsx), from
 * `sourceEntry`, a TypeScript file next to the caller.
 */
export function startActionWorker(
  action: string,
  moduleUrl: string,
  sourceEntry: string,
  data: Record<string, unknown>,
  options: Omit<WorkerOptions, 'workerData' | 'eval'> = {},
): Worker {
  const workerData = { ...data, [ACTION_WORKER_KEY]: action };
  if (moduleUrl.endsWith('.ts')) {
    const tsx = import.meta.resolve('tsx/esm/api');
    const file = new URL(sourceEntry, moduleUrl).href;
    const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(file)}); });`;
    return new Worker(code, { ...options, eval: true, workerData });
  }
  return new Worker(pathToFileURL(path.join(path.dirname(fileURLToPath(moduleUrl)), 'index.js')), { ...options, workerData });
}
