import { runAction } from '../../../core/run-action.js';
import { definition } from './definition.js';

await runAction(definition);
