/**
 * One load worker thread: raw `net` sockets reading into one shared buffer (`onread`),
 * prebuilt request buffers, a response parser per connection, counters in a typed array
 * and one latency histogram per second, sent to the coordinator as it closes.
 * Timeouts are found by a coarse sweep instead of a timer per request.
 */
import * as hdr from 'hdr-histogram-js';
import { checksNeedBody, countFailedChecks } from './checks.js';
import { INCOMPLETE } from './http-response-parser.js';
import { compileResponsePath, type Connection, newLatencyHistogram, openConnection, webAssemblyHistograms } from './connection.js';
import { LoadSchedule } from './schedule.js';
import { Counter, COUNTER_COUNT, type FromWorker, type WorkerConfig } from './worker-protocol.js';

const READ_BUFFER_BYTES = 256 * 1024;

/** The non-zero counts by index, zeroing them. */
function takeNonZero(counts: Uint32Array): Record<string, number> {
  const out: Record<string, number> = {};
  for (let code = 0; code < counts.length; code++) {
    if (counts[code] > 0) {
      out[code] = counts[code];
      counts[code] = 0;
    }
  }
  return out;
}
/** New connections being set up at once; more would turn a burst into a connect storm the server must absorb. */
const MAX_CONNECTING = 16;
/** Open model: connections opened before the start per 1000 req/s of this worker's peak rate. */
const WARM_CONNECTIONS_PER_1000_RPS = 5;
// The open model sends on a 1 ms clock; the closed model only adjusts users and sweeps timeouts.
const OPEN_TICK_MS = 1;
const CLOSED_TICK_MS = 10;

export class LoadWorker {
  private readonly counters = new Float64Array(COUNTER_COUNT);
  private readonly statuses = new Uint32Array(1000);
  private readonly otherErrors = new Map<string, number>();
  private readonly histogram = newLatencyHistogram(webAssemblyHistograms());
  private readonly requests: Buffer[];
  private readonly schedule: LoadSchedule;
  private readonly connections = new Set<Connection>();
  private readonly idle: Connection[] = [];
  private readonly sharedReadBuffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
  private readonly captureBody: boolean;
  private requestCursor = 0;
  private inFlight = 0;
  private connecting = 0;
  private startPerf = 0;
  private endPerf = 0;
  private nextReportPerf = 0;
  private second = 0;
  private nextSweepPerf = 0;
  private readonly sweepEveryMs: number;
  /** Open model: the next request number (global, this worker takes every workerCount-th). */
  private nextRequest: number;
  private readonly lastRequest: number;
  private sending = true;
  private timer: NodeJS.Timeout | undefined;
  private finished = false;
  private readonly openModel: boolean;
  private readonly checkCount: number;

