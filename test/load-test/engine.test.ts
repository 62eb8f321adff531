import { afterEach, describe, expect, it } from 'vitest';
import { runLoadTest, type LoadOptions } from '../../actions/load-test/src/engine.js';
import { parseExpression } from '../../actions/load-test/src/thresholds.js';
import { delayedServer, quietLog, stallingServer, startServer, type TestServer } from './servers.js';

function options(url: string, overrides: Partial<LoadOptions>): LoadOptions {
  return {
    url,
    method: 'GET',
    headers: {},
    bodies: [Buffer.alloc(0)],
    order: 'cycle',
    model: 'open',
    stages: [{ durationMs: 2000, target: 100 }],
    initialTarget: 100,
    maxInFlight: 1000,
    timeoutMs: 5000,
    workers: 2,
    checks: [],
    thresholds: [],
    ...overrides,
  };
}

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

describe('runLoadTest against real servers', () => {
  it('reports the percentiles of a known injected latency distribution', async () => {
    // 60% 20 ms, 30% 50 ms, 10% 150 ms, interleaved; percentiles chosen inside each band, not on its edge.
    const delays = [20, 50, 20, 20, 150, 20, 50, 20, 20, 50];
    const server = await delayedServer(delays);
    servers.push(server);
    const result = await runLoadTest(options(server.url, { stages: [{ durationMs: 3000, target: 100 }], initialTarget: 100 }), quietLog);
    expect(result.requests.completed).toBe(300);
    const l = result.latencyMs;
    // The server never answers early (see delayedServer): each percentile sits at or a little above its injected delay
    // (the margin allows for a busy shared machine).
    const tolerance = 20;
    expect(l.p50).toBeGreaterThanOrEqual(20);
    expect(l.p50).toBeLessThan(20 + tolerance);
    expect(l.p75).toBeGreaterThanOrEqual(50);
    expect(l.p75).toBeLessThan(50 + tolerance);
    expect(l.p95).toBeGreaterThanOrEqual(150);
    expect(l.p95).toBeLessThan(150 + tolerance);
    expect(l.min).toBeGreaterThanOrEqual(19.9);
    expect(l.avg).toBeGreaterThan(0.6 * 20 + 0.3 * 50 + 0.1 * 150);
    // microsecond precision: values are not whole milliseconds
    expect([l.p50, l.p75, l.p95, l.min].some((value) => !Number.isInteger(value))).toBe(true);
  });

  it('shows a 1 s server stall in the open-model p99, which a closed loop hides', async () => {
    const open = await stallingServer();
    servers.push(open);
    const openResult = await runLoadTest(options(open.url, { stages: [{ durationMs: 4000, target: 200 }], initialTarget: 200 }), quietLog);
    // A quarter of the requests were due during the stall and waited up to 1 s for it to end.
    expect(openResult.latencyMs.p99).toBeGreaterThan(800);
    expect(openResult.latencyMs.p90).toBeGreaterThan(300);
    expect(openResult.requests.completed).toBe(800);

    const closed = await stallingServer();
    servers.push(closed);
    const closedResult = await runLoadTest(
      options(closed.url, { model: 'closed', stages: [{ durationMs: 4000, target: 4 }], initialTarget: 4 }),
      quietLog,
    );
    // Four users each waited once; among thousands of fast requests that is below p99.
    expect(closedResult.requests.completed).toBeGreaterThan(1000);
    expect(closedResult.latencyMs.p99).toBeLessThan(Math.min(300, openResult.latencyMs.p99 / 4));
    expect(closedResult.latencyMs.max).toBeGreaterThan(800);
  });

  it('counts refused connections, resets and timeouts by class', async () => {
    const server = await startServer((request, _response) => {
      if (request.url === '/slow') return; // never answers
      request.socket.destroy(); // reset
    });
    servers.push(server);
    const slow = await runLoadTest(
      options(`${server.url}/slow`, { stages: [{ durationMs: 1000, target: 20 }], initialTarget: 20, timeoutMs: 300 }),
      quietLog,
    );
    expect(slow.errors.timeout).toBe(20);
    expect(slow.errorRate).toBe(1);
    const reset = await runLoadTest(
      options(`${server.url}/reset`, { stages: [{ durationMs: 1000, target: 20 }], initialTarget: 20 }),
      quietLog,
    );
    expect(reset.errors.reset).toBe(20);
  });

  it('stops early when an abortOnFail threshold fails', async () => {
    const server = await delayedServer([30]);
    servers.push(server);
    const threshold = { ...parseExpression('p(95)<10', 'http_req_duration'), abortOnFail: true, delayAbortEvalMs: 1000 };
    const started = Date.now();
    const result = await runLoadTest(
      options(server.url, { stages: [{ durationMs: 20_000, target: 50 }], initialTarget: 50, thresholds: [threshold] }),
      quietLog,
    );
    expect(Date.now() - started).toBeLessThan(6000);
    expect(result.aborted?.reason).toMatch(/p\(95\)<10/);
    expect(result.thresholds[0].passed).toBe(false);
    expect(result.thresholds[0].actual).toBeGreaterThanOrEqual(30);
  });

  it('ramps virtual users through stages in the closed model', async () => {
    const server = await delayedServer([10]);
    servers.push(server);
    const result = await runLoadTest(
      options(server.url, {
        model: 'closed',
        initialTarget: 1,
        stages: [
          { durationMs: 1000, target: 8 },
          { durationMs: 1000, target: 8 },
        ],
      }),
      quietLog,
    );
    const [first, , last] = [result.series[0], undefined, result.series[1]];
    // ~1-8 users at ~10 ms each in the first second, 8 users (~700 req/s) in the second.
    expect(last.requests).toBeGreaterThan(first.requests * 1.5);
    expect(result.requested.vus).toBe(8);
  });

  it('fails cleanly and fast on a refused connection, naming the URL and the error class', async () => {
    const server = await startServer(() => {});
    const url = server.url;
    await server.close();
    const started = Date.now();
    await expect(runLoadTest(options(`${url}/predict`, {}), quietLog)).rejects.toThrow(
      new RegExp(`Cannot reach ${url}/predict: connection refused \\(ECONNREFUSED\\)`),
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
