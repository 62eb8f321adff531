export const id = 36;
export const ids = [36];
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
/* harmony export */   W1: () => (/* binding */ compileResponsePath),
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
/**
 * Runs the per-response code (parsing, recording) a few thousand times on a canned response, so
 * that it is compiled before the clock starts: the open model's first second would otherwise be
 * served by the interpreter and its lateness counted as latency.
 */
function compileResponsePath() {
    const canned = Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\nConnection: keep-alive\r\n\r\nok\n');
    const parser = new _http_response_parser_js__WEBPACK_IMPORTED_MODULE_3__/* .ResponseParser */ .nf();
    const histogram = newLatencyHistogram(webAssemblyHistograms());
    for (let i = 0; i < 5000; i++) {
        parser.reset();
        if (parser.feed(canned, 0, canned.length) !== _http_response_parser_js__WEBPACK_IMPORTED_MODULE_3__/* .INCOMPLETE */ .j5)
            histogram.recordValue(100 + (i % 900));
    }
    histogram.destroy();
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
