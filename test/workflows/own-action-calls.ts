// Workflow steps that call this project's own actions, checked against their action.yml: neither
// GitHub's parser nor actionlint reads a local action's inputs and outputs, so a misspelt input would
// only show up as a warning in a run.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isSeq, visit, type Node } from 'yaml';
import { REPO_ROOT, repoRelative, type LintError } from './lint-errors.js';
import { asMap, errorAt, mapEntries, readYaml, scalarString, type YamlFile } from './yaml-positions.js';

export interface ActionInput {
  required: boolean;
  hasDefault: boolean;
}

export interface LocalAction {
  /** `actions/<name>` or `.` for the root action. */
  dir: string;
  /** Undefined when the action.yml does not parse (its own lint reports why). */
  inputs?: Map<string, ActionInput>;
  outputs?: Set<string>;
}

export function loadLocalAction(dir: string, root = REPO_ROOT): LocalAction | undefined {
  const file = path.join(root, dir, 'action.yml');
  if (!existsSync(file)) return undefined;
  const yaml = readYaml(repoRelative(file, root), readFileSync(file, 'utf8'));
  if (yaml.doc.errors.length > 0) return { dir };
  const inputs = new Map<string, ActionInput>();
  for (const { key, value } of mapEntries(yaml.doc.get('inputs', true))) {
    const spec = asMap(value);
    const required = spec?.get('required');
    const hasDefault = spec?.has('default') ?? false;
    inputs.set(key, { required: required === true || required === 'true', hasDefault });
  }
  const outputs = new Set(mapEntries(yaml.doc.get('outputs', true)).map(({ key }) => key));
  return { dir, inputs, outputs };
}

/**
 * Which of our actions a `uses:` names: `./actions/<x>` (this checkout), `./.mlops-actions/actions/<x>`
 * (the reusable workflows' checkout of this repository), `<owner>/mlops-actions/actions/<x>@<ref>`
 * (starter workflows and users) or `<owner>/mlops-actions@<ref>` (the root action).
 */
export function ourActionDir(uses: string): string | undefined {
  const local = /^\.\/(?:\.mlops-actions\/)?actions\/([^/@]+)\/?$/.exec(uses);
  if (local) return `actions/${local[1]}`;
  const remote = /^[^/@.][^/@]*\/mlops-actions\/actions\/([^/@]+)@[^@]+$/.exec(uses);
  if (remote) return `actions/${remote[1]}`;
  if (/^[^/@.][^/@]*\/mlops-actions@[^@]+$/.test(uses)) return '.';
  if (/^\.\/(?:\.mlops-actions\/?)?$/.test(uses)) return '.';
  return undefined;
}

/** The candidate nearest to `name` by edit distance, if near enough to be the likely typo; for "did you mean". */
function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length];
  };
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/**
 * Every step that uses one of our actions: the action exists, each input under `with:` is declared,
 * each required input without a default is given, and each `steps.<id>.outputs.<name>` is declared.
 * In a starter workflow, a `./` action is an error too: it exists only in this repository, not in the
 * one the starter workflow is copied into.
 */
