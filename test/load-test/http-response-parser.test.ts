import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INCOMPLETE, ResponseParser } from '../../actions/load-test/src/http-response-parser.js';

interface Case {
  name: string;
  raw: string;
  status: number;
  body: string;
  head?: boolean;
  /** The body runs until the connection closes. */
  untilClose?: boolean;
  closeAfter?: boolean;
}

const CASES: Case[] = [
  {
    name: 'content-length',
    raw: 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhello',
    status: 200,
    body: 'hello',
  },
  { name: 'upper-case header, spaces', raw: 'HTTP/1.1 201 Created\r\nCONTENT-LENGTH:   3  \r\n\r\nabc', status: 201, body: 'abc' },
  { name: 'zero length', raw: 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n', status: 200, body: '' },
  {
    name: 'chunked with extensions and trailers',
    raw: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;name=value\r\nhello\r\nA\r\n0123456789\r\n0;last\r\nX-Trailer: 1\r\nX-Other: 2\r\n\r\n',
    status: 200,
    body: 'hello0123456789',
  },
  {
    name: 'chunked, hex upper case, no trailers',
    raw: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n1A\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\n\r\n',
    status: 200,
    body: 'abcdefghijklmnopqrstuvwxyz',
  },
  {
    name: '100 continue then the response',
    raw: 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok',
    status: 200,
    body: 'ok',
  },
  {
    name: '103 early hints then chunked',
    raw: 'HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n',
    status: 200,
    body: 'hi',
  },
  { name: '204 has no body', raw: 'HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n', status: 204, body: '' },
  { name: '304 has no body', raw: 'HTTP/1.1 304 Not Modified\r\nContent-Length: 100\r\nETag: "x"\r\n\r\n', status: 304, body: '' },
  { name: 'HEAD response has no body', raw: 'HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n', status: 200, body: '', head: true },
  {
    name: 'connection close',
    raw: 'HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\nContent-Length: 4\r\n\r\nboom',
    status: 500,
    body: 'boom',
    closeAfter: true,
  },
  {
    name: 'HTTP/1.0 keep-alive',
    raw: 'HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 1\r\n\r\nx',
    status: 200,
    body: 'x',
    closeAfter: false,
  },
  {
    name: 'read until close',
    raw: 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nstreamed to the end',
    status: 200,
    body: 'streamed to the end',
    untilClose: true,
  },
  { name: 'big chunked body', raw: bigChunked(), status: 200, body: 'z'.repeat(3000) + 'y'.repeat(700) },
];

function bigChunked(): string {
  return `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Pad: ${'p'.repeat(500)}\r\n\r\nBB8\r\n${'z'.repeat(3000)}\r\n2bc\r\n${'y'.repeat(700)}\r\n0\r\n\r\n`;
}

/** A small deterministic PRNG, so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Feeds `bytes` in pieces of 1-200 bytes the way the generator does: each piece copied into
 * one reused read buffer whose tail holds stale bytes (here, fake head terminators), so the
 * parser must never look past the end it is given.
 */
function feedInPieces(parser: ResponseParser, bytes: Buffer, next: () => number): { done: number; pieces: number } {
  const shared = Buffer.alloc(512, '\r\n\r\n0\r\n\r\nHTTP/1.1 200 OK\r\n', 'latin1');
  let offset = 0;
  let pieces = 0;
  while (offset < bytes.length) {
    const size = Math.min(bytes.length - offset, 1 + Math.floor(next() * 200));
    shared.fill('\r\n\r\n0\r\n\r\n', 0, 512, 'latin1');
    bytes.copy(shared, 0, offset, offset + size);
    pieces++;
    const end = parser.feed(shared, 0, size);
    offset += size;
    if (end !== INCOMPLETE) return { done: offset - (size - end), pieces };
  }
  return { done: -1, pieces };
}

describe('ResponseParser', () => {
  for (const testCase of CASES) {
    it(`parses ${testCase.name} split into random 1-200 byte pieces`, () => {
      const bytes = Buffer.from(testCase.raw, 'latin1');
      for (let seed = 1; seed <= 300; seed++) {
        const parser = new ResponseParser();
        parser.captureBody = true;
        parser.headRequest = testCase.head ?? false;
        parser.reset();
        const { done } = feedInPieces(parser, bytes, random(seed));
        if (testCase.untilClose) {
          expect(done, `seed ${seed}`).toBe(-1);
          expect(parser.finishOnClose()).toBe(true);
        } else {
          expect(done, `seed ${seed}`).toBe(bytes.length);
        }
        expect(parser.status).toBe(testCase.status);
        expect(Buffer.concat(parser.body).toString('latin1'), `seed ${seed}`).toBe(testCase.body);
        if (testCase.closeAfter !== undefined) expect(parser.closeAfter).toBe(testCase.closeAfter);
      }
    });
  }

  it('parses one byte at a time and whole, and is reusable across responses', () => {
    const parser = new ResponseParser();
    parser.captureBody = true;
    for (const testCase of CASES.filter((c) => !c.untilClose && !c.head)) {
      const bytes = Buffer.from(testCase.raw, 'latin1');
      parser.reset();
      let done = INCOMPLETE;
      for (let i = 0; i < bytes.length && done === INCOMPLETE; i++) done = parser.feed(bytes.subarray(i, i + 1), 0, 1);
      expect(done).toBe(1);
      expect(Buffer.concat(parser.body).toString('latin1')).toBe(testCase.body);
      parser.reset();
      expect(parser.feed(bytes, 0, bytes.length)).toBe(bytes.length);
      expect(parser.status).toBe(testCase.status);
    }
  });

  it('rejects what is not HTTP and malformed chunk sizes', () => {
    const parser = new ResponseParser();
    expect(() => parser.feed(Buffer.from('SSH-2.0-OpenSSH\r\n\r\n'), 0, 19)).toThrow(/not an HTTP response/);
    parser.reset();
    const bad = Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n');
    expect(() => parser.feed(bad, 0, bad.length)).toThrow(/chunk size/);
    parser.reset();
    const badLength = Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\n');
    expect(() => parser.feed(badLength, 0, badLength.length)).toThrow(/content-length/);
  });
});

describe('ResponseParser against node:http', () => {
  let server: http.Server;
  let port = 0;
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      const url = request.url ?? '/';
      if (url === '/chunked') {
        response.write('first,');
        setTimeout(() => {
          response.write('x'.repeat(70_000));
          response.end(',last');
        }, 5);
      } else if (url === '/trailers') {
        response.writeHead(200, { 'Transfer-Encoding': 'chunked', Trailer: 'X-Checksum' });
        response.write('data');
        response.addTrailers({ 'X-Checksum': 'abc' });
        response.end();
      } else if (url === '/empty') {
        response.writeHead(204).end();
      } else if (url === '/not-modified') {
        response.writeHead(304, { ETag: '"v1"' }).end();
      } else if (url === '/continue') {
        let body = '';
        request.on('data', (chunk) => (body += chunk));
        request.on('end', () => response.end(`got ${body}`));
      } else response.end('{"label":"setosa"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const expected: [string, string, number, string][] = [
    ['GET', '/chunked', 200, `first,${'x'.repeat(70_000)},last`],
    ['GET', '/trailers', 200, 'data'],
    ['GET', '/empty', 204, ''],
    ['GET', '/not-modified', 304, ''],
    ['GET', '/plain', 200, '{"label":"setosa"}'],
    ['HEAD', '/plain', 200, ''],
  ];

  it('reads chunked, trailers, 204, 304, HEAD and 100-continue responses on one kept-alive connection', async () => {
    const socket = net.connect({ host: '127.0.0.1', port });
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const parser = new ResponseParser();
    parser.captureBody = true;
    let waiting: ((end: number) => void) | undefined;
    socket.on('data', (chunk: Buffer) => {
      const end = parser.feed(chunk, 0, chunk.length);
      if (end !== INCOMPLETE) waiting?.(end);
    });
    const roundTrip = (request: string, head = false): Promise<number> =>
      new Promise((resolve) => {
        parser.reset();
        parser.headRequest = head;
        waiting = resolve;
        socket.write(request);
      });
    for (const [method, path, status, body] of expected) {
      await roundTrip(`${method} ${path} HTTP/1.1\r\nHost: x\r\n\r\n`, method === 'HEAD');
      expect(parser.status, path).toBe(status);
      expect(Buffer.concat(parser.body).toString('latin1'), path).toBe(body);
    }
    // Expect: 100-continue makes node:http send an interim 100 before the final response.
    const interim = roundTrip('POST /continue HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 20));
    socket.write('hello');
    await interim;
    expect(parser.status).toBe(200);
    expect(Buffer.concat(parser.body).toString()).toBe('got hello');
    socket.destroy();
  });
});
