// Starter workflows (workflows-templates/<name>.yml + <name>.properties.json) get copied into other
// repositories, so they must not assume this one: no fixed branch name, and GitHub lists a starter
// workflow only with a valid properties file next to it. (A `./` action in a starter workflow is
// reported by the own-action check, which already walks every step.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isSeq, type Node } from 'yaml';
import { REPO_ROOT, type LintError } from './lint-errors.js';
import { asMap, errorAt, mapEntries, scalarString, type YamlFile } from './yaml-positions.js';

export function checkStarterWorkflow(yaml: YamlFile): LintError[] {
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
            errorAt(
              yaml,
              branch as Node,
              'starter-workflow',
              `on.${event}.${filter} names '${name}'; starter workflows use '$default-branch'.`,
            ),
          );
        }
      }
    }
  }
  return errors;
}

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
