import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ActionReport } from '../action.js';
import { LIMITS, truncateUtf8 } from './limits.js';

/** The JSON report file later steps and jobs chain on (output `report-path`). */
export function writeReportFile(dir: string, action: string, stepId: string, report: ActionReport): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `mlops-${action}${stepId ? `-${stepId.replace(/[^\w.-]/g, '_')}` : ''}.json`);
  const body = {
    action,
    passed: report.passed,
    title: report.title,
    outputs: report.outputs,
    findings: report.findings,
    data: report.data,
    createdAt: new Date().toISOString(),
  };
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  return file;
}

/** Markdown for the job summary, cut to GitHub's 1 MiB with a note saying what was left out. */
export function summaryMarkdown(action: string, report: ActionReport): string {
  const markdown = `${report.summary.trimEnd()}\n`;
  return truncateUtf8(
    markdown,
    LIMITS.summaryBytes,
    (omitted) =>
      `> [!WARNING]\n> The ${action} summary was truncated: ${Math.ceil(omitted / 1024)} KiB more did not fit GitHub's 1 MiB limit. ` +
      'The full report is in the JSON file named by the `report-path` output.',
  );
}

/** Appends to GITHUB_STEP_SUMMARY; returns an error message instead of throwing, since a summary must never fail the step. */
export function appendSummary(file: string, markdown: string): string | undefined {
  try {
    appendFileSync(file, markdown);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
