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
function nameIs(buf: Buffer, start: number, length: number, name: Buffer): boolean {
  if (length !== name.length) return false;
  for (let i = 0; i < length; i++) if ((buf[start + i] | 0x20) !== name[i]) return false;
  return true;
}

const KEEP_ALIVE_VALUE = Buffer.from('keep-alive', 'latin1');
const CLOSE_VALUE = Buffer.from('close', 'latin1');

/** The Connection header's verdict: the common single values by bytes, lists through a string. */
function connectionCloses(buf: Buffer, start: number, end: number, current: boolean): boolean {
  let from = start;
  while (from < end && (buf[from] === 0x20 || buf[from] === 0x09)) from++;
  let to = end;
  while (to > from && (buf[to - 1] === 0x20 || buf[to - 1] === 0x09 || buf[to - 1] === CR)) to--;
  if (nameIs(buf, from, to - from, KEEP_ALIVE_VALUE)) return false;
  if (nameIs(buf, from, to - from, CLOSE_VALUE)) return true;
  const value = buf.toString('latin1', from, to).toLowerCase();
  return value.includes('close') ? true : value.includes('keep-alive') ? false : current;
}

/** A decimal header value from bytes, or -1 when it is not one. */
function decimalAt(buf: Buffer, start: number, end: number): number {
  let i = start;
  while (i < end && (buf[i] === 0x20 || buf[i] === 0x09)) i++;
  let value = 0;
  let digits = 0;
  for (; i < end; i++) {
    const c = buf[i];
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
    } else break;
  }
  while (i < end && (buf[i] === 0x20 || buf[i] === 0x09 || buf[i] === CR)) i++;
  return digits > 0 && digits < 16 && i === end ? value : -1;
}

const enum BodyState {
  Head,
  Length,
  ChunkSize,
  ChunkExtension,
  ChunkSizeLf,
  ChunkData,
  ChunkDataCr,
  ChunkDataLf,
  TrailerLineStart,
  TrailerLine,
  TrailerLf,
  TrailerEndLf,
  UntilClose,
}

export class HttpParseError extends Error {
  override name = 'HttpParseError';
}

/** Feed results: the response is not complete yet, or it is (with the bytes after it). */
export const INCOMPLETE = -1;

export class ResponseParser {
  /** Status of the last complete response. */
  status = 0;
  /** The server asked to close the connection after this response. */
  closeAfter = false;
  /** Body bytes of the last response when `captureBody` is on. */
  body: Buffer[] = [];
  captureBody = false;
  /** The request was HEAD, so no response carries a body. */
  headRequest = false;

  private state = BodyState.Head;
  private remaining = 0;
  private headParts: Buffer[] = [];
  private headLength = 0;

  /** Starts over for a new request on the same connection. */
  reset(): void {
    this.state = BodyState.Head;
    this.remaining = 0;
    this.headParts.length = 0;
    this.headLength = 0;
    this.closeAfter = false;
    if (this.captureBody) this.body = [];
  }

  /** True while bytes of a response have been read but it is not finished. */
  get midResponse(): boolean {
    return this.state !== BodyState.Head || this.headLength > 0;
  }

  /**
   * Consumes buf[start, end). Returns INCOMPLETE, or the offset just past the end of a
   * complete response (bytes after it belong to nothing, since requests are not pipelined).
   */
  feed(buf: Buffer, start: number, end: number): number {
    let pos = start;
    while (pos < end) {
      if (this.state === BodyState.Head) {
        const next = this.readHead(buf, pos, end);
        if (next < 0) return INCOMPLETE;
        pos = next;
        if (this.state === BodyState.Head) {
          // A finished response without a body (or a skipped 1xx when status < 200).
          if (this.status >= 200) return pos;
          continue;
        }
        if (pos >= end) return INCOMPLETE;
      }
      pos = this.readBody(buf, pos, end);
      if (pos < 0) return INCOMPLETE;
      if ((this.state as BodyState) === BodyState.Head) return pos;
    }
    return INCOMPLETE;
  }

  /** The connection ended: a read-until-close body is complete then; anything else mid-way is not. */
  finishOnClose(): boolean {
    return this.state === BodyState.UntilClose;
  }

