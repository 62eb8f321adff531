import { readFileSync } from 'node:fs';
import type { GitHubContext } from './action.js';

type Env = Readonly<Record<string, string | undefined>>;

interface PullRequestPayload {
  number?: number;
  pull_request?: { number: number; head: { sha: string }; base: { ref: string; sha: string } };
}

function readPayload(eventPath: string | undefined): Record<string, unknown> {
  if (!eventPath) return {};
  try {
    return JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The run's GitHub context from the runner's environment; undefined outside Actions. */
export function readGitHubContext(env: Env): GitHubContext | undefined {
  if (env.GITHUB_ACTIONS !== 'true' && !env.GITHUB_EVENT_PATH) return undefined;
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const pr = (payload as PullRequestPayload).pull_request;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    repository: owner && repo ? { owner, repo } : undefined,
    pullRequest: pr ? { number: pr.number, headSha: pr.head.sha, baseRef: pr.base.ref, baseSha: pr.base.sha } : undefined,
    job: env.GITHUB_JOB ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    payload,
  };
}
