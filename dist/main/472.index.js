export const id = 472;
export const ids = [472];
export const modules = {

/***/ 9081:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ parseJsonPath),
/* harmony export */   U5: () => (/* binding */ checksNeedBody),
/* harmony export */   sz: () => (/* binding */ countFailedChecks)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/** Response checks: the status, or a value at a JSON path that exists or equals something. */

/** `$.predictions[0].label` or `predictions.0.label` -> ['predictions', 0, 'label']; a subset of JSONPath with no wildcards. */
function parseJsonPath(text) {
    let rest = text.trim();
    if (rest.startsWith('$'))
        rest = rest.slice(1);
    const path = [];
    const token = /^(?:\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[(?:'([^']*)'|"([^"]*)")\]|^([A-Za-z_$][\w$-]*))/;
    while (rest.length > 0) {
        const match = token.exec(rest);
        if (!match)
            return undefined;
        if (match[2] !== undefined)
            path.push(Number(match[2]));
        else
            path.push(match[1] ?? match[3] ?? match[4] ?? match[5]);
        rest = rest.slice(match[0].length);
    }
    return path;
}
function valueAt(document, path) {
    let current = document;
    for (const key of path) {
        if (current === null || typeof current !== 'object')
            return { found: false };
        if (!Object.prototype.hasOwnProperty.call(current, key))
            return { found: false };
        current = current[key];
    }
    return { found: true, value: current };
}
function checksNeedBody(checks) {
    return checks.some((check) => check.kind === 'json');
}
/** How many of `checks` fail for one response. The body is parsed once, and only when a JSON check exists. */
function countFailedChecks(checks, status, body) {
    let failed = 0;
    let parsed;
    let parseState = 0; // 0 not yet, 1 ok, 2 not JSON
    for (const check of checks) {
        if (check.kind === 'status') {
            if (!check.ranges.some(([low, high]) => status >= low && status <= high))
                failed++;
            continue;
        }
        if (parseState === 0) {
            try {
                parsed = JSON.parse(Buffer.concat(body ?? []).toString('utf8'));
                parseState = 1;
            }
            catch {
                parseState = 2;
            }
        }
        if (parseState === 2) {
            failed++;
            continue;
        }
        const { found, value } = valueAt(parsed, check.path);
        if (!found || (check.hasEquals && !(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(value, check.equals)))
            failed++;
    }
    return failed;
}


/***/ }),

/***/ 9996:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JY: () => (/* binding */ openConnection),
/* harmony export */   Y6: () => (/* binding */ webAssemblyHistograms),
/* harmony export */   h2: () => (/* binding */ newLatencyHistogram)
/* harmony export */ });
/* unused harmony export Connection */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1692);
/* harmony import */ var hdr_histogram_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2960);
/* harmony import */ var _http_response_parser_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7720);
/** One keep-alive connection of a load worker, and the latency histogram every worker records into. */




/**
 * Microseconds from 1 µs to one hour, 3 significant digits. The library's WebAssembly build
 * records in ~20 ns against ~150-200 ns for its JavaScript one, which matters once per request.
 */
function newLatencyHistogram(useWebAssembly = false) {
    return hdr_histogram_js__WEBPACK_IMPORTED_MODULE_2__/* .build */ .jq({
        bitBucketSize: 32,
        autoResize: true,
        lowestDiscernibleValue: 1,
        highestTrackableValue: 3_600_000_000,
        numberOfSignificantValueDigits: 3,
        useWebAssembly,
    });
}
/** Loads the library's WebAssembly build (synchronously: it is small); false when this runtime cannot. */
function webAssemblyHistograms() {
    try {
        hdr_histogram_js__WEBPACK_IMPORTED_MODULE_2__/* .initWebAssemblySync */ .WO();
        return true;
    }
    catch {
        return false;
    }
}
class Connection {
    busy = false;
    connected = false;
    alive = true;
    /** When the request in flight was due (open model) or sent (closed model), performance.now() ms. */
    startedAt = 0;
    served = 0;
    lastError;
    parser = new _http_response_parser_js__WEBPACK_IMPORTED_MODULE_3__/* .ResponseParser */ .nf();
    socket;
}
/**
 * Plain TCP reads into the worker's one shared buffer through `onread` (no stream 'data'
 * events, no allocation per read); TLS, which cannot, uses 'data' events.
 */
