import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBundle, type BundleResult } from '../harness/run-bundle.js';
import { writeDriftPair } from './drift-data.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

let workspace: string;
beforeAll(() => {
  workspace = mkdtempSync(path.join(os.tmpdir(), 'validate-data-e2e-'));
  cpSync(FIXTURES, workspace, { recursive: true });
});

function annotationAt(run: BundleResult, title: string): { line?: number; col?: number; message: string } {
  const found = run.annotations.find((a) => a.title === title);
  if (!found) throw new Error(`no annotation titled '${title}' among: ${run.annotations.map((a) => a.title).join(' | ')}`);
  return found;
}

describe('validate-data action (built bundle)', () => {
  it('reports each planted defect of people.csv at its physical line and column (CRLF, quotes, multi-line field)', async () => {
    const run = await runBundle('validate-data', { cwd: workspace, inputs: { files: 'people.csv', schema: 'people.schema.yaml' } });
    expect(run.hasStackTrace).toBe(false);
    expect(run.exitCode).not.toBe(0);
    expect(run.outputs.valid).toBe('false');
    expect(run.outputs['error-count']).toBe('10');
    expect(run.outputs.rows).toBe('8');
    // The quoted field "Cara\r\nmultiline" spans lines 4-5, so `abc` sits on physical line 5, column 12.
    expect(annotationAt(run, 'Wrong type: age')).toMatchObject({ line: 5, col: 12 });
    expect(annotationAt(run, 'Above maximum: age')).toMatchObject({ line: 6, col: 7 });
    expect(annotationAt(run, 'Wrong type: joined')).toMatchObject({ line: 6, col: 14 });
    expect(annotationAt(run, 'Wrong type: active')).toMatchObject({ line: 6, col: 31 });
    expect(annotationAt(run, 'Wrong type: score')).toMatchObject({ line: 7, col: 10 });
    expect(annotationAt(run, 'Not an allowed value: city')).toMatchObject({ line: 7, col: 24 });
    expect(annotationAt(run, 'Duplicate value: id')).toMatchObject({ line: 8 });
    expect(annotationAt(run, 'Duplicate value: id').message).toContain('same key as line 4');
    expect(annotationAt(run, 'Missing required value: name')).toMatchObject({ line: 9, col: 3 });
    expect(annotationAt(run, 'Missing cells')).toMatchObject({ line: 9, col: 1 });
    expect(annotationAt(run, 'Extra cells')).toMatchObject({ line: 10, col: 1 });
    expect(run.summary).toContain('| people.csv |');
    expect(run.summary).toContain('Column profile of people.csv');
    expect(run.report?.data.files[0].byRule).toMatchObject({
      type: 4,
      maximum: 1,
      enum: 1,
      unique: 1,
      required: 1,
      'missing-cell': 1,
      'extra-cell': 1,
    });
  });

  it('reads the same file gzip-compressed with the same findings', async () => {
    writeFileSync(path.join(workspace, 'people.csv.gz'), gzipSync(readFileSync(path.join(workspace, 'people.csv'))));
    const run = await runBundle('validate-data', {
      cwd: workspace,
      inputs: { files: 'people.csv.gz', schema: 'people.schema.yaml', 'fail-on': 'never' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['error-count']).toBe('10');
    expect(annotationAt(run, 'Wrong type: age')).toMatchObject({ line: 5, col: 12 });
    expect(annotationAt(run, 'Duplicate value: id')).toMatchObject({ line: 8 });
  });

  it('aggregates many violations of one rule into one annotation with the count and first lines', async () => {
    const rows = ['id,name,age,score,joined,city,active'];
    for (let i = 1; i <= 500; i++) rows.push(`${i},n${i},${i % 7 === 0 ? 'old' : 30},1,2024-01-01,paris,true`);
    writeFileSync(path.join(workspace, 'many.csv'), `${rows.join('\n')}\n`);
    const run = await runBundle('validate-data', {
      cwd: workspace,
      inputs: { files: 'many.csv', schema: 'people.schema.yaml', 'max-samples': '20' },
    });
    const typeAnnotations = run.annotations.filter((a) => a.title === 'Wrong type: age');
    expect(run.outputs['error-count']).toBe('71');
    expect(typeAnnotations[0]).toMatchObject({ line: 8 });
    expect(typeAnnotations[0].message).toMatch(
      /^71 rows break type integer.*line 8, line 15, line 22, line 29, line 36 \(first 20 sampled\)/,
    );
    expect(run.report?.findings.filter((f) => (f as { title: string }).title === 'Wrong type: age')).toHaveLength(20);
  });

  it('checks a Data Package: foreign keys across resources, primary keys, and warns about a file no resource lists', async () => {
    const run = await runBundle('validate-data', {
      cwd: workspace,
      inputs: { files: 'package/*.csv', schema: 'package/datapackage.json' },
    });
    expect(run.hasStackTrace).toBe(false);
    expect(run.outputs.valid).toBe('false');
    const fk = annotationAt(run, 'Foreign key not found: customer_id');
    expect(fk).toMatchObject({ file: 'package/orders.csv', line: 4 });
    expect(fk.message).toMatch(/^2 rows reference customers\(customer_id\)/);
    expect(run.report?.findings).toContainEqual(expect.objectContaining({ title: 'Foreign key not found: customer_id', line: 6 }));
    expect(annotationAt(run, 'Below minimum: total')).toMatchObject({ file: 'package/orders.csv', line: 5 });
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: 'warning', title: 'File matched by no resource', file: 'package/stray.csv' }),
    );
    expect(run.outputs['error-count']).toBe('3');
  });

  it('validates JSON Lines (invalid JSON and null are findings at their line) and Parquet (row numbers)', async () => {
    const jsonl = await runBundle('validate-data', { cwd: workspace, inputs: { files: 'events.jsonl', schema: 'events.schema.json' } });
    expect(jsonl.hasStackTrace).toBe(false);
    expect(annotationAt(jsonl, 'Not an allowed value: city')).toMatchObject({ line: 2 });
    expect(annotationAt(jsonl, 'Wrong type: id')).toMatchObject({ line: 3 });
    expect(annotationAt(jsonl, 'Missing required value: score')).toMatchObject({ line: 3 });
    expect(annotationAt(jsonl, 'Invalid JSON')).toMatchObject({ line: 4 });
    expect(jsonl.outputs.rows).toBe('4');

    const parquet = await runBundle('validate-data', {
      cwd: workspace,
      inputs: { files: 'animals.parquet', schema: 'animals.schema.yaml' },
    });
    expect(parquet.hasStackTrace).toBe(false);
    expect(parquet.outputs.rows).toBe('6');
    expect(annotationAt(parquet, 'Below minimum: weight').message).toContain('row 3');
    expect(annotationAt(parquet, 'Above maximum: weight').message).toContain('row 4');
    expect(annotationAt(parquet, 'Not an allowed value: label').message).toContain('row 4');
    expect(annotationAt(parquet, 'Missing required value: label').message).toContain('row 6');
    expect(parquet.outputs['error-count']).toBe('4');
  });

  it('reports drift between two generated datasets with a known shift, and none against itself', async () => {
    writeDriftPair(workspace);
    const run = await runBundle('validate-data', {
      cwd: workspace,
      inputs: { files: 'drift-current.csv', schema: 'drift.schema.yaml', reference: 'drift-reference.csv' },
    });
    expect(run.hasStackTrace).toBe(false);
    expect(run.exitCode).toBe(0); // drift is a warning; fail-on defaults to error
    const drift = run.report?.data.drift[0].rows as { field: string; psi: number; ks?: number; unseen: string[]; reasons: string[] }[];
    const income = drift.find((row) => row.field === 'income')!;
    const age = drift.find((row) => row.field === 'age')!;
    const segment = drift.find((row) => row.field === 'segment')!;
    expect(income.psi).toBeGreaterThan(0.2);
    expect(income.ks).toBeGreaterThan(0.2);
    expect(age.psi).toBeLessThan(0.05);
    expect(age.ks).toBeLessThan(0.05);
    expect(segment.unseen).toEqual(['gold']);
    expect(drift.find((row) => row.field === 'tenure')!.reasons.join()).toMatch(/missing rate 0.0% -> 30/);
    expect(run.annotations.map((a) => a.title).sort()).toEqual(['Drift: income', 'Drift: segment', 'Drift: tenure']);
    expect(run.summary).toContain('xychart-beta');
    const failing = await runBundle('validate-data', {
      cwd: workspace,
      inputs: { files: 'drift-current.csv', schema: 'drift.schema.yaml', reference: 'drift-reference.csv', 'fail-on': 'warning' },
    });
    expect(failing.exitCode).not.toBe(0);
    const same = await runBundle('validate-data', {
      cwd: workspace,
      inputs: { files: 'drift-reference.csv', schema: 'drift.schema.yaml', reference: 'drift-reference.csv', 'fail-on': 'warning' },
    });
    expect(same.exitCode).toBe(0);
    expect(same.outputs['warning-count']).toBe('0');
  });

  it('infers a starting schema that the same data then passes', async () => {
    const run = await runBundle('validate-data', { cwd: workspace, inputs: { infer: 'package/orders.csv', schema: 'inferred.yaml' } });
    expect(run.exitCode).toBe(0);
    const text = readFileSync(path.join(workspace, 'inferred.yaml'), 'utf8');
    expect(text).toContain('name: order_id');
    expect(text).toMatch(/name: total\n\s+type: number/);
    const check = await runBundle('validate-data', { cwd: workspace, inputs: { files: 'package/orders.csv', schema: 'inferred.yaml' } });
    expect(check.exitCode).toBe(0);
    expect(check.outputs.valid).toBe('true');
  });

  it('applies the x-validate-data dataset checks: row bounds, max null ratio, freshness', async () => {
    const today = new Date().toISOString().slice(0, 10);
    writeFileSync(
      path.join(workspace, 'dataset.schema.yaml'),
      [
        'fields:',
        '  - { name: day, type: date }',
        '  - { name: value, type: number }',
        'x-validate-data:',
        '  rows: { min: 5 }',
        '  maxNullRatio: { value: 0.25 }',
        '  freshness: { field: day, maxAge: 7d }',
        '',
      ].join('\n'),
    );
    writeFileSync(path.join(workspace, 'stale.csv'), 'day,value\n2020-01-01,1\n2020-01-02,\n2020-01-03,\n');
    const stale = await runBundle('validate-data', { cwd: workspace, inputs: { files: 'stale.csv', schema: 'dataset.schema.yaml' } });
    expect(stale.hasStackTrace).toBe(false);
    const titles = stale.annotations.map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['Too few rows', 'Too many nulls: value', 'Stale data']));
    expect(annotationAt(stale, 'Too many nulls: value').message).toContain("66.67% of 'value' is missing; the schema allows 25.00%");
    expect(annotationAt(stale, 'Stale data').message).toContain('2020-01-03T00:00:00.000Z');
    expect(stale.outputs['error-count']).toBe('3');

    writeFileSync(path.join(workspace, 'fresh.csv'), `day,value\n${[1, 2, 3, 4, 5].map((v) => `${today},${v}`).join('\n')}\n`);
    const fresh = await runBundle('validate-data', { cwd: workspace, inputs: { files: 'fresh.csv', schema: 'dataset.schema.yaml' } });
    expect(fresh.exitCode).toBe(0);
    expect(fresh.outputs['error-count']).toBe('0');
  });

  it('turns bad input into one clear error, never a stack trace', async () => {
    const badSchema = await runBundle('validate-data', { cwd: workspace, inputs: { files: 'people.csv', schema: 'bad.schema.yaml' } });
    expect(badSchema.exitCode).not.toBe(0);
    expect(badSchema.hasStackTrace).toBe(false);
    expect(badSchema.annotations[0]).toMatchObject({ level: 'error', file: 'bad.schema.yaml', line: 5 });
    expect(badSchema.annotations[0].message).toMatch(/bad\.schema\.yaml:5: 'fields\[1\]\.type' 'money' is not a supported type/);

    const missing = await runBundle('validate-data', {
      cwd: workspace,
      inputs: { files: 'nothing-here/*.csv', schema: 'people.schema.yaml' },
    });
    expect(missing.exitCode).not.toBe(0);
    expect(missing.annotations).toContainEqual(expect.objectContaining({ title: 'No file matched' }));

    const badInput = await runBundle('validate-data', {
      cwd: workspace,
      inputs: { files: 'people.csv', schema: 'people.schema.yaml', 'fail-on': 'sometimes' },
    });
    expect(badInput.exitCode).not.toBe(0);
    expect(badInput.hasStackTrace).toBe(false);
    expect(badInput.stdout).toContain("Input 'fail-on': 'sometimes' is not one of: error, warning, never.");

    writeFileSync(path.join(workspace, 'broken.csv.gz'), 'this is not gzip');
    const unreadable = await runBundle('validate-data', {
      cwd: workspace,
      inputs: { files: 'broken.csv.gz', schema: 'people.schema.yaml' },
    });
    expect(unreadable.exitCode).not.toBe(0);
    expect(unreadable.hasStackTrace).toBe(false);
    expect(unreadable.stdout).toMatch(/broken\.csv\.gz: cannot read the data file/);
  });

  it('keeps going after an unclosed quote and invalid UTF-8, reporting both at their lines', async () => {
    const bytes = Buffer.concat([
      Buffer.from('id,name,age,score,joined,city,active\n1,Ann,30,1,2024-01-01,paris,true\n2,'),
      Buffer.from([0x42, 0xff, 0x62]),
      Buffer.from(',30,1,2024-01-01,paris,true\n3,"Oops,30,1,2024-01-01,paris,true\n4,Dee,30,1,2024-01-01,rome,true\n'),
    ]);
    writeFileSync(path.join(workspace, 'damaged.csv'), bytes);
    const run = await runBundle('validate-data', { cwd: workspace, inputs: { files: 'damaged.csv', schema: 'people.schema.yaml' } });
    expect(run.hasStackTrace).toBe(false);
    expect(annotationAt(run, 'Invalid UTF-8')).toMatchObject({ line: 3, col: 3 });
    expect(annotationAt(run, 'Unclosed quote')).toMatchObject({ line: 4 });
    expect(annotationAt(run, 'Not an allowed value: city')).toMatchObject({ line: 5 });
  });
});
