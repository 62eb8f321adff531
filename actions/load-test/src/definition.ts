import type { ActionDefinition } from '../../../core/action.js';
import { isActionWorker } from '../../../core/action-worker.js';
import { InputError } from '../../../core/errors.js';
import { getDuration, getEnum, getInteger, getLines, getNumber, getRequired, getString } from '../../../core/inputs.js';

// Load worker threads start from the bundle's entry (core/action-worker.ts). In such a
// thread, hand over to the worker and never reach the action's entry point.
if (isActionWorker('load-test')) {
  await import('./load-worker-thread.js');
  await new Promise(() => {});
}

export interface Inputs {
  url: string;
  method: string | undefined;
  headers: string[];
  body: string | undefined;
  rate: number | undefined;
  vus: number | undefined;
  /** Milliseconds. */
  duration: number | undefined;
  /** Raw YAML (inline or a file path): parsed when the workspace is known. */
  stages: string;
  /** Milliseconds. */
  timeout: number;
  payloads: string | undefined;
  'payload-order': 'cycle' | 'random';
  checks: string;
  thresholds: string;
  baseline: string | undefined;
  'max-regression': string | undefined;
  'max-in-flight': number;
  /** 0 means one per CPU core. */
  workers: number;
  'results-path': string;
}

export const definition: ActionDefinition<Inputs> = {
  name: 'load-test',
  readInputs(read) {
    const inputs: Inputs = {
      url: getRequired(read, 'url'),
      method: getString(read, 'method')?.toUpperCase(),
      headers: getLines(read, 'headers'),
      body: read('body').trim() === '' ? undefined : read('body'),
      rate: getNumber(read, 'rate', undefined, { min: 0 }),
      vus: getInteger(read, 'vus', undefined, { min: 1 }),
      duration: getDuration(read, 'duration', undefined),
      stages: read('stages'),
      timeout: getDuration(read, 'timeout', 10_000),
      payloads: getString(read, 'payloads'),
      'payload-order': getEnum(read, 'payload-order', ['cycle', 'random'] as const, 'cycle'),
      checks: read('checks'),
      thresholds: read('thresholds'),
      baseline: getString(read, 'baseline'),
      'max-regression': getString(read, 'max-regression'),
      'max-in-flight': getInteger(read, 'max-in-flight', 1000, { min: 1 }),
      workers: getInteger(read, 'workers', 0, { min: 0, max: 256 }),
      'results-path': getString(read, 'results-path') ?? 'load-test-results.json',
    };
    if (inputs.rate !== undefined && inputs.vus !== undefined) {
      throw new InputError(
        'rate',
        'and vus are both set; use rate for the open model (requests per second) or vus for the closed model (virtual users).',
      );
    }
    if (inputs.rate === undefined && inputs.vus === undefined) {
      throw new InputError(
        'rate',
        'is not set and neither is vus; set rate (requests per second, open model) or vus (virtual users, closed model).',
      );
    }
    if (inputs.method && !/^[A-Z]+$/.test(inputs.method)) throw new InputError('method', `'${inputs.method}' is not an HTTP method.`);
    if (inputs.timeout <= 0) throw new InputError('timeout', 'must be longer than 0.');
    if (inputs.duration !== undefined && inputs.duration <= 0) throw new InputError('duration', 'must be longer than 0.');
    if (inputs.duration !== undefined && inputs.stages.trim() !== '') {
      throw new InputError('duration', 'and stages are both set; stages already say how long the run lasts.');
    }
    return inputs;
  },
  async execute(inputs, context) {
    const { executeLoadTest } = await import('./execute.js');
    return executeLoadTest(inputs, context);
  },
};
