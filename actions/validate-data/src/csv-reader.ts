import { isUtf8 } from 'node:buffer';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { CsvTokenizer, fieldText } from './csv-tokenizer.js';
import type { RecordValidator } from './validator.js';

export interface CsvOptions {
  delimiter: string;
  header: boolean;
  quoteChar: string;
}

const CHUNK = 1 << 20;
/** A record longer than this with an open quote is taken as an unclosed quote, not a long field. */
const MAX_RECORD = 16 << 20;

/** Fills `target[offset..]` with the next bytes; 0 at the end. */
type Pull = (target: Buffer, offset: number, length: number) => Promise<number> | number;

function gzipPull(file: string): Pull {
  const iterator = createReadStream(file).pipe(createGunzip())[Symbol.asyncIterator]();
  let pending: Buffer | undefined;
  return async (target, offset, length) => {
    let written = 0;
    while (written < length) {
      if (pending === undefined || pending.length === 0) {
        const next = await iterator.next();
        if (next.done) break;
        pending = next.value as Buffer;
      }
      const take = Math.min(pending.length, length - written);
      pending.copy(target, offset + written, 0, take);
      pending = pending.subarray(take);
      written += take;
    }
    return written;
  };
}

export interface CsvReadResult {
  bytes: number;
  /** Whether byte offsets can be re-read (plain files): exact duplicate verification needs it. */
  seekable: boolean;
}

/**
 * Streams a CSV/TSV file (optionally gzip) through the tokenizer into the validator with one
 * reusable buffer: a record cut by the end of the buffer is moved to its front, so memory
 * stays at one chunk plus the longest record.
 */
export async function readCsv(file: string, options: CsvOptions, validator: RecordValidator): Promise<CsvReadResult> {
  const gzip = /\.gz$/i.test(file);
  const fd = gzip ? -1 : openSync(file, 'r');
  const pull: Pull = gzip ? gzipPull(file) : (target, offset, length) => readSync(fd, target, offset, length, null);
  const tokenizer = new CsvTokenizer(options.delimiter.charCodeAt(0), options.quoteChar.charCodeAt(0));
  let buf = Buffer.allocUnsafe(CHUNK);
  let filled = 0;
  let base = 0;
  let total = 0;
  let headerPending = options.header;
  if (!options.header) validator.positional();
  const onRecord = (n: number, line: number, recordStart: number): void => {
    const { starts, ends, flags } = tokenizer;
    if (headerPending) {
      headerPending = false;
      const names: string[] = [];
      for (let k = 0; k < n; k++) names.push(fieldText(buf, starts[k], ends[k], flags[k]).trim());
      validator.header(names, line);
    } else if (n === 1 && starts[0] === ends[0] && flags[0] === 0 && validator.fields.length > 1) validator.blankRow(line);
    else validator.record(buf, starts, ends, flags, n, line, recordStart, base + recordStart);
  };
  try {
    let first = true;
    for (;;) {
      const read = await pull(buf, filled, buf.length - filled);
      const final = read === 0;
      filled += read;
      total += read;
      let from = 0;
      if (first) {
        first = false;
        if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf && filled >= 3) from = 3;
      }
      const checkedEnd = final ? filled : buf.lastIndexOf(10, filled - 1) + 1;
      validator.strictUtf8 = checkedEnd > from && !isUtf8(buf.subarray(from, checkedEnd));
      let pos = tokenizer.parse(buf, from, filled, final, onRecord);
      while (pos < filled && (final || filled - pos >= MAX_RECORD)) {
        const tally = validator.tallies.get('unclosed-quote', '', 'CSV quoting: a quote opens and never closes');
        validator.fail(tally, buf, pos, Math.min(filled, pos + 80), 0, tokenizer.line, pos);
        pos = tokenizer.skipUnclosed(buf, pos, filled);
        pos = tokenizer.parse(buf, pos, filled, final, onRecord);
      }
      if (final) break;
      buf.copyWithin(0, pos, filled);
      base += pos;
      filled -= pos;
      if (filled === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      }
    }
  } finally {
    if (fd >= 0) closeSync(fd);
  }
  if (headerPending) validator.header([], 1);
  return { bytes: total, seekable: !gzip };
}

const FIRST_RECORD_READ = Symbol('first record read');

/** Reads the text of `columns` of the records starting at each byte offset, joined by U+001F. */
export function readKeysAt(file: string, options: CsvOptions, offsets: number[], columns: number[]): string[] {
  const fd = openSync(file, 'r');
  try {
    const window = Buffer.allocUnsafe(1 << 18);
    return offsets.map((offset) => {
      const length = readSync(fd, window, 0, window.length, offset);
      const tokenizer = new CsvTokenizer(options.delimiter.charCodeAt(0), options.quoteChar.charCodeAt(0));
      let key = '';
      try {
        tokenizer.parse(window, 0, length, true, (n) => {
          key = columns.map((c) => (c < n ? fieldText(window, tokenizer.starts[c], tokenizer.ends[c], tokenizer.flags[c]) : '')).join('\u001f');
          throw FIRST_RECORD_READ;
        });
      } catch (error) {
        if (error !== FIRST_RECORD_READ) throw error;
      }
      return key;
    });
  } finally {
    closeSync(fd);
  }
}
