// Tests of the GitHub API stand-in's valid paths, driven by the same Octokit client our actions
// use (@actions/github's getOctokit), so what passes here is what the actions will meet.
import { describe, expect, it } from 'vitest';
import { annotation, headSha, repo, start } from './test-setup.js';

describe('valid calls', () => {
  it('creates, lists, updates and deletes issue comments with schema-valid responses', async () => {
    const { api, octokit } = await start();
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'first' });
    expect(created.status).toBe(201);
    expect(created.data.user?.login).toBe('github-actions[bot]');
    expect(created.data.html_url).toBe(`https://github.com/acme/models/pull/7#issuecomment-${created.data.id}`);

    const updated = await octokit.rest.issues.updateComment({ ...repo, comment_id: created.data.id, body: 'edited' });
    expect(updated.data.body).toBe('edited');
    expect(api.comments(7).map((comment) => comment.body)).toEqual(['edited']);

    const listed = await octokit.rest.issues.listComments({ ...repo, issue_number: 7 });
    expect(listed.data.map((comment) => comment.id)).toEqual([created.data.id]);

    const deleted = await octokit.rest.issues.deleteComment({ ...repo, comment_id: created.data.id });
    expect(deleted.status).toBe(204);
    expect(api.comments(7)).toEqual([]);

    expect(api.calls.map((call) => `${call.operationId} ${call.status}`)).toEqual([
      'issues/create-comment 201',
      'issues/update-comment 200',
      'issues/list-comments 200',
      'issues/delete-comment 204',
    ]);
    expect(api.calls[0]?.body).toEqual({ body: 'first' });
    api.assertAllValid();
  });

  it('accumulates annotations across check-run PATCHes, as GitHub does', async () => {
    const { api, octokit } = await start();
    const first50 = Array.from({ length: 50 }, (_, index) => annotation(index + 1));
    const next30 = Array.from({ length: 30 }, (_, index) => annotation(index + 51));
    const created = await octokit.rest.checks.create({
      ...repo,
      name: 'model-test',
      head_sha: headSha,
      status: 'in_progress',
      output: { title: 'Model tests', summary: 'running', annotations: first50 },
    });
    expect(created.data.output.annotations_count).toBe(50);
    expect(created.data.completed_at).toBeNull();

    const updated = await octokit.rest.checks.update({
      ...repo,
      check_run_id: created.data.id,
      conclusion: 'failure',
      output: { title: 'Model tests', summary: '80 findings', annotations: next30 },
    });
    expect(updated.data.status).toBe('completed');
    expect(updated.data.conclusion).toBe('failure');
    expect(updated.data.completed_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(updated.data.output.annotations_count).toBe(80);

    const [run] = api.checkRuns;
    expect(run?.output.annotations.map((item) => item.start_line)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    expect(run?.output.summary).toBe('80 findings');
    expect(run?.updates).toBe(1);
    api.assertAllValid();
  });

  it('lists the latest check run per name for a ref, and all with filter=all', async () => {
    const { api, octokit } = await start();
    const older = await octokit.rest.checks.create({ ...repo, name: 'lint', head_sha: headSha });
    const newer = await octokit.rest.checks.create({ ...repo, name: 'lint', head_sha: headSha, conclusion: 'success' });
    await octokit.rest.checks.create({ ...repo, name: 'lint', head_sha: 'f'.repeat(40) });

    const latest = await octokit.rest.checks.listForRef({ ...repo, ref: headSha });
    expect(latest.data.check_runs.map((run) => run.id)).toEqual([newer.data.id]);
    const all = await octokit.rest.checks.listForRef({ ...repo, ref: headSha, filter: 'all' });
    expect(all.data.check_runs.map((run) => run.id)).toEqual([newer.data.id, older.data.id]);
    expect(all.data.total_count).toBe(2);
    // A branch name resolves to its tip: the default seeded pull request's head is `feature`.
    const byBranch = await octokit.rest.checks.listForRef({ ...repo, ref: 'feature' });
    expect(byBranch.data.total_count).toBe(0);
    await octokit.rest.checks.create({ ...repo, name: 'lint', head_sha: 'c0ffee0000000000000000000000000000000001' });
    expect((await octokit.rest.checks.listForRef({ ...repo, ref: 'feature' })).data.total_count).toBe(1);
    api.assertAllValid();
  });

  it('returns the seeded pull request and the repository', async () => {
    const { api, octokit } = await start({
      pullRequest: { head: { ref: 'retrain', sha: headSha }, base: { ref: 'main', sha: 'b'.repeat(40) } },
    });
    const pull = await octokit.rest.pulls.get({ ...repo, pull_number: 12 });
    expect(pull.data.number).toBe(12);
    expect(pull.data.head).toMatchObject({ ref: 'retrain', sha: headSha, label: 'acme:retrain' });
    expect(pull.data.base).toMatchObject({ ref: 'main', sha: 'b'.repeat(40) });
    expect(pull.data.base.repo.full_name).toBe('acme/models');
    expect(pull.data.html_url).toBe('https://github.com/acme/models/pull/12');

    const repository = await octokit.rest.repos.get(repo);
    expect(repository.data).toMatchObject({ full_name: 'acme/models', default_branch: 'main' });
    api.assertAllValid();
  });
});

describe('pagination', () => {
  it('pages comments with GitHub Link headers that Octokit paginate follows', async () => {
    const { api, octokit } = await start();
    for (let index = 1; index <= 5; index++) {
      await octokit.rest.issues.createComment({ ...repo, issue_number: 3, body: `comment ${index}` });
    }
    const second = await octokit.rest.issues.listComments({ ...repo, issue_number: 3, per_page: 2, page: 2 });
    expect(second.data.map((comment) => comment.body)).toEqual(['comment 3', 'comment 4']);
    const link = second.headers.link ?? '';
    expect(link).toContain(`${api.url}/repos/acme/models/issues/3/comments?per_page=2&page=3>; rel="next"`);
    expect(link).toContain('page=1>; rel="first"');
    expect(link).toContain('page=1>; rel="prev"');
    expect(link).toContain('page=3>; rel="last"');

    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 3, per_page: 2 });
    expect(all.map((comment) => comment.body)).toEqual([1, 2, 3, 4, 5].map((n) => `comment ${n}`));
    expect(api.calls.filter((call) => call.operationId === 'issues/list-comments')).toHaveLength(4);

    // GitHub caps per_page at 100 instead of refusing a larger value.
    const capped = await octokit.rest.issues.listComments({ ...repo, issue_number: 3, per_page: 500 });
    expect(capped.data).toHaveLength(5);
    expect(capped.headers.link).toBeUndefined();

    const future = await octokit.rest.issues.listComments({ ...repo, issue_number: 3, since: '2999-01-01T00:00:00Z' });
    expect(future.data).toEqual([]);
    api.assertAllValid();
  });
});

describe('denyChecks (read-only token)', () => {
  it("answers check-run writes with GitHub's 403 and leaves other calls working", async () => {
    const { api, octokit } = await start({ denyChecks: true });
    await expect(octokit.rest.checks.create({ ...repo, name: 'x', head_sha: headSha })).rejects.toMatchObject({
      status: 403,
      response: {
        data: {
          message: 'Resource not accessible by integration',
          documentation_url: expect.stringContaining('create-a-check-run'),
          status: '403',
        },
      },
    });
    expect(api.checkRuns).toEqual([]);
    const comment = await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'fallback' });
    expect(comment.status).toBe(201);
    // A denied write is GitHub's answer to a valid request, not a client bug.
    api.assertAllValid();
  });
});
