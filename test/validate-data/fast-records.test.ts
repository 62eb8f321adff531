/**
 * The generated fast path (fast-records.ts) must leave exactly what the general tokenizer and
 * RecordValidator.record() leave: every count, sample line and column, profile value, drift
 * reservoir and repeated key. Random schemas over random files with every kind of defect, read
 * with the fast path on and off, are compared whole.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../core/random.js';
import { readCsv } from '../../actions/validate-data/src/csv-reader.js';
import type { FieldSpec, FieldType, TableSchema } from '../../actions/validate-data/src/schema-types.js';
import { NumberSet } from '../../actions/validate-data/src/number-set.js';
import { exportState } from '../../actions/validate-data/src/validator-state.js';
import { RecordValidator } from '../../actions/validate-data/src/validator.js';
import { parseDate } from '../../actions/validate-data/src/value-parse.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'fast-records-'));
const TYPES: FieldType[] = ['integer', 'number', 'string', 'boolean', 'date', 'datetime', 'time', 'year', 'any'];

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

function field(random: Random, index: number): FieldSpec {
  const type = pick(random, TYPES);
  const constraints: FieldSpec['constraints'] = { required: random() < 0.2, unique: type === 'integer' && random() < 0.4 };
  if ((type === 'integer' || type === 'number') && random() < 0.5) {
    constraints.minimum = Math.floor(random() * 20) - 5;
    constraints.maximum = 50 + Math.floor(random() * 50);
  }
  if (type === 'string' && random() < 0.4) constraints.maxLength = 3 + Math.floor(random() * 6);
  if (type === 'string' && random() < 0.3) constraints.minLength = 2;
  // 'NA' may be both an enum literal and a missing value: missing wins.
  if (type === 'string' && random() < 0.3) constraints.enum = ['red', 'green', 'blue', 'é-grün', '', ...(random() < 0.5 ? ['NA'] : [])];
  if (type === 'string' && random() < 0.1) constraints.pattern = '[a-z]+';
  if (type === 'date' && random() < 0.3) constraints.minimum = '2000-01-01';
  return {
    name: `f${index}`,
    type,
    format: 'default',
    trueValues: ['true', 'True', '1'],
    falseValues: ['false', 'False', '0'],
    decimalChar: '.',
    groupChar: '',
    bareNumber: true,
    constraints,
  };
}

/** A value that is usually valid for the type and sometimes every way wrong. */
function value(random: Random, type: FieldType): string {
  const roll = random();
  if (roll < 0.04) return '';
  if (roll < 0.06) return 'NA';
  if (roll < 0.08)
    return pick(random, [
      '"quoted, comma"',
      '"with ""escaped"" quote"',
      '"multi\nline"',
      '"bad"tail',
      '-',
      '+7',
      '1e3',
      '.5',
      '5.',
      '007',
      '12345678901234567',
      '"42"',
      ' 3',
      'ü',
      '\u00a0',
      '7\r',
      'x\ry',
      '"q"\r',
    ]);
  switch (type) {
    case 'integer':
      return String(Math.floor(random() * 120) - 10);
    case 'number':
      return (random() * 200 - 50).toFixed(Math.floor(random() * 5));
    case 'boolean':
      return pick(random, ['true', 'false', 'True', '0', '1', 'yes']);
    case 'date':
      return `${1990 + Math.floor(random() * 40)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 31)).padStart(2, '0')}`;
    case 'datetime':
      return `2021-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}T1${Math.floor(random() * 9)}:3${Math.floor(random() * 9)}:00${random() < 0.3 ? 'Z' : ''}`;
    case 'time':
      return `${String(Math.floor(random() * 26)).padStart(2, '0')}:15:00`;
    case 'year':
      return String(1950 + Math.floor(random() * 100));
    default:
      return pick(random, [
        'red',
        'green',
        'blue',
        'é-grün',
        'a',
        'longer text here',
        '"in quotes"',
        '"red"',
        'reddish',
        'x'.repeat(Math.floor(random() * 12)),
      ]);
  }
}

