// YAML read with positions kept, so that the checks no tool makes for us can report file:line:column
// like the tools do, and small readers for the loosely typed nodes of the `yaml` package.
import { LineCounter, isMap, isScalar, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import type { LintError, LintSource } from './lint-errors.js';

export interface YamlFile {
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export function readYaml(file: string, text: string): YamlFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  return { file, text, doc, lines };
}

/** The `yaml` package's own errors and warnings; only reported when GitHub's parser found nothing to say. */
export function yamlErrors(yaml: YamlFile): LintError[] {
  return [...yaml.doc.errors, ...yaml.doc.warnings].map((error) => {
    const { line, col } = yaml.lines.linePos(error.pos[0]);
    return { file: yaml.file, line, column: col, source: 'yaml', message: error.message.split('\n')[0] };
  });
}

/** An error at `node` (or at `offset` in the text, for a finding inside a scalar). */
export function errorAt(yaml: YamlFile, node: Node | null | undefined, source: LintSource, message: string, offset?: number): LintError {
  const position = offset ?? node?.range?.[0] ?? 0;
  const { line, col } = yaml.lines.linePos(position);
  return { file: yaml.file, line, column: col, source, message };
}

export function asMap(node: unknown): YAMLMap | undefined {
  return isMap(node) ? node : undefined;
}

export function scalarString(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

/** The entries of a mapping with scalar keys; nothing when `node` is not a mapping. */
export function mapEntries(node: unknown): Array<{ key: string; keyNode: Node; value: unknown }> {
  const map = asMap(node);
  if (!map) return [];
  return map.items.flatMap((pair) => {
    const key = scalarString(pair.key);
    return key === undefined ? [] : [{ key, keyNode: pair.key as Node, value: pair.value }];
  });
}