function openConnection(config, sharedReadBuffer, captureBody, events) {
    const connection = new Connection();
    connection.parser.captureBody = captureBody;
    connection.parser.headRequest = config.headRequest;
    const { address, port } = config;
    if (config.tls) {
        // SNI carries host names only (RFC 6066), never an IP address.
        const servername = node_net__WEBPACK_IMPORTED_MODULE_0__.isIP(config.servername) ? undefined : config.servername;
        connection.socket = node_tls__WEBPACK_IMPORTED_MODULE_1__.connect({ host: address, port, servername });
        connection.socket.on('data', (chunk) => events.onRead(chunk.length, chunk));
    }
    else {
        connection.socket = node_net__WEBPACK_IMPORTED_MODULE_0__.connect({
            host: address,
            port,
            noDelay: true,
            onread: { buffer: sharedReadBuffer, callback: (bytes) => events.onRead(bytes, sharedReadBuffer) },
        });
    }
    connection.socket.setNoDelay(true);
    connection.socket.on('error', (error) => {
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


/***/ }),

/***/ 7720:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j5: () => (/* binding */ INCOMPLETE),
/* harmony export */   nf: () => (/* binding */ ResponseParser)
/* harmony export */ });
/* unused harmony export HttpParseError */
/**
 * An HTTP/1.1 response parser for the load generator's hot path: it takes bytes as they
 * arrive (any split), and tells when one whole response has been read. A head that
 * arrives in one piece is parsed straight out of the read buffer; otherwise it is
 * gathered first. Bodies are walked with a byte-level state machine (content-length,
 * chunked with extensions and trailers, read-until-close); 1xx heads are skipped and
 * 204/304/HEAD responses have no body.
 */
