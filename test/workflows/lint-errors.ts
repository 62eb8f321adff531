// What every check of the workflow lint reports, and how: one error per finding, at file:line:column,
// tagged with the tool or check that found it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type LintSource =
  'yaml' | 'workflow-parser' | 'actionlint' | 'zizmor' | 'action-metadata' | 'local-action' | 'reusable-workflow' | 'starter-workflow';

export interface LintError {
  /** Repository-relative path (or the name given to a linted string). */
  file: string;
  line: number;
  column: number;
  source: LintSource;
  message: string;
}

export function formatError(error: LintError): string {
  return `${error.file}:${error.line}:${error.column}: [${error.source}] ${error.message}`;
}

/** `file` relative to `root`, with forward slashes whatever the platform, as errors and GitHub name files. */
export function repoRelative(file: string, root = REPO_ROOT): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/** Drops repeats: GitHub's parser and our own checks sometimes report the same thing at the same place. */
export function dedupe(errors: LintError[]): LintError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = formatError(error);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
