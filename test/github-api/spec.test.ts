// The committed subset must be exactly what scripts/cut-openapi.mjs cuts from the installed
// @octokit/openapi, so bumping the package without re-cutting fails here instead of silently
// testing against yesterday's GitHub.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchOperation, specVersion } from './spec.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

interface CutScript {
  cutOpenApiSubset(): { text: string; packageVersion: string; outFile: string };
}

describe('openapi-subset.json', () => {
  it('is what scripts/cut-openapi.mjs cuts from the installed @octokit/openapi', async () => {
    const script = (await import(pathToFileURL(path.join(repoRoot, 'scripts', 'cut-openapi.mjs')).href)) as CutScript;
    const cut = script.cutOpenApiSubset();
    const committed = readFileSync(cut.outFile, 'utf8');
    expect(specVersion).toBe(cut.packageVersion);
    // Compared as one boolean: a diff of a 350 KB file would bury the message that says how to fix it.
    expect(committed === cut.text, 'openapi-subset.json is stale: run node scripts/cut-openapi.mjs').toBe(true);
    expect(committed.length).toBeLessThan(400 * 1024);
  });

  it('routes every operation the actions use, and nothing else', () => {
    const routed = [
      ['GET', '/repos/a/b/issues/1/comments'],
      ['POST', '/repos/a/b/issues/1/comments'],
      ['PATCH', '/repos/a/b/issues/comments/9'],
      ['DELETE', '/repos/a/b/issues/comments/9'],
      ['POST', '/repos/a/b/check-runs'],
      ['PATCH', '/repos/a/b/check-runs/9'],
      ['GET', '/repos/a/b/pulls/1'],
      ['GET', '/repos/a/b/commits/main/check-runs'],
      ['GET', '/repos/a/b'],
    ].map(([method, url]) => matchOperation(method ?? '', url ?? '')?.operation.operationId);
    expect(routed).toEqual([
      'issues/list-comments',
      'issues/create-comment',
      'issues/update-comment',
      'issues/delete-comment',
      'checks/create',
      'checks/update',
      'pulls/get',
      'checks/list-for-ref',
      'repos/get',
    ]);
    expect(matchOperation('GET', '/repos/a/b/issues/comments/9')).toBeUndefined();
    expect(matchOperation('POST', '/repos/a/b/pulls')).toBeUndefined();
    // A ref with a slash arrives URL-encoded from Octokit and is decoded for the handler.
    expect(matchOperation('GET', '/repos/a/b/commits/feature%2Fx/check-runs')?.pathParams.ref).toBe('feature/x');
  });
});
