import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { actionWorkerName } from '../core/action-worker.js';
import { isUserError } from '../core/errors.js';
import { formatFinding, formatLocation } from '../core/findings.js';
import { ACTIONS } from '../core/registry.generated.js';
import { parseActionArguments } from './args.js';
import { actionHelp, mainHelp } from './help.js';
import { consoleLogger } from './logger.js';

export const EXIT = { passed: 0, failed: 1, usage: 2 } as const;

/** `mlops <action> [--<input> value]...`: the same inputs and domain code as the GitHub action. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${mainHelp(ACTIONS)}\n`);
    return name === undefined ? EXIT.usage : EXIT.passed;
  }
  const action = ACTIONS[name];
  if (!action) {
    process.stderr.write(`mlops: unknown action '${name}'. Known: ${Object.keys(ACTIONS).join(', ')}.\n`);
    return EXIT.usage;
  }
  try {
    const args = parseActionArguments(name, action, rest);
    if (args.help) {
      process.stdout.write(`${actionHelp(name, action)}\n`);
      return EXIT.passed;
    }
    if (!action.load) throw new Error(`the ${name} action has no definition yet`);
    const definition = await action.load();
    const inputs = definition.readInputs((input) => args.inputs[input] ?? '');
    const log = consoleLogger({ quiet: args.quiet || args.json, verbose: args.verbose });
    const report = await definition.execute(inputs, { cwd: process.cwd(), log, tempDir: path.join(os.tmpdir(), 'mlops-actions') });
    if (args.summaryFile) writeFileSync(args.summaryFile, report.summary);
    if (args.json) {
      process.stdout.write(`${JSON.stringify({ action: name, ...report }, null, 2)}\n`);
    } else {
      for (const finding of report.findings) process.stdout.write(`${formatFinding(finding)}\n`);
      process.stdout.write(`${report.passed ? 'passed' : 'failed'}: ${report.title}\n`);
    }
    return report.passed ? EXIT.passed : EXIT.failed;
  } catch (error) {
    if (isUserError(error)) {
      const where = error.file && !error.message.includes(error.file) ? `${formatLocation(error.file, error.line)}: ` : '';
      process.stderr.write(`mlops ${name}: error: ${where}${error.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`mlops ${name}: unexpected error (a bug, please report it): ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.usage;
  }
}

const workerOf = actionWorkerName();
// A worker thread of an action started from this bundle: its definition module takes over.
if (workerOf !== undefined) await ACTIONS[workerOf]?.load?.();
else process.exitCode = await main(process.argv.slice(2));
