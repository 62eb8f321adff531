import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../core/findings.js';
import { pullRequestEvent } from '../github-api/events.js';
import { startGitHubApi, type GitHubApiServer } from '../github-api/server.js';
import { REPO_ROOT, runBundle, type RunBundleOptions } from '../harness/run-bundle.js';

const bundlePath = path.join(REPO_ROOT, 'test', '.build', 'report-action', 'index.js');
const run = (options: RunBundleOptions) => runBundle('report-action', { bundlePath, ...options });

function findings(count: number, level: Finding['level'] = 'error'): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    level,
    title: `rule ${i}`,
    message: `value ${i} breaks the rule`,
    file: 'data/train.csv',
    line: i + 2,
    column: 3,
  }));
}

const prEvent = { name: 'pull_request', payload: pullRequestEvent('opened', { owner: 'octo-org', repo: 'ml-project', number: 7 }) };

let github: GitHubApiServer | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

describe('report sinks through a real bundle', () => {
  it('caps annotations at 10 errors plus one overflow notice, and puts all 25 in one check-run request', async () => {
    github = await startGitHubApi();
    const result = await run({
      inputs: { findings: JSON.stringify(findings(25)), passed: 'false', 'check-run': 'true', 'pr-comment': 'false' },
      event: prEvent,
      github,
    });
    github.assertAllValid();
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error' && a.file === 'data/train.csv');
    expect(errors).toHaveLength(10);
    expect(errors[0]).toMatchObject({ file: 'data/train.csv', line: 2, col: 3, title: 'rule 0', message: 'value 0 breaks the rule' });
    const notices = result.annotations.filter((a) => a.level === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0].message).toMatch(/^15 more — 15 errors not shown/);

    const checkWrites = github.calls.filter((call) => call.operationId?.startsWith('checks/'));
    expect(checkWrites.map((call) => call.operationId)).toEqual(['checks/create']);
    const body = checkWrites[0].body as { output: { annotations: unknown[] }; conclusion: string; head_sha: string };
    expect(body.output.annotations).toHaveLength(25);
    expect(body.conclusion).toBe('failure');
    expect(body.head_sha).toBe(prEvent.payload.pull_request.head.sha);
    expect(github.checkRuns[0].output.annotations).toHaveLength(25);
  });

  it('sends 120 annotations as one create and two updates of 50 at most', async () => {
    github = await startGitHubApi();
    await run({
      inputs: { findings: JSON.stringify(findings(120, 'warning')), 'check-run': 'true', 'pr-comment': 'false' },
      event: prEvent,
      github,
    });
    github.assertAllValid();
    const sizes = github.calls
      .filter((call) => call.operationId?.startsWith('checks/'))
      .map((call) => (call.body as { output: { annotations: unknown[] } }).output.annotations.length);
    expect(sizes).toEqual([50, 50, 20]);
    expect(github.checkRuns[0].output.annotations).toHaveLength(120);
  });

  it('warns instead of failing when the token may not write checks', async () => {
    github = await startGitHubApi({ denyChecks: true });
    const result = await run({
      inputs: { findings: JSON.stringify(findings(2, 'notice')), 'check-run': 'true', 'pr-comment': 'false' },
      event: prEvent,
      github,
    });
    expect(result.exitCode).toBe(0);
    expect(result.annotations.some((a) => a.level === 'warning' && /checks: write/.test(a.message))).toBe(true);
  });

  it('posts one sticky PR comment and updates it on the next run', async () => {
    github = await startGitHubApi();
    const first = await run({ inputs: { findings: JSON.stringify(findings(1)), passed: 'false' }, event: prEvent, github });
    expect(first.exitCode).toBe(1);
    const second = await run({ inputs: { findings: '[]' }, event: prEvent, github });
    expect(second.exitCode).toBe(0);
    github.assertAllValid();
    const comments = github.comments(7);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('<!-- mlops-actions:report-action:test -->');
    expect(comments[0].body).toContain('## Report');
    const writes = github.calls.filter((call) => /comment/.test(call.operationId ?? '') && call.method !== 'GET').map((c) => c.operationId);
    expect(writes).toEqual(['issues/create-comment', 'issues/update-comment']);
    expect((second.apiCalls as { operationId?: string }[]).map((call) => call.operationId)).toEqual([
      'issues/list-comments',
      'issues/update-comment',
    ]);
    // A different job gets its own comment.
    await run({ inputs: { findings: '[]' }, event: prEvent, github, job: 'other' });
    expect(github.comments(7)).toHaveLength(2);
  });

  it('truncates a 2 MiB summary to 1 MiB with a note, and still passes', async () => {
    const result = await run({ inputs: { 'summary-bytes': String(2 * 1024 * 1024) } });
    expect(result.exitCode).toBe(0);
    expect(Buffer.byteLength(result.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(result.summary).toMatch(/summary was truncated: \d+ KiB more did not fit GitHub's 1 MiB limit/);
    expect(result.summary.startsWith('## Report')).toBe(true);
  });

  it('writes outputs and a JSON report file', async () => {
    const result = await run({ inputs: { findings: JSON.stringify(findings(3, 'warning')) } });
    expect(result.outputs.count).toBe('3');
    expect(result.report?.findings).toHaveLength(3);
    expect(result.report?.passed).toBe(true);
  });

  it('fails a step on a user error with one clean line and an annotation, no stack trace', async () => {
    const result = await run({ inputs: { mode: 'user-error' } });
    expect(result.exitCode).toBe(1);
    expect(result.hasStackTrace).toBe(false);
    expect(result.annotations[0]).toMatchObject({ level: 'error', file: 'data.csv', line: 3 });
  });

  it('names the input of a bad enum value and fails cleanly', async () => {
    const result = await run({ inputs: { mode: 'sideways' } });
    expect(result.exitCode).toBe(1);
    expect(result.hasStackTrace).toBe(false);
    expect(result.annotations.map((a) => a.message)).toContain("Input 'mode': 'sideways' is not one of: report, user-error, bug.");
  });

  it('logs a bug with its stack', async () => {
    const result = await run({ inputs: { mode: 'bug' } });
    expect(result.exitCode).toBe(1);
    expect(result.hasStackTrace).toBe(true);
    expect(result.stdout).toContain('a bug in mlops-actions');
  });
});

describe('the GitHub API stand-in', () => {
  it('fails the test that sends an invalid request', async () => {
    github = await startGitHubApi();
    const response = await fetch(`${github.url}/repos/octo-org/ml-project/check-runs`, {
      method: 'POST',
      headers: { authorization: 'token x', 'user-agent': 'test', 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'x',
        head_sha: 'abc',
        output: {
          title: 't',
          summary: 's',
          annotations: [{ path: 'a', start_line: 1, end_line: 1, annotation_level: 'fatal', message: 'm' }],
        },
      }),
    });
    expect(response.status).toBe(422);
    expect(() => github?.assertAllValid()).toThrow(/annotation_level/);
  });
});

describe('the post step', () => {
  it('runs the definition post hook with the state the main step saved', async () => {
    const marker = path.join(os.tmpdir(), `post-${process.pid}-${Date.now()}.txt`);
    const main = await run({ inputs: { cleanup: marker } });
    expect(main.exitCode).toBe(0);
    expect(main.state).toMatchObject({ 'mlops-post': 'true', cleanup: marker });
    const post = await run({ inputs: { cleanup: marker }, state: main.state });
    expect(post.exitCode).toBe(0);
    expect(readFileSync(marker, 'utf8')).toBe('cleaned up');
    expect(post.summary).toBe('');
  });

  it('only warns when the post step fails', async () => {
    const main = await run({ inputs: { cleanup: 'fail' } });
    const post = await run({ inputs: { cleanup: 'fail' }, state: main.state });
    expect(post.exitCode).toBe(0);
    expect(post.annotations).toEqual([
      expect.objectContaining({ level: 'warning', message: 'report-action post step: the clean-up could not remove the build cache' }),
    ]);
  });
});
