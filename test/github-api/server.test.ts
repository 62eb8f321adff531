// Tests of the GitHub API stand-in itself, driven by the same Octokit client our actions use
// (@actions/github's getOctokit), so what passes here is what the actions will meet.
import { request as httpRequest } from 'node:http';
import { getOctokit } from '@actions/github';
import { afterEach, describe, expect, it } from 'vitest';
import { startGitHubApi, type GitHubApiOptions, type GitHubApiServer } from './server.js';

const repo = { owner: 'acme', repo: 'models' };
const headSha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

let server: GitHubApiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options?: GitHubApiOptions) {
  server = await startGitHubApi(options);
  return { api: server, octokit: getOctokit('test-token', { baseUrl: server.url }) };
}

const annotation = (line: number) => ({
  path: 'src/train.py',
  start_line: line,
  end_line: line,
  annotation_level: 'warning' as const,
  message: `finding on line ${line}`,
});

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

    const future = await octokit.rest.issues.listComments({ ...repo, issue_number: 3, since: '2999-01-01T00:00:00Z' });
    expect(future.data).toEqual([]);
    api.assertAllValid();
  });
});

describe('requests GitHub would reject', () => {
  it('answers a bad annotation_level with 422 and records it', async () => {
    const { api, octokit } = await start();
    const bad = { ...annotation(3), annotation_level: 'error' as 'warning' };
    const sent = octokit.rest.checks.create({
      ...repo,
      name: 'x',
      head_sha: headSha,
      output: { title: 't', summary: 's', annotations: [bad] },
    });
    await expect(sent).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: expect.stringMatching(
            /^Invalid request\.\n\nFor 'properties\/annotation_level', "error" is not a member of \["notice", "warning", "failure"\]/,
          ),
          status: '422',
        },
      },
    });
    expect(api.invalid).toHaveLength(1);
    expect(api.invalid[0]).toContain('body/output/annotations/0/annotation_level must be equal to one of the allowed values');
    expect(api.checkRuns).toEqual([]);
    expect(() => api.assertAllValid()).toThrow(/annotation_level/);
  });

  it('answers a check run without head_sha with GitHub\'s "wasn\'t supplied" 422', async () => {
    const { api, octokit } = await start();
    const sent = octokit.request('POST /repos/{owner}/{repo}/check-runs', { ...repo, name: 'x' } as never);
    await expect(sent).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Invalid request.\n\n"head_sha" wasn\'t supplied.' } },
    });
    expect(api.invalid[0]).toMatch(/checks\/create.*must have required property 'head_sha'/);
  });

  it("answers a null comment body with GitHub's exact wording", async () => {
    const { api, octokit } = await start();
    const sent = octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: 1,
      body: null,
    } as never);
    await expect(sent).rejects.toMatchObject({
      status: 422,
      response: { data: { message: "Invalid request.\n\nFor 'properties/body', nil is not a string.", status: '422' } },
    });
    expect(api.comments(1)).toEqual([]);
    expect(api.invalid).toHaveLength(1);
  });

  it('refuses 51 annotations in one request, the limit GitHub documents', async () => {
    const { api, octokit } = await start();
    const annotations = Array.from({ length: 51 }, (_, index) => annotation(index + 1));
    const sent = octokit.rest.checks.create({ ...repo, name: 'x', head_sha: headSha, output: { title: 't', summary: 's', annotations } });
    await expect(sent).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Invalid request.\n\nNo more than 50 items are allowed; 51 were supplied.' } },
    });
    expect(api.invalid[0]).toContain('must NOT have more than 50 items');
  });

  it('refuses a completed check run without a conclusion, and columns across lines', async () => {
    const { api, octokit } = await start();
    await expect(octokit.rest.checks.create({ ...repo, name: 'x', head_sha: headSha, status: 'completed' })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Validation Failed', errors: [{ resource: 'CheckRun', field: 'conclusion', code: 'missing_field' }] } },
    });
    const spanning = { ...annotation(1), end_line: 4, start_column: 2, end_column: 9 };
    const sent = octokit.rest.checks.create({
      ...repo,
      name: 'x',
      head_sha: headSha,
      output: { title: 't', summary: 's', annotations: [spanning] },
    });
    await expect(sent).rejects.toMatchObject({ status: 422 });

    // On update the same rule is in GitHub's schema itself (an anyOf on status), so Ajv catches it.
    const run = await octokit.rest.checks.create({ ...repo, name: 'x', head_sha: headSha });
    const completing = octokit.rest.checks.update({ ...repo, check_run_id: run.data.id, status: 'completed' });
    await expect(completing).rejects.toMatchObject({
      status: 422,
      response: { data: { message: expect.stringContaining('"conclusion" wasn\'t supplied.') } },
    });
    expect(api.checkRuns[0]?.status).toBe('queued');
    expect(api.invalid).toHaveLength(3);
    expect(api.invalid[2]).toContain("body must have required property 'conclusion'");

    // A PATCH GitHub rejects changes nothing, not even the fields that were valid.
    const partlyBad = { ...repo, check_run_id: run.data.id, output: { title: 't', summary: 'changed', annotations: [spanning] } };
    await expect(octokit.rest.checks.update(partlyBad)).rejects.toMatchObject({ status: 422 });
    expect(api.checkRuns[0]?.output).toEqual({ title: null, summary: null, text: null, annotations: [] });
    expect(api.checkRuns[0]?.updates).toBe(0);
  });

  it('answers an unknown endpoint with 404 and records it', async () => {
    const { api, octokit } = await start();
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...repo, issue_number: 1 }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(octokit.request('PUT /repos/{owner}/{repo}/check-runs', repo)).rejects.toMatchObject({ status: 404 });
    expect(api.invalid).toEqual([
      'GET /repos/acme/models/issues/1/labels: no such operation in openapi-subset.json -> 404',
      'PUT /repos/acme/models/check-runs: no such operation in openapi-subset.json -> 404',
    ]);
    expect(() => api.assertAllValid()).toThrow(/2 invalid exchange\(s\)/);
  });

  it('answers a non-numeric issue number with 404 and a string where an integer belongs with 422', async () => {
    const { api, octokit } = await start();
    await expect(octokit.request('GET /repos/acme/models/issues/abc/comments')).rejects.toMatchObject({ status: 404 });
    const sent = octokit.request('POST /repos/{owner}/{repo}/check-runs', {
      ...repo,
      name: 'x',
      head_sha: headSha,
      output: { title: 't', summary: 's', annotations: [{ ...annotation(1), start_line: '1' }] },
    } as never);
    await expect(sent).rejects.toMatchObject({
      status: 422,
      response: { data: { message: expect.stringContaining(`"1" is not an integer`) } },
    });
    expect(api.invalid).toHaveLength(2);
  });

  it('requires a token and a User-Agent, and rejects malformed JSON', async () => {
    const { api } = await start({ token: 'right-token' });
    const wrong = getOctokit('wrong-token', { baseUrl: api.url });
    await expect(wrong.rest.repos.get(repo)).rejects.toMatchObject({ status: 401, response: { data: { message: 'Bad credentials' } } });
    const raw = (headers: Record<string, string>, body?: string) =>
      new Promise<number>((resolve, reject) => {
        const sent = httpRequest(`${api.url}/repos/acme/models/issues/1/comments`, { method: 'POST', headers }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        sent.on('error', reject);
        sent.end(body);
      });
    expect(await raw({ 'user-agent': 'test' })).toBe(401);
    expect(await raw({ authorization: 'token right-token' })).toBe(403);
    expect(await raw({ authorization: 'Bearer right-token', 'user-agent': 'test' }, '{"body": ')).toBe(400);
    expect(api.invalid.map((line) => line.slice(line.indexOf(': ') + 2))).toEqual([
      'wrong token -> 401',
      'no `Authorization: token|Bearer <token>` header -> 401',
      'no User-Agent header -> 403',
      'body is not JSON -> 400',
    ]);
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
