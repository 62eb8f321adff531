import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tempStem } from './temp-names.js';
import type { Duplicate } from './unique-index.js';

/**
 * Repeated integer keys found with a bitmap, when the keys are dense (ids 1..N, or any stretch
 * where most values of a range occur): one bit per value of a window of the integers marks the
 * values seen, a second bitmap the values seen twice. Lines are not kept in memory: each key goes
 * to an append-only log (4 bytes for a key on the line after the previous key, 12 otherwise),
 * read back only when some value repeats, to find the lines of the repeated values alone.
 *
 * The window starts around the first value and grows while the keys stay dense, up to
 * MAX_SPAN values (a 4 MB bitmap); keys outside it are left to the caller (UniqueIndex keeps
 * them aside as outliers, which windowDuplicates checks against the windows).
 */

const FIRST_SPAN = 1 << 20;
/** 2^25 values: 4 MB per bitmap, so even 3 threads' windows (seen and repeated) stay under 25 MB. */
const MAX_SPAN = 1 << 25;
/** Keys per window seen before it may grow to `span` values: at least one per DENSITY values. */
const DENSITY = 64;
const LOG_WORDS = 1 << 16;
/** A log word that no key delta can take (deltas are within ±MAX_SPAN): the next word is a line. */
const LINE_MARK = -0x80000000;
/**
 * Distinct repeated values whose first lines are kept in a Map (a few MB); past this the caller's
 * partitioned index decides, in bounded memory.
 */
export const REPEATED_VALUE_LIMIT = 1 << 16;

/** A window's bitmaps and log, as plain data that survives postMessage. */
export interface WindowExport {
  base: number;
  seen: Int32Array;
  repeated: Int32Array | null;
  origin: number;
  logFile: string | null;
  /** The log's words not yet written to logFile. */
  tail: Int32Array;
}

const align = (value: number) => Math.floor(value / 32) * 32;

export class IntegerWindow {
  private base: number;
  private seen: Int32Array;
  private repeated: Int32Array | null = null;
  private keys = 0;
  private readonly log = new Int32Array(LOG_WORDS);
  private logUsed = 0;
  private lastLine = -2;
  private logFile: string | null = null;
  private logFd = -1;

  constructor(
    private readonly tempDir: string,
    private readonly label: string,
    /** Log entries hold the key minus origin, the first key: always inside the window. */
    private readonly origin: number,
  ) {
    this.base = align(origin - FIRST_SPAN / 4);
    this.seen = new Int32Array(FIRST_SPAN / 32);
  }

  /** Records the key; false when it is outside the window and the window may not grow to it. */
  add(value: number, line: number): boolean {
    let offset = value - this.base;
    if (offset < 0 || offset >= this.seen.length * 32) {
      if (!this.grow(value)) return false;
      offset = value - this.base;
    }
    this.keys++;
    const word = offset >>> 5;
    const bit = 1 << (offset & 31);
    const seen = this.seen;
    if ((seen[word] & bit) === 0) seen[word] |= bit;
    else (this.repeated ??= new Int32Array(seen.length))[word] |= bit;
    if (this.logUsed > LOG_WORDS - 3) this.flush();
    const log = this.log;
    if (line !== this.lastLine + 1) {
      log[this.logUsed++] = LINE_MARK;
      log[this.logUsed++] = line;
    }
    log[this.logUsed++] = value - this.origin;
    this.lastLine = line;
    return true;
  }

  /**
   * Moves the window over [values seen, value] (to the nearest 32) if that stays dense and at
   * most MAX_SPAN wide; the slack goes on the side the window grows towards.
   */
  private grow(value: number): boolean {
    const words = this.seen;
    let first = 0;
    while (first < words.length && words[first] === 0) first++;
    let last = words.length - 1;
    while (last > first && words[last] === 0) last--;
    const low = Math.min(this.base + first * 32, align(value));
    const high = Math.max(this.base + (last + 1) * 32, align(value) + 32);
    const need = high - low;
    if (need > MAX_SPAN || need > Math.max(FIRST_SPAN, this.keys * DENSITY)) return false;
    let span = words.length * 32;
    while (span < need) span *= 2;
    span = Math.min(MAX_SPAN, span * 2);
    const base = value < this.base ? high - span : low;
    const move = (from: Int32Array) => {
      const to = new Int32Array(span / 32);
      to.set(from.subarray(first, last + 1), (this.base + first * 32 - base) / 32);
      return to;
    };
    this.seen = move(words);
    if (this.repeated) this.repeated = move(this.repeated);
    this.base = base;
    return true;
  }

  private flush(): void {
    if (this.logFd < 0) {
      this.logFile = `${tempStem(this.tempDir, 'keys', this.label)}.log`;
      this.logFd = openSync(this.logFile, 'w');
    }
    writeSync(this.logFd, this.log, 0, this.logUsed * 4);
    this.logUsed = 0;
  }

  export(): WindowExport {
    if (this.logFd >= 0) closeSync(this.logFd);
    this.logFd = -1;
    return {
      base: this.base,
      seen: this.seen,
      repeated: this.repeated,
      origin: this.origin,
      logFile: this.logFile,
      tail: this.log.slice(0, this.logUsed),
    };
  }
}

/** The window's arrays, to transfer (not copy) to another thread. */
export function windowBuffers(window: WindowExport): ArrayBuffer[] {
  return [window.seen, window.repeated, window.tail].filter((array) => array !== null).map((array) => array.buffer as ArrayBuffer);
}

