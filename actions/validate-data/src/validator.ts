import { isUtf8 } from 'node:buffer';
import * as tokens from './csv-tokenizer.js';
import * as compiled from './field-compile.js';
import type { CompiledField } from './field-compile.js';
import type { TableSchema } from './schema-types.js';
import { Tallies, type RuleTally } from './tally.js';
import { UniqueIndex } from './unique-index.js';
import * as values from './value-parse.js';

// Bundlers turn every use of an imported binding into a property getter call on the module
// object; copied into module-level constants once, the hot loop below pays nothing for them.
const { MALFORMED, QUOTED_ESCAPES } = tokens;
const { T_ANY, T_BOOLEAN, T_DATE, T_DATETIME, T_INTEGER, T_NUMBER, T_STRING, T_TIME, T_YEAR } = compiled;
const { compileField, profileNumber, seededRandom } = compiled;
const { isSpecialNumber, parseDate, parseDatetime, parseInteger, parseNumber, parseNumberText, parseTime, parseYear } = values;

/** A field the tokenizer marks as a null (JSON null, Parquet null): missing whatever missingValues says. */
export const NULL_FIELD = 9;

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

interface KeyCheck {
  fields: CompiledField[];
  index: UniqueIndex;
  rule: 'unique' | 'primaryKey';
}

/** Checks records against one schema and keeps the counts, samples and profile. */
export class RecordValidator {
  readonly fields: CompiledField[];
  readonly tallies: Tallies;
  readonly keyChecks: KeyCheck[] = [];
  /** For each foreign key of this schema: distinct child key text -> first lines and count. */
  readonly foreignValues: Map<string, { count: number; lines: number[] }>[];
  readonly referenced: { fields: CompiledField[]; values: Set<string> }[];
  rows = 0;
  columnCount = 0;
  strictUtf8 = false;
  private readonly random = seededRandom(42);
  private readonly missingValues: Set<string>;
  private readonly emptyIsMissing: boolean;
  private readonly longestMissing: number;
  private readonly requiredTallies: RuleTally[];
  private readonly typeTallies: RuleTally[];

  constructor(readonly options: ValidatorOptions) {
    const { schema } = options;
    this.tallies = new Tallies(options.maxSamples);
    this.fields = schema.fields.map((spec) => compileField(spec, options.collectDrift));
    this.missingValues = new Set(schema.missingValues);
    this.emptyIsMissing = this.missingValues.has('');
    this.longestMissing = Math.max(0, ...schema.missingValues.map((v) => Buffer.byteLength(v)));
    const byName = new Map(this.fields.map((f) => [f.spec.name, f]));
    this.requiredTallies = this.fields.map((f) => this.tallies.get('required', f.spec.name, 'the required constraint'));
    this.typeTallies = this.fields.map((f) =>
      this.tallies.get('type', f.spec.name, `type ${f.spec.type}${f.spec.format !== 'default' ? ` (format ${f.spec.format})` : ''}`),
    );
    for (const f of this.fields) {
      if (f.spec.constraints.unique)
        this.keyChecks.push({
          fields: [f],
          rule: 'unique',
          index: new UniqueIndex(options.tempDir, `${options.label}-${f.spec.name}`, options.expectedRows),
        });
    }
    if (schema.primaryKey.length > 0) {
      const fields = schema.primaryKey.map((name) => byName.get(name)!);
      this.keyChecks.push({
        fields,
        rule: 'primaryKey',
        index: new UniqueIndex(options.tempDir, `${options.label}-pk`, options.expectedRows),
      });
    }
    this.foreignValues = schema.foreignKeys.map(() => new Map());
    this.referenced = options.referencedKeys.map((names) => ({
      fields: names.map((name) => byName.get(name)!).filter(Boolean),
      values: new Set<string>(),
    }));
  }

  /** Maps schema fields onto record positions from the header (by name when all are present, else by position). */
  header(names: string[], line: number, report = true): void {
    this.columnCount = names.length;
    const positions = new Map(names.map((name, index) => [name, index]));
    const byName = this.fields.every((f) => positions.has(f.spec.name));
    this.fields.forEach((f, index) => {
      f.column = byName ? positions.get(f.spec.name)! : index < names.length ? index : -1;
      if (report && !byName && names[index] !== f.spec.name) {
        const tally = this.tallies.get('header', f.spec.name, `the schema's field name '${f.spec.name}' (field ${index + 1})`);
        if (this.tallies.hit(tally))
          tally.samples.push({ line, value: names[index] ?? '(no column)', ...(this.options.locate === 'csv' ? { column: 1 } : {}) });
      }
    });
    const known = new Set(this.fields.map((f) => f.spec.name));
    names.forEach((name, index) => {
      if (report && byName && !known.has(name)) {
        const tally = this.tallies.get('header', name, 'the schema: the column is not declared', 'warning');
        if (this.tallies.hit(tally)) tally.samples.push({ line, value: name, column: index + 1 });
      }
    });
  }

  /** Columns by position when there is no header row. */
  positional(): void {
    this.fields.forEach((f, index) => (f.column = index));
    this.columnCount = this.fields.length;
  }