function randomCase(seed: number): { schema: TableSchema; text: string; header: boolean } {
  const random = seededRandom(seed);
  const fields = Array.from({ length: 1 + Math.floor(random() * 7) }, (_, k) => field(random, k));
  const schema: TableSchema = {
    fields,
    missingValues: random() < 0.5 ? [''] : random() < 0.5 ? ['', 'NA', '-'] : ['NA'],
    primaryKey: [],
    foreignKeys: [],
    dataset: { maxNullRatio: {} },
  };
  const header = random() < 0.8;
  const newline = random() < 0.2 ? '\r\n' : '\n';
  const lines: string[] = [];
  if (header) lines.push(fields.map((f) => f.name).join(','));
  const rows = 200 + Math.floor(random() * 3000);
  for (let r = 0; r < rows; r++) {
    const roll = random();
    if (roll < 0.01) lines.push('');
    else if (roll < 0.02)
      lines.push(
        fields
          .slice(1)
          .map((f) => value(random, f.type))
          .join(','),
      );
    else if (roll < 0.03) lines.push([...fields, fields[0]].map((f) => value(random, f.type)).join(','));
    else lines.push(fields.map((f) => value(random, f.type)).join(','));
  }
  const last = random() < 0.3 ? '' : newline;
  return { schema, text: lines.join(newline) + last, header };
}

async function readWith(file: string, schema: TableSchema, header: boolean, fastPath: boolean, collectDrift: boolean) {
  const validator = new RecordValidator({
    schema,
    collectDrift,
    maxSamples: 5,
    tempDir: temp,
    label: 'fast',
    expectedRows: 1000,
    locate: 'csv',
    referencedKeys: [],
  });
  await readCsv(file, { delimiter: ',', header, quoteChar: '"', fastPath }, validator);
  const duplicates = validator.keyChecks.map((check) => check.index.finish());
  const state = { ...exportState(validator), keyIndexes: [] };
  return { state, duplicates };
}

describe('the generated fast path', () => {
  it('leaves exactly what the general path leaves, on 200 random schemas and files with every kind of defect', async () => {
    let compared = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const { schema, text, header } = randomCase(seed);
      const file = path.join(temp, `case-${seed}.csv`);
      writeFileSync(file, text);
      const collectDrift = seed % 3 === 0;
      const general = await readWith(file, schema, header, false, collectDrift);
      const fast = await readWith(file, schema, header, true, collectDrift);
      expect(fast, `seed ${seed}`).toEqual(general);
      compared += general.state.rows;
    }
    expect(compared).toBeGreaterThan(200 * 200);
  });

  it('compares integer keys by value, 007 repeating 7, also beyond 2^53', async () => {
    const file = path.join(temp, 'keys.csv');
    writeFileSync(file, 'id\n7\n8\n007\n+8\n9007199254740993\n9007199254740993\n9007199254740992\n');
    const schema: TableSchema = {
      fields: [{ ...field(seededRandom(1), 0), name: 'id', type: 'integer', constraints: { required: false, unique: true } }],
      missingValues: [''],
      primaryKey: [],
      foreignKeys: [],
      dataset: { maxNullRatio: {} },
    };
    for (const fastPath of [true, false]) {
      const { duplicates } = await readWith(file, schema, true, fastPath, false);
      expect(duplicates[0]).toEqual([
        { line: 4, firstLine: 2 },
        { line: 5, firstLine: 3 },
        { line: 7, firstLine: 6 },
      ]);
    }
  });

  it('dates from the month table equal the calendar arithmetic, 1890-2110', () => {
    for (let year = 1890; year <= 2110; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const parsed = parseDate(Buffer.from(text), 0, 10);
          const utc = Date.UTC(year, month - 1, day);
          if (new Date(utc).getUTCDate() !== day) expect(parsed, text).toBeNaN();
          else expect(parsed, text).toBe(utc);
        }
      }
    }
  });
});

describe('the capped number set', () => {
  it('holds the same values as a Set, and fills up at the same value', () => {
    const random = seededRandom(9);
    for (let round = 0; round < 50; round++) {
      const set = new NumberSet(100);
      const reference = new Set<number>();
      let full = false;
      for (let i = 0; i < 400 && !full; i++) {
        const roll = random();
        const value =
          roll < 0.4
            ? Math.floor(random() * 150)
            : roll < 0.5
              ? -Math.floor(random() * 10)
              : roll < 0.55
                ? -0
                : roll < 0.8
                  ? random() * 10
                  : 4090 + Math.floor(random() * 12);
        const normalized = value === 0 ? 0 : value;
        const added = set.add(value);
        if (!reference.has(normalized) && reference.size >= 100) {
          expect(added).toBe(false);
          full = true;
        } else {
          expect(added).toBe(true);
          reference.add(normalized);
        }
        expect(set.size).toBe(reference.size);
      }
      expect(new Set(set)).toEqual(reference);
    }
  });
});
