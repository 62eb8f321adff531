/**
 * Pieces of source for the generated record loop (fast-records.ts): how each field is taken,
 * and byte comparisons for short dictionaries of literals.
 */
import type { ByteDictionary } from './byte-dictionary.js';
import * as compiled from './field-compile.js';
import type { CompiledField } from './field-compile.js';

const { T_ANY, T_BOOLEAN, T_DATE, T_DATETIME, T_INTEGER, T_NUMBER, T_STRING, T_TIME, T_YEAR } = compiled;

export function numberLiteral(value: number): string {
  if (Number.isNaN(value)) throw new Error('no literal for NaN');
  return value === Infinity ? 'Infinity' : value === -Infinity ? '-Infinity' : String(value);
}

/** How each field is taken on the fast path; 'generic' fields are scanned here and checked by RecordValidator.presentValue. */
export function fieldMode(f: CompiledField): 'integer' | 'number' | 'parsed' | 'boolean' | 'text' | 'generic' {
  const hasEnum = f.enumValues !== undefined;
  if (f.code === T_INTEGER && !f.textParser && !hasEnum) return 'integer';
  if (f.code === T_NUMBER && !f.textParser && !hasEnum) return 'number';
  if ((f.code === T_DATE || f.code === T_DATETIME || f.code === T_TIME || f.code === T_YEAR) && !f.textParser && !hasEnum) return 'parsed';
  if (f.code === T_BOOLEAN && !hasEnum) return 'boolean';
  if ((f.code === T_STRING && f.pattern === undefined && f.formatPattern === undefined) || (f.code === T_ANY && !hasEnum)) return 'text';
  return 'generic';
}

/** The dictionary's keys as bytes, by id, when they are few and short enough to compare as literals. */
function literalKeys(dictionary: ByteDictionary): Buffer[] | undefined {
  const keys = dictionary.keys().map((key) => Buffer.from(key, 'utf8'));
  return keys.length > 16 || keys.some((key) => key.length > 32) ? undefined : keys;
}

/**
 * `id = <the dictionary's id of buf[s, e)>` (-1 when absent) as comparisons of byte values, for
 * the few short values of an enum or a boolean; a longer dictionary keeps its hash lookup.
 */
export function dictionaryLookup(dictionary: ByteDictionary, target: string, dictionaryExpression: string, s: string, e: string): string {
  const keys = literalKeys(dictionary);
  if (keys === undefined) return `${target} = ${dictionaryExpression}.idOf(buf, ${s}, ${e});`;
  const byLength = new Map<number, number[]>();
  keys.forEach((key, id) => byLength.set(key.length, [...(byLength.get(key.length) ?? []), id]));
  const cases = [...byLength].map(([length, ids]) => {
    const tests = ids.map((id) => {
      const bytes = [...keys[id]].map((byte, at) => `buf[${s} + ${at}] === ${byte}`);
      return `if (${bytes.length > 0 ? bytes.join(' && ') : 'true'}) ${target} = ${id};`;
    });
    return `case ${length}: ${tests.join(' else ')} break;`;
  });
  return `${target} = -1; switch (${e} - ${s}) { ${cases.join(' ')} }`;
}

/** The dictionary a boolean or enum field's values are looked up in on the fast path. */
export function lookupDictionary(f: CompiledField): ByteDictionary | undefined {
  const mode = fieldMode(f);
  return mode === 'boolean' ? f.booleanValues : mode === 'text' ? f.enumValues : undefined;
}

/**
 * `switch` over the field's first byte that sets id${k} and e${c} when the field is exactly one
 * of the dictionary's short literals followed by the field's end (undefined: too many or long).
 * Literals that are missing values or hold a delimiter, quote or line break are left to the scan.
 */
export function directMatchCode(
  dictionary: ByteDictionary,
  missing: ByteDictionary,
  k: number,
  c: number,
  last: boolean,
  D: number,
  Q: number,
): string | undefined {
  const keys = literalKeys(dictionary);
  if (keys === undefined) return undefined;
  const byFirst = new Map<number, string[]>();
  keys.forEach((key, id) => {
    if (key.length === 0 || missing.idOf(key, 0, key.length) >= 0 || [D, Q, 10, 13].some((b) => key.includes(b))) return;
    const end = last ? `((ch = buf[i + ${key.length}]) === 10 || ch === 13)` : `buf[i + ${key.length}] === ${D}`;
    const bytes = [...key].slice(1).map((byte, at) => `buf[i + ${at + 1}] === ${byte}`);
    const test = `if (${[...bytes, end].join(' && ')}) { id${k} = ${id}; e${c} = i + ${key.length}; }`;
    byFirst.set(key[0], [...(byFirst.get(key[0]) ?? []), test]);
  });
  if (byFirst.size === 0) return undefined;
  const cases = [...byFirst].map(([first, tests]) => `case ${first}: ${tests.join(' else ')} break;`);
  return `switch (buf[i]) { ${cases.join(' ')} }`;
}
