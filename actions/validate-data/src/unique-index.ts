import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { forEachLogged, IntegerWindow, removeWindowLog, windowDuplicates, type Outlier, type WindowExport } from './integer-window.js';
import { duplicatesInPartitions, findDuplicates } from './partition-duplicates.js';
import { tempStem } from './temp-names.js';

/**
 * Finds repeated keys (unique / primaryKey) in bounded memory whatever the row count.
 *
 * Each row contributes a 64-bit hash of its key bytes, its line and its byte offset (20 bytes).
 * Up to BUFFER_ENTRIES (65,536) rows stay in memory; past that, entries are spilled to `partitions`
 * temporary files by the hash's top bits, and each partition is examined alone at the end, so
 * peak memory is one buffer plus one partition (rows / partitions × 20 bytes; the partition
 * count grows with the file size). A hash match is a candidate only: when the source can be
 * re-read at an offset (a plain CSV file), the key bytes are compared exactly; otherwise the
 * full 64 bits decide (chance of a false match among 12 M distinct keys ≈ 4e-6). Each partition
 * is checked with an open-addressing table of entry indexes (a linear pass, no sort).
 *
 * An `exact` index is given the key itself as its 64 bits (an integer key's value, scrambled
 * by a bijection so partitions stay even): equal bits are equal keys, so nothing is re-read
 * and an entry needs no offset (12 bytes, not 20). Dense integer keys skip the entries
 * altogether: an IntegerWindow's bitmap finds their repeats (integer-window.ts).
 */

const WORDS = 5; // hashHigh, hashLow, line, offsetLow, offsetHigh
const EXACT_WORDS = 3; // key bits high, low, line
const BUFFER_ENTRIES = 1 << 16;
const TWO_32 = 2 ** 32;
/** Integer keys no window took, kept as they are (beyond this many, they become entries). */
const OUTLIER_LIMIT = 1 << 16;
const valueBits = new Float64Array(1);
const valueWords = new Uint32Array(valueBits.buffer);

export interface Duplicate {
  line: number;
  firstLine: number;
}

/** Reads the key text of the records at these byte offsets, for exact comparison. */
export type KeyReader = (offsets: number[]) => string[];

/** What an index in a worker thread hands over: its partition files (none if no entry) and its window. */
export interface IndexExport {
  files: string[];
  window?: WindowExport;
  outliers: Outlier[];
}

export function removeExport(exported: IndexExport): void {
  for (const file of exported.files) rmSync(file, { force: true });
  if (exported.window) removeWindowLog(exported.window);
}

export class UniqueIndex {
  private readonly words: number;
  private entries: Uint32Array;
  /** Reused by every spill, so spilling allocates nothing. */
  private spillBuffer?: Uint32Array;
  private used = 0;
  private files: string[] = [];
  private descriptors: number[] = [];
  private partitionBits: number;
  private window?: IntegerWindow;
  /** Windows of this index and of adopted stretches, in file order. */
  private windows: { window: WindowExport; lineOffset: number }[] = [];
  /** Integer keys outside the window (an old id repeated far away, say), lines from the file's start once adopted. */
  private outliers: Outlier[] = [];

  constructor(
    private readonly tempDir: string,
    readonly label: string,
    expectedRows: number,
    readonly exact = false,
  ) {
    this.words = exact ? EXACT_WORDS : WORDS;
    this.entries = new Uint32Array(BUFFER_ENTRIES * this.words);
    const partitions = Math.min(1024, Math.max(16, 2 ** Math.ceil(Math.log2(Math.max(1, expectedRows / 200_000)))));
    this.partitionBits = Math.log2(partitions);
  }

  add(hashHigh: number, hashLow: number, line: number, offset: number): void {
    if (this.used === BUFFER_ENTRIES) this.spill();
    const at = this.used++ * this.words;
    const entries = this.entries;
    entries[at] = hashHigh;
    entries[at + 1] = hashLow;
    entries[at + 2] = line;
    if (this.words === WORDS) {
      entries[at + 3] = offset >>> 0;
      entries[at + 4] = Math.floor(offset / TWO_32);
    }
  }

  /** An exact index's key for a safe integer: in the window if it fits, else an outlier, else (past the limit) an entry. */
  addInteger(value: number, line: number): void {
    this.window ??= new IntegerWindow(this.tempDir, this.label, value);
    if (this.window.add(value, line)) return;
    if (this.outliers.length < OUTLIER_LIMIT) this.outliers.push({ value, line });
    else this.addIntegerEntry(value, line);
  }

  private addIntegerEntry(value: number, line: number): void {
    valueBits[0] = value === 0 ? 0 : value;
    this.addScrambled(valueWords[1], valueWords[0], line);
  }

  /**
   * 64 key bits scrambled by a bijection (each step XORs one half with a function of the other),
   * so equal keys stay equal bits and the partitions stay even.
   */
  addScrambled(high: number, low: number, line: number): void {
    low ^= Math.imul(high ^ (high >>> 16), 0x85ebca6b);
    high ^= Math.imul(low ^ (low >>> 13), 0xc2b2ae35);
    low ^= Math.imul(high ^ (high >>> 16), 0x27d4eb2f);
    this.add(high >>> 0, low >>> 0, line, 0);
  }

  private openPartitions(): void {
    const stem = tempStem(this.tempDir, 'unique', this.label);
    for (let p = 0; p < 1 << this.partitionBits; p++) {
      const file = `${stem}-${p}.bin`;
      this.files.push(file);
      this.descriptors.push(openSync(file, 'w'));
    }
  }

