// GitHub's own OpenAPI schemas (cut by scripts/cut-openapi.mjs) compiled into validators,
// so the stand-in rejects exactly what GitHub's JSON-schema layer rejects.
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type JsonSchema = Record<string, unknown>;

interface SpecParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonSchema;
}

interface SpecResponse {
  description: string;
  content?: { 'application/json': { schema: JsonSchema; examples?: Record<string, { value: unknown }> } };
}

interface SpecOperation {
  operationId: string;
  summary: string;
  externalDocs: { url: string };
  parameters: SpecParameter[];
  requestBody?: { required: boolean; content: { 'application/json': { schema: JsonSchema } } };
  responses: Record<string, SpecResponse>;
}

interface SpecSubset {
  info: { version: string; 'x-source': { package: string; version: string } };
  paths: Record<string, Record<string, SpecOperation>>;
}

export interface ValidationProblem {
  /** Where in the request: `path`, `query` or `body`, then the JSON pointer inside it. */
  where: string;
  error: ErrorObject;
}

export interface Operation {
  operationId: string;
  method: string;
  pathTemplate: string;
  documentationUrl: string;
  hasRequestBody: boolean;
  /** Validates and coerces path parameters in place (`"7"` becomes `7`). */
  checkPathParams(params: Record<string, unknown>): ValidationProblem[];
  /** Validates and coerces query parameters in place, filling the spec's defaults. */
  checkQuery(query: Record<string, unknown>): ValidationProblem[];
  checkBody(body: unknown): ValidationProblem[];
  /** Problems of a response body against the spec's schema for that status; none if the spec has no schema. */
  checkResponse(status: number, body: unknown): ValidationProblem[];
  /** The spec's example body for a success status, deep-copied so callers can patch it. */
  example(status: number, name?: string): Record<string, unknown>;
}

const subsetUrl = new URL('./openapi-subset.json', import.meta.url);
const subset = JSON.parse(readFileSync(subsetUrl, 'utf8')) as SpecSubset;
export const specVersion = subset.info['x-source'].version;

// Two instances: URL parts arrive as strings, so parameters are coerced to the spec's types
// (as GitHub does); JSON bodies and responses are not, so `"5"` for an integer is an error.
function newAjv(coerceTypes: boolean): Ajv {
  // Strict mode stays on so a keyword Ajv does not know fails loudly instead of being ignored.
  // strictRequired is off: checks/update's `anyOf` requires `conclusion`, which only the parent
  // schema defines; that is valid JSON Schema, merely a style Ajv's strict mode flags.
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, coerceTypes, useDefaults: coerceTypes });
  addFormats.default(ajv);
  return ajv;
}
const parameterAjv = newAjv(true);
const documentAjv = newAjv(false);

function objectSchemaOf(parameters: SpecParameter[]): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.schema])),
    required: parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
  };
}

function problemsOf(validate: ValidateFunction, value: unknown, where: string): ValidationProblem[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => ({ where, error }));
}

function compileOperation(method: string, pathTemplate: string, spec: SpecOperation): Operation {
  // Compiled on first use: pulls/get and repos/get response schemas are large and most tests never call them.
  const cache = new Map<string, ValidateFunction>();
  const compiled = (key: string, ajv: Ajv, schema: () => JsonSchema): ValidateFunction => {
    let validate = cache.get(key);
    if (!validate) {
      validate = ajv.compile(schema());
      cache.set(key, validate);
    }
    return validate;
  };
  const parametersIn = (place: SpecParameter['in']) => spec.parameters.filter((parameter) => parameter.in === place);
  const bodySchema = spec.requestBody?.content['application/json'].schema;

  return {
    operationId: spec.operationId,
    method: method.toUpperCase(),
    pathTemplate,
    documentationUrl: spec.externalDocs.url,
    hasRequestBody: bodySchema !== undefined,
    checkPathParams: (params) =>
      problemsOf(
        compiled('path', parameterAjv, () => objectSchemaOf(parametersIn('path'))),
        params,
        'path',
      ),
    checkQuery: (query) =>
      problemsOf(
        compiled('query', parameterAjv, () => objectSchemaOf(parametersIn('query'))),
        query,
        'query',
      ),
    checkBody: (body) =>
      bodySchema
        ? problemsOf(
            compiled('body', documentAjv, () => bodySchema),
            body,
            'body',
          )
        : [],
    checkResponse(status, body) {
      const schema = spec.responses[String(status)]?.content?.['application/json'].schema;
      if (!schema) return [];
      return problemsOf(
        compiled(`response ${status}`, documentAjv, () => schema),
        body,
        `response ${status}`,
      );
    },
    example(status, name) {
      const examples = spec.responses[String(status)]?.content?.['application/json'].examples ?? {};
      const chosen = examples[name ?? Object.keys(examples)[0] ?? ''];
      if (!chosen) throw new Error(`openapi-subset.json has no ${status} example '${name ?? ''}' for ${spec.operationId}`);
      return structuredClone(chosen.value) as Record<string, unknown>;
    },
  };
}

interface Route {
  pattern: RegExp;
  parameterNames: string[];
  operation: Operation;
}

// A path template segment `{name}` matches one URL segment, as GitHub's router does (a ref with
// a slash must be URL-encoded by the client, which Octokit does).
const routes: Route[] = Object.entries(subset.paths).flatMap(([pathTemplate, methods]) =>
  Object.entries(methods).map(([method, spec]) => {
    const parameterNames: string[] = [];
    // GitHub's path templates hold only letters, `-`, `_` and `/`: nothing to escape for RegExp.
    const source = pathTemplate.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
      parameterNames.push(name);
      return '([^/]+)';
    });
    return { pattern: new RegExp(`^${source}/?$`), parameterNames, operation: compileOperation(method, pathTemplate, spec) };
  }),
);

export interface MatchedOperation {
  operation: Operation;
  pathParams: Record<string, unknown>;
}

/** The spec operation for a request, or undefined when GitHub would answer 404 for an unknown route. */
export function matchOperation(method: string, pathname: string): MatchedOperation | undefined {
  for (const route of routes) {
    if (route.operation.method !== method.toUpperCase()) continue;
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    const pathParams: Record<string, unknown> = {};
    route.parameterNames.forEach((name, index) => {
      pathParams[name] = decodeURIComponent(match[index + 1] ?? '');
    });
    return { operation: route.operation, pathParams };
  }
  return undefined;
}
