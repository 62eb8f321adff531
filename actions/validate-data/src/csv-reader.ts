import { isUtf8 } from 'node:buffer';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { CsvTokenizer, fieldText } from './csv-tokenizer.js';
import { compileFastRecords, type FastRecords } from './fast-records.js';
import type { Duplicate } from './unique-index.js';
import type { RecordValidator } from './validator.js';

export interface CsvOptions {
  delimiter: string;
  header: boolean;
  quoteChar: string;
  /** false turns off the generated fast path (fast-records.ts), for tests that compare the two. */
  fastPath?: boolean;
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

/** A stretch of a plain file for one worker thread: records that start in [start, end). */
export interface ByteRange {
  start: number;
  end: number;
  /** Header names read by the caller, for stretches after the first. */
  names?: string[];
}

export interface CsvReadResult {
  bytes: number;
  /** Where the first record not read starts (the end of the data without a range). */
  endedAt: number;
  /** Newlines before `endedAt` within what was read. */
  newlines: number;
  /** Whether byte offsets can be re-read (plain files): exact duplicate verification needs it. */
  seekable: boolean;
  /** Repeated keys per key check, when the reader already found them (threads finish them together). */
  duplicates?: Duplicate[][];
}

/**
 * Streams a CSV/TSV file (optionally gzip) through the tokenizer into the validator with one
 * reusable buffer: a record cut by the end of the buffer is moved to its front, so memory
 * stays at one chunk plus the longest record.
 */
export async function readCsv(file: string, options: CsvOptions, validator: RecordValidator, range?: ByteRange): Promise<CsvReadResult> {
  const gzip = /\.gz$/i.test(file);
  const fd = gzip ? -1 : openSync(file, 'r');
  let position = range?.start ?? 0;
  const pull: Pull = gzip
    ? gzipPull(file)
    : (target, offset, length) => {
        const read = readSync(fd, target, offset, length, position);
        position += read;
        return read;
      };
  const stopAt = range?.end ?? Infinity;
  let endedAt = -1;
  let newlines = 0;
  const tokenizer = new CsvTokenizer(options.delimiter.charCodeAt(0), options.quoteChar.charCodeAt(0));
  let buf = Buffer.allocUnsafe(CHUNK);
  let filled = 0;
  let base = range?.start ?? 0;
  let total = 0;
  let headerPending = options.header && base === 0;
  if (!options.header) validator.positional();
  else if (!headerPending) validator.header(range?.names ?? [], 0, false);
  const onRecord = (n: number, line: number, recordStart: number): void => {
    const { starts, ends, flags } = tokenizer;
    if (base + recordStart >= stopAt) {
      endedAt = base + recordStart;
      newlines = line - 1;
      throw RANGE_DONE;
    }
    if (headerPending) {
      headerPending = false;
      const names: string[] = [];
      for (let k = 0; k < n; k++) names.push(fieldText(buf, starts[k], ends[k], flags[k]).trim());
      validator.header(names, line);
    } else if (n === 1 && starts[0] === ends[0] && flags[0] === 0 && validator.fields.length > 1) validator.blankRow(line);
    else validator.record(buf, starts, ends, flags, n, line, recordStart, base + recordStart);
  };
  /** Compiled once the header has set the column order; null when the layout has no fast path. */
  let fast: FastRecords | null | undefined = options.fastPath === false || !validator.fastPath ? null : undefined;
  /** Clean records on the fast path, each other record through the tokenizer; -1 once the range is done. */
  const parseFast = (from: number, safeEnd: number, final: boolean): number => {
    if (fast === undefined) {
      fast = compileFastRecords(validator, tokenizer.delimiter, tokenizer.quote) ?? null;
      tokenizer.reserve(validator.columnCount);
    }
    if (fast === null) return from;
    const stop = Math.min(safeEnd, stopAt - base);
    let pos = from;
    while (pos < stop) {
      pos = fast(buf, pos, stop, tokenizer, base);
      if (pos >= stop) break;
      const next = parseOrStop(tokenizer, buf, pos, filled, final, onRecord, 1);
      if (next < 0 || next === pos) return next;
      pos = next;
    }
    return pos;
  };
  try {
    let first = base === 0;
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
      // (lastIndexOf counts a negative start from the end: an empty buffer has no newline.)
      const lastNewlineEnd = filled > 0 ? buf.lastIndexOf(10, filled - 1) + 1 : 0;
      const checkedEnd = final ? filled : lastNewlineEnd;
      validator.strictUtf8 = checkedEnd > from && !isUtf8(buf.subarray(from, checkedEnd));
      let pos = from;
      if (headerPending) pos = parseOrStop(tokenizer, buf, pos, filled, final, onRecord, 1);
      if (pos >= 0 && !headerPending && !validator.strictUtf8 && fast !== null) pos = parseFast(pos, lastNewlineEnd, final);
      if (pos >= 0) pos = parseOrStop(tokenizer, buf, pos, filled, final, onRecord);
      if (pos < 0) break;
      while (pos < filled && (final || filled - pos >= MAX_RECORD)) {
        const tally = validator.tallies.get('unclosed-quote', '', 'CSV quoting: a quote opens and never closes');
        validator.fail(tally, buf, pos, Math.min(filled, pos + 80), 0, tokenizer.line, pos);
        pos = tokenizer.skipUnclosed(buf, pos, filled);
        pos = parseOrStop(tokenizer, buf, pos, filled, final, onRecord);
        if (pos < 0) break;
      }
      if (pos < 0) break;
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
  if (endedAt < 0) {
    endedAt = base + filled;
    newlines = tokenizer.line - 1;
  }
  return { bytes: total, seekable: !gzip, endedAt, newlines };
}

const RANGE_DONE = Symbol('range done');

/** Parses until the range's end is reached (then -1) or the buffer is used up. */
function parseOrStop(
  tokenizer: CsvTokenizer,
  buf: Buffer,
  from: number,
  to: number,
  final: boolean,
  onRecord: (n: number, line: number, start: number) => void,
  maxRecords?: number,
): number {
  try {
    return tokenizer.parse(buf, from, to, final, onRecord, maxRecords);
  } catch (error) {
    if (error === RANGE_DONE) return -1;
    throw error;
  }
}

const FIRST_RECORD_READ = Symbol('first record read');

/** Reads the text of `columns` of the records starting at each byte offset, joined by U+001F. */
export function readKeysAt(file: string, options: CsvOptions, offsets: number[], columns: number[]): string[] {
  const fd = openSync(file, 'r');
  try {
    let window = Buffer.allocUnsafe(4096);
    return offsets.map((offset) => {
      // Most records fit 4 KB; a longer one (multi-line quoted fields) grows the window until it is whole.
      for (;;) {
        const length = readSync(fd, window, 0, window.length, offset);
        const final = length < window.length;
        const tokenizer = new CsvTokenizer(options.delimiter.charCodeAt(0), options.quoteChar.charCodeAt(0));
        let key: string | undefined;
        try {
          tokenizer.parse(window, 0, length, final, (n) => {
            key = columns
              .map((c) => (c < n ? fieldText(window, tokenizer.starts[c], tokenizer.ends[c], tokenizer.flags[c]) : ''))
              .join('\u001f');
            throw FIRST_RECORD_READ;
          });
        } catch (error) {
          if (error !== FIRST_RECORD_READ) throw error;
        }
        if (key !== undefined || final || window.length >= MAX_RECORD) return key ?? '';
        window = Buffer.allocUnsafe(window.length * 4);
      }
    });
  } finally {
    closeSync(fd);
  }
}
