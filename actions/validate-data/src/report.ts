import { details, formatNumber, heading, STATUS_ICON, table, xyChart } from '../../../core/markdown.js';
import type { DriftRow } from './drift.js';
import { T_BOOLEAN, T_DATE, T_DATETIME, T_TIME } from './field-compile.js';
import type { FileFindings } from './file-findings.js';
import type { FileRun } from './validate-file.js';

function profileValue(code: number, value: number): string {
  if (!Number.isFinite(value)) return '';
  if (code === T_DATE) return new Date(value).toISOString().slice(0, 10);
  if (code === T_DATETIME) return new Date(value).toISOString();
  if (code === T_TIME) return new Date(value).toISOString().slice(11, 19);
  return formatNumber(value);
}

function profileTable(run: FileRun): string {
  const rows = run.validator.fields.map((f) => {
    const total = f.present + f.missing;
    const enumDistinct = f.enumSeen.reduce((sum, seen) => sum + seen, 0);
    const distinct = f.distinctNumbers
      ? f.distinctNumbers.size
      : f.code === T_BOOLEAN
        ? enumDistinct
        : f.distinctBytes && !f.distinctBytes.overflowed
          ? f.distinctBytes.size + enumDistinct
          : '> 1,000';
    const numeric = f.numericCount > 0;
    return [
      f.spec.name,
      f.spec.type,
      total === 0 ? '' : `${formatNumber(f.missing)} (${((f.missing / total) * 100).toFixed(1)}%)`,
      numeric ? profileValue(f.code, f.min) : '',
      numeric ? profileValue(f.code, f.max) : '',
      numeric && f.code !== T_DATE && f.code !== T_DATETIME && f.code !== T_TIME ? formatNumber(f.sum / f.numericCount) : '',
      distinct,
    ];
  });
  return table(['column', 'type', 'nulls', 'min', 'max', 'mean', 'distinct'], rows, [
    'left',
    'left',
    'right',
    'right',
    'right',
    'right',
    'right',
  ]);
}

export interface SummaryInput {
  runs: { run: FileRun; result: FileFindings }[];
  drift: { file: string; rows: DriftRow[] }[];
  extraFindings: number;
  passed: boolean;
  title: string;
}

export function summaryMarkdown(input: SummaryInput): string {
  const parts = [heading(2, `${input.passed ? STATUS_ICON.pass : STATUS_ICON.fail} validate-data: ${input.title}`)];
  parts.push(
    table(
      ['file', 'resource', 'rows', 'columns', 'MB/s', 'errors', 'warnings', 'errors by rule'],
      input.runs.map(({ run, result }) => [
        run.display,
        run.resource.name,
        formatNumber(run.validator.rows),
        run.validator.fields.length,
        formatNumber(run.bytes / 1e6 / Math.max(run.seconds, 1e-6)),
        formatNumber(result.errors),
        formatNumber(result.warnings),
        Object.entries(result.byRule)
          .map(([rule, count]) => `${rule}: ${formatNumber(count)}`)
          .join(', '),
      ]),
      ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'left'],
    ),
  );
  for (const { run } of input.runs) parts.push(details(`Column profile of ${run.display}`, profileTable(run)));
  for (const drift of input.drift) {
    parts.push(heading(3, `Drift of ${drift.file} against the reference`));
    parts.push(
      table(
        ['column', 'kind', 'PSI', 'KS', 'unseen', 'missing ref → now', 'verdict'],
        drift.rows.map((row) => [
          row.field,
          row.kind,
          row.psi.toFixed(3),
          row.ks === undefined ? '' : row.ks.toFixed(3),
          row.unseen.length > 0 ? row.unseen.slice(0, 5).join(', ') : '',
          `${(row.missingReference * 100).toFixed(1)}% → ${(row.missingCurrent * 100).toFixed(1)}%`,
          row.reasons.length > 0 ? `${STATUS_ICON.warn} ${row.reasons.join('; ')}` : STATUS_ICON.pass,
        ]),
      ),
    );
    if (drift.rows.length > 0) {
      parts.push(
        xyChart({
          title: 'PSI per column',
          x: { labels: drift.rows.map((r) => r.field) },
          y: { title: 'PSI', min: 0, max: Math.max(0.3, ...drift.rows.map((r) => r.psi)) },
          series: [{ kind: 'bar', values: drift.rows.map((r) => r.psi) }],
        }),
      );
    }
  }
  return parts.join('\n\n');
}
