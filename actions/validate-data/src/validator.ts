import { isUtf8 } from 'node:buffer';
import { mapColumnsFromHeader } from './column-mapping.js';
import * as tokens from './csv-tokenizer.js';
import * as compiled from './field-compile.js';
import type { CompiledField } from './field-compile.js';
import * as keys from './key-checks.js';
import { createKeyChecks, createReferencedKeys, type ForeignKeyValues, type KeyCheck, type ReferencedKey } from './key-checks.js';
import * as ruleTallies from './rule-tallies.js';
import { sampleAt } from './sample-location.js';
import type { TableSchema } from './schema-types.js';
import { Tallies, type RuleTally } from './tally.js';
import * as values from './value-parse.js';

// Bundlers turn every use of an imported binding into a property getter call on the module
// object; copied into module-level constants once, the hot loop below pays nothing for them.
const { MALFORMED, NULL_FIELD, QUOTED_ESCAPES } = tokens;
const { T_ANY, T_BOOLEAN, T_DATE, T_DATETIME, T_INTEGER, T_NUMBER, T_STRING, T_TIME, T_YEAR } = compiled;
const { compileField, profileNumber, seededRandom } = compiled;
const { addKey, collectKeys } = keys;
const { valueRuleTally } = ruleTallies;
const { isSpecialNumber, parseDate, parseDatetime, parseInteger, parseNumber, parseNumberText, parseTime, parseYear } = values;

export type Locate = 'csv' | 'line' | 'row';

export interface ValidatorOptions {
  schema: TableSchema;
  collectDrift: boolean;
  maxSamples: number;
  tempDir: string;
  label: string;
  expectedRows: number;
  locate: Locate;
  /** Key texts of fields other resources reference, collected for foreign-key checks. */
  referencedKeys: string[][];
}

/** Checks records against one schema and keeps the counts, samples and profile. */
export class RecordValidator {
  readonly fields: CompiledField[];
  readonly tallies: Tallies;
  readonly keyChecks: KeyCheck[];
  /** For each foreign key of this schema: distinct child key text -> first lines and count. */
  readonly foreignValues: ForeignKeyValues[];
  readonly referenced: ReferencedKey[];
  rows = 0;
  columnCount = 0;
  /** Whether plain CSV may take the generated fast path (fast-records.ts), which bypasses record(): subclasses that watch every record say no. */
  readonly fastPath: boolean = true;
  strictUtf8 = false;
  /** Drift reservoirs draw from this, per value in record order, so runs (and the fast path) repeat. */
  readonly random = seededRandom(42);
  private readonly missingValues: Set<string>;
  readonly emptyIsMissing: boolean;
  /** Longer values can't be a missing value, so most values skip the set lookup. */
  readonly longestMissing: number;
  private readonly requiredTallies: RuleTally[];
  private readonly typeTallies: RuleTally[];

  constructor(readonly options: ValidatorOptions) {
    const { schema } = options;
    this.tallies = new Tallies(options.maxSamples);
    this.fields = schema.fields.map((spec) => compileField(spec, options.collectDrift));
    this.missingValues = new Set(schema.missingValues);
    this.emptyIsMissing = this.missingValues.has('');
    this.longestMissing = Math.max(0, ...schema.missingValues.map((v) => Buffer.byteLength(v)));
    this.requiredTallies = this.fields.map((f) => this.tallies.get('required', f.spec.name, 'the required constraint'));
    this.typeTallies = this.fields.map((f) =>
      this.tallies.get('type', f.spec.name, `type ${f.spec.type}${f.spec.format !== 'default' ? ` (format ${f.spec.format})` : ''}`),
    );
    this.keyChecks = createKeyChecks(this.fields, options);
    this.foreignValues = schema.foreignKeys.map(() => new Map());
    this.referenced = createReferencedKeys(this.fields, options.referencedKeys);
  }

  /** Maps schema fields onto record positions from the header row. */
  header(names: string[], line: number, report = true): void {
    mapColumnsFromHeader(this, names, line, report);
  }

  /** Columns by position when there is no header row. */
  positional(): void {
    this.fields.forEach((f, index) => (f.column = index));
    this.columnCount = this.fields.length;
  }

