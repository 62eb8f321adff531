import type { Finding } from './findings.js';

/** Where logs go: `core.*` in an action, stderr in the CLI. Domain code only sees this. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** Runs `fn` inside a collapsible log section. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Hides a secret from every later log line. */
  secret(value: string): void;
}

/** What GitHub's event says about the run, when there is one. */
export interface GitHubContext {
  eventName: string;
  sha: string;
  ref: string;
  repository?: { owner: string; repo: string };
  /** The pull request number, head and base, on pull_request events. */
  pullRequest?: { number: number; headSha: string; baseRef: string; baseSha: string };
  job: string;
  runId: string;
  serverUrl: string;
  apiUrl: string;
  payload: Record<string, unknown>;
}

export interface RunContext {
  /** Directory relative paths resolve against (the workspace or cwd). */
  cwd: string;
  log: Logger;
  github?: GitHubContext;
  /** A scratch directory for reports and temporary files. */
  tempDir: string;
  /** Keeps a value for the post step (never a secret: state is stored in plain text). */
  saveState?(name: string, value: string): void;
}

export type OutputValue = string | number | boolean;

/** What an action hands to the report sinks. */
export interface ActionReport {
  /** One line, e.g. "3 files, 2 errors". */
  title: string;
  passed: boolean;
  /** Markdown for the job summary, the check run and the PR comment. */
  summary: string;
  findings: Finding[];
  outputs: Record<string, OutputValue>;
  /** The machine-readable report written to `report-path`. */
  data: Record<string, unknown>;
}

/** Reads a raw input by its action.yml name: '' when not given. */
export type InputReader = (name: string) => string;

/**
 * An action in three parts the runner, the CLI and tests share: parse inputs once,
 * execute the domain, get a report back.
 */
export interface ActionDefinition<Inputs> {
  name: string;
  readInputs(read: InputReader): Inputs;
  execute(inputs: Inputs, context: RunContext): Promise<ActionReport>;
  /**
   * Clean-up for the action.yml `post:` step (same bundle, run again after the job). It gets the
   * values `execute` kept with `context.saveState`; a failure here only warns.
   */
  post?(state: Readonly<Record<string, string>>, context: RunContext): Promise<void>;
}
