import type { Logger } from './action.js';
import { UserError } from './errors.js';

export interface ExecOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  /** Values to mask in logs and error messages. */
  secrets?: readonly string[];
  /** A non-zero exit is returned instead of thrown. */
  allowFailure?: boolean;
  /** Title of the log group; defaults to the command line. */
  group?: string;
  input?: string;
  /** Stream output to the log as it arrives (default true). */
  stream?: boolean;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function mask(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join('***');
  return out;
}

/**
 * Runs a command with an argument array (never a shell string), its output streamed into a
 * log group. A missing command or a time-out is a UserError naming the command.
 */
export async function exec(log: Logger, file: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  const secrets = options.secrets ?? [];
  for (const secret of secrets) log.secret(secret);
  const commandLine = mask([file, ...args].join(' '), secrets);
  const { execa } = await import('execa');
  return log.group(options.group ?? commandLine, async () => {
    const child = execa(file, [...args], {
      cwd: options.cwd,
      env: options.env,
      timeout: options.timeoutMs,
      reject: false,
      all: true,
      input: options.input,
      stripFinalNewline: false,
    });
    if (options.stream !== false) {
      child.all?.on('data', (chunk: Buffer) => {
        const text = mask(chunk.toString(), secrets).replace(/\n$/, '');
        if (text) log.info(text);
      });
    }
    const result = await child;
    if ((result as { code?: string }).code === 'ENOENT' || (result.failed && result.exitCode === undefined && !result.timedOut)) {
      throw new UserError(
        `Command '${file}' could not be started: ${mask((result.shortMessage ?? 'not found').split('\n')[0], secrets)}. Is it installed and on PATH?`,
      );
    }
    if (result.timedOut) {
      throw new UserError(`Command '${commandLine}' did not finish within ${options.timeoutMs} ms and was stopped.`);
    }
    const outcome: ExecResult = {
      exitCode: result.exitCode ?? 1,
      stdout: mask(String(result.stdout ?? ''), secrets),
      stderr: mask(String(result.stderr ?? ''), secrets),
      timedOut: false,
    };
    if (outcome.exitCode !== 0 && !options.allowFailure) {
      const tail = outcome.stderr.trim().split('\n').slice(-5).join('\n');
      throw new UserError(`Command '${commandLine}' failed with exit code ${outcome.exitCode}${tail ? `:\n${tail}` : '.'}`);
    }
    return outcome;
  });
}
