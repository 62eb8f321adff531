import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runBundle } from '../harness/run-bundle.js';
import { delayedServer, startServer, type TestServer } from './servers.js';

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

let workspace: string;
beforeAll(() => {
  workspace = mkdtempSync(path.join(os.tmpdir(), 'load-test-e2e-'));
});

describe('load-test action (built bundle)', () => {
  it('holds 500 req/s for 10 s: 5000 ± 50 requests, thresholds pass, results written', async () => {
    const server = await startServer((_request, response) => response.end('{"ok":true}'));
    servers.push(server);
    const run = await runBundle('load-test', {
      cwd: workspace,
      inputs: {
        url: `${server.url}/predict`,
        rate: '500',
        duration: '10s',
        thresholds: 'http_req_duration: ["p(95)<500", "p(99)<1000"]\nhttp_req_failed: ["rate<0.01"]\nhttp_reqs: ["rate>=490"]',
        'results-path': 'out/rate.json',
      },
    });
    expect(run.stderr + run.stdout).not.toMatch(/::error/);
    expect(run.exitCode).toBe(0);
    expect(Math.abs(server.requests - 5000)).toBeLessThanOrEqual(50);
    expect(run.outputs.passed).toBe('true');
    expect(Math.abs(Number(run.outputs.rps) - 500)).toBeLessThanOrEqual(5);
    expect(Number(run.outputs['error-rate'])).toBe(0);
    expect(Number(run.outputs['p95-ms'])).toBeGreaterThan(0);
    const results = JSON.parse(readFileSync(path.join(workspace, 'out/rate.json'), 'utf8'));
    expect(results.kind).toBe('mlops-load-test-results');
    expect(Math.abs(results.requests.completed - 5000)).toBeLessThanOrEqual(50);
    expect(run.outputs['results-path']).toBe(path.join(workspace, 'out/rate.json'));
    expect(run.summary).toMatch(/\| p50 \| p75 \| p90 \| p95 \| p99 \| p99\.9 \| max/);
    expect(run.summary).toMatch(/✅ \| http_req_duration \| `p\(95\)<500` \| p\(95\)=[\d.]+ ms/);
    expect(run.summary).toMatch(/✅ \| http_reqs \| `rate>=490` \| rate=(49\d|50\d)/);
    expect(run.summary).toContain('xychart-beta');
    expect(run.report?.data.series.length).toBeGreaterThanOrEqual(10);
  });

  it('fails the step with annotations on the thresholds file lines when thresholds fail', async () => {
    const server = await delayedServer([25]);
    servers.push(server);
    writeFileSync(
      path.join(workspace, 'slo.yml'),
      ['http_req_duration:', '  - "p(95)<5"', '  - "avg<1000"', 'http_req_failed:', '  - rate<0.01', ''].join('\n'),
    );
    const run = await runBundle('load-test', {
      cwd: workspace,
      inputs: { url: server.url, rate: '50', duration: '2s', thresholds: 'slo.yml', 'pr-comment': 'false' },
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.outputs.passed).toBe('false');
    const failed = run.annotations.filter((a) => a.level === 'error' && a.title === 'Threshold failed');
    expect(failed).toHaveLength(1);
    expect(failed[0].file).toBe('slo.yml');
    expect(failed[0].line).toBe(2);
    const measured = /'p\(95\)<5' failed, measured p\(95\)=([\d.]+) ms/.exec(failed[0].message);
    expect(Number(measured?.[1])).toBeGreaterThanOrEqual(25);
    expect(run.summary).toMatch(/❌ \| http_req_duration \| `p\(95\)<5` \| p\(95\)=/);
    expect(run.summary).toMatch(/✅ \| http_req_duration \| `avg<1000`/);
    expect(run.hasStackTrace).toBe(false);
  });

  it('fails cleanly on connection refused, naming the URL and the error class, without a hang', async () => {
    const server = await startServer(() => {});
    const url = `${server.url}/v1/models/iris:predict`;
    await server.close();
    const started = Date.now();
    const run = await runBundle('load-test', { cwd: workspace, inputs: { url, rate: '100', duration: '30s' } });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain(`Cannot reach ${url}: connection refused (ECONNREFUSED)`);
    expect(run.hasStackTrace).toBe(false);
  });

  it('says so when the requested rate cannot be reached (achieved vs requested)', async () => {
    const server = await delayedServer([200]);
    servers.push(server);
    // 5 requests in flight at 200 ms each can carry 25 req/s, not the 100 asked for.
    const run = await runBundle('load-test', {
      cwd: workspace,
      inputs: { url: server.url, rate: '100', duration: '2s', 'max-in-flight': '5', workers: '1' },
    });
    const warning = run.annotations.find((a) => a.title === 'Requested rate not reached');
    expect(warning?.level).toBe('warning');
    expect(warning?.message).toMatch(/achieved (2\d|3\d)(\.\d+)? req\/s of the requested 100 req\/s \(\d+ requests never sent\)/);
    expect(run.summary).toMatch(/The requested rate was not reached: [\d.]+ of 100 req\/s/);
    expect(Number(run.outputs.rps)).toBeLessThan(40);
  });

  it('loads an https endpoint, trusting its certificate through NODE_EXTRA_CA_CERTS', async () => {
    const key = path.join(workspace, 'key.pem');
    const cert = path.join(workspace, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    let answered = 0;
    const server = https.createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_request, response) => {
      answered++;
      response.setHeader('Content-Type', 'application/json');
      response.end('{"label":"setosa"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const run = await runBundle('load-test', {
        cwd: workspace,
        env: { NODE_EXTRA_CA_CERTS: cert },
        inputs: {
          url: `https://localhost:${port}/predict`,
          rate: '50',
          duration: '1s',
          checks: '- json: $.label\n  equals: setosa',
          thresholds: '["checks_rate==1", "error_rate==0"]',
        },
      });
      expect(run.exitCode).toBe(0);
      expect(answered).toBe(50);
      expect(run.summary).toMatch(/Checks: 50 passed, 0 failed/);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('rejects a malformed threshold with an error naming the expression, before any load', async () => {
    const server = await startServer((_request, response) => response.end('ok'));
    servers.push(server);
    const run = await runBundle('load-test', {
      cwd: workspace,
      inputs: { url: server.url, rate: '100', duration: '5s', thresholds: 'http_req_duration: ["p95 < 200"]' },
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toMatch(/Input 'thresholds': threshold 'p95 < 200'/);
    expect(server.requests).toBe(0);
    expect(run.hasStackTrace).toBe(false);
  });

  it('builds bodies from CSV payload rows, checks JSON responses, and compares with a baseline', async () => {
    const server = await startServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        server.bodies.push(body);
        const features = (JSON.parse(body) as { features: number[] }).features;
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify({ prediction: features[0] > 5 ? 'virginica' : 'setosa', model: 'iris' }));
      });
    });
    servers.push(server);
    writeFileSync(
      path.join(workspace, 'rows.csv'),
      'sepal_length,sepal_width,species\n5.1,3.5,setosa\n6.7,3.0,virginica\n4.9,3.1,setosa\n',
    );
    writeFileSync(
      path.join(workspace, 'baseline.json'),
      JSON.stringify({ kind: 'mlops-load-test-results', latencyMs: { p50: 0.001, p90: 0.001, p95: 0.001, p99: 0.001 }, rps: 100 }),
    );
    const run = await runBundle('load-test', {
      cwd: workspace,
      inputs: {
        url: `${server.url}/predict`,
        rate: '60',
        duration: '1s',
        payloads: 'rows.csv',
        body: '{"features": [{{sepal_length}}, {{sepal_width}}], "label": "{{species}}"}',
        checks: '- status: 2xx\n- json: $.model\n  equals: iris\n- json: $.prediction',
        thresholds: '["checks_rate>=1", "error_rate<0.01"]',
        baseline: 'baseline.json',
        'max-regression': '10%',
      },
    });
    // Rows are cycled: 60 requests over 3 rows use each row 20 times.
    const counts = new Map<string, number>();
    for (const body of server.bodies) counts.set(JSON.stringify(JSON.parse(body)), (counts.get(JSON.stringify(JSON.parse(body))) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({
      [JSON.stringify({ features: [5.1, 3.5], label: 'setosa' })]: 20,
      [JSON.stringify({ features: [6.7, 3], label: 'virginica' })]: 20,
      [JSON.stringify({ features: [4.9, 3.1], label: 'setosa' })]: 20,
    });
    expect(run.summary).toMatch(/Checks: 180 passed, 0 failed/);
    expect(run.summary).toMatch(/✅ \| checks \| `checks_rate>=1`/);
    // Every percentile is far slower than the fake 1 µs baseline.
    expect(run.exitCode).not.toBe(0);
    const regressions = run.annotations.filter((a) => a.title === 'Latency regression');
    expect(regressions.length).toBeGreaterThanOrEqual(1);
    expect(regressions[0].file).toBe('baseline.json');
    expect(run.summary).toMatch(/Against the baseline `baseline.json`/);
  });
});
