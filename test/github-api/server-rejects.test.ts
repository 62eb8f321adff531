// Requests GitHub would refuse: the stand-in must answer with GitHub's status and wording AND
// record each one, so `assertAllValid()` fails the test that sent it.
import { request as httpRequest } from 'node:http';
import { getOctokit } from '@actions/github';
import { describe, expect, it } from 'vitest';
import { annotation, headSha, repo, start } from './test-setup.js';

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
