import { runAction } from '../../../core/run-action.js';
import { definition } from './definition.js';
export function run(): Promise<void> {
  return runAction(definition);
}
