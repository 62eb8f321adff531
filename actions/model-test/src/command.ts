import { parse } from 'shell-quote';
import { glob } from 'tinyglobby';
import { InputError } from '../../../core/errors.js';

/**
 * Splits the `command` input into a program and arguments with shell quoting rules, without a
 * shell: `$VARS` stay literal, globs are expanded here, and pipes or redirections are refused.
 */
export async function splitCommand(command: string, cwd: string): Promise<[string, ...string[]]> {
  const words: string[] = [];
  for (const token of parse(command, (name) => `$${name}`)) {
    if (typeof token === 'string') words.push(token);
    else if ('comment' in token) break;
    else if ('pattern' in token && token.op === 'glob') {
      const matches = await glob(token.pattern, { cwd, onlyFiles: false, expandDirectories: false });
      words.push(...(matches.length > 0 ? matches.sort() : [token.pattern]));
    } else {
      throw new InputError(
        'command',
        `'${token.op}' needs a shell, and the command runs without one; put the pipeline in a script (e.g. \`bash evaluate.sh\`) or split it into steps.`,
      );
    }
  }
  if (words.length === 0)
    throw new InputError('command', 'is empty after parsing; give a program and its arguments, e.g. `python evaluate.py`.');
  return words as [string, ...string[]];
}
