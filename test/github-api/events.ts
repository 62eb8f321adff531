// Real webhook payloads from @octokit/webhooks-examples (GitHub's own event examples), patched to
// the test's repository, pull request and commits, so tests write GITHUB_EVENT_PATH with the
// exact shape the runner provides instead of hand-made fragments.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { WebhookDefinition } from '@octokit/webhooks-examples';
import type { PullRequestOpenedEvent, PullRequestSynchronizeEvent, PushEvent, WorkflowDispatchEvent } from '@octokit/webhooks-types';
import { rewriteStrings } from './render.js';

const definitions = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[];

export type ExampleEventName = 'pull_request' | 'push' | 'workflow_dispatch';
export type PullRequestAction = 'opened' | 'synchronize';

export interface EventPatch {
  owner?: string;
  repo?: string;
  /** Pull request number (pull_request events only). */
  number?: number;
  head?: { ref?: string; sha?: string };
  base?: { ref?: string; sha?: string };
  /** workflow_dispatch inputs. */
  inputs?: Record<string, string>;
}

function example<T>(name: ExampleEventName, pick: (payload: Record<string, unknown>) => boolean): T {
  const found = definitions
    .find((definition) => definition.name === name)
    ?.examples.find((payload) => pick(payload as Record<string, unknown>));
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${name} example matching the request`);
  return structuredClone(found) as T;
}

/** Moves every URL and name of the example's repository to `owner/repo`. */
function retargetRepository<T extends { repository: { full_name: string } }>(payload: T, owner?: string, repo?: string): T {
  const [exampleOwner = '', exampleRepo = ''] = payload.repository.full_name.split('/');
  const targetOwner = owner ?? exampleOwner;
  const targetRepo = repo ?? exampleRepo;
  const moved = rewriteStrings(payload, [[`${exampleOwner}/${exampleRepo}`, `${targetOwner}/${targetRepo}`]]);
  Object.assign(moved.repository, { name: targetRepo, full_name: `${targetOwner}/${targetRepo}` });
  Object.assign((moved.repository as unknown as { owner: { login: string } }).owner, { login: targetOwner });
  return moved;
}

export function pullRequestEvent(action: 'opened', patch?: EventPatch): PullRequestOpenedEvent;
export function pullRequestEvent(action: 'synchronize', patch?: EventPatch): PullRequestSynchronizeEvent;
export function pullRequestEvent(action: PullRequestAction, patch: EventPatch = {}) {
  const original = example<PullRequestOpenedEvent | PullRequestSynchronizeEvent>('pull_request', (p) => p.action === action);
  const oldHeadSha = original.pull_request.head.sha;
  const oldNumber = original.number;
  let payload = retargetRepository(original, patch.owner, patch.repo);
  const number = patch.number ?? oldNumber;
  // URLs embed the number (…/pulls/2, …/issues/2) and the head sha (…/statuses/<sha>).
  payload = rewriteStrings(payload, [
    [`/pulls/${oldNumber}`, `/pulls/${number}`],
    [`/pull/${oldNumber}`, `/pull/${number}`],
    [`/issues/${oldNumber}`, `/issues/${number}`],
    ...(patch.head?.sha ? [[oldHeadSha, patch.head.sha] as [string, string]] : []),
  ]);
  payload.number = number;
  payload.pull_request.number = number;
  const { owner, name } = { owner: payload.repository.owner.login, name: payload.repository.name };
  for (const side of ['head', 'base'] as const) {
    const tip = patch[side] ?? {};
    const branch = payload.pull_request[side];
    if (tip.ref !== undefined) Object.assign(branch, { ref: tip.ref, label: `${owner}:${tip.ref}` });
    if (tip.sha !== undefined) branch.sha = tip.sha;
    // A same-repository pull request: both branches live in the patched repository.
    // (head.repo is null in payloads whose fork was deleted; the examples always have it.)
    if (branch.repo) Object.assign(branch.repo, { name, full_name: `${owner}/${name}` });
  }
  if (action === 'synchronize' && patch.head?.sha) (payload as PullRequestSynchronizeEvent).after = patch.head.sha;
  return payload;
}

/** A branch push (the examples also hold tag pushes, which our actions do not act on). */
export function pushEvent(patch: EventPatch = {}): PushEvent {
  const original = example<PushEvent>('push', (p) => String(p.ref).startsWith('refs/heads/') && p.head_commit !== null);
  const oldSha = original.after;
  let payload = retargetRepository(original, patch.owner, patch.repo);
  if (patch.head?.sha) payload = rewriteStrings(payload, [[oldSha, patch.head.sha]]);
  if (patch.head?.ref) payload.ref = `refs/heads/${patch.head.ref}`;
  if (patch.base?.sha) payload.before = patch.base.sha;
  return payload;
}

export function workflowDispatchEvent(patch: EventPatch = {}): WorkflowDispatchEvent {
  const original = example<WorkflowDispatchEvent>('workflow_dispatch', () => true);
  const payload = retargetRepository(original, patch.owner, patch.repo);
  if (patch.head?.ref) payload.ref = `refs/heads/${patch.head.ref}`;
  if (patch.inputs) payload.inputs = patch.inputs;
  return payload;
}

export interface WrittenEvent {
  path: string;
  /** The variables the runner sets for this event, for the action's environment. */
  env: Record<string, string>;
}

/**
 * Writes the payload as GITHUB_EVENT_PATH and derives GITHUB_SHA/GITHUB_REF as the runner does:
 * a pull_request run checks out the merge ref `refs/pull/N/merge`, a push its pushed commit.
 * `sha` stands in for the commit GitHub would check out where the payload does not say it (the
 * pull request's merge commit, the dispatched branch's tip); it defaults to the head sha.
 */
export function writeEvent(
  eventName: ExampleEventName,
  payload: PullRequestOpenedEvent | PullRequestSynchronizeEvent | PushEvent | WorkflowDispatchEvent,
  options: { dir?: string; apiUrl?: string; sha?: string } = {},
): WrittenEvent {
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), 'github-event-'));
  const file = path.join(dir, 'event.json');
  writeFileSync(file, JSON.stringify(payload, null, 2));
  let sha: string;
  let ref: string;
  if ('pull_request' in payload) {
    sha = options.sha ?? payload.pull_request.head.sha;
    ref = `refs/pull/${payload.number}/merge`;
  } else if ('after' in payload) {
    sha = payload.after;
    ref = payload.ref;
  } else {
    sha = options.sha ?? '0000000000000000000000000000000000000000';
    ref = payload.ref;
  }
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: payload.repository.full_name,
    GITHUB_REPOSITORY_OWNER: payload.repository.owner.login,
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_SERVER_URL: 'https://github.com',
  };
  if (options.apiUrl) env.GITHUB_API_URL = options.apiUrl;
  if ('pull_request' in payload) {
    env.GITHUB_HEAD_REF = payload.pull_request.head.ref;
    env.GITHUB_BASE_REF = payload.pull_request.base.ref;
  }
  return { path: file, env };
}
