// The event helpers must hand actions GitHub's real payloads, patched consistently: the project's
// context reader and @actions/github's Context both read them back as on a runner.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readGitHubContext } from '../../core/github-context.js';
import { pullRequestEvent, pushEvent, workflowDispatchEvent, writeEvent } from './events.js';

const headSha = '1111111111111111111111111111111111111111';
const baseSha = '2222222222222222222222222222222222222222';
const target = { owner: 'acme', repo: 'models' };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('pull_request events', () => {
  it('patches the opened example to the test repository, number and branches', () => {
    const payload = pullRequestEvent('opened', {
      ...target,
      number: 42,
      head: { ref: 'retrain', sha: headSha },
      base: { ref: 'main', sha: baseSha },
    });
    expect(payload.action).toBe('opened');
    expect(payload.number).toBe(42);
    expect(payload.repository.full_name).toBe('acme/models');
    expect(payload.pull_request.head).toMatchObject({ ref: 'retrain', sha: headSha, label: 'acme:retrain' });
    expect(payload.pull_request.base).toMatchObject({ ref: 'main', sha: baseSha });
    expect(payload.pull_request.html_url).toBe('https://github.com/acme/models/pull/42');
    // No trace of the example's repository may remain for an action to pick up by mistake.
    expect(JSON.stringify(payload)).not.toContain('Codertocat/Hello-World');
  });

  it("moves a synchronize event's `after` to the new head", () => {
    const payload = pullRequestEvent('synchronize', { ...target, head: { sha: headSha } });
    expect(payload.action).toBe('synchronize');
    expect(payload.after).toBe(headSha);
    expect(payload.pull_request.head.sha).toBe(headSha);
  });

  it('is read back by core/github-context and @actions/github as on a runner', async () => {
    const payload = pullRequestEvent('opened', {
      ...target,
      number: 9,
      head: { ref: 'retrain', sha: headSha },
      base: { ref: 'main', sha: baseSha },
    });
    const written = writeEvent('pull_request', payload, { apiUrl: 'http://127.0.0.1:1' });
    expect(JSON.parse(readFileSync(written.path, 'utf8'))).toEqual(payload);
    expect(written.env).toMatchObject({ GITHUB_REF: 'refs/pull/9/merge', GITHUB_HEAD_REF: 'retrain', GITHUB_BASE_REF: 'main' });

    const context = readGitHubContext(written.env);
    expect(context?.repository).toEqual(target);
    expect(context?.pullRequest).toEqual({ number: 9, headSha, baseRef: 'main', baseSha });

    for (const [name, value] of Object.entries(written.env)) vi.stubEnv(name, value);
    // @actions/github builds its `context` from the environment when first imported.
    vi.resetModules();
    const { context: actionsContext } = await import('@actions/github');
    expect(actionsContext.issue).toEqual({ ...target, number: 9 });
    expect(actionsContext.payload.pull_request?.head.sha).toBe(headSha);
    expect(actionsContext.apiUrl).toBe('http://127.0.0.1:1');
  });
});

describe('push and workflow_dispatch events', () => {
  it('patches a branch push and sets GITHUB_SHA to the pushed commit', () => {
    const payload = pushEvent({ ...target, head: { ref: 'main', sha: headSha }, base: { sha: baseSha } });
    expect(payload).toMatchObject({ ref: 'refs/heads/main', after: headSha, before: baseSha });
    expect(payload.head_commit?.id).toBe(headSha);
    const written = writeEvent('push', payload);
    expect(written.env).toMatchObject({ GITHUB_SHA: headSha, GITHUB_REF: 'refs/heads/main', GITHUB_REPOSITORY: 'acme/models' });
    expect(readGitHubContext(written.env)?.pullRequest).toBeUndefined();
  });

  it('carries workflow_dispatch inputs', () => {
    const payload = workflowDispatchEvent({ ...target, head: { ref: 'main' }, inputs: { dataset: 'data/train.csv' } });
    expect(payload.inputs).toEqual({ dataset: 'data/train.csv' });
    expect(payload.ref).toBe('refs/heads/main');
    const written = writeEvent('workflow_dispatch', payload, { sha: headSha });
    expect(written.env).toMatchObject({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_SHA: headSha, GITHUB_REPOSITORY: 'acme/models' });
  });
});
