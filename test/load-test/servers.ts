/** Real HTTP servers on 127.0.0.1 with known behaviour, for the load-test tests. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../core/action.js';

export interface TestServer {
  url: string;
  requests: number;
  bodies: string[];
  close(): Promise<void>;
}

export async function startServer(
  handler: (request: http.IncomingMessage, response: http.ServerResponse, server: TestServer) => void,
): Promise<TestServer> {
  const state: TestServer = { url: '', requests: 0, bodies: [], close: async () => {} };
  const server = http.createServer((request, response) => {
    state.requests++;
    handler(request, response, state);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

/** Answers after a delay taken in turn from `delaysMs` (a known latency distribution). */
export function delayedServer(delaysMs: readonly number[]): Promise<TestServer> {
  let next = 0;
  return startServer((_request, response) => {
    const delay = delaysMs[next++ % delaysMs.length];
    const due = performance.now() + delay;
    // libuv measures timers from the loop's cached clock, so a timer can fire up to a loop turn early;
    // top up until the full delay has passed, so the injected latency is never shorter than stated.
    const answerWhenDue = () => {
      const left = due - performance.now();
      if (left > 0) setTimeout(answerWhenDue, Math.ceil(left));
      else response.end('ok');
    };
    setTimeout(answerWhenDue, delay);
  });
}

/** Answers at once, except that everything arriving in [1 s, 2 s) after the first request waits until 2 s. */
export function stallingServer(stallAfterMs = 1000, stallMs = 1000): Promise<TestServer> {
  let firstAt = 0;
  return startServer((_request, response) => {
    const now = Date.now();
    if (firstAt === 0) firstAt = now;
    const stallStart = firstAt + stallAfterMs;
    const stallEnd = stallStart + stallMs;
    if (now >= stallStart && now < stallEnd) setTimeout(() => response.end('late'), stallEnd - now);
    else response.end('ok');
  });
}

export const quietLog: Logger = {
  info: () => {},
  warning: () => {},
  debug: () => {},
  group: (_title, fn) => fn(),
  secret: () => {},
};
