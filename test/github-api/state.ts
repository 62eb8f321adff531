// The stand-in's memory of what clients did, and one handler per spec operation. Handlers see
// requests that already passed schema validation, so they only add GitHub's semantic rules.
import { notFound, validationFailed } from './github-errors.js';
import {
  actionsBot,
  renderCheckRun,
  renderComment,
  renderPullRequest,
  renderRepository,
  type AnnotationInput,
  type CheckRunState,
  type PullRequestSeed,
  type StoredComment,
} from './render.js';

export interface HandlerRequest {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
  /** The request URL on the stand-in, to build Link headers that keep the client's query. */
  url: URL;
  apiUrl: string;
  documentationUrl: string;
}

export interface HandlerResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (request: HandlerRequest) => HandlerResponse;

const maxPerPage = 100;

/** GitHub's timestamps have whole seconds: `2011-04-14T16:00:49Z`. */
const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/** One page plus GitHub's Link header (first/prev/next/last), which Octokit's paginate follows. */
function paginate<T>(items: T[], request: HandlerRequest): { page: T[]; headers: Record<string, string> } {
  // GitHub caps per_page at 100 silently instead of rejecting a larger value.
  const perPage = Math.min(Math.max(Number(request.query.per_page ?? 30), 1), maxPerPage);
  const pageNumber = Math.max(Number(request.query.page ?? 1), 1);
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
  const linkTo = (page: number) => {
    const url = new URL(request.url);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(page));
    return `<${url.href}>`;
  };
  const links: string[] = [];
  if (pageNumber > 1) links.push(`${linkTo(1)}; rel="first"`, `${linkTo(Math.min(pageNumber - 1, lastPage))}; rel="prev"`);
  if (pageNumber < lastPage) links.push(`${linkTo(pageNumber + 1)}; rel="next"`, `${linkTo(lastPage)}; rel="last"`);
  const page = items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
  return { page, headers: links.length > 0 ? { link: links.join(', ') } : {} };
}

interface CheckRunFields {
  name?: string;
  details_url?: string;
  external_id?: string;
  status?: string;
  conclusion?: string;
  started_at?: string;
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string; annotations?: AnnotationInput[] };
}

export class GitHubState {
  readonly comments = new Map<number, StoredComment[]>();
  readonly checkRuns: CheckRunState[] = [];
  private nextCommentId = 1_000_001;
  private nextCheckRunId = 2_000_001;

  constructor(
    private readonly pullRequest: PullRequestSeed,
    private readonly defaultBranch: string,
  ) {}

  private findComment(id: number, documentationUrl: string): StoredComment {
    for (const list of this.comments.values()) {
      const found = list.find((comment) => comment.id === id);
      if (found) return found;
    }
    throw notFound(documentationUrl);
  }

  private findCheckRun(id: number, documentationUrl: string): CheckRunState {
    const found = this.checkRuns.find((run) => run.id === id);
    if (!found) throw notFound(documentationUrl);
    return found;
  }

  /**
   * GitHub's rules beyond the JSON schema, from the checks/create and checks/update docs. Every
   * rule is checked before anything changes, so a rejected PATCH leaves the run as it was.
   */
  private applyCheckRunFields(run: CheckRunState, fields: CheckRunFields, documentationUrl: string): void {
    const completes = fields.status === 'completed' || fields.completed_at !== undefined;
    if (completes && fields.conclusion === undefined && run.conclusion === null) {
      // "conclusion: Required if you provide completed_at or a status of completed."
      throw validationFailed(documentationUrl, 'CheckRun', 'conclusion', 'missing_field');
    }
    for (const annotation of fields.output?.annotations ?? []) {
      const hasColumns = annotation.start_column !== undefined || annotation.end_column !== undefined;
      // "Annotations only support start_column and end_column on the same line."
      if (hasColumns && annotation.start_line !== annotation.end_line) {
        throw validationFailed(documentationUrl, 'CheckRun', 'annotations', 'invalid');
      }
    }
    if (fields.name !== undefined) run.name = fields.name;
    if (fields.details_url !== undefined) run.details_url = fields.details_url;
    if (fields.external_id !== undefined) run.external_id = fields.external_id;
    if (fields.started_at !== undefined) run.started_at = fields.started_at;
    if (fields.status !== undefined) run.status = fields.status;
    // "Providing conclusion will automatically set the status parameter to completed."
    if (fields.conclusion !== undefined) {
      run.conclusion = fields.conclusion;
      run.status = 'completed';
    }
    if (run.status === 'completed') run.completed_at = fields.completed_at ?? run.completed_at ?? now();
    if (fields.output) {
      const { title, summary, text, annotations = [] } = fields.output;
      if (title !== undefined) run.output.title = title;
      if (summary !== undefined) run.output.summary = summary;
      if (text !== undefined) run.output.text = text;
      // "Each time you update the check run, annotations are appended to the list of annotations that already exist."
      run.output.annotations.push(...annotations);
    }
  }

