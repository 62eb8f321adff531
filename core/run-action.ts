import * as core from '@actions/core';
import os from 'node:os';
import path from 'node:path';
import type { ActionDefinition, ActionReport, InputReader, Logger, RunContext } from './action.js';
import { errorMessage, isUserError } from './errors.js';
import type { Finding } from './findings.js';
import { readGitHubContext } from './github-context.js';
import { getBoolean, getString } from './inputs.js';
import { planAnnotations } from './report/annotations.js';
import { appendSummary, summaryMarkdown, writeReportFile } from './report/local-sinks.js';

/** The inputs every action.yml declares and runAction reads itself. */
export interface CommonInputs {
  'github-token'?: string;
  'pr-comment': boolean;
  'check-run': boolean;
}

export function readCommonInputs(read: InputReader): CommonInputs {
  return {
    'github-token': getString(read, 'github-token'),
    'pr-comment': getBoolean(read, 'pr-comment', true),
    'check-run': getBoolean(read, 'check-run', false),
  };
}

export const actionsLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message),
  group: (title, fn) => core.group(title, fn),
  secret: (value) => core.setSecret(value),
};

function annotate(finding: Finding): void {
  const properties: core.AnnotationProperties = {
    title: finding.title || undefined,
    file: finding.file,
    startLine: finding.line,
    endLine: finding.endLine,
    startColumn: finding.column,
    endColumn: finding.endColumn,
  };
  const emit = finding.level === 'error' ? core.error : finding.level === 'warning' ? core.warning : core.notice;
  emit(finding.message, properties);
}

async function publish(action: string, report: ActionReport, common: CommonInputs, context: RunContext): Promise<void> {
  for (const [name, value] of Object.entries(report.outputs)) core.setOutput(name, String(value));
  const reportPath = writeReportFile(context.tempDir, action, process.env.GITHUB_ACTION ?? '', report);
  core.setOutput('report-path', reportPath);

  for (const finding of planAnnotations(report.findings).emit) annotate(finding);

  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    const problem = appendSummary(summaryFile, summaryMarkdown(action, report));
    if (problem) core.warning(`Could not write the job summary: ${problem}`);
  }

  const github = context.github;
  const token = common['github-token'];
  const wantsComment = common['pr-comment'] && github?.pullRequest !== undefined;
  const wantsCheck = common['check-run'] && github?.repository !== undefined;
  if (!github || !(wantsComment || wantsCheck)) return;
  if (!token) {
    core.warning('No github-token: skipping the PR comment and check run. Pass `github-token: ${{ github.token }}`.');
    return;
  }
  core.setSecret(token);
  const sinks = await import('./report/github-sinks.js');
  const octokit = await sinks.createOctokit(token, github.apiUrl);
  if (wantsCheck) await sinks.publishCheckRun(octokit, github, action, report, context.log);
  if (wantsComment) await sinks.upsertPullRequestComment(octokit, github, action, report.summary, context.log);
}

/** A user's mistake is one clean line; anything else is a bug and gets its stack in the log. */
export function failWith(error: unknown): void {
  if (isUserError(error)) {
    if (error.file) {
      // setFailed would add a second, unplaced annotation with the same message.
      core.error(error.message, { file: error.file, startLine: error.line, startColumn: error.column });
      process.exitCode = 1;
    } else core.setFailed(error.message);
    return;
  }
  // The stack goes to the log, not into an annotation, where it would be one unreadable line.
  if (error instanceof Error && error.stack) core.info(error.stack);
  core.setFailed(`Unexpected error (a bug in mlops-actions, please report it): ${errorMessage(error)}`);
}

const POST_MARKER = 'mlops-post';
const STATE_KEYS = 'mlops-state-keys';

function runContext(): RunContext {
  return {
    cwd: process.cwd(),
    log: actionsLogger,
    github: readGitHubContext(process.env),
    tempDir: path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'mlops-actions'),
  };
}

/** The post step: the runner starts the same bundle again with the state the main step saved. */
async function runPost<Inputs>(definition: ActionDefinition<Inputs>): Promise<void> {
  try {
    const keys = core.getState(STATE_KEYS).split(',').filter(Boolean);
    const state = Object.fromEntries(keys.map((key) => [key, core.getState(key)]));
    await definition.post?.(state, runContext());
  } catch (error) {
    // A clean-up failure must not turn a passed job red; it is reported and the step succeeds.
    core.warning(`${definition.name} post step: ${errorMessage(error)}`);
  }
}

/** The one place an action catches: read inputs, execute, report, fail when the report says so. */
export async function runAction<Inputs>(definition: ActionDefinition<Inputs>): Promise<void> {
  if (core.getState(POST_MARKER) === 'true') return runPost(definition);
  if (definition.post) core.saveState(POST_MARKER, 'true');
  try {
    const read: InputReader = (name) => core.getInput(name);
    const common = readCommonInputs(read);
    const inputs = definition.readInputs(read);
    const saved: string[] = [];
    const context: RunContext = {
      ...runContext(),
      saveState(name, value) {
        saved.push(name);
        core.saveState(name, value);
        core.saveState(STATE_KEYS, saved.join(','));
      },
    };
    const report = await definition.execute(inputs, context);
    await publish(definition.name, report, common, context);
    if (!report.passed) core.setFailed(`${definition.name} failed: ${report.title}`);
  } catch (error) {
    failWith(error);
  }
}
