// action.yml: GitHub's action schema, then the metadata syntax for JavaScript actions key by key
// (GitHub's parser accepts some of what a run then refuses or ignores), and what every action of this
// project declares alike.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { parseActionErrors } from './github-parser.js';
import { REPO_ROOT, dedupe, repoRelative, type LintError } from './lint-errors.js';
import { errorAt, mapEntries, readYaml, scalarString, yamlErrors, type YamlFile } from './yaml-positions.js';

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
  const errors = parseActionErrors(file, text);

  const yaml = readYaml(file, text);
  if (yaml.doc.errors.length > 0) {
    // GitHub's parser usually says it better; the yaml package's words only when it said nothing.
    if (errors.length === 0) errors.push(...yamlErrors(yaml));
    return dedupe(errors);
  }
  const top = yaml.doc.contents;
  if (!isMap(top)) return [...errors, errorAt(yaml, top as Node, 'action-metadata', 'action.yml must be a mapping.')];
  const keys = new Set(mapEntries(top).map(({ key }) => key));
  errors.push(...checkTopLevel(yaml, top, keys));
  errors.push(...checkInputs(yaml, top.get('inputs', true)));
  errors.push(...checkOutputs(yaml, top.get('outputs', true)));
  if (keys.has('runs')) errors.push(...checkRuns(yaml, top.get('runs', true), root, options.checkEntryFiles !== false));
  for (const entry of mapEntries(top.get('branding', true))) {
    if (entry.key !== 'icon' && entry.key !== 'color')
      errors.push(errorAt(yaml, entry.keyNode, 'action-metadata', `branding: unknown key '${entry.key}'; it has icon and color.`));
  }
  if (options.common) errors.push(...checkCommonInterface(yaml, top));
  return dedupe(errors);
}

export function lintActionFile(file: string, options: ActionLintOptions = {}): LintError[] {
  const root = options.root ?? REPO_ROOT;
  return lintActionText(file, readFileSync(path.join(root, file), 'utf8'), { common: file !== 'action.yml', ...options });
}

function checkTopLevel(yaml: YamlFile, top: YAMLMap, keys: Set<string>): LintError[] {
  const errors: LintError[] = [];
  for (const { key, keyNode } of mapEntries(top)) {
    if (!ACTION_KEYS.has(key))
      errors.push(errorAt(yaml, keyNode, 'action-metadata', `unknown key '${key}'; action.yml has ${[...ACTION_KEYS].join(', ')}.`));
  }
  for (const key of ['name', 'description', 'runs']) {
    if (!keys.has(key)) errors.push(errorAt(yaml, top, 'action-metadata', `'${key}' is required.`));
  }
  for (const key of ['name', 'description']) {
    const node = top.get(key, true);
    if (keys.has(key) && !(scalarString(node) ?? '').trim())
      errors.push(errorAt(yaml, node as Node, 'action-metadata', `'${key}' must be a non-empty string.`));
  }
  return errors;
}

function checkInputs(yaml: YamlFile, inputs: unknown): LintError[] {
  const errors: LintError[] = [];
  for (const { key, keyNode, value } of mapEntries(inputs)) {
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key))
      errors.push(
        errorAt(
          yaml,
          keyNode,
          'action-metadata',
          `input id '${key}' must start with a letter or '_' and contain only letters, digits, '-' and '_'.`,
        ),
      );
    if (!isMap(value)) {
      errors.push(errorAt(yaml, keyNode, 'action-metadata', `input '${key}' must be a mapping with a description.`));
      continue;
    }
    for (const entry of mapEntries(value)) {
      if (!INPUT_KEYS.has(entry.key))
        errors.push(
          errorAt(
            yaml,
            entry.keyNode,
            'action-metadata',
            `input '${key}': unknown key '${entry.key}'; inputs have ${[...INPUT_KEYS].join(', ')}.`,
          ),
        );
    }
    if (!(scalarString(value.get('description', true)) ?? '').trim())
      errors.push(errorAt(yaml, keyNode, 'action-metadata', `input '${key}' needs a description.`));
    const required = value.get('required', true);
    if (required !== undefined && !(isScalar(required) && typeof required.value === 'boolean')) {
      errors.push(errorAt(yaml, required as Node, 'action-metadata', `input '${key}': 'required' must be true or false.`));
    }
  }
  return errors;
}

function checkOutputs(yaml: YamlFile, outputs: unknown): LintError[] {
  const errors: LintError[] = [];
  for (const { key, keyNode, value } of mapEntries(outputs)) {
    if (!isMap(value)) {
      errors.push(errorAt(yaml, keyNode, 'action-metadata', `output '${key}' must be a mapping with a description.`));
      continue;
    }
    for (const entry of mapEntries(value)) {
      if (!OUTPUT_KEYS.has(entry.key)) {
        errors.push(
          errorAt(
            yaml,
            entry.keyNode,
            'action-metadata',
            `output '${key}': unknown key '${entry.key}'${entry.key === 'value' ? ' (only composite actions give outputs a value)' : ''}.`,
          ),
        );
      }
    }
    if (!(scalarString(value.get('description', true)) ?? '').trim())
      errors.push(errorAt(yaml, keyNode, 'action-metadata', `output '${key}' needs a description.`));
  }
  return errors;
}

/** runs: a Node runtime this project supports, and entry files that are .js, inside the repository and (optionally) built. */
function checkRuns(yaml: YamlFile, runs: unknown, root: string, checkEntryFiles: boolean): LintError[] {
  if (!isMap(runs)) return [errorAt(yaml, runs as Node, 'action-metadata', `'runs' must be a mapping.`)];
  const errors: LintError[] = [];
  const using = scalarString(runs.get('using', true));
  if (!using || !RUNTIMES.has(using)) {
    errors.push(
      errorAt(
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
        errorAt(
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
      if (key === 'main') errors.push(errorAt(yaml, runs, 'action-metadata', 'runs.main is required.'));
      continue;
    }
    const entry = scalarString(node);
    if (!entry || !/\.[cm]?js$/.test(entry)) {
      errors.push(errorAt(yaml, node, 'action-metadata', `runs.${key} must be a .js file, not '${entry ?? ''}'.`));
      continue;
    }
    const resolved = path.resolve(root, path.dirname(yaml.file), entry);
    if (path.isAbsolute(entry) || repoRelative(resolved, root).startsWith('..')) {
      errors.push(errorAt(yaml, node, 'action-metadata', `runs.${key} '${entry}' points outside the repository.`));
    } else if (checkEntryFiles && !existsSync(resolved)) {
      errors.push(
        errorAt(
          yaml,
          node,
          'action-metadata',
          `runs.${key} '${entry}' does not exist (${repoRelative(resolved, root)}); run \`npm run build\` and commit dist/.`,
        ),
      );
    }
  }
  return errors;
}

/** The inputs and outputs every action of this project shares, so that reporting works the same everywhere. */
function checkCommonInterface(yaml: YamlFile, top: YAMLMap): LintError[] {
  const errors: LintError[] = [];
  const inputIds = new Set(mapEntries(top.get('inputs', true)).map(({ key }) => key));
  const outputIds = new Set(mapEntries(top.get('outputs', true)).map(({ key }) => key));
  for (const input of COMMON_INPUTS) {
    if (!inputIds.has(input))
      errors.push(
        errorAt(
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
        errorAt(yaml, (top.get('outputs', true) as Node) ?? top, 'action-metadata', `every action declares the output '${output}'.`),
      );
  }
  return errors;
}
