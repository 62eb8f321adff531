import { closeSync, openSync, readSync } from 'node:fs';
import { stringify } from 'yaml';
import { ByteDictionary } from './byte-dictionary.js';
import { CsvTokenizer, fieldText } from './csv-tokenizer.js';
import type { FieldSpec, TableSchema } from './schema-types.js';
import { RecordValidator } from './validator.js';
import { parseDate, parseDatetime, parseInteger, parseNumber, parseTime } from './value-parse.js';

/** Candidate types from narrowest to widest; a column gets the first one every value parses as. */
const CANDIDATES = ['integer', 'number', 'boolean', 'date', 'datetime', 'time'] as const;
const BOOLEAN_WORDS = new Set(['true', 'false', 'True', 'False', 'TRUE', 'FALSE']);
const ENUM_LIMIT = 10;

interface ColumnGuess {
  possible: Set<(typeof CANDIDATES)[number]>;
  missing: number;
  present: number;
  min: number;
  max: number;
  values: ByteDictionary;
}

/** Infers a starting Table Schema: narrowest type per column, required, ranges, enums for low-cardinality strings. */
export class InferValidator extends RecordValidator {
  readonly guesses: ColumnGuess[];

  constructor(
    readonly names: string[],
    tempDir: string,
  ) {
    const schema: TableSchema = {
      fields: names.map((name) => ({
        name,
        type: 'any',
        format: 'default',
        trueValues: [],
        falseValues: [],
        decimalChar: '.',
        groupChar: '',
        bareNumber: true,
        constraints: { required: false, unique: false },
      })),
      missingValues: [''],
      primaryKey: [],
      foreignKeys: [],
      dataset: { maxNullRatio: {} },
    };
    super({ schema, collectDrift: false, maxSamples: 0, tempDir, label: 'infer', expectedRows: 0, locate: 'line', referencedKeys: [] });
    this.guesses = names.map(() => ({
      possible: new Set(CANDIDATES),
      missing: 0,
      present: 0,
      min: Infinity,
      max: -Infinity,
      values: new ByteDictionary(ENUM_LIMIT + 1),
    }));
  }

  override readonly fastPath = false;

  override record(
    buf: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    flags: Uint8Array,
    n: number,
    line: number,
    recordStart: number,
    fileOffset: number,
  ): void {
    super.record(buf, starts, ends, flags, n, line, recordStart, fileOffset);
    this.fields.forEach((f, k) => {
      const col = f.column;
      const guess = this.guesses[k];
      if (col < 0 || col >= n || flags[col] === 9 || starts[col] === ends[col]) {
        guess.missing++;
        return;
      }
      guess.present++;
      const s = starts[col];
      const e = ends[col];
      guess.values.add(buf, s, e);
      const possible = guess.possible;
      if (possible.has('integer') && Number.isNaN(parseInteger(buf, s, e))) possible.delete('integer');
      const number = parseNumber(buf, s, e);
      if (possible.has('number') && Number.isNaN(number)) possible.delete('number');
      if (!Number.isNaN(number)) {
        guess.min = Math.min(guess.min, number);
        guess.max = Math.max(guess.max, number);
      }
      if (possible.has('boolean') && !BOOLEAN_WORDS.has(this.text(buf, s, e, flags[col]))) possible.delete('boolean');
      if (possible.has('date') && Number.isNaN(parseDate(buf, s, e))) possible.delete('date');
      if (possible.has('datetime') && Number.isNaN(parseDatetime(buf, s, e))) possible.delete('datetime');
      if (possible.has('time') && Number.isNaN(parseTime(buf, s, e))) possible.delete('time');
    });
  }

  schema(): Record<string, unknown> {
    const fields = this.names.map((name, k) => {
      const guess = this.guesses[k];
      const type = guess.present === 0 ? 'string' : (CANDIDATES.find((candidate) => guess.possible.has(candidate)) ?? 'string');
      const constraints: Partial<FieldSpec['constraints']> = {};
      if (guess.missing === 0 && guess.present > 0) constraints.required = true;
      if ((type === 'integer' || type === 'number') && Number.isFinite(guess.min)) {
        constraints.minimum = guess.min;
        constraints.maximum = guess.max;
      }
      if (type === 'string' && !guess.values.overflowed && guess.values.size <= ENUM_LIMIT && guess.present >= 2 * guess.values.size) {
        constraints.enum = guess.values.keys().sort();
      }
      return { name, type, ...(Object.keys(constraints).length > 0 ? { constraints } : {}) };
    });
    return { fields, missingValues: [''] };
  }
}

/** The header names of a CSV file (first record). */
export function csvHeader(file: string, delimiter: string, quoteChar: string): string[] {
  const fd = openSync(file, 'r');
  try {
    const window = Buffer.allocUnsafe(1 << 18);
    const length = readSync(fd, window, 0, window.length, 0);
    const from = window[0] === 0xef && window[1] === 0xbb && window[2] === 0xbf ? 3 : 0;
    const tokenizer = new CsvTokenizer(delimiter.charCodeAt(0), quoteChar.charCodeAt(0));
    let names: string[] = [];
    const stop = Symbol('header read');
    try {
      tokenizer.parse(window, from, length, true, (n) => {
        names = Array.from({ length: n }, (_, k) => fieldText(window, tokenizer.starts[k], tokenizer.ends[k], tokenizer.flags[k]).trim());
        throw stop;
      });
    } catch (error) {
      if (error !== stop) throw error;
    }
    return names;
  } finally {
    closeSync(fd);
  }
}

export function formatSchema(schema: Record<string, unknown>, target: string | undefined): string {
  return target && /\.json$/i.test(target) ? `${JSON.stringify(schema, null, 2)}\n` : stringify(schema);
}
