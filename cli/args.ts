import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { RegisteredAction } from '../core/registry.generated.js';
import { UserError } from '../core/errors.js';

export class UsageError extends UserError {
  override name = 'UsageError';
}

export interface CliArguments {
  inputs: Record<string, string>;
  json: boolean;
  quiet: boolean;
  verbose: boolean;
  help: boolean;
  summaryFile?: string;
}

/** Maps `--<input> value` flags onto action inputs; unknown flags are usage errors naming the flag. */
export function parseActionArguments(name: string, action: RegisteredAction, argv: string[]): CliArguments {
  const options: NonNullable<ParseArgsConfig['options']> = {
    json: { type: 'boolean' },
    quiet: { type: 'boolean' },
    verbose: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    summary: { type: 'string' },
  };
  for (const input of Object.keys(action.inputs)) options[input] = { type: 'string', multiple: true };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: false, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(`mlops ${name}: ${message}. See 'mlops ${name} --help'.`);
  }
  const values = parsed.values as Record<string, string[] | string | boolean | undefined>;
  const inputs: Record<string, string> = {};
  for (const [input, spec] of Object.entries(action.inputs)) {
    const given = values[input] as string[] | undefined;
    // A repeated flag is a list, which inputs take one item per line.
    if (given !== undefined) inputs[input] = given.join('\n');
    else if (spec.default !== undefined) inputs[input] = spec.default;
  }
  return {
    inputs,
    json: values.json === true,
    quiet: values.quiet === true,
    verbose: values.verbose === true,
    help: values.help === true,
    summaryFile: values.summary as string | undefined,
  };
}
