// A local stand-in for api.github.com: every request is matched to an operation of GitHub's
// OpenAPI spec and validated against GitHub's schemas; answers are GitHub's response examples
// with stored state patched in, themselves validated. Anything GitHub would reject is answered
// as GitHub would AND recorded in `invalid`, so `assertAllValid()` fails the test that sent it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  badCredentials,
  describeProblem,
  GitHubApiError,
  invalidRequest,
  notAccessibleByIntegration,
  notFound,
  problemsParsingJson,
  requiresAuthentication,
  userAgentRequired,
} from './github-errors.js';
import type { CheckRunState, PullRequestSeed, StoredComment } from './render.js';
import { matchOperation, type Operation } from './spec.js';
import { GitHubState, type HandlerResponse } from './state.js';

export type Comment = StoredComment;
export type { CheckRunState, PullRequestSeed };

export interface RecordedCall {
  method: string;
  path: string;
  /** The spec's operationId, or undefined for a route GitHub does not have. */
  operationId: string | undefined;
  query: Record<string, string>;
  body: unknown;
  status: number;
}

export interface GitHubApiOptions {
  /** Answer check-run writes with GitHub's 403, as for a read-only GITHUB_TOKEN (fork pull requests). */
  denyChecks?: boolean;
  /** When set, any other token gets 401 Bad credentials. */
  token?: string;
  /** The pull request pulls/get returns (any number); its branches also resolve refs in checks/list-for-ref. */
  pullRequest?: PullRequestSeed;
  defaultBranch?: string;
}

export interface GitHubApiServer {
  url: string;
  calls: RecordedCall[];
  /** One line per request GitHub would have rejected, and per response that broke GitHub's schema. */
  invalid: string[];
  comments(issue: number): Comment[];
  checkRuns: CheckRunState[];
  close(): Promise<void>;
  assertAllValid(): void;
}

const checkRunWrites = new Set(['checks/create', 'checks/update']);

const defaultPullRequest: PullRequestSeed = {
  head: { ref: 'feature', sha: 'c0ffee0000000000000000000000000000000001' },
  base: { ref: 'main', sha: 'c0ffee0000000000000000000000000000000000' },
};

/** Rejects a request as GitHub would, noting the reason for the test author. */
class RejectedRequest {
  constructor(
    readonly error: GitHubApiError,
    readonly reason: string,
  ) {}
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function checkCredentials(request: IncomingMessage, requiredToken: string | undefined): void {
  if (!request.headers['user-agent']) throw new RejectedRequest(userAgentRequired(), 'no User-Agent header');
  const authorization = request.headers.authorization;
  const token = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) {
    throw new RejectedRequest(requiresAuthentication(), 'no `Authorization: token|Bearer <token>` header');
  }
  if (requiredToken !== undefined && token !== requiredToken) {
    throw new RejectedRequest(badCredentials(), 'wrong token');
  }
}

