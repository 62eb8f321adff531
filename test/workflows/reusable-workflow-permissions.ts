// Permissions a local reusable workflow needs from its caller. GitHub's parser checks a caller's
// inputs against the called workflow but not its permissions, and GitHub refuses the run when the
// caller grants less than a called job asks for.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Node } from 'yaml';
import type { LintError } from './lint-errors.js';
import { asMap, errorAt, mapEntries, readYaml, scalarString, type YamlFile } from './yaml-positions.js';

const PERMISSION_LEVEL = { none: 0, read: 1, write: 2 } as const;
const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
];

const levelName = (level: number) =>
  Object.keys(PERMISSION_LEVEL).find((key) => PERMISSION_LEVEL[key as keyof typeof PERMISSION_LEVEL] === level);

/** Permissions as a map of scope to level; undefined when not set (the default token permissions apply). */
function readPermissions(node: unknown): Map<string, number> | undefined {
  if (node === undefined || node === null) return undefined;
  const all = scalarString(node);
  if (all === 'read-all' || all === 'write-all') return new Map(SCOPES.map((scope) => [scope, all === 'read-all' ? 1 : 2]));
  if (all !== undefined) return undefined;
  // A mapping grants what it lists and nothing else (`permissions: {}` grants nothing).
  const map = new Map<string, number>();
  for (const { key, value } of mapEntries(node)) map.set(key, PERMISSION_LEVEL[scalarString(value) as keyof typeof PERMISSION_LEVEL] ?? 0);
  return map;
}

/** A job calling a local reusable workflow must grant every permission the called jobs ask for; GitHub refuses the run otherwise. */
export function checkReusableCallers(yaml: YamlFile, root: string): LintError[] {
  const errors: LintError[] = [];
  const workflowPermissions = readPermissions(yaml.doc.get('permissions', true));
  for (const { key: jobId, value: job } of mapEntries(yaml.doc.get('jobs', true))) {
    const jobMap = asMap(job);
    const usesNode = jobMap?.get('uses', true) as Node | undefined;
    const uses = scalarString(usesNode);
    if (!jobMap || !uses?.startsWith('./.github/workflows/')) continue;
    const calledFile = path.join(root, uses.slice(2));
    if (!existsSync(calledFile)) continue; // the parser reports it
    const granted = readPermissions(jobMap.get('permissions', true)) ?? workflowPermissions;
    if (!granted) continue; // default token permissions: nothing to compare against
    const called = readYaml(uses.slice(2), readFileSync(calledFile, 'utf8'));
    if (called.doc.errors.length > 0) continue;
    const calledTop = readPermissions(called.doc.get('permissions', true));
    for (const { key: calledJob, value } of mapEntries(called.doc.get('jobs', true))) {
      const wanted = readPermissions(asMap(value)?.get('permissions', true)) ?? calledTop;
      if (!wanted) continue; // inherits the caller's
      for (const [scope, level] of wanted) {
        if (level > (granted.get(scope) ?? 0)) {
          errors.push(
            errorAt(
              yaml,
              usesNode,
              'reusable-workflow',
              `job '${jobId}' grants ${scope}: ${levelName(granted.get(scope) ?? 0)}, but job '${calledJob}' of ${uses} asks for ${scope}: ${levelName(level)}.`,
            ),
          );
        }
      }
    }
  }
  return errors;
}