export function checkOwnActionCalls(yaml: YamlFile, root: string, starter: boolean): LintError[] {
  const errors: LintError[] = [];
  const cache = new Map<string, LocalAction | undefined>();
  const load = (dir: string) => {
    if (!cache.has(dir)) cache.set(dir, loadLocalAction(dir, root));
    return cache.get(dir);
  };
  for (const { key: jobId, value: job } of mapEntries(yaml.doc.get('jobs', true))) {
    const stepActions = new Map<string, LocalAction>();
    const steps = asMap(job)?.get('steps', true);
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      const stepMap = asMap(step);
      const usesNode = stepMap?.get('uses', true) as Node | undefined;
      const uses = scalarString(usesNode);
      if (!stepMap || uses === undefined) continue;
      if (starter && uses.startsWith('./')) {
        errors.push(
          errorAt(
            yaml,
            usesNode,
            'starter-workflow',
            `'${uses}' only exists in this repository; a starter workflow must use <owner>/mlops-actions/actions/<name>@v1.`,
          ),
        );
      }
      const dir = ourActionDir(uses);
      if (!dir) continue;
      const action = load(dir);
      if (!action) {
        errors.push(errorAt(yaml, usesNode, 'local-action', `'${uses}' names ${dir}, which has no action.yml.`));
        continue;
      }
      const id = scalarString(stepMap.get('id', true));
      if (id) stepActions.set(id, action);
      if (!action.inputs) continue; // its action.yml does not parse; the action lint says why
      const withNode = stepMap.get('with', true) as Node | undefined;
      const given = new Set<string>();
      for (const { key, keyNode } of mapEntries(withNode)) {
        given.add(key);
        if (!action.inputs.has(key)) {
          const hint = closestName(key, action.inputs.keys());
          errors.push(
            errorAt(
              yaml,
              keyNode,
              'local-action',
              `input '${key}' is not declared in ${dir}/action.yml${hint ? ` (did you mean '${hint}'?)` : ''}; it declares: ${[...action.inputs.keys()].join(', ')}.`,
            ),
          );
        }
      }
      for (const [name, input] of action.inputs) {
        if (input.required && !input.hasDefault && !given.has(name)) {
          errors.push(
            errorAt(yaml, usesNode, 'local-action', `job '${jobId}': ${dir} requires input '${name}', which is not given under 'with:'.`),
          );
        }
      }
    }
    // steps.<id>.outputs.<name> anywhere in the job must be an output the action declares.
    if (stepActions.size > 0) errors.push(...checkStepOutputs(yaml, job as Node, stepActions));
  }
  return errors;
}

function checkStepOutputs(yaml: YamlFile, job: Node, stepActions: Map<string, LocalAction>): LintError[] {
  const errors: LintError[] = [];
  visit(job, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string' || !node.range) return;
      const source = yaml.text.slice(node.range[0], node.range[1]);
      for (const match of source.matchAll(/steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g)) {
        const action = stepActions.get(match[1]);
        if (!action?.outputs || action.outputs.has(match[2])) continue;
        errors.push(
          errorAt(
            yaml,
            node,
            'local-action',
            `step '${match[1]}' (${action.dir}) has no output '${match[2]}'; it declares: ${[...action.outputs].join(', ')}.`,
            node.range[0] + (match.index ?? 0),
          ),
        );
      }
    },
  });
  return errors;
}

/**
 * This repository's workflows run the actions on examples/: the folder of every examples/ path or glob
 * given under `with:` must exist (the files themselves may be made by an earlier step).
 */
export function checkExamplePaths(yaml: YamlFile, root: string): LintError[] {
  const errors: LintError[] = [];
  const withMaps: unknown[] = [];
  for (const { value: job } of mapEntries(yaml.doc.get('jobs', true))) {
    const jobMap = asMap(job);
    withMaps.push(jobMap?.get('with', true));
    const steps = jobMap?.get('steps', true);
    if (isSeq(steps)) for (const step of steps.items) withMaps.push(asMap(step)?.get('with', true));
  }
  for (const withMap of withMaps) {
    for (const { value } of mapEntries(withMap)) {
      const text = scalarString(value);
      if (text === undefined || text.includes('${{')) continue;
      for (const line of text.split('\n').map((l) => l.trim())) {
        if (!line.startsWith('examples/')) continue;
        const segments = line.split('/');
        const firstGlob = segments.findIndex((segment) => /[*?[\]{}!]/.test(segment));
        const folder = segments.slice(0, firstGlob === -1 ? segments.length - 1 : firstGlob).join('/');
        if (!existsSync(path.join(root, folder))) {
          errors.push(errorAt(yaml, value as Node, 'local-action', `'${line}': the folder ${folder}/ does not exist in this repository.`));
        }
      }
    }
  }
  return errors;
}
