import type { ActionReport, GitHubContext, Logger } from '../action.js';
import { errorMessage } from '../errors.js';
import type { Finding } from '../findings.js';
import { LIMITS, truncateChars } from './limits.js';

import type { getOctokit } from '@actions/github';

type Octokit = ReturnType<typeof getOctokit>;

export async function createOctokit(token: string, apiUrl: string): Promise<Octokit> {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(token, { baseUrl: apiUrl });
}

function status(error: unknown): number | undefined {
  return (error as { status?: number }).status;
}

/** The hidden line that lets the next run find this action's comment for this job. */
export function commentMarker(action: string, job: string): string {
  return `<!-- mlops-actions:${action}:${job || 'job'} -->`;
}

/** Posts the report as one comment per action and job, or edits the one a previous run left. */
export async function upsertPullRequestComment(
  octokit: Octokit,
  github: GitHubContext,
  action: string,
  body: string,
  log: Logger,
): Promise<'created' | 'updated' | 'skipped'> {
  if (!github.pullRequest || !github.repository) return 'skipped';
  const { owner, repo } = github.repository;
  const marker = commentMarker(action, github.job);
  const text = truncateChars(`${marker}\n${body}`, LIMITS.commentChars, '_Truncated: the full report is in the job summary._');
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: github.pullRequest.number,
      per_page: 100,
    });
    const existing = comments.find((comment) => comment.body?.includes(marker));
    if (existing) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: text });
      return 'updated';
    }
    await octokit.rest.issues.createComment({ owner, repo, issue_number: github.pullRequest.number, body: text });
    return 'created';
  } catch (error) {
    const hint = status(error) === 403 ? ' Grant the job `pull-requests: write` or set pr-comment: false.' : '';
    log.warning(`Could not write the PR comment: ${errorMessage(error)}.${hint}`);
    return 'skipped';
  }
}

type CheckAnnotation = {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
};

export function toCheckAnnotation(finding: Finding & { file: string }): CheckAnnotation {
  const line = finding.line ?? 1;
  const endLine = finding.endLine ?? line;
  const annotation: CheckAnnotation = {
    path: finding.file,
    start_line: line,
    end_line: endLine,
    annotation_level: finding.level === 'error' ? 'failure' : finding.level,
    message: finding.message.slice(0, 64 * 1024),
    title: finding.title ? finding.title.slice(0, 255) : undefined,
  };
  // GitHub accepts columns only on single-line annotations.
  if (finding.column && endLine === line) {
    annotation.start_column = finding.column;
    annotation.end_column = finding.endColumn ?? finding.column;
  }
  return annotation;
}

/**
 * One check run carrying every annotation that has a file, 50 per request as GitHub requires.
 * A token without `checks: write` is a warning, not a failure.
 */
export async function publishCheckRun(
  octokit: Octokit,
  github: GitHubContext,
  action: string,
  report: ActionReport,
  log: Logger,
): Promise<number | undefined> {
  if (!github.repository) return undefined;
  const { owner, repo } = github.repository;
  const annotations = report.findings
    .filter((finding): finding is Finding & { file: string } => finding.file !== undefined)
    .map(toCheckAnnotation);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += LIMITS.annotationsPerRequest)
    batches.push(annotations.slice(i, i + LIMITS.annotationsPerRequest));
  // GitHub wants title and summary on every update; cut them once, not once per batch.
  const title = report.title.slice(0, 255);
  const summary = truncateChars(report.summary || report.title, LIMITS.checkRunTextChars, '_Truncated: see the job summary._');
  const output = (batch: CheckAnnotation[] | undefined) => ({ title, summary, ...(batch ? { annotations: batch } : {}) });
  try {
    const created = await octokit.rest.checks.create({
      owner,
      repo,
      name: github.job ? `${action} (${github.job})` : action,
      head_sha: github.pullRequest?.headSha ?? github.sha,
      status: 'completed',
      conclusion: report.passed ? 'success' : 'failure',
      output: output(batches[0]),
    });
    for (const batch of batches.slice(1)) {
      await octokit.rest.checks.update({ owner, repo, check_run_id: created.data.id, output: output(batch) });
    }
    return created.data.id;
  } catch (error) {
    const hint = status(error) === 403 ? ' The token cannot write checks: grant the job `checks: write` or set check-run: false.' : '';
    log.warning(`Could not create the check run: ${errorMessage(error)}.${hint}`);
    return undefined;
  }
}