const CR = 13;
const LF = 10;
const MAX_HEAD_BYTES = 64 * 1024;
const CONTENT_LENGTH = Buffer.from('content-length', 'latin1');
const TRANSFER_ENCODING = Buffer.from('transfer-encoding', 'latin1');
const CONNECTION = Buffer.from('connection', 'latin1');
/** Case-insensitive match of a lower-case ASCII header name at buf[start, start + name.length). */
function nameIs(buf, start, length, name) {
    if (length !== name.length)
        return false;
    for (let i = 0; i < length; i++)
        if ((buf[start + i] | 0x20) !== name[i])
            return false;
    return true;
}
const KEEP_ALIVE_VALUE = Buffer.from('keep-alive', 'latin1');
const CLOSE_VALUE = Buffer.from('close', 'latin1');
/** The Connection header's verdict: the common single values by bytes, lists through a string. */
function connectionCloses(buf, start, end, current) {
    let from = start;
    while (from < end && (buf[from] === 0x20 || buf[from] === 0x09))
        from++;
    let to = end;
    while (to > from && (buf[to - 1] === 0x20 || buf[to - 1] === 0x09 || buf[to - 1] === CR))
        to--;
    if (nameIs(buf, from, to - from, KEEP_ALIVE_VALUE))
        return false;
    if (nameIs(buf, from, to - from, CLOSE_VALUE))
        return true;
    const value = buf.toString('latin1', from, to).toLowerCase();
    return value.includes('close') ? true : value.includes('keep-alive') ? false : current;
}
/** A decimal header value from bytes, or -1 when it is not one. */
function decimalAt(buf, start, end) {
    let i = start;
    while (i < end && (buf[i] === 0x20 || buf[i] === 0x09))
        i++;
    let value = 0;
    let digits = 0;
    for (; i < end; i++) {
        const c = buf[i];
        if (c >= 48 && c <= 57) {
            value = value * 10 + (c - 48);
            digits++;
        }
        else
            break;
    }
    while (i < end && (buf[i] === 0x20 || buf[i] === 0x09 || buf[i] === CR))
        i++;
    return digits > 0 && digits < 16 && i === end ? value : -1;
}
var BodyState;
(function (BodyState) {
    BodyState[BodyState["Head"] = 0] = "Head";
    BodyState[BodyState["Length"] = 1] = "Length";
    BodyState[BodyState["ChunkSize"] = 2] = "ChunkSize";
    BodyState[BodyState["ChunkExtension"] = 3] = "ChunkExtension";
    BodyState[BodyState["ChunkSizeLf"] = 4] = "ChunkSizeLf";
    BodyState[BodyState["ChunkData"] = 5] = "ChunkData";
    BodyState[BodyState["ChunkDataCr"] = 6] = "ChunkDataCr";
    BodyState[BodyState["ChunkDataLf"] = 7] = "ChunkDataLf";
    BodyState[BodyState["TrailerLineStart"] = 8] = "TrailerLineStart";
    BodyState[BodyState["TrailerLine"] = 9] = "TrailerLine";
    BodyState[BodyState["TrailerLf"] = 10] = "TrailerLf";
    BodyState[BodyState["TrailerEndLf"] = 11] = "TrailerEndLf";
    BodyState[BodyState["UntilClose"] = 12] = "UntilClose";
})(BodyState || (BodyState = {}));
class HttpParseError extends Error {
    name = 'HttpParseError';
}
/** Feed results: the response is not complete yet, or it is (with the bytes after it). */
const INCOMPLETE = -1;
class ResponseParser {
    /** Status of the last complete response. */
    status = 0;
    /** The server asked to close the connection after this response. */
    closeAfter = false;
    /** Body bytes of the last response when `captureBody` is on. */
    body = [];
    captureBody = false;
    /** The request was HEAD, so no response carries a body. */
    headRequest = false;
    state = BodyState.Head;
    remaining = 0;
    headParts = [];
    headLength = 0;
    /** Starts over for a new request on the same connection. */
    reset() {
        this.state = BodyState.Head;
        this.remaining = 0;
        this.headParts.length = 0;
        this.headLength = 0;
        this.closeAfter = false;
        if (this.captureBody)
            this.body = [];
    }
    /** True while bytes of a response have been read but it is not finished. */
    get midResponse() {
        return this.state !== BodyState.Head || this.headLength > 0;
    }
    /**
     * Consumes buf[start, end). Returns INCOMPLETE, or the offset just past the end of a
     * complete response (bytes after it belong to nothing, since requests are not pipelined).
     */
    feed(buf, start, end) {
        let pos = start;
        while (pos < end) {
            if (this.state === BodyState.Head) {
                const next = this.readHead(buf, pos, end);
                if (next < 0)
                    return INCOMPLETE;
                pos = next;
                if (this.state === BodyState.Head) {
                    // A finished response without a body (or a skipped 1xx when status < 200).
                    if (this.status >= 200)
                        return pos;
                    continue;
                }
                if (pos >= end)
                    return INCOMPLETE;
            }
            pos = this.readBody(buf, pos, end);
            if (pos < 0)
                return INCOMPLETE;
            if (this.state === BodyState.Head)
                return pos;
        }
        return INCOMPLETE;
    }
    /** The connection ended: a read-until-close body is complete then; anything else mid-way is not. */
    finishOnClose() {
        return this.state === BodyState.UntilClose;
    }
    readHead(buf, pos, end) {
        if (this.headLength === 0) {
            const after = this.scanHead(buf, pos, end);
            if (after >= 0)
                return after;
        }
        // The head is split across reads: gather it until its blank line has arrived.
        const piece = Buffer.from(buf.subarray(pos, end));
        this.headParts.push(piece);
        this.headLength += piece.length;
        const head = this.headParts.length === 1 ? piece : Buffer.concat(this.headParts, this.headLength);
        const after = this.scanHead(head, 0, head.length);
        if (after < 0) {
            if (this.headLength > MAX_HEAD_BYTES)
                throw new HttpParseError(`response head longer than ${MAX_HEAD_BYTES} bytes`);
            if (this.headParts.length > 1)
                this.headParts = [head];
            return -1;
        }
        this.headParts.length = 0;
        this.headLength = 0;
        // Offset in `buf` just past the head: bytes of `head` before this piece came in earlier reads.
        return end - (head.length - after);
    }
    /**
     * Reads the head at head[start, limit): returns the offset after its blank line, or -1 when
     * the head does not end before `limit` (nothing is changed then). Lines are found with
     * native indexOf, which beats a byte loop in JS; only three header names are compared.
     */
    scanHead(head, start, limit) {
        let line = head.indexOf(LF, start) + 1;
        if (line === 0 || line > limit)
            return -1;
        if (line - start < 13 || head[start] !== 0x48 || head[start + 4] !== 0x2f) {
            throw new HttpParseError(`not an HTTP response: ${JSON.stringify(head.toString('latin1', start, Math.min(limit, start + 40)))}`);
        }
        const status = (head[start + 9] - 48) * 100 + (head[start + 10] - 48) * 10 + (head[start + 11] - 48);
        if (!(status >= 100 && status <= 999))
            throw new HttpParseError('malformed status line');
        let contentLength = -1;
        let chunked = false;
        let close = head[start + 7] === 0x30; // HTTP/1.0 closes unless told otherwise
        for (;;) {
            if (line + 1 >= limit)
                return -1;
            if (head[line] === CR && head[line + 1] === LF)
                break; // the blank line
            const lineEnd = head.indexOf(LF, line);
            if (lineEnd < 0 || lineEnd >= limit)
                return -1;
            const first = head[line] | 0x20;
            if (first === 0x63 || first === 0x74) {
                let colon = line;
                while (colon < lineEnd && head[colon] !== 0x3a)
                    colon++;
                const nameLength = colon - line;
                if (colon === lineEnd) {
                    // not a header line; ignore it
                }
                else if (nameIs(head, line, nameLength, CONTENT_LENGTH)) {
                    contentLength = decimalAt(head, colon + 1, lineEnd);
                    if (contentLength < 0)
                        throw new HttpParseError(`bad content-length: ${head.toString('latin1', colon + 1, lineEnd).trim()}`);
                }
                else if (nameIs(head, line, nameLength, TRANSFER_ENCODING)) {
                    chunked = /(^|,)\s*chunked\s*$/i.test(head.toString('latin1', colon + 1, lineEnd).trim());
                }
                else if (nameIs(head, line, nameLength, CONNECTION)) {
                    close = connectionCloses(head, colon + 1, lineEnd, close);
                }
            }
            line = lineEnd + 1;
        }
        this.commitHead(status, contentLength, chunked, close);
        return line + 2;
    }
    commitHead(status, contentLength, chunked, close) {
        this.status = status;
        if (status < 200) {
            if (status === 101)
                throw new HttpParseError('server switched protocols (101), which a load test cannot follow');
            return; // 1xx: an interim head; the real response follows
        }
        this.closeAfter = close;
        if (this.captureBody)
            this.body = [];
        if (this.headRequest || status === 204 || status === 304)
            return;
        if (chunked) {
            this.state = BodyState.ChunkSize;
            this.remaining = 0;
        }
        else if (contentLength >= 0) {
            if (contentLength > 0) {
                this.state = BodyState.Length;
                this.remaining = contentLength;
            }
        }
        else {
            this.state = BodyState.UntilClose;
            this.closeAfter = true;
        }
    }
    capture(buf, start, end) {
        if (this.captureBody && end > start)
            this.body.push(Buffer.from(buf.subarray(start, end)));
    }
    /** Returns the offset after the response when it completes, else -1 with all bytes consumed. */
    readBody(buf, start, end) {
        let pos = start;
        while (pos < end) {
            switch (this.state) {
                case BodyState.Length: {
                    const take = Math.min(this.remaining, end - pos);
                    this.capture(buf, pos, pos + take);
                    pos += take;
                    this.remaining -= take;
                    if (this.remaining === 0) {
                        this.state = BodyState.Head;
                        return pos;
                    }
                    break;
                }
                case BodyState.UntilClose:
                    this.capture(buf, pos, end);
                    return -1;
                case BodyState.ChunkSize: {
                    const c = buf[pos++];
                    const digit = c >= 48 && c <= 57 ? c - 48 : (c | 0x20) >= 97 && (c | 0x20) <= 102 ? (c | 0x20) - 87 : -1;
                    if (digit >= 0) {
                        this.remaining = this.remaining * 16 + digit;
                        if (this.remaining > Number.MAX_SAFE_INTEGER / 16)
                            throw new HttpParseError('chunk size too large');
                    }
                    else if (c === CR)
                        this.state = BodyState.ChunkSizeLf;
                    else if (c === 0x3b || c === 0x20 || c === 0x09)
                        this.state = BodyState.ChunkExtension;
                    else
                        throw new HttpParseError('bad chunk size');
                    break;
                }
                case BodyState.ChunkExtension: {
                    const cr = buf.indexOf(CR, pos);
                    if (cr < 0 || cr >= end)
                        return -1;
                    pos = cr + 1;
                    this.state = BodyState.ChunkSizeLf;
                    break;
                }
                case BodyState.ChunkSizeLf:
                    if (buf[pos++] !== LF)
                        throw new HttpParseError('bad chunk size line ending');
                    this.state = this.remaining === 0 ? BodyState.TrailerLineStart : BodyState.ChunkData;
                    break;
                case BodyState.ChunkData: {
                    const take = Math.min(this.remaining, end - pos);
                    this.capture(buf, pos, pos + take);
                    pos += take;
                    this.remaining -= take;
                    if (this.remaining === 0)
                        this.state = BodyState.ChunkDataCr;
                    break;
                }
                case BodyState.ChunkDataCr:
                    if (buf[pos++] !== CR)
                        throw new HttpParseError('chunk data longer than its size');
                    this.state = BodyState.ChunkDataLf;
                    break;
                case BodyState.ChunkDataLf:
                    if (buf[pos++] !== LF)
                        throw new HttpParseError('bad chunk data line ending');
                    this.state = BodyState.ChunkSize;
                    break;
                case BodyState.TrailerLineStart: {
                    const c = buf[pos++];
                    this.state = c === CR ? BodyState.TrailerEndLf : BodyState.TrailerLine;
                    break;
                }
                case BodyState.TrailerLine: {
                    const lf = buf.indexOf(LF, pos);
                    if (lf < 0 || lf >= end)
                        return -1;
                    pos = lf + 1;
                    this.state = BodyState.TrailerLineStart;
                    break;
                }
                case BodyState.TrailerEndLf:
                    if (buf[pos++] !== LF)
                        throw new HttpParseError('bad end of chunked body');
                    this.state = BodyState.Head;
                    return pos;
                default:
                    throw new HttpParseError('parser in an impossible state');
            }
        }
        return -1;
    }
}


