import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, fieldText } from '../../actions/validate-data/src/csv-tokenizer.js';
import { mulberry32 } from './drift-data.js';

const ALPHABET = ['a', 'b', 'z', '1', ' ', ',', '"', '\n', '\r\n', 'é', '€', ';', '\t', "'"];

/** A random RFC 4180 CSV: fields quoted when they need it (and sometimes when they don't). */
function randomCsv(random: () => number, newline: '\n' | '\r\n', delimiter: string): { text: string; rows: string[][] } {
  const rows: string[][] = [];
  const columns = 1 + Math.floor(random() * 5);
  const count = 1 + Math.floor(random() * 30);
  for (let r = 0; r < count; r++) {
    const row: string[] = [];
    for (let c = 0; c < columns; c++) {
      let value = '';
      const length = Math.floor(random() * 8);
      for (let k = 0; k < length; k++) value += ALPHABET[Math.floor(random() * ALPHABET.length)];
      row.push(value);
    }
    rows.push(row);
  }
  const quote = (value: string): string =>
    value.includes('"') || value.includes(delimiter) || value.includes('\n') || value.includes('\r') || random() < 0.1
      ? `"${value.replace(/"/g, '""')}"`
      : value;
  // A row of one empty field is written `""`: unquoted it would be a blank line, which a trailing newline makes ambiguous.
  const text =
    rows.map((row) => (row.length === 1 && row[0] === '' ? '""' : row.map(quote).join(delimiter))).join(newline) +
    (random() < 0.5 ? newline : '');
  return { text, rows };
}

interface Tokenized {
  rows: string[][];
  lines: number[];
}

/** Our tokenizer fed in pieces of `chunk` bytes, the way csv-reader feeds it (incomplete records carried over). */
function tokenize(bytes: Buffer, delimiter: string, chunk: number): Tokenized {
  const tokenizer = new CsvTokenizer(delimiter.charCodeAt(0));
  const rows: string[][] = [];
  const lines: number[] = [];
  let buf = Buffer.alloc(0);
  let offset = 0;
  for (;;) {
    const next = bytes.subarray(offset, offset + chunk);
    offset += next.length;
    const final = next.length === 0;
    buf = Buffer.concat([buf, next]);
    const consumed = tokenizer.parse(buf, 0, buf.length, final, (n, line) => {
      const row: string[] = [];
      for (let k = 0; k < n; k++) row.push(fieldText(buf, tokenizer.starts[k], tokenizer.ends[k], tokenizer.flags[k]));
      rows.push(row);
      lines.push(line);
    });
    buf = buf.subarray(consumed);
    if (final) break;
  }
  return { rows, lines };
}

function papaRows(text: string, delimiter: string, newline: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: newline as '\n' | '\r\n', quoteChar: '"', skipEmptyLines: false });
  const rows = parsed.data;
  // papaparse yields a final [''] for a trailing newline; a CSV parser reads no record there.
  if (text.endsWith(newline) && rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === '') rows.pop();
  return rows;
}

function expectedLines(text: string, rows: string[][], newline: string): number[] {
  // Physical line of each record: 1 + the newlines written before it (quoted newlines count).
  const lines: number[] = [];
  let line = 1;
  for (const row of rows) {
    lines.push(line);
    line += row.reduce((sum, value) => sum + (value.match(/\n/g)?.length ?? 0), 0) + 1;
  }
  void text;
  void newline;
  return lines;
}

describe('CSV tokenizer against papaparse', () => {
  it('yields identical rows and exact physical lines on 3000 random CSVs (quotes, embedded newlines, CRLF, BOM-free UTF-8) at many chunk sizes', () => {
    const random = mulberry32(2024);
    for (let round = 0; round < 3000; round++) {
      const newline = random() < 0.5 ? '\n' : '\r\n';
      const delimiter = random() < 0.8 ? ',' : ';';
      const { text, rows } = randomCsv(random, newline, delimiter);
      const expected = papaRows(text, delimiter, newline);
      expect(expected).toEqual(rows);
      const bytes = Buffer.from(text);
      for (const chunk of [1, 2, 3, 7, 64, 1 << 16]) {
        const ours = tokenize(bytes, delimiter, chunk);
        expect(ours.rows, `round ${round}, chunk ${chunk}: ${JSON.stringify(text)}`).toEqual(expected);
        expect(ours.lines).toEqual(expectedLines(text, rows, newline));
      }
    }
  });

  it('keeps going after a stray quote: everything after the quote line parses again', () => {
    const tokenizer = new CsvTokenizer(44);
    const buf = Buffer.from('a,b\n1,"x\n2,y\n');
    const rows: string[][] = [];
    let at = tokenizer.parse(buf, 0, buf.length, true, (n) =>
      rows.push(Array.from({ length: n }, (_, k) => fieldText(buf, tokenizer.starts[k], tokenizer.ends[k], tokenizer.flags[k]))),
    );
    expect(at).toBe(4);
    expect(tokenizer.line).toBe(2);
    at = tokenizer.skipUnclosed(buf, at, buf.length);
    tokenizer.parse(buf, at, buf.length, true, (n, line) =>
      rows.push([
        ...Array.from({ length: n }, (_, k) => fieldText(buf, tokenizer.starts[k], tokenizer.ends[k], tokenizer.flags[k])),
        `@${line}`,
      ]),
    );
    expect(rows).toEqual([
      ['a', 'b'],
      ['2', 'y', '@3'],
    ]);
  });
});
