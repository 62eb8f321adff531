import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../actions/validate-data/src/csv-reader.js';
import { ksStatistic } from '../../actions/validate-data/src/drift.js';
import { readCsvParallel } from '../../actions/validate-data/src/parallel-csv.js';
import type { TableSchema } from '../../actions/validate-data/src/schema-types.js';
import { UniqueIndex } from '../../actions/validate-data/src/unique-index.js';
import { RecordValidator } from '../../actions/validate-data/src/validator.js';
import { parseDate, parseDatetime, parseInteger, parseNumber } from '../../actions/validate-data/src/value-parse.js';
import { mulberry32, normal } from './drift-data.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'validate-data-unit-'));

function bytes(text: string): [Buffer, number, number] {
  const buf = Buffer.from(text);
  return [buf, 0, buf.length];
}

describe('values parsed from bytes', () => {
  it('parseNumber returns exactly what Number() returns for 100k random decimals up to 15 digits', () => {
    const random = mulberry32(5);
    for (let i = 0; i < 100_000; i++) {
      const digits = 1 + Math.floor(random() * 15);
      let text = '';
      for (let d = 0; d < digits; d++) text += String(Math.floor(random() * 10));
      const point = Math.floor(random() * (digits + 1));
      if (point < digits && random() < 0.7) text = `${text.slice(0, point) || '0'}.${text.slice(point)}`;
      if (random() < 0.3) text = `-${text}`;
      expect(parseNumber(...bytes(text)), text).toBe(Number(text));
    }
    for (const text of ['1e5', '-2.5E-3', '12345678901234567890', '.5', '5.']) expect(parseNumber(...bytes(text))).toBe(Number(text));
    for (const text of ['1.2.3', 'abc', '', '-', '1e', '0x10', '1,5']) expect(parseNumber(...bytes(text)), text).toBeNaN();
    expect(parseInteger(...bytes('-42'))).toBe(-42);
    expect(parseInteger(...bytes('4.0'))).toBeNaN();
    expect(parseInteger(...bytes('123456789012345678'))).toBe(Number('123456789012345678'));
  });

  it('dates check days per month and leap years; datetimes honour offsets like Date.parse', () => {
    expect(parseDate(...bytes('2024-02-29'))).toBe(Date.UTC(2024, 1, 29));
    expect(parseDate(...bytes('2023-02-29'))).toBeNaN();
    expect(parseDate(...bytes('1900-02-29'))).toBeNaN();
    expect(parseDate(...bytes('2000-02-29'))).toBe(Date.UTC(2000, 1, 29));
    expect(parseDate(...bytes('2024-04-31'))).toBeNaN();
    expect(parseDate(...bytes('2024-4-01'))).toBeNaN();
    for (const text of ['2024-03-10T12:34:56Z', '2024-03-10T12:34:56.789Z', '2024-03-10T12:34:56+02:00', '1969-12-31T23:59:59-05:30']) {
      expect(parseDatetime(...bytes(text)), text).toBe(Date.parse(text));
    }
    expect(parseDatetime(...bytes('2024-03-10 12:34:56'))).toBeNaN();
    expect(parseDatetime(...bytes('2024-03-10T25:00:00Z'))).toBeNaN();
  });
});

describe('drift statistics', () => {
  it('the two-sample KS statistic equals scipy.stats.ks_2samp on samples with ties and shifts', () => {
    const random = mulberry32(11);
    const cases = [
      [Array.from({ length: 2000 }, () => normal(random)), Array.from({ length: 1500 }, () => normal(random) + 0.3)],
      [
        Array.from({ length: 500 }, () => Math.round(normal(random) * 3)),
        Array.from({ length: 700 }, () => Math.round(normal(random) * 3 + 1)),
      ],
      [
        [1, 2, 3],
        [1, 2, 3],
      ],
    ];
    const file = path.join(temp, 'ks.json');
    writeFileSync(file, JSON.stringify(cases));
    const script =
      'import json,sys\nfrom scipy.stats import ks_2samp\nprint(json.dumps([ks_2samp(a, b).statistic for a, b in json.load(open(sys.argv[1]))]))';
    const expected = JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as number[];
    cases.forEach(([a, b], index) => {
      const statistic = ksStatistic(Float64Array.from(a).sort(), Float64Array.from(b).sort());
      expect(statistic).toBeCloseTo(expected[index], 12);
    });
  });
});

