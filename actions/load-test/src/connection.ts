/** One keep-alive connection of a load worker, and the latency histogram every worker records into. */
import net from 'node:net';
import tls from 'node:tls';
import * as hdr from 'hdr-histogram-js';
import { INCOMPLETE, ResponseParser } from './http-response-parser.js';
import type { WorkerConfig } from './worker-protocol.js';

/**
 * Microseconds from 1 µs to one hour, 3 significant digits. The library's WebAssembly build
 * records in ~20 ns against ~150-200 ns for its JavaScript one, which matters once per request.
 */
export function newLatencyHistogram(useWebAssembly = false): hdr.Histogram {
  return hdr.build({
    bitBucketSize: 32,
    autoResize: true,
    lowestDiscernibleValue: 1,
    highestTrackableValue: 3_600_000_000,
    numberOfSignificantValueDigits: 3,
    useWebAssembly,
  });
}

/** Loads the library's WebAssembly build (synchronously: it is small); false when this runtime cannot. */
export function webAssemblyHistograms(): boolean {
  try {
    hdr.initWebAssemblySync();
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs the per-response code (parsing, recording) a few thousand times on a canned response, so
 * that it is compiled before the clock starts: the open model's first second would otherwise be
 * served by the interpreter and its lateness counted as latency.
 */
export function compileResponsePath(): void {
  const canned = Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\nConnection: keep-alive\r\n\r\nok\n');
  const parser = new ResponseParser();
  const histogram = newLatencyHistogram(webAssemblyHistograms());
  for (let i = 0; i < 5000; i++) {
    parser.reset();
    if (parser.feed(canned, 0, canned.length) !== INCOMPLETE) histogram.recordValue(100 + (i % 900));
  }
  histogram.destroy();
}

export class Connection {
  busy = false;
  connected = false;
  alive = true;
  /** When the request in flight was due (open model) or sent (closed model), performance.now() ms. */
  startedAt = 0;
  served = 0;
  lastError: string | undefined;
  readonly parser = new ResponseParser();
  socket!: net.Socket;
}

export interface ConnectionEvents {
  /** Returning false stops reading (the connection is being dropped). */
  onRead(bytes: number, buffer: Buffer): boolean;
  onConnect(): void;
  onClose(): void;
}

/**
 * Plain TCP reads into the worker's one shared buffer through `onread` (no stream 'data'
 * events, no allocation per read); TLS, which cannot, uses 'data' events.
 */
export function openConnection(config: WorkerConfig, sharedReadBuffer: Buffer, captureBody: boolean, events: ConnectionEvents): Connection {
  const connection = new Connection();
  connection.parser.captureBody = captureBody;
  connection.parser.headRequest = config.headRequest;
  const { address, port } = config;
  if (config.tls) {
    // SNI carries host names only (RFC 6066), never an IP address.
    const servername = net.isIP(config.servername) ? undefined : config.servername;
    connection.socket = tls.connect({ host: address, port, servername });
    connection.socket.on('data', (chunk: Buffer) => events.onRead(chunk.length, chunk));
  } else {
    connection.socket = net.connect({
      host: address,
      port,
      noDelay: true,
      onread: { buffer: sharedReadBuffer, callback: (bytes) => events.onRead(bytes, sharedReadBuffer) },
    });
  }
  connection.socket.setNoDelay(true);
  connection.socket.on('error', (error: NodeJS.ErrnoException) => {
    connection.lastError = error.code ?? error.message;
  });
  connection.socket.on('close', () => {
    if (!connection.connected) {
      connection.connected = true; // leaves the connecting count once, whichever comes first
      events.onConnect();
    }
    events.onClose();
  });
  connection.socket.once(config.tls ? 'secureConnect' : 'connect', () => {
    connection.connected = true;
    events.onConnect();
  });
  return connection;
}
