import type { ActionDefinition } from '../../../core/action.js';
import { isActionWorker } from '../../../core/action-worker.js';
import { InputError } from '../../../core/errors.js';
import { getBoolean, getEnum, getInteger, getLines, getNumber, getString } from '../../../core/inputs.js';

// Range worker threads start from the bundle's entry (core/action-worker.ts). In such a
// thread, hand over to the worker and never reach the action's entry point.
if (isActionWorker('validate-data')) {
  await import('./range-worker.js');
  await new Promise(() => {});
}

export interface Inputs {
  files: string[];
  schema?: string;
  reference?: string;
  'fail-on': 'error' | 'warning' | 'never';
  delimiter?: string;
  header: boolean;
  infer?: string;
  'psi-threshold': number;
  'ks-threshold': number;
  'missing-rate-threshold': number;
  'max-samples': number;
  /** Worker threads for large CSV files; 0 picks the machine's cores (at most 3). */
  threads: number;
}

export const definition: ActionDefinition<Inputs> = {
  name: 'validate-data',
  readInputs(read) {
    const delimiter = read('delimiter') === '' ? undefined : read('delimiter').replace(/^\\t$/, '\t');
    if (delimiter !== undefined && (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n')) {
      throw new InputError('delimiter', `'${delimiter}' must be a single character other than a quote or newline (write \\t for tab).`);
    }
    return {
      files: getLines(read, 'files'),
      schema: getString(read, 'schema'),
      reference: getString(read, 'reference'),
      'fail-on': getEnum(read, 'fail-on', ['error', 'warning', 'never'], 'error'),
      delimiter,
      header: getBoolean(read, 'header', true),
      infer: getString(read, 'infer'),
      'psi-threshold': getNumber(read, 'psi-threshold', 0.2, { min: 0 }),
      'ks-threshold': getNumber(read, 'ks-threshold', 0.1, { min: 0, max: 1 }),
      'missing-rate-threshold': getNumber(read, 'missing-rate-threshold', 0.1, { min: 0, max: 1 }),
      'max-samples': getInteger(read, 'max-samples', 50, { min: 1, max: 1000 }),
      threads: getInteger(read, 'threads', 0, { min: 0, max: 64 }),
    };
  },
  async execute(inputs, context) {
    const { validateData } = await import('./engine.js');
    return validateData({
      files: inputs.files,
      schema: inputs.schema,
      reference: inputs.reference,
      failOn: inputs['fail-on'],
      delimiter: inputs.delimiter,
      header: inputs.header,
      infer: inputs.infer,
      thresholds: { psi: inputs['psi-threshold'], ks: inputs['ks-threshold'], missingRate: inputs['missing-rate-threshold'] },
      maxSamples: inputs['max-samples'],
      threads: inputs.threads === 0 ? undefined : inputs.threads,
      cwd: context.cwd,
      tempDir: context.tempDir,
      log: context.log,
    });
  },
};
