import { describe, expect, it } from 'vitest';
import type { Logger } from '../../core/action.js';
import { UserError } from '../../core/errors.js';
import { exec } from '../../core/exec.js';

function recordingLogger() {
  const lines: string[] = [];
  const groups: string[] = [];
  const secrets: string[] = [];
  const log: Logger = {
    info: (message) => lines.push(message),
    warning: (message) => lines.push(`warning: ${message}`),
    debug: () => {},
    group: async (title, fn) => {
      groups.push(title);
      return fn();
    },
    secret: (value) => secrets.push(value),
  };
  return { log, lines, groups, secrets };
}

describe('exec', () => {
  it('passes arguments as an array: shell syntax in an argument stays literal', async () => {
    const { log, groups } = recordingLogger();
    const result = await exec(log, 'node', ['-e', 'console.log(process.argv[1])', '$(echo pwned); rm -rf /tmp/x'], { stream: false });
    expect(result.stdout.trim()).toBe('$(echo pwned); rm -rf /tmp/x');
    expect(groups).toHaveLength(1);
  });

  it('masks secrets in the log, the group title and the result', async () => {
    const { log, lines, groups, secrets } = recordingLogger();
    const token = 's3cr3t-token-value';
    const result = await exec(log, 'node', ['-e', 'console.log("token=" + process.argv[1])', token], { secrets: [token] });
    expect(secrets).toContain(token);
    expect(result.stdout).toContain('token=***');
    expect([...lines, ...groups].join('\n')).not.toContain(token);
  });

  it('turns a non-zero exit into a UserError with the end of stderr, unless allowed', async () => {
    const { log } = recordingLogger();
    const failing = ['-e', 'console.error("model file missing"); process.exit(3)'];
    await expect(exec(log, 'node', failing, { stream: false })).rejects.toThrow(/failed with exit code 3:\nmodel file missing/);
    const allowed = await exec(log, 'node', failing, { stream: false, allowFailure: true });
    expect(allowed.exitCode).toBe(3);
  });

  it('names a command that is not installed and stops one that runs too long', async () => {
    const { log } = recordingLogger();
    await expect(exec(log, 'no-such-command-mlops', [])).rejects.toThrow(UserError);
    await expect(exec(log, 'no-such-command-mlops', [])).rejects.toThrow(/could not be started.*Is it installed and on PATH\?/);
    await expect(exec(log, 'node', ['-e', 'setTimeout(() => {}, 10000)'], { timeoutMs: 300 })).rejects.toThrow(
      /did not finish within 300 ms/,
    );
  });
});