  readonly handlers: Record<string, Handler> = {
    'issues/list-comments': (request) => {
      const since = request.query.since === undefined ? undefined : Date.parse(String(request.query.since));
      const all = (this.comments.get(Number(request.params.issue_number)) ?? []).filter(
        (comment) => since === undefined || Date.parse(comment.updated_at) >= since,
      );
      const { page, headers } = paginate(all, request);
      return { status: 200, body: page.map((comment) => renderComment(comment, request.apiUrl)), headers };
    },

    'issues/create-comment': (request) => {
      const { owner, repo } = request.params as { owner: string; repo: string };
      const issueNumber = Number(request.params.issue_number);
      const id = this.nextCommentId++;
      const timestamp = now();
      const comment: StoredComment = {
        id,
        issue_number: issueNumber,
        owner,
        repo,
        body: String(request.body.body),
        created_at: timestamp,
        updated_at: timestamp,
        html_url: `https://github.com/${owner}/${repo}/pull/${issueNumber}#issuecomment-${id}`,
        user: actionsBot.login,
      };
      this.comments.set(issueNumber, [...(this.comments.get(issueNumber) ?? []), comment]);
      return { status: 201, body: renderComment(comment, request.apiUrl) };
    },

    'issues/update-comment': (request) => {
      const comment = this.findComment(Number(request.params.comment_id), request.documentationUrl);
      comment.body = String(request.body.body);
      comment.updated_at = now();
      return { status: 200, body: renderComment(comment, request.apiUrl) };
    },

    'issues/delete-comment': (request) => {
      const comment = this.findComment(Number(request.params.comment_id), request.documentationUrl);
      const list = this.comments.get(comment.issue_number) ?? [];
      this.comments.set(
        comment.issue_number,
        list.filter((other) => other.id !== comment.id),
      );
      return { status: 204 };
    },

    'checks/create': (request) => {
      const { owner, repo } = request.params as { owner: string; repo: string };
      // The body passed GitHub's schema (name and head_sha are required there), so this shape holds.
      const fields = request.body as unknown as CheckRunFields & { head_sha: string; name: string };
      const run: CheckRunState = {
        id: this.nextCheckRunId,
        owner,
        repo,
        name: fields.name,
        head_sha: fields.head_sha,
        status: 'queued',
        conclusion: null,
        started_at: now(),
        completed_at: null,
        details_url: null,
        external_id: null,
        output: { title: null, summary: null, text: null, annotations: [] },
        updates: 0,
      };
      this.applyCheckRunFields(run, fields, request.documentationUrl);
      this.nextCheckRunId++;
      this.checkRuns.push(run);
      return { status: 201, body: renderCheckRun(run, request.apiUrl) };
    },

    'checks/update': (request) => {
      const run = this.findCheckRun(Number(request.params.check_run_id), request.documentationUrl);
      this.applyCheckRunFields(run, request.body as CheckRunFields, request.documentationUrl);
      run.updates++;
      return { status: 200, body: renderCheckRun(run, request.apiUrl) };
    },

    'checks/list-for-ref': (request) => {
      const ref = String(request.params.ref);
      // A branch name resolves to its tip; the stand-in knows the seeded pull request's two branches.
      const sha = [this.pullRequest.head, this.pullRequest.base].find((tip) => tip.ref === ref)?.sha ?? ref;
      let runs = this.checkRuns.filter((run) => run.head_sha === sha);
      if (request.query.check_name !== undefined) runs = runs.filter((run) => run.name === request.query.check_name);
      if (request.query.status !== undefined) runs = runs.filter((run) => run.status === request.query.status);
      if (request.query.filter !== 'all') {
        // filter=latest (the default) keeps only the most recent run of each name.
        runs = runs.filter((run) => !runs.some((other) => other.name === run.name && other.id > run.id));
      }
      runs = [...runs].sort((a, b) => b.id - a.id);
      const { page, headers } = paginate(runs, request);
      return {
        status: 200,
        body: { total_count: runs.length, check_runs: page.map((run) => renderCheckRun(run, request.apiUrl)) },
        headers,
      };
    },

    'pulls/get': (request) => {
      const { owner, repo } = request.params as { owner: string; repo: string };
      const body = renderPullRequest(owner, repo, Number(request.params.pull_number), this.pullRequest, request.apiUrl);
      return { status: 200, body };
    },

    'repos/get': (request) => {
      const { owner, repo } = request.params as { owner: string; repo: string };
      return { status: 200, body: renderRepository(owner, repo, this.defaultBranch, request.apiUrl) };
    },
  };
}
