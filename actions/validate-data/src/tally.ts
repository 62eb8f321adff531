import type { Finding, Level } from '../../../core/findings.js';

/** One place a rule was broken. `line` is a physical line (CSV, JSONL) or a row number (Parquet). */
export interface Sample {
  line?: number;
  row?: number;
  column?: number;
  value: string;
}

/** Every violation of one rule on one column of one file: a count and the first few places. */
export interface RuleTally {
  rule: string;
  field: string;
  level: Level;
  count: number;
  samples: Sample[];
  /** The rule in words, e.g. "maximum 120". */
  detail: string;
}

export class Tallies {
  readonly byKey = new Map<string, RuleTally>();

  constructor(readonly maxSamples: number) {}

  get(rule: string, field: string, detail: string, level: Level = 'error'): RuleTally {
    const key = `${rule}\u0000${field}`;
    let tally = this.byKey.get(key);
    if (tally === undefined) {
      tally = { rule, field, level, count: 0, samples: [], detail };
      this.byKey.set(key, tally);
    }
    return tally;
  }

  /** Counts one violation; returns true when the caller should compute and add its location. */
  hit(tally: RuleTally): boolean {
    tally.count++;
    return tally.samples.length < this.maxSamples;
  }

  list(): RuleTally[] {
    return [...this.byKey.values()];
  }
}

const TITLES: Record<string, string> = {
  type: 'Wrong type',
  required: 'Missing required value',
  unique: 'Duplicate value',
  primaryKey: 'Duplicate primary key',
  foreignKey: 'Foreign key not found',
  minimum: 'Below minimum',
  maximum: 'Above maximum',
  minLength: 'Too short',
  maxLength: 'Too long',
  pattern: 'Pattern mismatch',
  enum: 'Not an allowed value',
  format: 'Wrong format',
  'extra-cell': 'Extra cells',
  'missing-cell': 'Missing cells',
  'blank-row': 'Blank row',
  encoding: 'Invalid UTF-8',
  'unclosed-quote': 'Unclosed quote',
  'malformed-quote': 'Text after closing quote',
  header: 'Header mismatch',
  'invalid-json': 'Invalid JSON',
};

function place(sample: Sample): string {
  return sample.line !== undefined ? `line ${sample.line}` : `row ${sample.row}`;
}

function shown(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(short);
}

/**
 * One finding per tally, at its first place, carrying the count and the first places; then one
 * finding per further sample so the check run holds every sampled line.
 */
export function tallyFindings(file: string, tally: RuleTally): { summary: Finding; details: Finding[] } {
  const [first, ...rest] = tally.samples;
  const title = `${TITLES[tally.rule] ?? tally.rule}${tally.field ? `: ${tally.field}` : ''}`;
  const places = tally.samples.slice(0, 5).map(place).join(', ');
  const more = tally.count > tally.samples.length ? ` (first ${tally.samples.length} sampled)` : '';
  const rows = tally.count === 1 ? '1 row breaks' : `${tally.count.toLocaleString('en-US')} rows break`;
  const summary: Finding = {
    level: tally.level,
    title,
    rule: tally.rule,
    message: `${rows} ${tally.detail}${first ? `, e.g. ${shown(first.value)} at ${place(first)}` : ''}; at ${places || 'no sampled place'}${more}.`,
    file,
    line: first?.line,
    column: first?.column,
  };
  const details = rest.map<Finding>((sample) => ({
    level: tally.level,
    title,
    rule: tally.rule,
    message: `${shown(sample.value)} breaks ${tally.detail}${sample.line === undefined ? ` (${place(sample)})` : ''}.`,
    file,
    line: sample.line,
    column: sample.column,
  }));
  return { summary, details };
}
