/**
 * Worker threads start from the entry of the bundle that runs (core/action-worker.ts): an
 * action's own bundle, the root action's (dist/main) and the CLI's must each hand a worker
 * over to its action instead of running their own entry again.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runBundle } from '../harness/run-bundle.js';
import { startServer, type TestServer } from '../load-test/servers.js';

const mlops = path.join(REPO_ROOT, 'bin', 'mlops.js');
const ROWS = 1_800_000;
/** Past the 32 MiB below which validate-data reads on one thread. */
let dir: string;
let server: TestServer;

function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [mlops, ...args], { cwd, timeout: 60_000, maxBuffer: 1 << 24 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'worker-entries-'));
  const lines = ['id,group,label'];
  for (let i = 1; i <= ROWS; i++) lines.push(`${i === ROWS - 10 ? 7 : i},${i % 97},label-${i % 13}`);
  lines[ROWS - 100] = `${ROWS - 100},x,label-0`; // an integer error near the end: in the second thread's range
  writeFileSync(path.join(dir, 'big.csv'), `${lines.join('\n')}\n`);
  writeFileSync(
    path.join(dir, 'schema.json'),
    JSON.stringify({
      fields: [
        { name: 'id', type: 'integer', constraints: { unique: true } },
        { name: 'group', type: 'integer' },
        { name: 'label', type: 'string' },
      ],
    }),
  );
  server = await startServer((_request, response) => response.end('ok'));
});
afterAll(() => server?.close());

const duplicateLine = ROWS - 10 + 1;
const typeErrorLine = ROWS - 100 + 1;

describe('worker threads from every entry point', () => {
  it.each(['validate-data', 'main'])('validate-data with 2 threads from the %s bundle', async (bundle) => {
    const inputs = { files: 'big.csv', schema: 'schema.json', threads: '2', ...(bundle === 'main' ? { run: 'validate-data' } : {}) };
    const result = await runBundle(bundle, { inputs, cwd: dir });
    expect(result.stderr + result.stdout).not.toMatch(/worker/i);
    expect(result.exitCode).toBe(1);
    expect(result.outputs['error-count']).toBe('2');
    const lines = result.annotations.filter((a) => a.file === 'big.csv').map((a) => a.line);
    expect(lines.sort()).toEqual([duplicateLine, typeErrorLine].sort());
  });

  it('validate-data with 2 threads from the mlops CLI', async () => {
    const result = await cli(['validate-data', '--files', 'big.csv', '--schema', 'schema.json', '--threads', '2'], dir);
    expect(result.stderr).not.toMatch(/worker|error/i);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`big.csv:${typeErrorLine}:`);
    expect(result.stdout).toContain(`big.csv:${duplicateLine}:`);
    expect(result.stdout).toContain(`${ROWS.toLocaleString('en-US')} rows`);
  });

  it.each(['load-test', 'main'])('load-test with 2 workers from the %s bundle', async (bundle) => {
    const before = server.requests;
    const inputs = { url: server.url, vus: '4', duration: '1s', workers: '2', ...(bundle === 'main' ? { run: 'load-test' } : {}) };
    const result = await runBundle(bundle, { inputs });
    expect(result.hasStackTrace).toBe(false);
    expect(result.exitCode).toBe(0);
    expect(Number(result.outputs.rps)).toBeGreaterThan(10);
    expect(server.requests - before).toBeGreaterThan(10);
  });

  it('load-test with 2 workers from the mlops CLI', async () => {
    const before = server.requests;
    const result = await cli(['load-test', '--url', server.url, '--vus', '4', '--duration', '1s', '--workers', '2', '--json'], dir);
    expect(result.stderr).not.toMatch(/worker|error/i);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { passed: boolean; outputs: Record<string, string> };
    expect(report.passed).toBe(true);
    expect(Number(report.outputs.rps)).toBeGreaterThan(10);
    expect(server.requests - before).toBeGreaterThan(10);
  });
});
