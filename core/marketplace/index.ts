import * as core from '@actions/core';
import { actionWorkerName } from '../action-worker.js';
import { ACTIONS } from '../registry.generated.js';
import { failWith, runAction } from '../run-action.js';
import { InputError } from '../errors.js';

/** The root action.yml: `run: <action>` picks which action this step is. */
async function dispatch(): Promise<void> {
  try {
    const name = core.getInput('run', { required: true }).trim();
    const action = ACTIONS[name];
    if (!action?.load) throw new InputError('run', `'${name}' is not one of: ${Object.keys(ACTIONS).join(', ')}.`);
    await runAction(await action.load());
  } catch (error) {
    failWith(error);
  }
}

const workerOf = actionWorkerName();
// A worker thread of an action started from this bundle: its definition module takes over.
if (workerOf !== undefined) await ACTIONS[workerOf]?.load?.();
else await dispatch();