function parseJsonBody(text: string, operation: Operation): Record<string, unknown> {
  const docs = operation.documentationUrl;
  if (!operation.hasRequestBody) return {};
  if (text.trim() === '') {
    // GitHub's own wording for a missing body on an endpoint that takes one.
    const error = new GitHubApiError(422, "Invalid request.\n\nFor 'links/0/schema', nil is not an object.", docs);
    throw new RejectedRequest(error, 'no JSON body');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new RejectedRequest(problemsParsingJson(docs), 'body is not JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new RejectedRequest(new GitHubApiError(400, 'Body should be a JSON object', docs), 'body is not a JSON object');
  }
  return parsed as Record<string, unknown>;
}

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApiServer> {
  const state = new GitHubState(options.pullRequest ?? defaultPullRequest, options.defaultBranch ?? 'main');
  const calls: RecordedCall[] = [];
  const invalid: string[] = [];
  let apiUrl = '';

  async function answer(request: IncomingMessage, url: URL, call: RecordedCall): Promise<HandlerResponse> {
    const bodyText = await readBody(request);
    call.body = bodyText === '' ? undefined : bodyText;
    const matched = matchOperation(call.method, url.pathname);
    if (!matched) throw new RejectedRequest(notFound(), 'no such operation in openapi-subset.json');
    const { operation, pathParams } = matched;
    call.operationId = operation.operationId;
    checkCredentials(request, options.token);
    const body = parseJsonBody(bodyText, operation);
    if (operation.hasRequestBody) call.body = body;

    const pathProblems = operation.checkPathParams(pathParams);
    // GitHub's router answers 404, not 422, when a path segment has the wrong type.
    if (pathProblems.length > 0) {
      throw new RejectedRequest(notFound(operation.documentationUrl), pathProblems.map(describeProblem).join('; '));
    }
    const query: Record<string, unknown> = { ...call.query };
    const problems = [...operation.checkQuery(query), ...operation.checkBody(body)];
    if (problems.length > 0) {
      const error = invalidRequest(operation.documentationUrl, problems, body);
      throw new RejectedRequest(error, problems.map(describeProblem).join('; '));
    }
    if (options.denyChecks && checkRunWrites.has(operation.operationId)) {
      return { status: 403, body: notAccessibleByIntegration(operation.documentationUrl).body };
    }
    const handle = state.handlers[operation.operationId];
    if (!handle) throw new Error(`no handler for ${operation.operationId}`);
    try {
      return handle({ params: pathParams, query, body, url, apiUrl, documentationUrl: operation.documentationUrl });
    } catch (error) {
      // A 422 is GitHub refusing the request's content; a 404 is a missing resource, which clients may meet legitimately.
      if (error instanceof GitHubApiError && error.status === 422) {
        throw new RejectedRequest(error, `${error.body.message} ${JSON.stringify(error.body.errors ?? [])}`);
      }
      throw error;
    }
  }

  function send(response: ServerResponse, result: HandlerResponse): void {
    const payload = result.body === undefined ? '' : JSON.stringify(result.body);
    response.writeHead(result.status, {
      ...(payload && { 'content-type': 'application/json; charset=utf-8' }),
      'x-github-media-type': 'github.v3; format=json',
      ...result.headers,
    });
    response.end(payload);
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', apiUrl);
    const call: RecordedCall = {
      method: request.method ?? 'GET',
      path: url.pathname,
      operationId: undefined,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      status: 0,
    };
    calls.push(call);
    const label = () => `${call.method} ${call.path}${call.operationId ? ` (${call.operationId})` : ''}`;
    answer(request, url, call)
      .catch((error: unknown): HandlerResponse => {
        if (error instanceof RejectedRequest) {
          invalid.push(`${label()}: ${error.reason} -> ${error.error.status}`);
          return { status: error.error.status, body: error.error.body };
        }
        if (error instanceof GitHubApiError) return { status: error.status, body: error.body };
        const crash = error instanceof Error ? error.message : String(error);
        invalid.push(`${label()}: stand-in crashed: ${error instanceof Error ? error.stack : crash}`);
        // The reason goes into the message too, so the client's HttpError in the failing test shows it.
        return { status: 500, body: { message: `GitHub API stand-in crashed: ${crash}` } };
      })
      .then((result) => {
        const operation = call.operationId ? matchOperation(call.method, url.pathname)?.operation : undefined;
        const responseProblems = operation?.checkResponse(result.status, result.body) ?? [];
        if (responseProblems.length > 0) {
          // The stand-in broke GitHub's response schema: a bug here, not in the client.
          const problems = responseProblems.map(describeProblem).join('; ');
          invalid.push(`${label()}: stand-in bug, response breaks the spec: ${problems}`);
          result = { status: 500, body: { message: `GitHub API stand-in built a response that breaks the spec: ${problems}` } };
        }
        call.status = result.status;
        send(response, result);
      });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: apiUrl,
    calls,
    invalid,
    comments: (issue) => [...(state.comments.get(issue) ?? [])],
    checkRuns: state.checkRuns,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
    assertAllValid() {
      if (invalid.length > 0) {
        throw new Error(
          `GitHub API stand-in saw ${invalid.length} invalid exchange(s):\n${invalid.map((line) => `  - ${line}`).join('\n')}`,
        );
      }
    },
  };
}