export function removeWindowLog(window: WindowExport): void {
  if (window.logFile) rmSync(window.logFile, { force: true });
}

/** Calls back with every logged key and its line, in log order; the log file is read in 1 MB pieces. */
export function forEachLogged(window: WindowExport, each: (value: number, line: number) => void): void {
  let line = -1;
  const decode = (words: Int32Array, end: number): number => {
    let at = 0;
    while (at < end) {
      let word = words[at];
      if (word === LINE_MARK) {
        if (at + 2 >= end) break;
        line = words[at + 1] >>> 0;
        word = words[at + 2];
        at += 3;
      } else {
        line++;
        at++;
      }
      each(window.origin + word, line);
    }
    return at;
  };
  if (window.logFile) {
    const buffer = new Int32Array(1 << 18);
    const bytes = new Uint8Array(buffer.buffer);
    const fd = openSync(window.logFile, 'r');
    try {
      let kept = 0;
      for (;;) {
        const read = readSync(fd, bytes, kept * 4, bytes.length - kept * 4, null);
        const words = kept + read / 4;
        if (words === kept) break;
        const used = decode(buffer, words);
        buffer.copyWithin(0, used, words);
        kept = words - used;
      }
      if (kept !== 0) throw new Error(`key log ${window.logFile} ends inside an entry`);
    } finally {
      closeSync(fd);
    }
  }
  if (decode(window.tail, window.tail.length) !== window.tail.length) throw new Error('key log tail ends inside an entry');
}

interface Placed {
  window: WindowExport;
  lineOffset: number;
}

/** Marks as repeated, in both windows, the values seen in each of two windows (from different stretches). */
function markCommon(a: WindowExport, b: WindowExport): void {
  const from = Math.max(a.base, b.base);
  const to = Math.min(a.base + a.seen.length * 32, b.base + b.seen.length * 32);
  for (let value = from; value < to; value += 32) {
    const wa = (value - a.base) / 32;
    const wb = (value - b.base) / 32;
    const common = a.seen[wa] & b.seen[wb];
    if (common === 0) continue;
    markRepeated(a, wa, common);
    markRepeated(b, wb, common);
  }
}

function markRepeated(window: WindowExport, word: number, bits: number): void {
  (window.repeated ??= new Int32Array(window.seen.length))[word] |= bits;
}

function popCount(words: Int32Array): number {
  let count = 0;
  for (let w = 0; w < words.length; w++) {
    let v = words[w];
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    count += (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) >>> 0;
  }
  return count;
}

/** A key no window took (far from the others), with its line in the file. */
export interface Outlier {
  value: number;
  line: number;
}

const bitOf = (window: WindowExport, value: number, words: Int32Array | null): boolean => {
  const offset = value - window.base;
  return words !== null && offset >= 0 && offset < window.seen.length * 32 && (words[offset >>> 5] & (1 << (offset & 31))) !== 0;
};

/**
 * Every key that repeats one seen earlier, among these windows (lines shifted by each window's
 * offset) and the outliers, with the first line of its value; undefined when more than `limit`
 * distinct values repeat (their lines would not fit in bounded memory), for the caller's index.
 */
export function windowDuplicates(windows: Placed[], outliers: Outlier[] = [], limit = REPEATED_VALUE_LIMIT): Duplicate[] | undefined {
  for (let i = 0; i < windows.length; i++) for (let j = 0; j < i; j++) markCommon(windows[j].window, windows[i].window);
  // An outlier repeats when its value occurs again among the outliers or in any window's keys;
  // the windows holding it then mark it repeated too, so their logs give its lines.
  const outlierCounts = new Map<number, number>();
  for (const { value } of outliers) outlierCounts.set(value, (outlierCounts.get(value) ?? 0) + 1);
  const repeatedOutliers = new Set<number>();
  for (const [value, count] of outlierCounts) {
    const holders = windows.filter(({ window }) => bitOf(window, value, window.seen));
    if (count + holders.length < 2) continue;
    repeatedOutliers.add(value);
    for (const { window } of holders) {
      const offset = value - window.base;
      markRepeated(window, offset >>> 5, 1 << (offset & 31));
    }
  }
  const repeatedValues = windows.reduce(
    (sum, { window }) => sum + (window.repeated ? popCount(window.repeated) : 0),
    repeatedOutliers.size,
  );
  if (repeatedValues === 0) return [];
  if (repeatedValues > limit) return undefined;
  // Windows come in file order and each log in line order; the repeated outliers, sorted by line,
  // are merged in as the logs pass their lines, so the first occurrence of each value comes first.
  const pending = outliers.filter(({ value }) => repeatedOutliers.has(value)).sort((a, b) => a.line - b.line);
  let next = 0;
  const firstLines = new Map<number, number>();
  const duplicates: Duplicate[] = [];
  const visit = (value: number, line: number): void => {
    const first = firstLines.get(value);
    if (first === undefined) firstLines.set(value, line);
    else duplicates.push({ line, firstLine: first });
  };
  for (const { window, lineOffset } of windows) {
    const repeated = window.repeated;
    if (repeated === null) continue;
    forEachLogged(window, (value, logged) => {
      const line = logged + lineOffset;
      while (next < pending.length && pending[next].line < line) visit(pending[next].value, pending[next++].line);
      if (bitOf(window, value, repeated)) visit(value, line);
    });
  }
  while (next < pending.length) visit(pending[next].value, pending[next++].line);
  return duplicates;
}
