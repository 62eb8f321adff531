// Cuts the handful of GitHub REST operations our actions call out of @octokit/openapi's
// dereferenced spec (73 MB) into test/github-api/openapi-subset.json, so the GitHub API
// stand-in validates against GitHub's own schemas without loading the whole spec per test.
// Re-run after bumping @octokit/openapi: `node scripts/cut-openapi.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = path.join(root, 'node_modules', '@octokit', 'openapi');
const specFile = 'generated/api.github.com.deref.json';
const outFile = path.join(root, 'test', 'github-api', 'openapi-subset.json');

/** [method, path, operationId]: the operationId is checked so a renamed operation fails loudly. */
const wantedOperations = [
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 'issues/list-comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 'issues/create-comment'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}', 'issues/update-comment'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}', 'issues/delete-comment'],
  ['post', '/repos/{owner}/{repo}/check-runs', 'checks/create'],
  ['patch', '/repos/{owner}/{repo}/check-runs/{check_run_id}', 'checks/update'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}', 'pulls/get'],
  ['get', '/repos/{owner}/{repo}/commits/{ref}/check-runs', 'checks/list-for-ref'],
  ['get', '/repos/{owner}/{repo}', 'repos/get'],
];

// Prose and per-field examples are most of the spec's bytes and change no validation result.
const droppedSchemaKeys = new Set(['description', 'example', 'x-github-breaking-changes']);

/** Strips documentation keys from a schema, keeping property names (a property may be called `description`). */
function pruneSchema(schema) {
  if (Array.isArray(schema)) return schema.map(pruneSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const pruned = {};
  // OpenAPI 3.0.3 says `nullable` does not add null to an `enum`; GitHub's schemas mean it to
  // (a queued check run's `conclusion` is null), so null is listed explicitly for Ajv.
  if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) {
    schema = { ...schema, enum: [...schema.enum, null] };
  }
  for (const [key, value] of Object.entries(schema)) {
    if (droppedSchemaKeys.has(key)) continue;
    if (key === 'properties') {
      pruned.properties = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, pruneSchema(sub)]));
    } else if (key === 'enum' || key === 'default' || key === 'required') {
      pruned[key] = value;
    } else {
      pruned[key] = pruneSchema(value);
    }
  }
  return pruned;
}

function pruneResponse(status, response) {
  const json = response.content?.['application/json'];
  const pruned = { description: response.description };
  if (!json) return pruned;
  pruned.content = { 'application/json': { schema: pruneSchema(json.schema) } };
  // The stand-in builds success bodies from these examples; error examples are never served.
  if (status.startsWith('2') && json.examples) pruned.content['application/json'].examples = json.examples;
  return pruned;
}

function pruneOperation(operation) {
  const requestJson = operation.requestBody?.content?.['application/json'];
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    externalDocs: { url: operation.externalDocs.url },
    parameters: (operation.parameters ?? []).map((parameter) => ({
      name: parameter.name,
      in: parameter.in,
      required: parameter.required === true,
      schema: pruneSchema(parameter.schema),
    })),
    ...(requestJson && {
      requestBody: {
        required: operation.requestBody.required === true,
        content: { 'application/json': { schema: pruneSchema(requestJson.schema) } },
      },
    }),
    responses: Object.fromEntries(
      Object.entries(operation.responses).map(([status, response]) => [status, pruneResponse(status, response)]),
    ),
  };
}

/** The subset's text as this script would write it; the freshness test compares it with the committed file. */
export function cutOpenApiSubset() {
  const packageVersion = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
  const spec = JSON.parse(readFileSync(path.join(packageDir, specFile), 'utf8'));

  const paths = {};
  for (const [method, apiPath, operationId] of wantedOperations) {
    const operation = spec.paths[apiPath]?.[method];
    if (!operation) throw new Error(`${specFile} has no ${method.toUpperCase()} ${apiPath}`);
    if (operation.operationId !== operationId) {
      throw new Error(`${method.toUpperCase()} ${apiPath} is '${operation.operationId}' in ${specFile}, expected '${operationId}'`);
    }
    paths[apiPath] = { ...paths[apiPath], [method]: pruneOperation(operation) };
  }

  const subset = {
    openapi: spec.openapi,
    info: {
      title: `Subset of ${spec.info.title}`,
      version: spec.info.version,
      'x-source': { package: '@octokit/openapi', version: packageVersion, file: specFile, cutBy: 'scripts/cut-openapi.mjs' },
    },
    paths,
  };
  return { text: `${JSON.stringify(subset, null, 1)}\n`, packageVersion, outFile };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { text, packageVersion } = cutOpenApiSubset();
  writeFileSync(outFile, text);
  console.log(
    `${path.relative(root, outFile)}: ${wantedOperations.length} operations, ${(text.length / 1024).toFixed(0)} KB, @octokit/openapi ${packageVersion}`,
  );
}
