/**
 * A byte-level CSV tokenizer (RFC 4180 plus the usual leniencies) that works on a reusable
 * buffer without creating strings: it records each field's byte range, so checks can parse
 * numbers and dates straight from bytes. Library parsers build a string per field, which is
 * what made them 3-10x slower than this in bench/validate-data; test/validate-data fuzzes
 * this tokenizer against papaparse for identical rows.
 */

/** How a field was written. Quoted fields' ranges exclude the quotes. */
export const PLAIN = 0;
export const QUOTED = 1;
/** Quoted with doubled quotes inside: the bytes still hold `""` pairs. */
export const QUOTED_ESCAPES = 2;
/** Text after a closing quote before the delimiter, e.g. `"ab"c`: kept raw, reported by the validator. */
export const MALFORMED = 3;
/** Never written by this tokenizer: the JSON Lines and Parquet row encoders mark a null value (missing whatever missingValues says). */
export const NULL_FIELD = 9;

const LF = 10;
const CR = 13;

/** Called once per record; the field ranges are in the tokenizer's arrays until the next call. */
export type RecordHandler = (fieldCount: number, line: number, recordStart: number) => void;

export class CsvTokenizer {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  flags = new Uint8Array(64);
  /** The physical (1-based) line of the next record: newlines inside quoted fields count. */
  line = 1;

  constructor(
    readonly delimiter: number,
    readonly quote: number = 34,
  ) {}

  /** Room for records of at least `fields` fields without growing. */
  reserve(fields: number): void {
    while (this.starts.length < fields) this.grow();
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const flags = new Uint8Array(size);
    flags.set(this.flags);
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
  }

  /**
   * Tokenizes the complete records of buf[from, to) and returns where the first incomplete one
   * starts (`to` when everything was consumed). With `final`, the data ends at `to`: a last
   * record without a newline is complete, and only an unclosed quote is left unconsumed.
   * With `maxRecords`, it stops after that many records.
   */
  parse(buf: Uint8Array, from: number, to: number, final: boolean, onRecord: RecordHandler, maxRecords = Infinity): number {
    const delimiter = this.delimiter;
    const quote = this.quote;
    let starts = this.starts;
    let ends = this.ends;
    let flags = this.flags;
    let i = from;
    let line = this.line;
    let budget = maxRecords;
    while (i < to) {
      const recordStart = i;
      const recordLine = line;
      let n = 0;
      for (;;) {
        if (n === starts.length) {
          this.grow();
          starts = this.starts;
          ends = this.ends;
          flags = this.flags;
        }
        let c = buf[i];
        if (c === quote && i < to) {
          let j = i + 1;
          let flag = QUOTED;
          for (;;) {
            while (j < to && (c = buf[j]) !== quote) {
              if (c === LF) line++;
              j++;
            }
            if (j >= to || (j + 1 >= to && !final)) {
              this.line = recordLine;
              return recordStart;
            }
            if (buf[j + 1] === quote && j + 1 < to) {
              flag = QUOTED_ESCAPES;
              j += 2;
              continue;
            }
            break;
          }
          starts[n] = i + 1;
          ends[n] = j;
          i = j + 1;
          if (i < to && (c = buf[i]) !== delimiter && c !== LF && !(c === CR && buf[i + 1] === LF && i + 1 < to)) {
            while (i < to && (c = buf[i]) !== delimiter && c !== LF) i++;
            starts[n] = starts[n] - 1;
            ends[n] = i > starts[n] && buf[i - 1] === CR && c === LF ? i - 1 : i;
            flag = MALFORMED;
          }
          flags[n++] = flag;
        } else {
          const fieldStart = i;
          while (i < to && (c = buf[i]) !== delimiter && c !== LF) i++;
          starts[n] = fieldStart;
          ends[n] = i > fieldStart && c === LF && buf[i - 1] === CR ? i - 1 : i;
          flags[n++] = PLAIN;
        }
        if (i >= to) {
          if (!final) {
            this.line = recordLine;
            return recordStart;
          }
          onRecord(n, recordLine, recordStart);
          this.line = line;
          return to;
        }
        c = buf[i];
        if (c === delimiter) {
          i++;
          if (i >= to) {
            if (!final) {
              this.line = recordLine;
              return recordStart;
            }
            if (n === starts.length) this.grow();
            this.starts[n] = i;
            this.ends[n] = i;
            this.flags[n++] = PLAIN;
            onRecord(n, recordLine, recordStart);
            this.line = line;
            return to;
          }
          continue;
        }
        if (c === CR) i++;
        i++;
        line++;
        onRecord(n, recordLine, recordStart);
        if (--budget === 0) {
          this.line = line;
          return i;
        }
        break;
      }
    }
    this.line = line;
    return i;
  }

  /**
   * Gives up on a record whose quote never closes: skips to the line after the one it starts on,
   * so the rest of the file is validated as if that quote were a stray character.
   */
  skipUnclosed(buf: Uint8Array, recordStart: number, to: number): number {
    const newline = buf.indexOf(LF, recordStart);
    this.line++;
    return newline < 0 || newline >= to ? to : newline + 1;
  }
}

/** The text of a field (quotes removed, doubled quotes collapsed). */
export function fieldText(buf: Buffer, start: number, end: number, flag: number): string {
  const text = buf.toString('utf8', start, end);
  return flag === QUOTED_ESCAPES ? text.replace(/""/g, '"') : text;
}
