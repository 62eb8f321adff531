import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { parseAnnotations, parseKeyValueFile, type Annotation } from './workflow-commands.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TEST_TOKEN = 'ghs_testtoken0123456789abcdefABCDEF0123';

export interface RunBundleOptions {
  inputs?: Record<string, string>;
  /** Working directory (GITHUB_WORKSPACE); a fresh temp dir when omitted. */
  cwd?: string;
  event?: { name: string; payload: object };
  env?: Record<string, string>;
  /** The GitHub API stand-in; GITHUB_API_URL points at it. */
  github?: { url: string; calls?: readonly unknown[] };
  repository?: string;
  job?: string;
  timeoutMs?: number;
  /** A bundle outside dist/ (a test fixture action), with its action.yml beside it. */
  bundlePath?: string;
  /** The state a main step saved: the runner passes it to the post step as STATE_<name>. */
  state?: Record<string, string>;
}

export interface BundleResult {
  exitCode: number;
  outputs: Record<string, string>;
  env: Record<string, string>;
  /** What the step saved with saveState (GITHUB_STATE), for running its post step. */
  state: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  stdout: string;
  stderr: string;
  /** The parsed JSON report named by the `report-path` output, when one was written. */
  report?: {
    passed: boolean;
    title: string;
    findings: unknown[];
    outputs: Record<string, unknown>; // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each action's report data has its own shape
    data: any;
  };
  /** The requests this run made to the GitHub API stand-in, in order. */
  apiCalls: unknown[];
  /** True when the log holds a JavaScript stack trace (never acceptable for a user's mistake). */
  hasStackTrace: boolean;
}

interface ActionInputSpec {
  default?: string | number | boolean;
}

/** The defaults the runner fills in from action.yml for inputs a workflow leaves out. */
function actionDefaults(action: string, bundlePath?: string): Record<string, string> {
  const file = bundlePath
    ? path.join(path.dirname(bundlePath), 'action.yml')
    : path.join(REPO_ROOT, action === 'main' ? 'action.yml' : `actions/${action}/action.yml`);
  const spec = parseYaml(readFileSync(file, 'utf8')) as { inputs?: Record<string, ActionInputSpec> };
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(spec.inputs ?? {})) {
    if (input.default === undefined) continue;
    defaults[name] = String(input.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, TEST_TOKEN);
  }
  return defaults;
}

/** Runs dist/<action>/index.js in a child process the way the Actions runner does. */
export async function runBundle(action: string, options: RunBundleOptions = {}): Promise<BundleResult> {
  const bundle = options.bundlePath ?? path.join(REPO_ROOT, 'dist', action, 'index.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} does not exist: run \`npm run build\` first`);
  const runnerDir = mkdtempSync(path.join(os.tmpdir(), 'mlops-runner-'));
  const cwd = options.cwd ?? mkdtempSync(path.join(os.tmpdir(), 'mlops-workspace-'));
  const files = Object.fromEntries(
    ['output', 'summary', 'env', 'state', 'path'].map((name) => {
      const file = path.join(runnerDir, name);
      writeFileSync(file, '');
      return [name, file];
    }),
  );
  const eventPath = path.join(runnerDir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.event?.payload ?? {}));
  const inputs = { ...actionDefaults(action, options.bundlePath), ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerDir,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: cwd,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_PATH: files.path,
    GITHUB_EVENT_NAME: options.event?.name ?? 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/ml-project',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_JOB: options.job ?? 'test',
    GITHUB_RUN_ID: '4242',
    GITHUB_ACTION: action.replace(/-/g, '_'),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.github?.url ?? 'http://127.0.0.1:9',
    RUNNER_TEMP: path.join(runnerDir, 'temp'),
    RUNNER_OS: 'Linux',
    ...options.env,
  };
  // The runner passes inputs as INPUT_<NAME> with spaces turned to underscores and the name upper-cased.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;

  const callsBefore = options.github?.calls?.length ?? 0;
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [bundle],
      { cwd, env, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, out, err) => resolve({ exitCode: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: out, stderr: err }),
    );
  });
  const outputs = parseKeyValueFile(readFileSync(files.output, 'utf8'));
  const reportPath = outputs['report-path'];
  return {
    exitCode,
    outputs,
    env: parseKeyValueFile(readFileSync(files.env, 'utf8')),
    state: parseKeyValueFile(readFileSync(files.state, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    annotations: parseAnnotations(stdout),
    stdout,
    stderr,
    report: reportPath && existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8')) : undefined,
    apiCalls: options.github?.calls?.slice(callsBefore) ?? [],
    hasStackTrace: /\n\s+at .+(\.js|\.ts|node:)/.test(stdout + stderr),
  };
}