describe('unique index', () => {
  it('finds every repeated key with its first line, through spilled partitions and an adopted stretch', () => {
    const first = new UniqueIndex(temp, 'spill-test', 2_000_000);
    const second = new UniqueIndex(temp, 'spill-test-2', 2_000_000);
    const rows = 400_000;
    // Rows 100003, 200006 and 300009 repeat key 7, which row 5 holds first.
    const keyOf = (row: number): number => (row % 100_003 === 0 ? 7 : row + 1000);
    for (let row = 1; row <= rows; row++) {
      const key = row === 5 ? 7 : keyOf(row);
      const index = row <= rows / 2 ? first : second;
      const line = row <= rows / 2 ? row : row - rows / 2;
      index.add(Math.imul(key, 0x9e3779b1) >>> 0, Math.imul(key ^ 0x5bd1e995, 0x85ebca6b) >>> 0, line, row * 10);
    }
    first.adopt(second.export(), rows / 2);
    const duplicates = first.finish();
    expect(duplicates).toEqual([
      { line: 100_003, firstLine: 5 },
      { line: 200_006, firstLine: 5 },
      { line: 300_009, firstLine: 5 },
    ]);
  });
});

const SCHEMA: TableSchema = {
  fields: [
    {
      name: 'id',
      type: 'integer',
      format: 'default',
      trueValues: [],
      falseValues: [],
      decimalChar: '.',
      groupChar: '',
      bareNumber: true,
      constraints: { required: true, unique: true },
    },
    {
      name: 'text',
      type: 'string',
      format: 'default',
      trueValues: [],
      falseValues: [],
      decimalChar: '.',
      groupChar: '',
      bareNumber: true,
      constraints: { required: false, unique: false, maxLength: 12 },
    },
  ],
  missingValues: [''],
  primaryKey: [],
  foreignKeys: [],
  dataset: { maxNullRatio: {} },
};

function validator(): RecordValidator {
  return new RecordValidator({
    schema: SCHEMA,
    collectDrift: false,
    maxSamples: 1000,
    tempDir: temp,
    label: 'unit',
    expectedRows: 200_000,
    locate: 'csv',
    referencedKeys: [],
  });
}

describe('reading CSV files', () => {
  it('a unique column that is mostly repeats stays fast: every repeat counted, first lines right', async () => {
    const file = path.join(temp, 'repeats.csv');
    const lines = ['id,text'];
    for (let i = 1; i <= 200_000; i++) lines.push(`${i % 3},"t\n${i % 3}"`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const v = validator();
    const started = performance.now();
    await readCsv(file, { delimiter: ',', header: true, quoteChar: '"' }, v);
    const duplicates = v.keyChecks[0].index.finish();
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(duplicates).toHaveLength(200_000 - 3);
    // Each record spans two lines; keys 1, 2, 0 first appear on records 1, 2, 3 (lines 2, 4, 6).
    expect(duplicates.slice(0, 3)).toEqual([
      { line: 8, firstLine: 2 },
      { line: 10, firstLine: 4 },
      { line: 12, firstLine: 6 },
    ]);
  });

  it('skips a UTF-8 BOM before the header', async () => {
    const file = path.join(temp, 'bom.csv');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id,text\n1,a\nx,b\n')]));
    const v = validator();
    await readCsv(file, { delimiter: ',', header: true, quoteChar: '"' }, v);
    expect(v.fields[0].column).toBe(0);
    expect(
      v.tallies
        .list()
        .filter((t) => t.count > 0)
        .map((t) => [t.rule, t.samples[0].line]),
    ).toEqual([['type', 3]]);
  });

  it('two threads over byte ranges give the same counts and lines as one, also when a split falls inside a quoted multi-line field', async () => {
    const file = path.join(temp, 'ranges.csv');
    const lines = ['id,text'];
    for (let i = 1; i <= 60_000; i++) {
      const text = i % 997 === 0 ? '"a long\ntext field\nover lines"' : i % 1009 === 0 ? 'way-too-long-text' : `t${i % 50}`;
      // Key 5 repeats in the calling thread's range and in the last range (the one after it is longer).
      lines.push(`${i % 20_011 === 0 || i === 59_990 ? 5 : i},${text}`);
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    const csv = { delimiter: ',', header: true, quoteChar: '"' };
    const one = validator();
    await readCsv(file, csv, one);
    const expected = one.keyChecks[0].index.finish();
    expect(expected.map((d) => d.firstLine)).toEqual([6, 6, 6]);
    expect(expected.at(-1)!.line).toBeGreaterThan(59_990);
    const summary = (v: RecordValidator) =>
      v.tallies.list().map((t) => [t.rule, t.count, t.samples.map((s) => `${s.line}:${s.column}`).join()]);
    for (const threads of [2, 3]) {
      const parallel = validator();
      const result = await readCsvParallel(file, csv, parallel, threads);
      expect(result).toBeDefined();
      expect(summary(parallel)).toEqual(summary(one));
      expect(parallel.rows).toBe(one.rows);
      // Repeated keys are found by all the threads together, each over a share of the partitions.
      expect(result!.duplicates![0]).toEqual(expected);
    }

    // Every record is one line, except multi-line quoted ones; put the split right inside one.
    const quoted = path.join(temp, 'split-in-quote.csv');
    const body = `id,text\n1,"${'x\n'.repeat(40_000)}"\n2,b\n`;
    writeFileSync(quoted, body);
    const split = validator();
    expect(await readCsvParallel(quoted, csv, split, 2)).toBeUndefined();
  });
});