  /** Counts one violation; only the first maxSamples of each tally are located and kept. */
  fail(tally: RuleTally, buf: Uint8Array, start: number, end: number, flag: number, line: number, recordStart: number): void {
    if (this.tallies.hit(tally)) tally.samples.push(sampleAt(buf, start, end, flag, line, recordStart, this.options.locate));
  }

  isMissing(buf: Uint8Array, start: number, end: number): boolean {
    if (end === start) return this.emptyIsMissing;
    if (end - start > this.longestMissing) return false;
    return this.missingValues.has(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8', start, end));
  }

  blankRow(line: number): void {
    const tally = this.tallies.get('blank-row', '', 'the table: a row has no cells', 'warning');
    if (this.tallies.hit(tally)) tally.samples.push({ line, value: '' });
  }

  record(
    buf: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    flags: Uint8Array,
    n: number,
    line: number,
    recordStart: number,
    fileOffset: number,
  ): void {
    this.rows++;
    if (n !== this.columnCount) {
      const rule = n > this.columnCount ? 'extra-cell' : 'missing-cell';
      const tally = this.tallies.get(rule, '', `the row width: ${this.columnCount} columns expected`);
      this.fail(tally, buf, starts[0], Math.min(ends[n - 1], starts[0] + 80), 0, line, recordStart);
    }
    if (this.strictUtf8) {
      for (let k = 0; k < n; k++) {
        if (!isUtf8(buf.subarray(starts[k], ends[k])))
          this.fail(this.tallies.get('encoding', '', 'UTF-8 encoding'), buf, starts[k], ends[k], flags[k], line, recordStart);
      }
    }
    const fields = this.fields;
    for (let k = 0; k < fields.length; k++) {
      const f = fields[k];
      const col = f.column;
      if (
        col < 0 ||
        col >= n ||
        flags[col] === NULL_FIELD ||
        (starts[col] === ends[col]
          ? this.emptyIsMissing
          : ends[col] - starts[col] <= this.longestMissing && this.isMissing(buf, starts[col], ends[col]))
      ) {
        f.missing++;
        if (f.spec.constraints.required)
          this.fail(
            this.requiredTallies[k],
            buf,
            col < n && col >= 0 ? starts[col] : recordStart,
            col < n && col >= 0 ? ends[col] : recordStart,
            0,
            line,
            recordStart,
          );
        continue;
      }
      const start = starts[col];
      const end = ends[col];
      const flag = flags[col];
      f.present++;
      if (flag === MALFORMED) {
        this.fail(valueRuleTally(this.tallies, 'malformed-quote', f), buf, start, end, flag, line, recordStart);
        continue;
      }
      this.checkValue(f, k, buf, start, end, flag, line, recordStart);
    }
    for (const check of this.keyChecks) addKey(this, check, buf, starts, ends, n, line, fileOffset);
    if (this.foreignValues.length > 0 || this.referenced.length > 0) collectKeys(this, buf, starts, ends, flags, n, line);
  }

  /** A present, well-quoted value of field k: its type, constraints and profile (the fast path's way into the general checks). */
  presentValue(k: number, buf: Uint8Array, start: number, end: number, flag: number, line: number, recordStart: number): void {
    const f = this.fields[k];
    f.present++;
    this.checkValue(f, k, buf, start, end, flag, line, recordStart);
  }

  private checkValue(
    f: CompiledField,
    k: number,
    buf: Uint8Array,
    start: number,
    end: number,
    flag: number,
    line: number,
    recordStart: number,
  ): void {
    let value = Number.NaN;
    switch (f.code) {
      case T_INTEGER:
        value = f.textParser ? parseNumberText(this.text(buf, start, end, flag), '.', '', false) : parseInteger(buf, start, end);
        if (!Number.isInteger(value)) return this.fail(this.typeTallies[k], buf, start, end, flag, line, recordStart);
        break;
      case T_NUMBER:
        value = f.textParser
          ? parseNumberText(this.text(buf, start, end, flag), f.spec.decimalChar, f.spec.groupChar, f.spec.bareNumber)
          : parseNumber(buf, start, end);
        if (Number.isNaN(value)) {
          // NaN, INF and -INF are numbers in Table Schema, but no profile or range applies to them.
          if (f.textParser === undefined && isSpecialNumber(buf, start, end)) return;
          return this.fail(this.typeTallies[k], buf, start, end, flag, line, recordStart);
        }
        break;
      case T_DATE:
      case T_DATETIME:
      case T_TIME:
        value = f.textParser
          ? f.textParser(this.text(buf, start, end, flag))
          : f.code === T_DATE
            ? parseDate(buf, start, end)
            : f.code === T_DATETIME
              ? parseDatetime(buf, start, end)
              : parseTime(buf, start, end);
        if (Number.isNaN(value)) return this.fail(this.typeTallies[k], buf, start, end, flag, line, recordStart);
        break;
      case T_YEAR:
        value = parseYear(buf, start, end);
        if (Number.isNaN(value)) return this.fail(this.typeTallies[k], buf, start, end, flag, line, recordStart);
        break;
      case T_BOOLEAN: {
        const id = f.booleanValues.idOf(buf, start, end);
        if (id < 0) return this.fail(this.typeTallies[k], buf, start, end, flag, line, recordStart);
        f.enumSeen[id] = 1;
        break;
      }
      case T_STRING:
        this.checkString(f, buf, start, end, flag, line, recordStart);
        break;
      case T_ANY:
        break;
    }
    let known = false;
    if (f.enumValues !== undefined) {
      const id =
        flag === QUOTED_ESCAPES
          ? f.enumValues.idOf(Buffer.from(this.text(buf, start, end, flag)), 0, Buffer.byteLength(this.text(buf, start, end, flag)))
          : f.enumValues.idOf(buf, start, end);
      if (id < 0) this.fail(valueRuleTally(this.tallies, 'enum', f), buf, start, end, flag, line, recordStart);
      else {
        f.enumSeen[id] = 1;
        known = true;
      }
    }
    if (f.code === T_STRING || f.code === T_BOOLEAN || f.code === T_ANY) {
      // Enum and boolean values are already counted by their id; only free text needs the distinct dictionary.
      const distinct = f.distinctBytes;
      if (!known && f.code !== T_BOOLEAN && distinct !== null && distinct.add(buf, start, end) < 0) f.distinctBytes = null;
      if (f.categories !== undefined) {
        const id = f.categories.add(buf, start, end);
        if (id >= 0) f.categoryCounts![id]++;
      }
      return;
    }
    if (value < f.minimum) this.fail(valueRuleTally(this.tallies, 'minimum', f), buf, start, end, flag, line, recordStart);
    if (value > f.maximum) this.fail(valueRuleTally(this.tallies, 'maximum', f), buf, start, end, flag, line, recordStart);
    profileNumber(f, value, this.random);
  }

  private checkString(
    f: CompiledField,
    buf: Uint8Array,
    start: number,
    end: number,
    flag: number,
    line: number,
    recordStart: number,
  ): void {
    if (f.minLength >= 0 || f.maxLength !== Infinity) {
      let length = end - start;
      for (let i = start; i < end; i++) {
        if (buf[i] >= 0x80 || buf[i] === 34) {
          length = [...this.text(buf, start, end, flag)].length;
          break;
        }
      }
      if (length < f.minLength) this.fail(valueRuleTally(this.tallies, 'minLength', f), buf, start, end, flag, line, recordStart);
      if (length > f.maxLength) this.fail(valueRuleTally(this.tallies, 'maxLength', f), buf, start, end, flag, line, recordStart);
    }
    if (f.pattern !== undefined && !f.pattern.test(this.text(buf, start, end, flag))) {
      this.fail(valueRuleTally(this.tallies, 'pattern', f), buf, start, end, flag, line, recordStart);
    }
    if (f.formatPattern !== undefined && !f.formatPattern.test(this.text(buf, start, end, flag))) {
      this.fail(valueRuleTally(this.tallies, 'format', f), buf, start, end, flag, line, recordStart);
    }
  }

  text(buf: Uint8Array, start: number, end: number, flag: number): string {
    const text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8', start, end);
    return flag === QUOTED_ESCAPES ? text.replace(/""/g, '"') : text;
  }
}
