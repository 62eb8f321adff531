import { writeFileSync } from 'node:fs';
import type { ActionDefinition } from '../../../core/action.js';
import { UserError } from '../../../core/errors.js';
import type { Finding } from '../../../core/findings.js';
import { getBoolean, getEnum, getInteger } from '../../../core/inputs.js';
import { getYamlOrFile } from '../../../core/yaml-input.js';

interface Inputs {
  findings: Finding[];
  'summary-bytes': number;
  passed: boolean;
  mode: 'report' | 'user-error' | 'bug';
  cleanup: string;
}

/** A test fixture: reports exactly what it is given, to exercise runAction and every sink. */
export const definition: ActionDefinition<Inputs> = {
  name: 'report-action',
  readInputs: (read) => ({
    findings: (getYamlOrFile(read, 'findings', process.cwd())?.value ?? []) as Finding[],
    'summary-bytes': getInteger(read, 'summary-bytes', 0, { min: 0 }),
    passed: getBoolean(read, 'passed', true),
    mode: getEnum(read, 'mode', ['report', 'user-error', 'bug'] as const, 'report'),
    cleanup: read('cleanup'),
  }),
  async post(state) {
    if (state.cleanup === 'fail') throw new Error('the clean-up could not remove the build cache');
    if (state.cleanup) writeFileSync(state.cleanup, 'cleaned up');
  },
  async execute(inputs, context) {
    if (inputs.cleanup) context.saveState?.('cleanup', inputs.cleanup);
    if (inputs.mode === 'user-error') throw new UserError('data.csv:3: the file is broken; fix line 3.', { file: 'data.csv', line: 3 });
    if (inputs.mode === 'bug') throw new TypeError('cannot read properties of undefined');
    const row = '| metric | value |\n';
    const summary = `## Report\n\n| metric | value |\n| --- | --- |\n${row.repeat(Math.ceil(inputs['summary-bytes'] / row.length))}`;
    return {
      title: `${inputs.findings.length} findings`,
      passed: inputs.passed,
      summary,
      findings: inputs.findings,
      outputs: { count: inputs.findings.length },
      data: { count: inputs.findings.length },
    };
  },
};
