/**
 * Request bodies built from a dataset: each CSV or JSON Lines row fills a body template's
 * `{{column}}` placeholders (as JSON values; `"{{column}}"` as a JSON string), or becomes
 * the JSON body itself when there is no template.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { InputError, UserError } from '../../../core/errors.js';

export const MAX_PAYLOAD_ROWS = 100_000;
const PLACEHOLDER = /"\{\{\s*([^{}\s]+)\s*\}\}"|\{\{\s*([^{}\s]+)\s*\}\}/g;

export type Row = Record<string, unknown>;

export function readPayloadRows(file: string, cwd: string): Row[] {
  const full = path.resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (error) {
    throw new InputError(
      'payloads',
      `file '${file}' cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); resolved to ${full}.`,
      { file },
    );
  }
  const rows = /\.(jsonl|ndjson)$/i.test(file) ? parseJsonLines(text, file) : /\.csv$/i.test(file) ? parseCsvRows(text, file) : undefined;
  if (!rows) throw new InputError('payloads', `'${file}' must end in .csv, .jsonl or .ndjson.`, { file });
  if (rows.length === 0) throw new InputError('payloads', `'${file}' has no data rows.`, { file });
  return rows.slice(0, MAX_PAYLOAD_ROWS);
}

function parseJsonLines(text: string, file: string): Row[] {
  const rows: Row[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && rows.length < MAX_PAYLOAD_ROWS; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new UserError(`Input 'payloads': ${file}:${i + 1}: not valid JSON (${(error as Error).message}).`, { file, line: i + 1 });
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new UserError(`Input 'payloads': ${file}:${i + 1}: each line must be a JSON object.`, { file, line: i + 1 });
    }
    rows.push(value as Row);
  }
  return rows;
}

function parseCsvRows(text: string, file: string): Row[] {
  try {
    return parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, cast: true, to: MAX_PAYLOAD_ROWS, bom: true }) as Row[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new UserError(`Input 'payloads': ${file}${line ? `:${line}` : ''}: ${(error as Error).message}`, { file, line });
  }
}

/** Fills one template per row; an unknown placeholder is an error naming it and the columns there are. */
export function renderBodies(template: string | undefined, rows: readonly Row[]): Buffer[] {
  if (template === undefined) return rows.map((row) => Buffer.from(JSON.stringify(row)));
  const columns = new Set(Object.keys(rows[0]));
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? match[2];
    if (!columns.has(name)) {
      throw new InputError('body', `placeholder {{${name}}} names no payload column; the columns are: ${[...columns].join(', ')}.`);
    }
  }
  return rows.map((row) =>
    Buffer.from(
      template.replace(PLACEHOLDER, (_all, quoted: string | undefined, bare: string | undefined) => {
        const value = row[(quoted ?? bare)!];
        if (quoted !== undefined) return JSON.stringify(value === undefined || value === null ? '' : String(value));
        return value === undefined || value === '' ? 'null' : JSON.stringify(value);
      }),
    ),
  );
}
