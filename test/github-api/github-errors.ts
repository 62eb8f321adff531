// GitHub's error bodies, so client code under test meets the same shapes and texts as on
// api.github.com. Texts were taken from real responses quoted in public issue threads:
//   422 `Invalid request.\n\n"head_sha" wasn't supplied.` (schema layer, one line per problem)
//   422 `Invalid request.\n\nNo more than 50 items are allowed; 51 were supplied.`
//   403 `Resource not accessible by integration` (token lacks the permission)
//   400 `Problems parsing JSON`
import type { ValidationProblem } from './spec.js';

export interface GitHubErrorBody {
  message: string;
  documentation_url: string;
  status: string;
  errors?: { resource: string; field: string; code: string }[];
}

export class GitHubApiError {
  readonly status: number;
  readonly body: GitHubErrorBody;
  constructor(status: number, message: string, documentationUrl: string) {
    this.status = status;
    this.body = { message, documentation_url: documentationUrl, status: String(status) };
  }
}

const restDocs = 'https://docs.github.com/rest';

export const notFound = (documentationUrl = restDocs) => new GitHubApiError(404, 'Not Found', documentationUrl);
export const requiresAuthentication = () => new GitHubApiError(401, 'Requires authentication', restDocs);
export const badCredentials = () => new GitHubApiError(401, 'Bad credentials', restDocs);
export const problemsParsingJson = (documentationUrl: string) => new GitHubApiError(400, 'Problems parsing JSON', documentationUrl);
export const notAccessibleByIntegration = (documentationUrl: string) =>
  new GitHubApiError(403, 'Resource not accessible by integration', documentationUrl);
export const userAgentRequired = () =>
  new GitHubApiError(
    403,
    'Request forbidden by administrative rules. Please make sure your request has a User-Agent header ' +
      '(https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required).',
    restDocs,
  );

/** GitHub's `Validation Failed` form, used for rules its JSON schemas cannot express. */
export function validationFailed(documentationUrl: string, resource: string, field: string, code: string) {
  const error = new GitHubApiError(422, 'Validation Failed', documentationUrl);
  error.body.errors = [{ resource, field, code }];
  return error;
}

// GitHub names the failing schema node like `properties/annotation_level`, not a JSON pointer.
function schemaNode(problem: ValidationProblem): string {
  const last = problem.error.instancePath.split('/').filter(Boolean).at(-1);
  if (last === undefined) return problem.where;
  return /^\d+$/.test(last) ? 'items' : `properties/${last}`;
}

const typeArticle = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/** One line of GitHub's `Invalid request.` message per schema problem. */
function githubLine(problem: ValidationProblem, body: unknown): string {
  const { error } = problem;
  // GitHub's validator prints values Ruby-style: null is `nil`.
  const found = valueAt(body, error.instancePath);
  const value = found === null || found === undefined ? 'nil' : JSON.stringify(found);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'maxItems':
      return `No more than ${String(params.limit)} items are allowed; ${(valueAt(body, error.instancePath) as unknown[]).length} were supplied.`;
    case 'enum':
      return `For '${schemaNode(problem)}', ${value} is not a member of [${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}].`;
    case 'type':
      return `For '${schemaNode(problem)}', ${value} is not ${typeArticle(String(params.type))}.`;
    case 'maxLength':
      return `For '${schemaNode(problem)}', the value is longer than the maximum of ${String(params.limit)} characters.`;
    case 'format':
      return `For '${schemaNode(problem)}', ${value} is not a valid ${String(params.format)}.`;
    default:
      return `For '${schemaNode(problem)}', ${value} ${error.message ?? 'is invalid'}.`;
  }
}

function valueAt(document: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>(
      (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      document,
    );
}

/** The 422 GitHub answers for a body that fails its JSON schema; GitHub joins missing fields per object. */
export function invalidRequest(documentationUrl: string, problems: ValidationProblem[], body: unknown): GitHubApiError {
  const lines: string[] = [];
  const missingByObject = new Map<string, string[]>();
  for (const problem of problems) {
    if (problem.error.keyword === 'required') {
      const key = `${problem.where}${problem.error.instancePath}`;
      const missing = missingByObject.get(key) ?? [];
      missing.push(String((problem.error.params as { missingProperty: string }).missingProperty));
      missingByObject.set(key, missing);
    } else {
      lines.push(githubLine(problem, body));
    }
  }
  for (const missing of missingByObject.values()) {
    const quoted = missing.map((name) => `"${name}"`).join(', ');
    lines.unshift(missing.length === 1 ? `${quoted} wasn't supplied.` : `${quoted} weren't supplied.`);
  }
  return new GitHubApiError(422, `Invalid request.\n\n${lines.join('\n')}`, documentationUrl);
}

/** A precise line for the test author: where the problem is, in Ajv's words. */
export function describeProblem(problem: ValidationProblem): string {
  const { error } = problem;
  const allowed = error.keyword === 'enum' ? ` ${JSON.stringify((error.params as { allowedValues: unknown }).allowedValues)}` : '';
  return `${problem.where}${error.instancePath} ${error.message ?? 'is invalid'}${allowed}`;
}