  private readHead(buf: Buffer, pos: number, end: number): number {
    if (this.headLength === 0) {
      const after = this.scanHead(buf, pos, end);
      if (after >= 0) return after;
    }
    // The head is split across reads: gather it until its blank line has arrived.
    const piece = Buffer.from(buf.subarray(pos, end));
    this.headParts.push(piece);
    this.headLength += piece.length;
    const head = this.headParts.length === 1 ? piece : Buffer.concat(this.headParts, this.headLength);
    const after = this.scanHead(head, 0, head.length);
    if (after < 0) {
      if (this.headLength > MAX_HEAD_BYTES) throw new HttpParseError(`response head longer than ${MAX_HEAD_BYTES} bytes`);
      if (this.headParts.length > 1) this.headParts = [head];
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
  private scanHead(head: Buffer, start: number, limit: number): number {
    let line = head.indexOf(LF, start) + 1;
    if (line === 0 || line > limit) return -1;
    if (line - start < 13 || head[start] !== 0x48 || head[start + 4] !== 0x2f) {
      throw new HttpParseError(`not an HTTP response: ${JSON.stringify(head.toString('latin1', start, Math.min(limit, start + 40)))}`);
    }
    const status = (head[start + 9] - 48) * 100 + (head[start + 10] - 48) * 10 + (head[start + 11] - 48);
    if (!(status >= 100 && status <= 999)) throw new HttpParseError('malformed status line');
    let contentLength = -1;
    let chunked = false;
    let close = head[start + 7] === 0x30; // HTTP/1.0 closes unless told otherwise
    for (;;) {
      if (line + 1 >= limit) return -1;
      if (head[line] === CR && head[line + 1] === LF) break; // the blank line
      const lineEnd = head.indexOf(LF, line);
      if (lineEnd < 0 || lineEnd >= limit) return -1;
      const first = head[line] | 0x20;
      if (first === 0x63 || first === 0x74) {
        let colon = line;
        while (colon < lineEnd && head[colon] !== 0x3a) colon++;
        const nameLength = colon - line;
        if (colon === lineEnd) {
          // not a header line; ignore it
        } else if (nameIs(head, line, nameLength, CONTENT_LENGTH)) {
          contentLength = decimalAt(head, colon + 1, lineEnd);
          if (contentLength < 0) throw new HttpParseError(`bad content-length: ${head.toString('latin1', colon + 1, lineEnd).trim()}`);
        } else if (nameIs(head, line, nameLength, TRANSFER_ENCODING)) {
          chunked = /(^|,)\s*chunked\s*$/i.test(head.toString('latin1', colon + 1, lineEnd).trim());
        } else if (nameIs(head, line, nameLength, CONNECTION)) {
          close = connectionCloses(head, colon + 1, lineEnd, close);
        }
      }
      line = lineEnd + 1;
    }
    this.commitHead(status, contentLength, chunked, close);
    return line + 2;
  }

  private commitHead(status: number, contentLength: number, chunked: boolean, close: boolean): void {
    this.status = status;
    if (status < 200) {
      if (status === 101) throw new HttpParseError('server switched protocols (101), which a load test cannot follow');
      return; // 1xx: an interim head; the real response follows
    }
    this.closeAfter = close;
    if (this.captureBody) this.body = [];
    if (this.headRequest || status === 204 || status === 304) return;
    if (chunked) {
      this.state = BodyState.ChunkSize;
      this.remaining = 0;
    } else if (contentLength >= 0) {
      if (contentLength > 0) {
        this.state = BodyState.Length;
        this.remaining = contentLength;
      }
    } else {
      this.state = BodyState.UntilClose;
      this.closeAfter = true;
    }
  }

  private capture(buf: Buffer, start: number, end: number): void {
    if (this.captureBody && end > start) this.body.push(Buffer.from(buf.subarray(start, end)));
  }

  /** Returns the offset after the response when it completes, else -1 with all bytes consumed. */
  private readBody(buf: Buffer, start: number, end: number): number {
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
            if (this.remaining > Number.MAX_SAFE_INTEGER / 16) throw new HttpParseError('chunk size too large');
          } else if (c === CR) this.state = BodyState.ChunkSizeLf;
          else if (c === 0x3b || c === 0x20 || c === 0x09) this.state = BodyState.ChunkExtension;
          else throw new HttpParseError('bad chunk size');
          break;
        }
        case BodyState.ChunkExtension: {
          const cr = buf.indexOf(CR, pos);
          if (cr < 0 || cr >= end) return -1;
          pos = cr + 1;
          this.state = BodyState.ChunkSizeLf;
          break;
        }
        case BodyState.ChunkSizeLf:
          if (buf[pos++] !== LF) throw new HttpParseError('bad chunk size line ending');
          this.state = this.remaining === 0 ? BodyState.TrailerLineStart : BodyState.ChunkData;
          break;
        case BodyState.ChunkData: {
          const take = Math.min(this.remaining, end - pos);
          this.capture(buf, pos, pos + take);
          pos += take;
          this.remaining -= take;
          if (this.remaining === 0) this.state = BodyState.ChunkDataCr;
          break;
        }
        case BodyState.ChunkDataCr:
          if (buf[pos++] !== CR) throw new HttpParseError('chunk data longer than its size');
          this.state = BodyState.ChunkDataLf;
          break;
        case BodyState.ChunkDataLf:
          if (buf[pos++] !== LF) throw new HttpParseError('bad chunk data line ending');
          this.state = BodyState.ChunkSize;
          break;
        case BodyState.TrailerLineStart: {
          const c = buf[pos++];
          this.state = c === CR ? BodyState.TrailerEndLf : BodyState.TrailerLine;
          break;
        }
        case BodyState.TrailerLine: {
          const lf = buf.indexOf(LF, pos);
          if (lf < 0 || lf >= end) return -1;
          pos = lf + 1;
          this.state = BodyState.TrailerLineStart;
          break;
        }
        case BodyState.TrailerEndLf:
          if (buf[pos++] !== LF) throw new HttpParseError('bad end of chunked body');
          this.state = BodyState.Head;
          return pos;
        default:
          throw new HttpParseError('parser in an impossible state');
      }
    }
    return -1;
  }
}
