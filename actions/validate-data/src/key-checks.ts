import * as tokens from './csv-tokenizer.js';
import * as compiled from './field-compile.js';
import type { CompiledField } from './field-compile.js';
import { UniqueIndex } from './unique-index.js';
import type { RecordValidator, ValidatorOptions } from './validator.js';
import * as values from './value-parse.js';

// Module-level constants, not a bundler's getter calls, for the per-row key code (see validator.ts).
const { NULL_FIELD } = tokens;
const { T_INTEGER } = compiled;
const { parseInteger } = values;

/** One unique or primaryKey constraint: the fields that form the key and the index that finds repeats. */
export interface KeyCheck {
  fields: CompiledField[];
  index: UniqueIndex;
  rule: 'unique' | 'primaryKey';
}

/** Distinct child key text of one foreign key -> how often it occurs and its first lines. */
export type ForeignKeyValues = Map<string, { count: number; lines: number[] }>;

/** Key texts of fields that other resources' foreign keys point at. */
export interface ReferencedKey {
  fields: CompiledField[];
  values: Set<string>;
}

/** A key of one integer field is compared by value (007 repeats 7, as Table Schema compares typed values), exactly. */
function isIntegerKey(fields: CompiledField[]): boolean {
  return fields.length === 1 && fields[0].code === T_INTEGER && fields[0].textParser === undefined;
}

/** A check per unique field, then one for the primary key, each spilling to its own files under tempDir. */
export function createKeyChecks(fields: CompiledField[], options: ValidatorOptions): KeyCheck[] {
  const { schema } = options;
  const checks: KeyCheck[] = [];
  for (const f of fields) {
    if (f.spec.constraints.unique)
      checks.push({
        fields: [f],
        rule: 'unique',
        index: new UniqueIndex(options.tempDir, `${options.label}-${f.spec.name}`, options.expectedRows, isIntegerKey([f])),
      });
  }
  if (schema.primaryKey.length > 0) {
    const byName = new Map(fields.map((f) => [f.spec.name, f]));
    const keyFields = schema.primaryKey.map((name) => byName.get(name)!);
    checks.push({
      fields: keyFields,
      rule: 'primaryKey',
      index: new UniqueIndex(options.tempDir, `${options.label}-pk`, options.expectedRows, isIntegerKey(keyFields)),
    });
  }
  return checks;
}

export function createReferencedKeys(fields: CompiledField[], referencedKeys: string[][]): ReferencedKey[] {
  const byName = new Map(fields.map((f) => [f.spec.name, f]));
  return referencedKeys.map((names) => ({
    fields: names.map((name) => byName.get(name)!).filter(Boolean),
    values: new Set<string>(),
  }));
}

/**
 * Hashes one record's key into the check's index. Runs once per row and key check, so it hashes
 * the bytes in place rather than building the key text; exact comparison happens only for repeats.
 */
export function addKey(
  validator: RecordValidator,
  check: KeyCheck,
  buf: Uint8Array,
  starts: Int32Array,
  ends: Int32Array,
  n: number,
  line: number,
  fileOffset: number,
): void {
  if (check.index.exact) return addIntegerKey(validator, check, buf, starts, ends, n, line);
  // Two 32-bit FNV-style lanes with different multipliers make the 64-bit key hash.
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  const fields = check.fields;
  for (let k = 0; k < fields.length; k++) {
    const col = fields[k].column;
    if (col < 0 || col >= n) return;
    const start = starts[col];
    const end = ends[col];
    // Table Schema: missing values are exempt from unique; a primary key part must be present (required above).
    if (validator.isMissing(buf, start, end)) return;
    for (let i = start; i < end; i++) {
      const c = buf[i];
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = Math.imul(b ^ 0x1f, 0x5bd1e995);
  }
  check.index.add(a >>> 0, b >>> 0, line, fileOffset);
}

/**
 * The value itself is the key (the index keeps it exactly). A value that is not a valid integer
 * has no key (its type error is reported); beyond 2^53, where doubles merge neighbouring
 * integers, the text's hash stands in.
 */
function addIntegerKey(
  validator: RecordValidator,
  check: KeyCheck,
  buf: Uint8Array,
  starts: Int32Array,
  ends: Int32Array,
  n: number,
  line: number,
): void {
  const col = check.fields[0].column;
  if (col < 0 || col >= n) return;
  const start = starts[col];
  const end = ends[col];
  if (validator.isMissing(buf, start, end)) return;
  const value = parseInteger(buf, start, end);
  if (value !== value) return;
  if (Number.isSafeInteger(value)) return check.index.addInteger(value, line);
  let low = 0x9747b28c;
  let high = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    low = Math.imul(low ^ buf[i], 0x5bd1e995);
    high = Math.imul(high ^ buf[i], 0x01000193);
  }
  check.index.addScrambled(high, low, line);
}

/** Records the key texts foreign-key checks need: this file's child keys and the keys other resources reference. */
export function collectKeys(
  validator: RecordValidator,
  buf: Uint8Array,
  starts: Int32Array,
  ends: Int32Array,
  flags: Uint8Array,
  n: number,
  line: number,
): void {
  const keyText = (fields: CompiledField[]): string | undefined => {
    const parts: string[] = [];
    for (const f of fields) {
      const col = f.column;
      if (col < 0 || col >= n || flags[col] === NULL_FIELD || validator.isMissing(buf, starts[col], ends[col])) return undefined;
      parts.push(validator.text(buf, starts[col], ends[col], flags[col]));
    }
    return parts.join('\u001f');
  };
  for (const ref of validator.referenced) {
    const key = keyText(ref.fields);
    if (key !== undefined) ref.values.add(key);
  }
  validator.options.schema.foreignKeys.forEach((fk, index) => {
    const key = keyText(fk.fields.map((name) => validator.fields.find((f) => f.spec.name === name)!));
    if (key === undefined) return;
    const seen = validator.foreignValues[index].get(key);
    if (seen === undefined) validator.foreignValues[index].set(key, { count: 1, lines: [line] });
    else {
      seen.count++;
      if (seen.lines.length < validator.options.maxSamples) seen.lines.push(line);
    }
  });
}