/***/ }),

/***/ 9472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LOAD_WORKER_MARK: () => (/* binding */ LOAD_WORKER_MARK),
  isLoadWorkerThread: () => (/* binding */ isLoadWorkerThread)
});

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
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
const WARM_CONNECTIONS_PER_1000_RPS = 2;
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
            histogram: dist/* encodeIntoCompressedBase64 */.dH(this.histogram),
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


/** workerData key that marks a thread as a load worker. */
const LOAD_WORKER_MARK = 'mlopsLoadTestWorker';
function isLoadWorkerThread() {
    return !external_node_worker_threads_.isMainThread && Boolean(external_node_worker_threads_.workerData?.[LOAD_WORKER_MARK]);
}
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
if (isLoadWorkerThread())
    runThread();


/***/ }),

/***/ 4881:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ LoadSchedule)
/* harmony export */ });
/**
 * The load profile over time: a target (requests per second in the open model, virtual
 * users in the closed one) that moves linearly from stage to stage, like k6's stages.
 */
class LoadSchedule {
    stages;
    initial;
    totalMs;
    starts = [];
    fromTargets = [];
    /** Requests sent before each stage (open model), cumulative. */
    countsBefore = [];
    /** `initial` is the target at time 0; with one stage whose target equals it, the load is constant. */
    constructor(stages, initial) {
        this.stages = stages;
        this.initial = initial;
        let at = 0;
        let from = initial;
        let count = 0;
        for (const stage of stages) {
            this.starts.push(at);
            this.fromTargets.push(from);
            this.countsBefore.push(count);
            count += ((from + stage.target) / 2) * (stage.durationMs / 1000);
            at += stage.durationMs;
            from = stage.target;
        }
        this.totalMs = at;
        this.countsBefore.push(count);
    }
    /** A constant target for `durationMs`. */
    static constant(target, durationMs) {
        return new LoadSchedule([{ durationMs, target }], target);
    }
    targetAt(ms) {
        if (ms >= this.totalMs)
            return this.stages.length ? this.stages[this.stages.length - 1].target : 0;
        const i = this.stageIndexAt(ms);
        const stage = this.stages[i];
        const from = this.fromTargets[i];
        return from + (stage.target - from) * ((ms - this.starts[i]) / stage.durationMs);
    }
    /** Requests due by `ms` at the target rate (the integral of the rate), open model. */
    countAt(ms) {
        if (ms >= this.totalMs)
            return this.countsBefore[this.stages.length];
        const i = this.stageIndexAt(ms);
        const t = (ms - this.starts[i]) / 1000;
        const from = this.fromTargets[i];
        const slope = (this.stages[i].target - from) / (this.stages[i].durationMs / 1000);
        return this.countsBefore[i] + from * t + (slope * t * t) / 2;
    }
    /** Every request of the run, open model. */
    get totalCount() {
        // Rounding guards against 4999.999999 for 500/s over 10 s.
        return Math.floor(this.countsBefore[this.stages.length] + 1e-6);
    }
    /** When request number `n` (0-based: the first is due at 0) is due, in ms: the inverse of countAt. */
    timeOfRequest(n) {
        let i = 0;
        while (i < this.stages.length - 1 && this.countsBefore[i + 1] <= n)
            i++;
        const from = this.fromTargets[i];
        const seconds = this.stages[i].durationMs / 1000;
        const slope = (this.stages[i].target - from) / seconds;
        const left = n - this.countsBefore[i];
        let t;
        if (Math.abs(slope) < 1e-12)
            t = from > 0 ? left / from : seconds;
        else {
            // from*t + slope*t²/2 = left
            const disc = from * from + 2 * slope * left;
            t = (-from + Math.sqrt(Math.max(0, disc))) / slope;
        }
        return this.starts[i] + Math.min(seconds, Math.max(0, t)) * 1000;
    }
    stageIndexAt(ms) {
        let i = 0;
        while (i < this.stages.length - 1 && this.starts[i + 1] <= ms)
            i++;
        return i;
    }
}


/***/ }),

/***/ 763:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ COUNTER_COUNT),
/* harmony export */   p: () => (/* binding */ Counter)
/* harmony export */ });
const Counter = {
    sent: 0,
    completed: 1,
    refused: 2,
    reset: 3,
    timeout: 4,
    protocol: 5,
    other: 6,
    /** Responses with status >= 400 (k6's http_req_failed counts these too). */
    statusFailed: 7,
    checksPassed: 8,
    checksFailed: 9,
    /** Open model: requests that were due but never sent (in-flight limit or end of run). */
    dropped: 10,
    connectionsOpened: 11,
    /** Times a request was re-sent because a reused keep-alive connection closed before answering. */
    retried: 12,
};
const COUNTER_COUNT = 13;


/***/ })

};
