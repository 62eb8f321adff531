export const id = 472;
export const ids = [472];
export const modules = {

/***/ 9472:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./.build/tsc/core/action-worker.js
var action_worker = __webpack_require__(4468);
// EXTERNAL MODULE: ./node_modules/hdr-histogram-js/dist/index.js
var dist = __webpack_require__(2960);
// EXTERNAL MODULE: ./.build/tsc/actions/load-test/src/checks.js
var checks = __webpack_require__(9081);
// EXTERNAL MODULE: ./.build/tsc/actions/load-test/src/http-response-parser.js
var http_response_parser = __webpack_require__(7720);
// EXTERNAL MODULE: ./.build/tsc/actions/load-test/src/connection.js
var src_connection = __webpack_require__(9996);
// EXTERNAL MODULE: ./.build/tsc/actions/load-test/src/schedule.js
var schedule = __webpack_require__(4881);
// EXTERNAL MODULE: ./.build/tsc/actions/load-test/src/worker-protocol.js
var worker_protocol = __webpack_require__(763);
;// CONCATENATED MODULE: ./.build/tsc/actions/load-test/src/load-worker.js
/**
 * One load worker thread: raw `net` sockets reading into one shared buffer (`onread`),
 * prebuilt request buffers, a response parser per connection, counters in a typed array
 * and one latency histogram per second, sent to the coordinator as it closes.
 * Timeouts are found by a coarse sweep instead of a timer per request.
 */






const READ_BUFFER_BYTES = 256 * 1024;
/** The non-zero counts by index, zeroing them. */
function takeNonZero(counts) {
    const out = {};
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
class LoadWorker {
    config;
    post;
    counters = new Float64Array(worker_protocol/* COUNTER_COUNT */.D);
    statuses = new Uint32Array(1000);
    otherErrors = new Map();
    histogram = (0,src_connection/* newLatencyHistogram */.h2)((0,src_connection/* webAssemblyHistograms */.Y6)());
    requests;
    schedule;
    connections = new Set();
    idle = [];
    sharedReadBuffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
    captureBody;
    requestCursor = 0;
    inFlight = 0;
    connecting = 0;
    startPerf = 0;
    endPerf = 0;
    nextReportPerf = 0;
    second = 0;
    nextSweepPerf = 0;
    sweepEveryMs;
    /** Open model: the next request number (global, this worker takes every workerCount-th). */
    nextRequest;
    lastRequest;
    sending = true;
    timer;
    finished = false;
    openModel;
    checkCount;
    constructor(config, post) {
        this.config = config;
        this.post = post;
        this.requests = config.requests.map((bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        this.schedule = new schedule/* LoadSchedule */.Q(config.stages, config.initialTarget);
        this.captureBody = (0,checks/* checksNeedBody */.U5)(config.checks);
        this.openModel = config.model === 'open';
        this.checkCount = config.checks.length;
        this.nextRequest = config.workerIndex;
        this.requestCursor = config.workerIndex % this.requests.length;
        this.lastRequest = this.schedule.totalCount;
        this.sweepEveryMs = Math.min(250, Math.max(5, config.timeoutMs / 20));
    }
    /** Open model: connects a pool sized for the peak rate before the start, so the first second is not a connect storm. */
    async warmUp() {
        if (this.config.model !== 'open')
            return;
        const peak = Math.max(this.config.initialTarget, ...this.config.stages.map((stage) => stage.target)) / this.config.workerCount;
        const wanted = Math.min(this.config.maxInFlight, Math.ceil((peak / 1000) * WARM_CONNECTIONS_PER_1000_RPS) + 2);
        const opened = [];
        for (let i = 0; i < wanted; i++) {
            const connection = this.open();
            this.idle.push(connection);
            opened.push(new Promise((resolve) => {
                connection.socket.once(this.config.tls ? 'secureConnect' : 'connect', () => resolve());
                connection.socket.once('close', () => resolve());
            }));
        }
        await Promise.race([Promise.all(opened), new Promise((resolve) => setTimeout(resolve, 5000))]);
        (0,src_connection/* compileResponsePath */.W1)();
    }
    start(startEpochMs) {
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
    stop() {
        this.endPerf = Math.min(this.endPerf, performance.now());
    }
    tick() {
        const now = performance.now();
        if (this.sending) {
            // Send what fell due before the end first, so the last tick does not drop them.
            if (this.config.model === 'open')
                this.pumpOpen(now);
            else if (now < this.endPerf)
                this.adjustVirtualUsers(now);
            if (now >= this.endPerf)
                this.stopSending();
        }
        if (now >= this.nextSweepPerf)
            this.sweepTimeouts(now);
        if (now >= this.nextReportPerf)
            this.report(now);
        if (!this.sending && this.inFlight === 0)
            this.finish(now);
    }
    stopSending() {
        this.sending = false;
        if (this.config.model === 'open' && this.nextRequest < this.lastRequest) {
            this.counters[worker_protocol/* Counter */.p.dropped] += Math.ceil((this.lastRequest - this.nextRequest) / this.config.workerCount);
            this.nextRequest = this.lastRequest;
        }
        for (const connection of this.idle)
            this.close(connection);
        this.idle.length = 0;
    }
    /** Sends every request whose time has come, on an idle connection or a new one within the in-flight limit. */
    pumpOpen(now) {
        const step = this.config.workerCount;
        while (this.nextRequest < this.lastRequest) {
            const due = this.startPerf + this.schedule.timeOfRequest(this.nextRequest);
            if (due > now || due >= this.endPerf)
                break;
            let connection = this.idle.pop();
            while (connection && !connection.alive)
                connection = this.idle.pop();
            if (!connection) {
                if (this.connections.size >= this.config.maxInFlight || this.connecting >= MAX_CONNECTING)
                    return;
                connection = this.open();
            }
            this.send(connection, due);
            this.nextRequest += step;
        }
    }
    virtualUsersAt(now) {
        const total = Math.round(this.schedule.targetAt(now - this.startPerf));
        const { workerCount, workerIndex } = this.config;
        return Math.floor(total / workerCount) + (workerIndex < total % workerCount ? 1 : 0);
    }
    adjustVirtualUsers(now) {
        const wanted = this.virtualUsersAt(now);
        while (this.connections.size < wanted)
            this.send(this.open(), performance.now());
    }
    open() {
        const connection = (0,src_connection/* openConnection */.JY)(this.config, this.sharedReadBuffer, this.captureBody, {
            onRead: (bytes, buffer) => this.onRead(connection, buffer, bytes),
            onConnect: () => this.connecting--,
            onClose: () => this.onClose(connection),
        });
        this.connecting++;
        this.connections.add(connection);
        this.counters[worker_protocol/* Counter */.p.connectionsOpened]++;
        return connection;
    }
    send(connection, startedAt) {
        connection.busy = true;
        connection.startedAt = startedAt;
        connection.parser.reset();
        const requests = this.requests;
        let request = requests[0];
        if (requests.length > 1) {
            if (this.config.order === 'random')
                request = requests[Math.floor(Math.random() * requests.length)];
            else {
                // Workers take turns through the rows, so together they cycle them in order.
                request = requests[this.requestCursor];
                this.requestCursor = (this.requestCursor + this.config.workerCount) % requests.length;
            }
        }
        connection.socket.write(request);
        this.counters[worker_protocol/* Counter */.p.sent]++;
        this.inFlight++;
    }
    onRead(connection, buffer, bytes) {
        if (!connection.busy) {
            // Bytes nobody asked for: the connection is out of step, so drop it.
            this.close(connection);
            return false;
        }
        let end;
        try {
            end = connection.parser.feed(buffer, 0, bytes);
        }
        catch {
            this.fail(connection, worker_protocol/* Counter */.p.protocol);
            return false;
        }
        if (end !== http_response_parser/* INCOMPLETE */.j5)
            this.complete(connection);
        return true;
    }
    complete(connection) {
        const now = performance.now();
        const latencyUs = Math.round((now - connection.startedAt) * 1000);
        this.histogram.recordValue(latencyUs > 0 ? latencyUs : 1);
        const status = connection.parser.status;
        this.statuses[status < 1000 ? status : 999]++;
        const counters = this.counters;
        counters[worker_protocol/* Counter */.p.completed]++;
        if (status >= 400)
            counters[worker_protocol/* Counter */.p.statusFailed]++;
        if (this.checkCount > 0) {
            const failed = (0,checks/* countFailedChecks */.sz)(this.config.checks, status, this.captureBody ? connection.parser.body : undefined);
            counters[worker_protocol/* Counter */.p.checksFailed] += failed;
            counters[worker_protocol/* Counter */.p.checksPassed] += this.checkCount - failed;
        }
        connection.busy = false;
        connection.served++;
        this.inFlight--;
        if (connection.parser.closeAfter || !this.sending) {
            this.close(connection);
            if (this.sending && !this.openModel)
                this.adjustVirtualUsers(now);
            return;
        }
        if (this.openModel) {
            this.idle.push(connection);
            this.pumpOpen(now);
        }
        else if (this.connections.size > this.virtualUsersAt(now))
            this.close(connection);
        else
            this.send(connection, now);
    }
    onClose(connection) {
        const wasAlive = connection.alive;
        connection.alive = false;
        this.connections.delete(connection);
        if (!connection.busy)
            return;
        if (connection.parser.finishOnClose()) {
            this.complete(connection);
            return;
        }
        const code = connection.lastError;
        if (wasAlive &&
            connection.served > 0 &&
            !connection.parser.midResponse &&
            (code === undefined || code === 'ECONNRESET' || code === 'EPIPE')) {
            // A kept-alive connection the server closed just as we reused it: the request never
            // reached the application, so send it again (as browsers and HTTP clients do).
            connection.busy = false;
            this.inFlight--;
            this.counters[worker_protocol/* Counter */.p.retried]++;
            this.counters[worker_protocol/* Counter */.p.sent]--;
            this.send(this.open(), connection.startedAt);
            return;
        }
        this.countFailure(connection, code === 'ECONNREFUSED' ? worker_protocol/* Counter */.p.refused : code === undefined || code === 'ECONNRESET' || code === 'EPIPE' ? worker_protocol/* Counter */.p.reset : -1);
    }
    fail(connection, counter) {
        this.countFailure(connection, counter);
        this.close(connection);
    }
    countFailure(connection, counter) {
        if (!connection.busy)
            return;
        connection.busy = false;
        this.inFlight--;
        if (counter >= 0)
            this.counters[counter]++;
        else {
            const code = connection.lastError ?? 'unknown';
            this.counters[worker_protocol/* Counter */.p.other]++;
            this.otherErrors.set(code, (this.otherErrors.get(code) ?? 0) + 1);
        }
    }
    close(connection) {
        connection.alive = false;
        this.connections.delete(connection);
        connection.socket.destroy();
    }
    sweepTimeouts(now) {
        this.nextSweepPerf = now + this.sweepEveryMs;
        const limit = now - this.config.timeoutMs;
        for (const connection of this.connections) {
            if (connection.busy && connection.startedAt <= limit)
                this.fail(connection, worker_protocol/* Counter */.p.timeout);
        }
    }
    report(now) {
        this.post({
            type: 'interval',
            workerIndex: this.config.workerIndex,
            second: this.second,
            histogram: this.histogram instanceof dist/* WasmHistogram */.jJ ? this.histogram.encode() : dist/* encodeIntoCompressedBase64 */.dH(this.histogram),
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
        if (now >= this.nextReportPerf)
            this.nextReportPerf = now + 1; // a stalled loop reports once, then catches up
    }
    finish(now) {
        if (this.finished)
            return;
        this.finished = true;
        clearInterval(this.timer);
        this.report(now);
        for (const connection of this.connections)
            this.close(connection);
        this.post({ type: 'done', workerIndex: this.config.workerIndex, elapsedMs: now - this.startPerf });
    }
}

;// CONCATENATED MODULE: ./.build/tsc/actions/load-test/src/load-worker-thread.js
/**
 * The body of a load worker thread. Started either from this file (source, through tsx) or
 * from the action's own bundle, whose definition module hands over to it in worker mode.
 */



function runThread() {
    const port = external_node_worker_threads_.parentPort;
    const config = external_node_worker_threads_.workerData.config;
    const post = (message) => port.postMessage(message);
    try {
        const worker = new LoadWorker(config, post);
        port.on('message', (message) => {
            if (message.type === 'start')
                worker.start(message.startEpochMs);
            else if (message.type === 'stop')
                worker.stop();
        });
        worker.warmUp().then(() => post({ type: 'ready', workerIndex: config.workerIndex }), (error) => post({ type: 'crash', workerIndex: config.workerIndex, message: String(error) }));
    }
    catch (error) {
        post({
            type: 'crash',
            workerIndex: config.workerIndex,
            message: error instanceof Error ? (error.stack ?? error.message) : String(error),
        });
    }
}
if ((0,action_worker/* isActionWorker */.BY)('load-test'))
    runThread();


/***/ })

};
