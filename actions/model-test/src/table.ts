import Papa from 'papaparse';
import path from 'node:path';
import { UserError } from '../../../core/errors.js';

/** A column-oriented table read from a CSV or JSON Lines file; every cell as text. */
export interface Table {
  file: string;
  columns: Map<string, string[]>;
  rows: number;
}

function parseJsonLines(text: string, file: string): Table {
  const columns = new Map<string, string[]>();
  let rows = 0;
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new UserError(`${file}:${index + 1}: not valid JSON: ${(error as Error).message}`, { file, line: index + 1 });
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      throw new UserError(`${file}:${index + 1}: each line must be a JSON object of column values.`, { file, line: index + 1 });
    }
    for (const [key, value] of Object.entries(record)) {
      let column = columns.get(key);
      if (!column) columns.set(key, (column = new Array<string>(rows).fill('')));
      column[rows] = value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    }
    rows++;
    // A key this line lacks is an empty cell, as in a CSV.
    for (const column of columns.values()) while (column.length < rows) column.push('');
  }
  return { file, columns, rows };
}

/** papaparse, not csv-parse: 1.5-2x faster on predictions files (bench/model-test), which can be large. */
function parseCsvTable(text: string, file: string): Table {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter: file.toLowerCase().endsWith('.tsv') ? '\t' : ',', skipEmptyLines: true });
  const problem = parsed.errors.find((error) => error.type !== 'FieldMismatch');
  if (problem) {
    const line = problem.row === undefined ? undefined : problem.row + 1;
    throw new UserError(`${file}${line ? `:${line}` : ''}: not valid CSV: ${problem.message}.`, { file, line });
  }
  const records = parsed.data;
  if (records.length === 0) throw new UserError(`${file} is empty; expected a header row and one row per example.`, { file });
  const [header, ...rows] = records;
  const columns = new Map<string, string[]>(header.map((name) => [name.trim(), new Array<string>(rows.length)]));
  const lists = [...columns.values()];
  for (let r = 0; r < rows.length; r++) {
    const record = rows[r];
    if (record.length !== header.length) {
      throw new UserError(`${file}: row ${r + 1} has ${record.length} fields but the header has ${header.length}.`, { file, line: r + 2 });
    }
    for (let c = 0; c < lists.length; c++) lists[c][r] = record[c];
  }
  return { file, columns, rows: rows.length };
}

/** Parses a predictions or labels file by extension: .jsonl/.ndjson as JSON Lines, anything else as CSV. */
export function parseTable(text: string, file: string): Table {
  const extension = path.extname(file).toLowerCase();
  return extension === '.jsonl' || extension === '.ndjson' ? parseJsonLines(text, file) : parseCsvTable(text, file);
}

export function requireColumn(table: Table, name: string, input: string): string[] {
  const column = table.columns.get(name);
  if (!column) {
    throw new UserError(
      `Input '${input}': column '${name}' is not in ${table.file}; its columns are: ${[...table.columns.keys()].join(', ')}.`,
      { file: table.file, line: 1 },
    );
  }
  return column;
}

export function numericColumn(table: Table, name: string, input: string): Float64Array {
  const cells = requireColumn(table, name, input);
  const values = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i].trim() === '' ? Number.NaN : Number(cells[i]);
    if (!Number.isFinite(value)) {
      const line = table.file.match(/\.(jsonl|ndjson)$/i) ? i + 1 : i + 2;
      throw new UserError(`${table.file}: row ${i + 1}, column '${name}' is '${cells[i]}', not a finite number.`, {
        file: table.file,
        line,
      });
    }
    values[i] = value;
  }
  return values;
}