  constructor(
    private readonly config: WorkerConfig,
    private readonly post: (message: FromWorker) => void,
  ) {
    this.requests = config.requests.map((bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    this.schedule = new LoadSchedule(config.stages, config.initialTarget);
    this.captureBody = checksNeedBody(config.checks);
    this.openModel = config.model === 'open';
    this.checkCount = config.checks.length;
    this.nextRequest = config.workerIndex;
    this.requestCursor = config.workerIndex % this.requests.length;
    this.lastRequest = this.schedule.totalCount;
    this.sweepEveryMs = Math.min(250, Math.max(5, config.timeoutMs / 20));
  }

  /** Open model: connects a pool sized for the peak rate before the start, so the first second is not a connect storm. */
  async warmUp(): Promise<void> {
    if (this.config.model !== 'open') return;
    const peak = Math.max(this.config.initialTarget, ...this.config.stages.map((stage) => stage.target)) / this.config.workerCount;
    const wanted = Math.min(this.config.maxInFlight, Math.ceil((peak / 1000) * WARM_CONNECTIONS_PER_1000_RPS) + 2);
    const opened: Promise<void>[] = [];
    for (let i = 0; i < wanted; i++) {
      const connection = this.open();
      this.idle.push(connection);
      opened.push(
        new Promise<void>((resolve) => {
          connection.socket.once(this.config.tls ? 'secureConnect' : 'connect', () => resolve());
          connection.socket.once('close', () => resolve());
        }),
      );
    }
    await Promise.race([Promise.all(opened), new Promise((resolve) => setTimeout(resolve, 5000))]);
    compileResponsePath();
  }

  start(startEpochMs: number): void {
    this.startPerf = startEpochMs - performance.timeOrigin;
    this.endPerf = this.startPerf + this.schedule.totalMs;
    this.nextReportPerf = this.startPerf + 1000;
    this.nextSweepPerf = this.startPerf + this.sweepEveryMs;
    const wait = Math.max(0, this.startPerf - performance.now());
    setTimeout(() => {
      this.timer = setInterval(() => this.tick(), this.config.model === 'open' ? OPEN_TICK_MS : CLOSED_TICK_MS);
      this.tick();
    }, wait);
  }

  /** Stops sending now (an abort); requests in flight still finish or time out. */
  stop(): void {
    this.endPerf = Math.min(this.endPerf, performance.now());
  }

  private tick(): void {
    const now = performance.now();
    if (this.sending) {
      // Send what fell due before the end first, so the last tick does not drop them.
      if (this.config.model === 'open') this.pumpOpen(now);
      else if (now < this.endPerf) this.adjustVirtualUsers(now);
      if (now >= this.endPerf) this.stopSending();
    }
    if (now >= this.nextSweepPerf) this.sweepTimeouts(now);
    if (now >= this.nextReportPerf) this.report(now);
    if (!this.sending && this.inFlight === 0) this.finish(now);
  }

  private stopSending(): void {
    this.sending = false;
    if (this.config.model === 'open' && this.nextRequest < this.lastRequest) {
      this.counters[Counter.dropped] += Math.ceil((this.lastRequest - this.nextRequest) / this.config.workerCount);
      this.nextRequest = this.lastRequest;
    }
    for (const connection of this.idle) this.close(connection);
    this.idle.length = 0;
  }

  /** Sends every request whose time has come, on an idle connection or a new one within the in-flight limit. */
  private pumpOpen(now: number): void {
    const step = this.config.workerCount;
    while (this.nextRequest < this.lastRequest) {
      const due = this.startPerf + this.schedule.timeOfRequest(this.nextRequest);
      if (due > now || due >= this.endPerf) break;
      let connection = this.idle.pop();
      while (connection && !connection.alive) connection = this.idle.pop();
      if (!connection) {
        if (this.connections.size >= this.config.maxInFlight || this.connecting >= MAX_CONNECTING) return;
        connection = this.open();
      }
      this.send(connection, due);
      this.nextRequest += step;
    }
  }

  private virtualUsersAt(now: number): number {
    const total = Math.round(this.schedule.targetAt(now - this.startPerf));
    const { workerCount, workerIndex } = this.config;
    return Math.floor(total / workerCount) + (workerIndex < total % workerCount ? 1 : 0);
  }

  private adjustVirtualUsers(now: number): void {
    const wanted = this.virtualUsersAt(now);
    while (this.connections.size < wanted) this.send(this.open(), performance.now());
  }

  private open(): Connection {
    const connection = openConnection(this.config, this.sharedReadBuffer, this.captureBody, {
      onRead: (bytes, buffer) => this.onRead(connection, buffer, bytes),
      onConnect: () => this.connecting--,
      onClose: () => this.onClose(connection),
    });
    this.connecting++;
    this.connections.add(connection);
    this.counters[Counter.connectionsOpened]++;
    return connection;
  }

  private send(connection: Connection, startedAt: number): void {
    connection.busy = true;
    connection.startedAt = startedAt;
    connection.parser.reset();
    const requests = this.requests;
    let request = requests[0];
    if (requests.length > 1) {
      if (this.config.order === 'random') request = requests[Math.floor(Math.random() * requests.length)];
      else {
        // Workers take turns through the rows, so together they cycle them in order.
        request = requests[this.requestCursor];
        this.requestCursor = (this.requestCursor + this.config.workerCount) % requests.length;
      }
    }
    connection.socket.write(request);
    this.counters[Counter.sent]++;
    this.inFlight++;
  }

  private onRead(connection: Connection, buffer: Buffer, bytes: number): boolean {
    if (!connection.busy) {
      // Bytes nobody asked for: the connection is out of step, so drop it.
      this.close(connection);
      return false;
    }
    let end: number;
    try {
      end = connection.parser.feed(buffer, 0, bytes);
    } catch {
      this.fail(connection, Counter.protocol);
      return false;
    }
    if (end !== INCOMPLETE) this.complete(connection);
    return true;
  }

  private complete(connection: Connection): void {
    const now = performance.now();
    const latencyUs = Math.round((now - connection.startedAt) * 1000);
    this.histogram.recordValue(latencyUs > 0 ? latencyUs : 1);
    const status = connection.parser.status;
    this.statuses[status < 1000 ? status : 999]++;
    const counters = this.counters;
    counters[Counter.completed]++;
    if (status >= 400) counters[Counter.statusFailed]++;
    if (this.checkCount > 0) {
      const failed = countFailedChecks(this.config.checks, status, this.captureBody ? connection.parser.body : undefined);
      counters[Counter.checksFailed] += failed;
      counters[Counter.checksPassed] += this.checkCount - failed;
    }
    connection.busy = false;
    connection.served++;
    this.inFlight--;
    if (connection.parser.closeAfter || !this.sending) {
      this.close(connection);
      if (this.sending && !this.openModel) this.adjustVirtualUsers(now);
      return;
    }
    if (this.openModel) {
      this.idle.push(connection);
      this.pumpOpen(now);
    } else if (this.connections.size > this.virtualUsersAt(now)) this.close(connection);
    else this.send(connection, now);
  }

  private onClose(connection: Connection): void {
    const wasAlive = connection.alive;
    connection.alive = false;
    this.connections.delete(connection);
    if (!connection.busy) return;
    if (connection.parser.finishOnClose()) {
      this.complete(connection);
      return;
    }
    const code = connection.lastError;
    if (
      wasAlive &&
      connection.served > 0 &&
      !connection.parser.midResponse &&
      (code === undefined || code === 'ECONNRESET' || code === 'EPIPE')
    ) {
      // A kept-alive connection the server closed just as we reused it: the request never
      // reached the application, so send it again (as browsers and HTTP clients do).
      connection.busy = false;
      this.inFlight--;
      this.counters[Counter.retried]++;
      this.counters[Counter.sent]--;
      this.send(this.open(), connection.startedAt);
      return;
    }
    this.countFailure(
      connection,
      code === 'ECONNREFUSED' ? Counter.refused : code === undefined || code === 'ECONNRESET' || code === 'EPIPE' ? Counter.reset : -1,
    );
  }

  private fail(connection: Connection, counter: number): void {
    this.countFailure(connection, counter);
    this.close(connection);
  }

  private countFailure(connection: Connection, counter: number): void {
    if (!connection.busy) return;
    connection.busy = false;
    this.inFlight--;
    if (counter >= 0) this.counters[counter]++;
    else {
      const code = connection.lastError ?? 'unknown';
      this.counters[Counter.other]++;
      this.otherErrors.set(code, (this.otherErrors.get(code) ?? 0) + 1);
    }
  }

  private close(connection: Connection): void {
    connection.alive = false;
    this.connections.delete(connection);
    connection.socket.destroy();
  }

  private sweepTimeouts(now: number): void {
    this.nextSweepPerf = now + this.sweepEveryMs;
    const limit = now - this.config.timeoutMs;
    for (const connection of this.connections) {
      if (connection.busy && connection.startedAt <= limit) this.fail(connection, Counter.timeout);
    }
  }

  private report(now: number): void {
    this.post({
      type: 'interval',
      workerIndex: this.config.workerIndex,
      second: this.second,
      histogram: this.histogram instanceof hdr.WasmHistogram ? this.histogram.encode() : hdr.encodeIntoCompressedBase64(this.histogram),
      counters: Array.from(this.counters),
      statuses: takeNonZero(this.statuses),
      otherErrors: Object.fromEntries(this.otherErrors),
      inFlight: this.inFlight,
    });
    this.histogram.reset();
    this.counters.fill(0);
    this.otherErrors.clear();
    this.second++;
    this.nextReportPerf = this.startPerf + (this.second + 1) * 1000;
    if (now >= this.nextReportPerf) this.nextReportPerf = now + 1; // a stalled loop reports once, then catches up
  }

  private finish(now: number): void {
    if (this.finished) return;
    this.finished = true;
    clearInterval(this.timer);
    this.report(now);
    for (const connection of this.connections) this.close(connection);
    this.post({ type: 'done', workerIndex: this.config.workerIndex, elapsedMs: now - this.startPerf });
  }
}
