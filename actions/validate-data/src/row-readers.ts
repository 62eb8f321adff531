import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { UserError } from '../../../core/errors.js';
import { NULL_FIELD } from './csv-tokenizer.js';
import type { RecordValidator } from './validator.js';

/**
 * JSON Lines and Parquet rows go through the same byte-level checks as CSV: each row's values
 * are written as text into one scratch buffer with their ranges, as if a tokenizer had found them.
 */
class RowEncoder {
  buf = Buffer.alloc(1 << 16);
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;

  constructor(readonly validator: RecordValidator) {
    const n = validator.fields.length;
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.flags = new Uint8Array(n);
    validator.positional();
  }

  valueText(value: unknown, type: string): string | undefined {
    if (value === null || value === undefined) return undefined;
    if (value instanceof Date) return type === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
    if (typeof value === 'object') return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
    return String(value);
  }

  row(values: (name: string) => unknown, line: number): void {
    let used = 0;
    const fields = this.validator.fields;
    for (let k = 0; k < fields.length; k++) {
      const text = this.valueText(values(fields[k].spec.name), fields[k].spec.type);
      this.starts[k] = used;
      if (text === undefined) {
        this.ends[k] = used;
        this.flags[k] = NULL_FIELD;
        continue;
      }
      const length = Buffer.byteLength(text);
      if (used + length > this.buf.length) {
        const bigger = Buffer.alloc(Math.max(this.buf.length * 2, used + length));
        this.buf.copy(bigger, 0, 0, used);
        this.buf = bigger;
      }
      used += this.buf.write(text, used);
      this.ends[k] = used;
      this.flags[k] = 0;
    }
    this.validator.record(this.buf, this.starts, this.ends, this.flags, fields.length, line, 0, -1);
  }
}

export async function readJsonLines(file: string, validator: RecordValidator): Promise<number> {
  const encoder = new RowEncoder(validator);
  const stream = /\.gz$/i.test(file) ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  let bytes = 0;
  let line = 0;
  const known = new Set(validator.fields.map((f) => f.spec.name));
  const extra = new Set<string>();
  for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
    line++;
    bytes += Buffer.byteLength(text) + 1;
    if (text.trim() === '') continue;
    let row: unknown;
    try {
      row = JSON.parse(text);
    } catch (error) {
      const tally = validator.tallies.get('invalid-json', '', 'JSON syntax');
      if (validator.tallies.hit(tally)) tally.samples.push({ line, value: `${text.slice(0, 60)} (${(error as Error).message})` });
      continue;
    }
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      const tally = validator.tallies.get('invalid-json', '', 'the JSON Lines shape: each line must be an object');
      if (validator.tallies.hit(tally)) tally.samples.push({ line, value: text.slice(0, 60) });
      continue;
    }
    const object = row as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      if (!known.has(key) && !extra.has(key)) {
        extra.add(key);
        const tally = validator.tallies.get('header', key, 'the schema: the key is not declared', 'warning');
        if (validator.tallies.hit(tally)) tally.samples.push({ line, value: key });
      }
    }
    encoder.row((name) => object[name], line);
  }
  return bytes;
}

const PARQUET_BATCH = 65_536;

/** Reads Parquet with hyparquet in row batches so memory stays bounded; findings name row numbers. */
export async function readParquet(file: string, validator: RecordValidator): Promise<number> {
  const { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } = await import('hyparquet');
  const source = await asyncBufferFromFile(file);
  let metadata;
  try {
    metadata = await parquetMetadataAsync(source);
  } catch (error) {
    throw new UserError(`${file}: not a readable Parquet file (${(error as Error).message}).`, { file });
  }
  const columns = new Set(parquetSchema(metadata).children.map((child) => child.element.name));
  const encoder = new RowEncoder(validator);
  validator.fields.forEach((f) => {
    if (!columns.has(f.spec.name)) {
      const tally = validator.tallies.get('header', f.spec.name, `the schema: column '${f.spec.name}' is missing from the file`);
      if (validator.tallies.hit(tally)) tally.samples.push({ row: 0, value: f.spec.name });
    }
  });
  const total = Number(metadata.num_rows);
  for (let rowStart = 0; rowStart < total; rowStart += PARQUET_BATCH) {
    const rows = await parquetReadObjects({ file: source, metadata, rowStart, rowEnd: Math.min(total, rowStart + PARQUET_BATCH) });
    rows.forEach((row, index) => encoder.row((name) => row[name], rowStart + index + 1));
  }
  return source.byteLength;
}
