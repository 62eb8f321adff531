// Response bodies are GitHub's own spec examples with the stand-in's state patched in, so every
// field a client might read exists with the type GitHub sends; only what the state owns changes.
import { matchOperation, type Operation } from './spec.js';

export interface StoredComment {
  id: number;
  issue_number: number;
  owner: string;
  repo: string;
  body: string;
  created_at: string;
  updated_at: string;
  html_url: string;
  /** Comments made with a workflow's GITHUB_TOKEN are authored by this bot on GitHub. */
  user: string;
}

export interface AnnotationInput {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRunState {
  id: number;
  owner: string;
  repo: string;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  started_at: string;
  completed_at: string | null;
  details_url: string | null;
  external_id: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations: AnnotationInput[] };
  /** Number of PATCHes received, so tests can tell a batched upload from a single create. */
  updates: number;
}

export interface BranchTip {
  ref: string;
  sha: string;
}

export interface PullRequestSeed {
  head: BranchTip;
  base: BranchTip;
  title?: string;
}

export const actionsBot = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

function operationFor(method: string, path: string): Operation {
  const matched = matchOperation(method, path);
  if (!matched) throw new Error(`openapi-subset.json lacks ${method} ${path}`);
  return matched.operation;
}
const createComment = operationFor('POST', '/repos/o/r/issues/1/comments');
const createCheckRun = operationFor('POST', '/repos/o/r/check-runs');
const getPull = operationFor('GET', '/repos/o/r/pulls/1');
const getRepo = operationFor('GET', '/repos/o/r');

/** Replaces every occurrence of each key in every string of a JSON value (the examples repeat their identity in URLs). */
export function rewriteStrings<T>(value: T, replacements: [string, string][]): T {
  if (typeof value === 'string') {
    return replacements.reduce<string>((text, [from, to]) => text.split(from).join(to), value) as T;
  }
  if (Array.isArray(value)) return value.map((item) => rewriteStrings(item, replacements)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewriteStrings(item, replacements)])) as T;
  }
  return value;
}

/** Points the example's repository identity and API host at the stand-in's. */
function retarget<T>(example: T, exampleRepo: string, owner: string, repo: string, apiUrl: string): T {
  return rewriteStrings(example, [
    ['https://api.github.com', apiUrl],
    [exampleRepo, `${owner}/${repo}`],
  ]);
}

export function renderComment(comment: StoredComment, apiUrl: string): Record<string, unknown> {
  const body = retarget(createComment.example(201), 'octocat/Hello-World', comment.owner, comment.repo, apiUrl);
  const user = body.user as Record<string, unknown>;
  Object.assign(user, actionsBot, { html_url: 'https://github.com/apps/github-actions', url: `${apiUrl}/users/github-actions%5Bbot%5D` });
  return Object.assign(body, {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${apiUrl}/repos/${comment.owner}/${comment.repo}/issues/comments/${comment.id}`,
    html_url: comment.html_url,
    issue_url: `${apiUrl}/repos/${comment.owner}/${comment.repo}/issues/${comment.issue_number}`,
    body: comment.body,
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    author_association: 'NONE',
  });
}

export function renderCheckRun(run: CheckRunState, apiUrl: string): Record<string, unknown> {
  const example = createCheckRun.example(201, 'example-of-in-progress-conclusion');
  const body = retarget(example, 'github/hello-world', run.owner, run.repo, apiUrl);
  const app = body.app as Record<string, unknown>;
  // Check runs made with a workflow's GITHUB_TOKEN belong to the GitHub Actions app.
  Object.assign(app, { id: 15368, slug: 'github-actions', name: 'GitHub Actions', html_url: 'https://github.com/apps/github-actions' });
  return Object.assign(body, {
    id: run.id,
    node_id: `CR_${run.id}`,
    name: run.name,
    head_sha: run.head_sha,
    external_id: run.external_id,
    url: `${apiUrl}/repos/${run.owner}/${run.repo}/check-runs/${run.id}`,
    html_url: `https://github.com/${run.owner}/${run.repo}/runs/${run.id}`,
    details_url: run.details_url,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotations.length,
      annotations_url: `${apiUrl}/repos/${run.owner}/${run.repo}/check-runs/${run.id}/annotations`,
    },
    pull_requests: [],
  });
}

export function renderPullRequest(
  owner: string,
  repo: string,
  number: number,
  seed: PullRequestSeed,
  apiUrl: string,
): Record<string, unknown> {
  const example = getPull.example(200);
  const retargeted = retarget(example, 'octocat/Hello-World', owner, repo, apiUrl);
  const body = rewriteStrings(retargeted, [
    ['/pulls/1347', `/pulls/${number}`],
    ['/pull/1347', `/pull/${number}`],
    ['/issues/1347', `/issues/${number}`],
    [(example.head as { sha: string }).sha, seed.head.sha],
  ]);
  for (const [side, tip] of [
    ['head', seed.head],
    ['base', seed.base],
  ] as const) {
    const branch = body[side] as Record<string, unknown>;
    Object.assign(branch, { ref: tip.ref, sha: tip.sha, label: `${owner}:${tip.ref}` });
    Object.assign(branch.repo as Record<string, unknown>, { name: repo, full_name: `${owner}/${repo}` });
  }
  // The spec's example team lacks `type`, which the schema requires; a fresh PR has no team reviewers anyway.
  return Object.assign(body, { number, state: 'open', title: seed.title ?? body.title, requested_teams: [] });
}

export function renderRepository(owner: string, repo: string, defaultBranch: string, apiUrl: string) {
  const body = retarget(getRepo.example(200), 'octocat/Hello-World', owner, repo, apiUrl);
  (body.owner as Record<string, unknown>).login = owner;
  // The spec's example predates the schema's required `language`; null is what GitHub sends when it has none.
  for (const repository of [body, body.parent, body.source] as (Record<string, unknown> | undefined)[]) {
    if (repository && !('language' in repository)) repository.language = null;
  }
  return Object.assign(body, { name: repo, full_name: `${owner}/${repo}`, default_branch: defaultBranch });
}
