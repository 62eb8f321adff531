// YAML-or-file inputs, apart from core/inputs.ts so that the YAML parser loads only on the paths
// that parse YAML, not at every action's start-up.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { InputReader } from './action.js';
import { InputError, UserError } from './errors.js';
import { formatLocation } from './findings.js';

/** A parsed YAML/JSON document that remembers where each key came from. */
export interface YamlSource {
  value: unknown;
  /** The file it was read from, relative as the user wrote it; undefined for inline YAML. */
  file?: string;
  /** The 1-based line of the node at `keyPath`, for annotations. */
  lineOf(keyPath: readonly (string | number)[]): number | undefined;
}

/** Parses YAML (a superset of JSON) text; throws a UserError naming `label` and the line of a syntax error. */
function syntaxError(
  label: string,
  file: string | undefined,
  line: number | undefined,
  column: number | undefined,
  reason: string,
  language: string,
): UserError {
  const where = file ? formatLocation(file, line, column) : line ? `line ${line}` : language;
  return new UserError(`${label}: ${where}: ${reason}. Fix the ${language} syntax there.`, { file, line, column });
}

/**
 * A .json file YAML cannot read gets JSON's own error, worded in JSON's terms. YAML reads first so
 * that what Python's json.dump writes (NaN, Infinity) still loads, for the caller to judge.
 */
function checkJson(text: string, label: string, file: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : undefined;
    const before = offset === undefined ? undefined : text.slice(0, offset).split('\n');
    const line = before?.length;
    const column = before ? before[before.length - 1].length + 1 : undefined;
    throw syntaxError(label, file, line, column, message.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, ''), 'JSON');
  }
}

export function parseYaml(text: string, label: string, file?: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) {
    if (file && /\.json$/i.test(file)) checkJson(text, label, file);
    const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw syntaxError(label, file, error.linePos?.[0].line, error.linePos?.[0].col, reason, 'YAML');
  }
  return {
    value: doc.toJS(),
    file,
    lineOf(keyPath) {
      const node = doc.getIn(keyPath, true) as YamlNode | undefined;
      let range = node?.range;
      if (keyPath.length > 0) {
        const parent = doc.getIn(keyPath.slice(0, -1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === keyPath[keyPath.length - 1]);
          range = (pair?.key as YamlNode | undefined)?.range ?? range;
        } else if (isSeq(parent)) range = (parent.items[Number(keyPath[keyPath.length - 1])] as YamlNode | undefined)?.range ?? range;
      }
      return range ? lineCounter.linePos(range[0]).line : undefined;
    },
  };
}

const FILE_EXTENSIONS = /\.(ya?ml|json)$/i;

/**
 * An input that is either inline YAML/JSON or the path of a YAML/JSON file. A single line
 * ending in .yml/.yaml/.json is a path and must exist; anything else is parsed inline.
 */
export function getYamlOrFile(read: InputReader, name: string, cwd: string): YamlSource | undefined {
  const raw = read(name);
  const value = raw.trim();
  if (value === '') return undefined;
  if (!value.includes('\n') && FILE_EXTENSIONS.test(value)) {
    const full = path.resolve(cwd, value);
    if (!existsSync(full)) throw new InputError(name, `file '${value}' does not exist (resolved to ${full}).`, { file: value });
    let text: string;
    try {
      text = readFileSync(full, 'utf8');
    } catch (error) {
      throw new InputError(name, `file '${value}' cannot be read: ${(error as Error).message}`, { file: value });
    }
    return parseYaml(text, `Input '${name}'`, value);
  }
  return parseYaml(raw, `Input '${name}'`);
}
