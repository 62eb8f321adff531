// zizmor: the security findings (template injection, unpinned actions, persisted credentials, risky
// triggers) that neither GitHub's parser nor actionlint looks for.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT, repoRelative, type LintError } from './lint-errors.js';

export const ZIZMOR_CONFIG = path.join(REPO_ROOT, 'test', 'workflows', 'zizmor.yml');

export interface ZizmorRun {
  /** Set when zizmor could not run or its output could not be read: the lint fails with it. */
  failure?: string;
  errors: LintError[];
}

/** The part of zizmor's JSON output this lint reads. */
interface ZizmorFinding {
  ident: string;
  desc: string;
  determinations: { severity: string; confidence: string };
  locations: Array<{
    symbolic: { key: { Local?: { given_path?: string; verbatim_path?: string } }; annotation: string; kind: string };
    concrete: { location: { start_point: { row: number; column: number } } };
  }>;
}

/** Runs zizmor offline (pedantic persona, our config) on repository-relative files. Never skips: a missing zizmor is a failure. */
export function runZizmor(files: string[], root = REPO_ROOT, config = ZIZMOR_CONFIG): ZizmorRun {
  const command = process.env.ZIZMOR ?? 'zizmor';
  const result = spawnSync(
    command,
    ['--offline', '--no-progress', '--strict-collection', '--persona', 'pedantic', '--format', 'json', '--config', config, ...files],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error) {
    return {
      failure: `zizmor could not be started (${(result.error as Error).message}); install it with \`pip install zizmor\` (.ci/run must do so).`,
      errors: [],
    };
  }
  const status = result.status ?? -1;
  // 0: no findings; 10-14: findings by highest severity; anything else: zizmor failed.
  if (status !== 0 && !(status >= 10 && status <= 14)) {
    return {
      failure: `zizmor exited with ${status}: ${(result.stderr || result.stdout).trim().split('\n').slice(-5).join(' | ')}`,
      errors: [],
    };
  }
  let findings: ZizmorFinding[];
  try {
    findings = JSON.parse(result.stdout || '[]') as ZizmorFinding[];
  } catch (cause) {
    return { failure: `zizmor printed no JSON: ${(cause as Error).message}`, errors: [] };
  }
  const errors = findings.map((finding) => {
    const primary = finding.locations.find((l) => l.symbolic.kind === 'Primary') ?? finding.locations[0];
    const local = primary?.symbolic.key.Local;
    const file = local?.given_path ?? local?.verbatim_path ?? '?';
    const point = primary?.concrete.location.start_point ?? { row: 0, column: 0 };
    return {
      file: repoRelative(path.resolve(root, file), root),
      line: point.row + 1,
      column: point.column + 1,
      source: 'zizmor' as const,
      message: `${finding.ident}: ${finding.desc}${primary?.symbolic.annotation ? ` — ${primary.symbolic.annotation}` : ''} (${finding.determinations.severity.toLowerCase()} severity)`,
    };
  });
  return { errors };
}
