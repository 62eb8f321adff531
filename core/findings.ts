export type Level = 'error' | 'warning' | 'notice';

/** One problem or remark, placed on a file and line where it has one. */
export interface Finding {
  level: Level;
  title: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** A stable id of the rule that produced it (e.g. `type`, `threshold`), for grouping. */
  rule?: string;
}

const LEVEL_RANK: Record<Level, number> = { error: 0, warning: 1, notice: 2 };

/** Most important first: errors, then warnings, then notices; placed before unplaced; stable otherwise. */
export function byImportance(a: Finding, b: Finding): number {
  return LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || Number(b.file !== undefined) - Number(a.file !== undefined);
}

export function countByLevel(findings: readonly Finding[]): Record<Level, number> {
  const counts: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.level]++;
  return counts;
}

/** `file:line:col`, with the line and column only where known. */
export function formatLocation(file: string, line?: number, column?: number): string {
  return `${file}${line ? `:${line}` : ''}${line && column ? `:${column}` : ''}`;
}

/** `file:line:col: level: message`, the format compilers use, for the CLI and logs. */
export function formatFinding(finding: Finding): string {
  const where = finding.file ? `${formatLocation(finding.file, finding.line, finding.column)}: ` : '';
  return `${where}${finding.level}: ${finding.title ? `${finding.title}: ` : ''}${finding.message}`;
}
