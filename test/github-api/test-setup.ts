// Shared set-up for the stand-in's own tests: a fresh server per test, closed afterwards, and the
// same Octokit client our actions use (@actions/github's getOctokit) pointed at it.
import { getOctokit } from '@actions/github';
import { afterEach } from 'vitest';
import { startGitHubApi, type GitHubApiOptions, type GitHubApiServer } from './server.js';

export const repo = { owner: 'acme', repo: 'models' };
export const headSha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

let server: GitHubApiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

export async function start(options?: GitHubApiOptions) {
  server = await startGitHubApi(options);
  return { api: server, octokit: getOctokit('test-token', { baseUrl: server.url }) };
}

export const annotation = (line: number) => ({
  path: 'src/train.py',
  start_line: line,
  end_line: line,
  annotation_level: 'warning' as const,
  message: `finding on line ${line}`,
});
