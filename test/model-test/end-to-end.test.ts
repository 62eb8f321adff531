// The built bundle on a real git repository made from examples/model-test: a base branch with
// committed metrics, a PR branch that trains a worse model, a shallow clone that must fetch the
// base, real python + scikit-learn + pytest, and the GitHub API stand-in for the PR comment.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../github-api/events.js';
import { startGitHubApi, type GitHubApiServer } from '../github-api/server.js';
import { REPO_ROOT, runBundle, type RunBundleOptions } from '../harness/run-bundle.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'model-test-e2e-'));
const origin = path.join(root, 'origin');
const checkout = path.join(root, 'checkout');

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=CI', '-c', 'user.email=ci@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();
}

let baseSha = '';
let headSha = '';
let github: GitHubApiServer;

/** Builds the repositories once, in the first test, so a missing python/scikit-learn/git fails every test instead of skipping them. */
async function makeRepositories(): Promise<void> {
  cpSync(path.join(REPO_ROOT, 'examples', 'model-test'), origin, {
    recursive: true,
    // Leave out what local runs (the demo) may have left there: the base branch makes its own.
    filter: (src) => !/__pycache__|\.pytest_cache|\.benchmarks|metrics\.json$|predictions\.csv$/.test(src),
  });
  git(origin, 'init', '-q', '-b', 'main');
  // The base branch carries the metrics and predictions of the current model.
  execFileSync('python3', ['evaluate.py'], { cwd: origin });
  git(origin, 'add', '-A');
  // The example's .gitignore keeps local outputs out of this repo; the base branch commits them, as DVC metrics are.
  git(origin, 'add', '-f', 'metrics.json', 'predictions.csv');
  git(origin, 'commit', '-q', '-m', 'baseline model');
  baseSha = git(origin, 'rev-parse', 'HEAD');
  // The pull request drops the petal features: a worse model.
  git(origin, 'checkout', '-q', '-b', 'feature');
  const params = JSON.parse(readFileSync(path.join(origin, 'params.json'), 'utf8')) as { model: { features: string[] } };
  params.model.features = ['sepal_length', 'sepal_width'];
  writeFileSync(path.join(origin, 'params.json'), `${JSON.stringify(params, null, 2)}\n`);
  git(origin, 'commit', '-q', '-am', 'use sepal features only');
  headSha = git(origin, 'rev-parse', 'HEAD');
  // actions/checkout's default: one commit of the PR branch, no base branch.
  execFileSync('git', ['clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, checkout]);
  github = await startGitHubApi();
}
let ready: Promise<void> | undefined;
const setUp = () => (ready ??= makeRepositories());

afterAll(async () => {
  await github?.close();
});

const event = () => ({
  name: 'pull_request',
  payload: pullRequestEvent('opened', {
    owner: 'octo-org',
    repo: 'ml-project',
    number: 7,
    head: { ref: 'feature', sha: headSha },
    base: { ref: 'main', sha: baseSha },
  }),
});

const evaluatorInputs = {
  predictions: 'predictions.csv',
  task: 'classification',
  'probability-columns': 'proba_setosa, proba_versicolor, proba_virginica',
  slices: 'sepal_size',
};

async function run(inputs: Record<string, string>, options: Partial<RunBundleOptions> = {}) {
  await setUp();
  return runBundle('model-test', { cwd: checkout, event: event(), github, inputs, timeoutMs: 180_000, ...options });
}

function lineOf(file: string, text: string): number {
  return (
    readFileSync(path.join(checkout, file), 'utf8')
      .split('\n')
      .findIndex((line) => line.includes(text)) + 1
  );
}

describe('model-test end to end on a PR branch', () => {
  it('fails max-drop against the fetched base branch, annotates the metrics line, and posts the PR comment', async () => {
    const result = await run({
      command: 'python3 evaluate.py',
      metrics: 'metrics.json',
      ...evaluatorInputs,
      thresholds: [
        'accuracy: ">= 0.75"',
        'test.f1: { min: 0.7, max-drop: 0.05 }',
        'test.log_loss: "<= 1.0"',
        'slice.sepal_size.*.accuracy: ">= 0.5"',
      ].join('\n'),
    });
    expect(result.hasStackTrace).toBe(false);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.passed).toBe('false');
    // The shallow checkout lacked main: the action fetched it.
    expect(result.stdout).toMatch(/fetching it from origin/);
    const metrics = JSON.parse(result.outputs['metrics-json']) as Record<string, number>;
    expect(metrics.accuracy).toBeCloseTo(0.8, 12);
    expect(metrics.f1_macro).toBeGreaterThan(0);

    const errors = result.annotations.filter((a) => a.level === 'error' && a.file);
    const f1 = errors.find((a) => a.file === 'metrics.json');
    expect(f1, JSON.stringify(result.annotations)).toBeDefined();
    expect(f1!.line).toBe(lineOf('metrics.json', '"f1"'));
    expect(f1!.message).toMatch(/test\.f1 = 0\.79.*dropped by 0\.13\d+ from 0\.93\d+, more than the allowed 0\.05/);
    expect(errors, JSON.stringify(errors)).toHaveLength(1);

    const data = result.report!.data;
    expect(data.baseline).toMatchObject({ source: 'main', commit: baseSha, intervals: 'paired' });
    const accuracy = data.metrics.find((row: { name: string }) => row.name === 'accuracy');
    expect(accuracy).toMatchObject({ baseline: expect.closeTo(0.9333333333, 8), status: 'pass' });
    expect(accuracy.interval.low).toBeLessThan(accuracy.delta);
    expect(accuracy.interval.high).toBeGreaterThan(accuracy.delta);

    github.assertAllValid();
    const comments = github.comments(7);
    expect(comments).toHaveLength(1);
    const body = comments[0].body;
    expect(body).toContain('## Model test');
    expect(body).toContain('❌ **Model test failed**');
    expect(body).toMatch(/\| test\.f1 \| 0\.798 \| 0\.9333 \| -0\.135 \| {2}\| ≥ 0\.7, drop ≤ 0\.05 \| ❌ fail \|/);
    expect(body).toContain('### Confusion matrix');
    expect(body).toContain('### Per sepal_size');
    expect(body).toContain('paired bootstrap intervals');
    expect(body).toMatch(/\| long · accuracy \| 0\.7097 \| 0\.9032 \| -0\.194 \| \[-0\.\d+, -0\.\d+\] \| >= 0\.5 \| ✅ pass \|/);
    expect(body).toContain('| **versicolor** | 0 | **16** | 4 |');
    expect(body).toContain('xychart-beta');
    expect(result.summary).toContain(body.split('\n').find((line) => line.startsWith('| test.f1 |')));
  });

  it('passes within the thresholds (metrics found through dvc.yaml) and updates the same PR comment', async () => {
    const result = await run({
      metrics: 'dvc.yaml', // its evaluate stage declares metrics.json
      ...evaluatorInputs,
      thresholds: 'test.f1: { min: 0.7, max-drop: 20% }\naccuracy: { max-drop: 0.2 }',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs.passed).toBe('true');
    expect(JSON.parse(result.outputs['metrics-json'])['test.f1']).toBeCloseTo(0.798, 3);
    github.assertAllValid();
    const comments = github.comments(7);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('✅ **Model test passed**');
    const writes = github.calls
      .filter((call) => /comment/.test(call.operationId ?? '') && call.method !== 'GET')
      .map((call) => call.operationId);
    expect(writes).toEqual(['issues/create-comment', 'issues/update-comment']);
  });

  it('turns each failed pytest case of the JUnit report into an annotation at the failing line', async () => {
    const result = await run(
      { command: 'python3 -m pytest -q tests --junitxml=report.xml', junit: 'report.xml', metrics: 'metrics.json', 'pr-comment': 'false' },
      { event: undefined },
    );
    expect(result.exitCode).toBe(1);
    const failures = result.annotations.filter((a) => a.level === 'error' && a.file === 'tests/test_model.py');
    expect(failures).toHaveLength(1);
    expect(failures[0].line).toBe(lineOf('tests/test_model.py', 'assert accuracy >= 0.85'));
    expect(failures[0].message).toMatch(/accuracy 0\.800 is below 0\.85/);
    expect(failures[0].title).toBe('Test failed: tests.test_model.test_accuracy_is_reasonable');
    expect(result.report!.data.junit).toEqual([{ file: 'report.xml', tests: 2, failed: 1, errored: 0, skipped: 0 }]);
    expect(result.annotations.some((a) => a.title === 'Command failed')).toBe(true);
  });

  it('labels a drop inside the bootstrap interval as noise, and fails one outside it', async () => {
    const result = await run({ ...evaluatorInputs, thresholds: 'slice.sepal_size.*.accuracy: { max-drop: 0.01 }', 'pr-comment': 'false' });
    const rows = result.report!.data.metrics as { name: string; delta: number; interval: { low: number; high: number }; status: string }[];
    const long = rows.find((r) => r.name === 'slice.sepal_size.long.accuracy')!;
    const short = rows.find((r) => r.name === 'slice.sepal_size.short.accuracy')!;
    // long: 0.903 → 0.710 over 31 flowers; short: 0.966 → 0.897 over 29 (two flowers).
    expect(long.interval.high).toBeLessThan(0);
    expect(long.status).toBe('fail');
    expect(short.delta).toBeLessThan(-0.01);
    expect(short.interval.low).toBeLessThan(0);
    expect(short.interval.high).toBeGreaterThanOrEqual(0);
    expect(short.status).toBe('noise');
    expect(result.annotations.find((a) => a.level === 'warning' && /short\.accuracy/.test(a.message))?.message).toMatch(/within noise/);
    expect(result.exitCode).toBe(1);
  });

  it('fails a model that is fine on average but broken for one segment', async () => {
    const result = await run({
      ...evaluatorInputs,
      thresholds: 'accuracy: ">= 0.75"\nslice.sepal_size.*.accuracy: ">= 0.8"',
      'pr-comment': 'false',
    });
    expect(result.exitCode).toBe(1);
    const rows = result.report!.data.metrics as { name: string; status?: string }[];
    expect(rows.find((r) => r.name === 'accuracy')?.status).toBe('pass');
    expect(rows.find((r) => r.name === 'slice.sepal_size.short.accuracy')?.status).toBe('pass');
    const errors = result.annotations.filter((a) => a.level === 'error' && a.file);
    expect(errors.map((a) => [a.file, a.title])).toEqual([
      ['predictions.csv', 'Metric slice.sepal_size.long.accuracy failed its threshold'],
    ]);
    expect(result.summary).toMatch(/\| long · accuracy \| 0\.7097 \| 0\.9032 \| -0\.194 \| .* \| >= 0\.8 \| ❌ fail \|/);
  });
});
