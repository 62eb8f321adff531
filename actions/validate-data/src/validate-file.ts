import { statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../../core/errors.js';
import { readCsv, readKeysAt, type CsvOptions } from './csv-reader.js';
import { PARALLEL_MIN_BYTES, readCsvParallel } from './parallel-csv.js';
import { readJsonLines, readParquet } from './row-readers.js';
import type { ResourceSpec } from './schema-types.js';
import type { Duplicate } from './unique-index.js';
import { RecordValidator, type Locate } from './validator.js';

export type FileFormat = 'csv' | 'jsonl' | 'parquet';

export function formatOf(file: string): FileFormat {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.parquet')) return 'parquet';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  return 'csv';
}

export function csvOptionsFor(file: string, resource: ResourceSpec, defaults: { delimiter?: string; header: boolean }): CsvOptions {
  const tsv = /\.tsv(\.gz)?$/i.test(file);
  return {
    delimiter: resource.dialect.delimiter ?? defaults.delimiter ?? (tsv ? '\t' : ','),
    header: resource.dialect.header ?? defaults.header,
    quoteChar: resource.dialect.quoteChar ?? '"',
  };
}

export interface FileRun {
  file: string;
  /** Path shown in findings: relative to the workspace. */
  display: string;
  resource: ResourceSpec;
  format: FileFormat;
  validator: RecordValidator;
  bytes: number;
  seconds: number;
  duplicates: { rule: 'unique' | 'primaryKey'; fields: string[]; duplicates: Duplicate[] }[];
}

export interface FileRunOptions {
  cwd: string;
  tempDir: string;
  maxSamples: number;
  collectDrift: boolean;
  referencedKeys: string[][];
  csvDefaults: { delimiter?: string; header: boolean };
  /** Worker threads for large plain CSV files (1 = read on the calling thread). */
  threads: number;
}

/** Reads one data file through the validator of its resource; a file that can't be read is a UserError naming it. */
export async function validateFile(file: string, resource: ResourceSpec, options: FileRunOptions): Promise<FileRun> {
  const display = path.relative(options.cwd, file) || file;
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw new UserError(`${display}: cannot read the data file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, {
      file: display,
    });
  }
  const format = formatOf(file);
  const locate: Locate = format === 'csv' ? 'csv' : format === 'jsonl' ? 'line' : 'row';
  const validator = new RecordValidator({
    schema: resource.schema,
    collectDrift: options.collectDrift,
    maxSamples: options.maxSamples,
    tempDir: options.tempDir,
    label: path.basename(file),
    expectedRows: (size * (/\.gz$/i.test(file) ? 5 : 1)) / 40,
    locate,
    referencedKeys: options.referencedKeys,
  });
  const started = performance.now();
  let bytes = size;
  let seekable = false;
  let found: Duplicate[][] | undefined;
  const csv = csvOptionsFor(file, resource, options.csvDefaults);
  try {
    const parallel = format === 'csv' && !/\.gz$/i.test(file) && options.threads > 1 && size >= PARALLEL_MIN_BYTES;
    const result = parallel ? await readCsvParallel(file, csv, validator, options.threads) : undefined;
    if (result) ({ seekable, duplicates: found } = result);
    else if (format === 'csv') ({ seekable } = await readCsv(file, csv, validator));
    else if (format === 'jsonl') await readJsonLines(file, validator);
    else bytes = await readParquet(file, validator);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code || /incorrect header check|unexpected end of file/i.test((error as Error).message)) {
      throw new UserError(`${display}: cannot read the data file (${(error as Error).message}).`, { file: display });
    }
    throw error;
  }
  const duplicates = validator.keyChecks.map((check, n) => {
    if (found) return { rule: check.rule, fields: check.fields.map((f) => f.spec.name), duplicates: found[n] };
    const columns = check.fields.map((f) => f.column);
    const reader = seekable ? (offsets: number[]) => readKeysAt(file, csv, offsets, columns) : undefined;
    return { rule: check.rule, fields: check.fields.map((f) => f.spec.name), duplicates: check.index.finish(reader) };
  });
  return { file, display, resource, format, validator, bytes, seconds: (performance.now() - started) / 1000, duplicates };
}