  fail(tally: RuleTally, buf: Uint8Array, start: number, end: number, flag: number, line: number, recordStart: number): void {
    if (!this.tallies.hit(tally)) return;
    const value =
      flag === NULL_FIELD
        ? ''
        : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8', start, Math.min(end, start + 200));
    if (this.options.locate === 'row') {
      tally.samples.push({ row: line, value });
      return;
    }
    if (this.options.locate === 'line') {
      tally.samples.push({ line, value });
      return;
    }
    const quoteAdjusted = flag !== 0 && flag !== MALFORMED ? start - 1 : start;
    let physical = line;
    let lineStart = recordStart;
    for (let i = recordStart; i < quoteAdjusted; i++) {
      if (buf[i] === 10) {
        physical++;
        lineStart = i + 1;
      }
    }
    tally.samples.push({
      line: physical,
      column: quoteAdjusted - lineStart + 1,
      value: flag === QUOTED_ESCAPES ? value.replace(/""/g, '"') : value,
    });
  }

  private isMissing(buf: Uint8Array, start: number, end: number): boolean {
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
        this.fail(
          this.tallies.get('malformed-quote', f.spec.name, 'CSV quoting: text follows a closing quote'),
          buf,
          start,
          end,
          flag,
          line,
          recordStart,
        );
        continue;
      }
      this.checkValue(f, k, buf, start, end, flag, line, recordStart);
    }
    for (const check of this.keyChecks) this.addKey(check, buf, starts, ends, n, line, fileOffset);
    if (this.foreignValues.length > 0 || this.referenced.length > 0) this.collectKeys(buf, starts, ends, flags, n, line);
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
      if (id < 0)
        this.fail(
          this.tallies.get(
            'enum',
            f.spec.name,
            `enum [${f.spec.constraints.enum!.slice(0, 8).join(', ')}${f.spec.constraints.enum!.length > 8 ? ', …' : ''}]`,
          ),
          buf,
          start,
          end,
          flag,
          line,
          recordStart,
        );
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
    if (value < f.minimum)
      this.fail(
        this.tallies.get('minimum', f.spec.name, `minimum ${f.spec.constraints.minimum}`),
        buf,
        start,
        end,
        flag,
        line,
        recordStart,
      );
    if (value > f.maximum)
      this.fail(
        this.tallies.get('maximum', f.spec.name, `maximum ${f.spec.constraints.maximum}`),
        buf,
        start,
        end,
        flag,
        line,
        recordStart,
      );
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
      if (length < f.minLength)
        this.fail(this.tallies.get('minLength', f.spec.name, `minLength ${f.minLength}`), buf, start, end, flag, line, recordStart);
      if (length > f.maxLength)
        this.fail(this.tallies.get('maxLength', f.spec.name, `maxLength ${f.maxLength}`), buf, start, end, flag, line, recordStart);
    }
    if (f.pattern !== undefined && !f.pattern.test(this.text(buf, start, end, flag))) {
      this.fail(
        this.tallies.get('pattern', f.spec.name, `pattern ${f.spec.constraints.pattern}`),
        buf,
        start,
        end,
        flag,
        line,
        recordStart,
      );
    }
    if (f.formatPattern !== undefined && !f.formatPattern.test(this.text(buf, start, end, flag))) {
      this.fail(this.tallies.get('format', f.spec.name, `format ${f.spec.format}`), buf, start, end, flag, line, recordStart);
    }
  }

  text(buf: Uint8Array, start: number, end: number, flag: number): string {
    const text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8', start, end);
    return flag === QUOTED_ESCAPES ? text.replace(/""/g, '"') : text;
  }

  private addKey(
    check: KeyCheck,
    buf: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    n: number,
    line: number,
    fileOffset: number,
  ): void {
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
      if (start === end ? this.emptyIsMissing : end - start <= this.longestMissing && this.isMissing(buf, start, end)) return;
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

  private collectKeys(buf: Uint8Array, starts: Int32Array, ends: Int32Array, flags: Uint8Array, n: number, line: number): void {
    const keyText = (fields: CompiledField[]): string | undefined => {
      const parts: string[] = [];
      for (const f of fields) {
        const col = f.column;
        if (col < 0 || col >= n || flags[col] === NULL_FIELD || this.isMissing(buf, starts[col], ends[col])) return undefined;
        parts.push(this.text(buf, starts[col], ends[col], flags[col]));
      }
      return parts.join('\u001f');
    };
    for (const ref of this.referenced) {
      const key = keyText(ref.fields);
      if (key !== undefined) ref.values.add(key);
    }
    this.options.schema.foreignKeys.forEach((fk, index) => {
      const key = keyText(fk.fields.map((name) => this.fields.find((f) => f.spec.name === name)!));
      if (key === undefined) return;
      const seen = this.foreignValues[index].get(key);
      if (seen === undefined) this.foreignValues[index].set(key, { count: 1, lines: [line] });
      else {
        seen.count++;
        if (seen.lines.length < this.options.maxSamples) seen.lines.push(line);
      }
    });
  }
}