  private spill(): void {
    const partitions = 1 << this.partitionBits;
    if (this.descriptors.length === 0) this.openPartitions();
    const shift = 32 - this.partitionBits;
    const entries = this.entries;
    const used = this.used;
    const words = this.words;
    const counts = new Uint32Array(partitions);
    for (let e = 0; e < used; e++) counts[entries[e * words] >>> shift]++;
    const cursors = new Uint32Array(partitions);
    for (let p = 1; p < partitions; p++) cursors[p] = cursors[p - 1] + counts[p - 1] * words;
    const starts = cursors.slice();
    this.spillBuffer ??= new Uint32Array(BUFFER_ENTRIES * words);
    const sorted = this.spillBuffer;
    for (let from = 0, end = used * words; from < end; from += words) {
      const high = entries[from];
      const p = high >>> shift;
      const to = cursors[p];
      sorted[to] = high;
      sorted[to + 1] = entries[from + 1];
      sorted[to + 2] = entries[from + 2];
      if (words === WORDS) {
        sorted[to + 3] = entries[from + 3];
        sorted[to + 4] = entries[from + 4];
      }
      cursors[p] = to + words;
    }
    for (let p = 0; p < partitions; p++) {
      if (counts[p] > 0) writeSync(this.descriptors[p], sorted, starts[p] * 4, counts[p] * words * 4);
    }
    this.used = 0;
  }

  /** Spill files of another thread's index over a later stretch of the file, whose lines start after `lineOffset`. */
  private adopted: { files: string[]; lineOffset: number }[] = [];

  adopt(exported: IndexExport, lineOffset: number): void {
    const { files, window, outliers } = exported;
    if (window) this.windows.push({ window, lineOffset });
    for (const { value, line } of outliers) this.outliers.push({ value, line: line + lineOffset });
    if (files.length === 0) return;
    if (files.length !== 1 << this.partitionBits) throw new Error(`unique index ${this.label}: partition counts differ`);
    this.adopted.push({ files, lineOffset });
  }

  /** Hands everything over (to a merging index in another thread): the spilled partitions, if any entry, and the window. */
  export(): IndexExport {
    const window = this.window?.export();
    const outliers = this.outliers;
    this.window = undefined;
    this.outliers = [];
    return { files: this.hasOwnEntries ? this.exportFiles() : [], window, outliers };
  }

  private exportFiles(): string[] {
    if (this.descriptors.length === 0) this.openPartitions();
    this.spill();
    for (const fd of this.descriptors) closeSync(fd);
    this.descriptors = [];
    return this.files;
  }

  /**
   * The repeats the windows and outliers find alone, when no key went to the entries; otherwise
   * (or when too many values repeat) every logged key and outlier becomes an entry, so that all
   * keys meet in the partitions.
   */
  private resolveWindows(): Duplicate[] {
    if (this.window) this.windows.unshift({ window: this.window.export(), lineOffset: 0 });
    this.window = undefined;
    const windows = this.windows;
    const outliers = this.outliers;
    this.windows = [];
    this.outliers = [];
    if (windows.length === 0 && outliers.length === 0) return [];
    try {
      const found = this.hasOwnEntries || this.adopted.length > 0 ? undefined : windowDuplicates(windows, outliers);
      if (found) return found;
      for (const { window, lineOffset } of windows) forEachLogged(window, (value, line) => this.addIntegerEntry(value, line + lineOffset));
      for (const { value, line } of outliers) this.addIntegerEntry(value, line);
      return [];
    } finally {
      for (const { window } of windows) removeWindowLog(window);
    }
  }

  /** True once this index has entries, in memory or spilled. */
  private get hasOwnEntries(): boolean {
    return this.used > 0 || this.descriptors.length > 0;
  }

  /** True once entries went to files (spilled, or adopted from another thread). */
  get spilled(): boolean {
    return this.descriptors.length > 0 || this.adopted.length > 0;
  }

  /**
   * Resolves the windows, spills what is left and lists every source of the partitions, its own
   * first, for finishing partitions apart; `found` holds the repeats the windows found.
   */
  spillSources(): SpillSources {
    const found = this.resolveWindows();
    const own = this.hasOwnEntries ? this.exportFiles() : [];
    this.entries = new Uint32Array(0);
    return {
      sources: [...(own.length > 0 ? [{ files: own, lineOffset: 0 }] : []), ...this.adopted],
      partitions: 1 << this.partitionBits,
      words: this.words,
      exact: this.exact,
      found,
    };
  }

  /** Every row whose key appeared on an earlier row, ordered by line. */
  finish(keyReader?: KeyReader): Duplicate[] {
    const readKeys = this.exact ? undefined : keyReader;
    const found = this.resolveWindows();
    if (!this.spilled) {
      findDuplicates(this.entries.subarray(0, this.used * this.words), this.words, readKeys, found);
      this.entries = new Uint32Array(0);
      return found.sort((a, b) => a.line - b.line);
    }
    const spill = this.spillSources();
    return [...found, ...duplicatesInPartitions(spill, 0, spill.partitions, readKeys)].sort((a, b) => a.line - b.line);
  }
}

export interface SpillSources {
  sources: { files: string[]; lineOffset: number }[];
  partitions: number;
  words: number;
  exact: boolean;
  /** Repeats already found (by integer windows). */
  found: Duplicate[];
}
