import type { Logger } from '../../../core/action.js';
import { UserError } from '../../../core/errors.js';
import { exec } from '../../../core/exec.js';

async function git(log: Logger, cwd: string, args: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return exec(log, 'git', args, { cwd, allowFailure: true, stream: false, group: `git ${args.join(' ')}` });
}

async function commitOf(log: Logger, cwd: string, ref: string): Promise<string | undefined> {
  const result = await git(log, cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

/**
 * The commit of the baseline: the ref itself, its remote-tracking branch, or — in a shallow
 * checkout that lacks it — fetched from origin at depth 1.
 */
export async function resolveBaseline(log: Logger, cwd: string, ref: string): Promise<string> {
  if (ref.startsWith('-')) throw new UserError(`Input 'baseline-ref': '${ref}' is not a git ref.`);
  const local = (await commitOf(log, cwd, ref)) ?? (await commitOf(log, cwd, `origin/${ref}`));
  if (local) return local;
  log.info(`Baseline ref '${ref}' is not in the checkout; fetching it from origin.`);
  const fetched = await git(log, cwd, ['fetch', '--no-tags', '--depth=1', 'origin', ref]);
  if (fetched.exitCode !== 0) {
    throw new UserError(
      `Input 'baseline-ref': '${ref}' is not in the checkout and 'git fetch origin ${ref}' failed: ${fetched.stderr.trim().split('\n').pop()}. Check the ref name, or use actions/checkout with fetch-depth: 0.`,
    );
  }
  const commit = await commitOf(log, cwd, 'FETCH_HEAD');
  if (!commit) throw new UserError(`Input 'baseline-ref': fetched '${ref}' but FETCH_HEAD is not a commit.`);
  return commit;
}

/** A file's text at a commit, by a path relative to `cwd`; undefined when it did not exist there. */
export async function readAtCommit(log: Logger, cwd: string, commit: string, relativePath: string): Promise<string | undefined> {
  const spec = `${commit}:./${relativePath.split('\\').join('/')}`;
  const result = await git(log, cwd, ['show', spec]);
  return result.exitCode === 0 ? result.stdout : undefined;
}
