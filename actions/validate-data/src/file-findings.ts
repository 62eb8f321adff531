import type { Finding } from '../../../core/findings.js';
import { formatNumber } from '../../../core/markdown.js';
import { T_DATE, T_DATETIME } from './field-compile.js';
import { tallyFindings, type RuleTally } from './tally.js';
import type { FileRun } from './validate-file.js';

/** Duplicate keys become tallies like any other rule, so they report the same way. */
function duplicateTallies(run: FileRun, maxSamples: number): RuleTally[] {
  return run.duplicates
    .filter((check) => check.duplicates.length > 0)
    .map((check) => ({
      rule: check.rule,
      field: check.fields.join(', '),
      level: 'error' as const,
      count: check.duplicates.length,
      detail: check.rule === 'unique' ? 'the unique constraint' : `the primary key (${check.fields.join(', ')})`,
      samples: check.duplicates.slice(0, maxSamples).map((d) => ({
        ...(run.format === 'parquet' ? { row: d.line } : { line: d.line }),
        value: `same key as ${run.format === 'parquet' ? 'row' : 'line'} ${d.firstLine}`,
      })),
    }));
}

/** Row-count bounds, null ratios and freshness from the schema's `x-validate-data` block. */
function datasetTallies(run: FileRun, now: number): Finding[] {
  const { dataset } = run.resource.schema;
  const rows = run.validator.rows;
  const findings: Finding[] = [];
  const base = { file: run.display, level: 'error' as const };
  if (dataset.minRows !== undefined && rows < dataset.minRows)
    findings.push({
      ...base,
      rule: 'rows',
      title: 'Too few rows',
      message: `${formatNumber(rows)} rows; the schema asks for at least ${formatNumber(dataset.minRows)}.`,
    });
  if (dataset.maxRows !== undefined && rows > dataset.maxRows)
    findings.push({
      ...base,
      rule: 'rows',
      title: 'Too many rows',
      message: `${formatNumber(rows)} rows; the schema allows at most ${formatNumber(dataset.maxRows)}.`,
    });
  for (const f of run.validator.fields) {
    const limit = dataset.maxNullRatio[f.spec.name] ?? dataset.maxNullRatio['*'];
    const total = f.present + f.missing;
    if (limit === undefined || total === 0) continue;
    const ratio = f.missing / total;
    if (ratio > limit)
      findings.push({
        ...base,
        rule: 'maxNullRatio',
        title: `Too many nulls: ${f.spec.name}`,
        message: `${(ratio * 100).toFixed(2)}% of '${f.spec.name}' is missing; the schema allows ${(limit * 100).toFixed(2)}%.`,
      });
  }
  if (dataset.freshness) {
    const field = run.validator.fields.find((f) => f.spec.name === dataset.freshness!.field)!;
    if (field.code !== T_DATE && field.code !== T_DATETIME) {
      findings.push({
        ...base,
        rule: 'freshness',
        title: 'Freshness',
        message: `freshness.field '${field.spec.name}' is a ${field.spec.type}; it must be a date or datetime field.`,
      });
    } else if (field.numericCount === 0) {
      findings.push({
        ...base,
        rule: 'freshness',
        title: 'Freshness',
        message: `'${field.spec.name}' has no valid value, so the data's age is unknown.`,
      });
    } else if (now - field.max > dataset.freshness.maxAgeMs) {
      const ageHours = (now - field.max) / 3_600_000;
      findings.push({
        ...base,
        rule: 'freshness',
        title: 'Stale data',
        message: `The newest '${field.spec.name}' is ${new Date(field.max).toISOString()} (${formatNumber(ageHours)} h old); the schema allows ${dataset.freshness.maxAgeText}.`,
      });
    }
  }
  return findings;
}

export interface FileFindings {
  /** One per rule and column (the annotations), then the further sampled places (the check run). */
  findings: Finding[];
  /** Violations by rule, counting every row. */
  byRule: Record<string, number>;
  errors: number;
  warnings: number;
}

export function fileFindings(run: FileRun, maxSamples: number, now: number): FileFindings {
  const tallies = [...run.validator.tallies.list().filter((t) => t.count > 0), ...duplicateTallies(run, maxSamples)];
  const summaries: Finding[] = [];
  const details: Finding[] = [];
  const byRule: Record<string, number> = {};
  let errors = 0;
  let warnings = 0;
  for (const tally of tallies) {
    const { summary, details: more } = tallyFindings(run.display, tally);
    summaries.push(summary);
    details.push(...more);
    byRule[tally.rule] = (byRule[tally.rule] ?? 0) + tally.count;
    if (tally.level === 'error') errors += tally.count;
    else if (tally.level === 'warning') warnings += tally.count;
  }
  // In file order, so the CLI reads top to bottom and the ten annotations GitHub shows are the first problems.
  summaries.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  const dataset = datasetTallies(run, now);
  for (const finding of dataset) {
    byRule[finding.rule!] = (byRule[finding.rule!] ?? 0) + 1;
    errors++;
  }
  return { findings: [...summaries, ...dataset, ...details], byRule, errors, warnings };
}
