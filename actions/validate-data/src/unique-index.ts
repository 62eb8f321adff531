import { closeSync, fstatSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

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
 * and an entry needs no offset (12 bytes, not 20).
 */

const WORDS = 5; // hashHigh, hashLow, line, offsetLow, offsetHigh
const EXACT_WORDS = 3; // key bits high, low, line
const BUFFER_ENTRIES = 1 << 16;
const TWO_32 = 2 ** 32;
/** Candidate rows per partition that are re-read for exact comparison. */
const VERIFY_LIMIT = 50_000;

export interface Duplicate {
  line: number;
  firstLine: number;
}

/** Reads the key text of the records at these byte offsets, for exact comparison. */
export type KeyReader = (offsets: number[]) => string[];

export class UniqueIndex {
  private readonly words: number;
  private entries: Uint32Array;
  /** Reused by every spill, so spilling allocates nothing. */
  private spillBuffer?: Uint32Array;
  private used = 0;
  private files: string[] = [];
  private descriptors: number[] = [];
  private partitionBits: number;

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

  private openPartitions(): void {
    const stem = `unique-${this.label.replace(/[^\w-]/g, '_')}-${process.pid}-${threadId}-${Math.random().toString(36).slice(2, 8)}`;
    for (let p = 0; p < 1 << this.partitionBits; p++) {
      const file = path.join(this.tempDir, `${stem}-${p}.bin`);
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

  adopt(files: string[], lineOffset: number): void {
    if (files.length !== 1 << this.partitionBits) throw new Error(`unique index ${this.label}: partition counts differ`);
    this.adopted.push({ files, lineOffset });
  }

  /** Spills everything and hands the partition files over (to a merging index in another thread). */
  exportFiles(): string[] {
    if (this.descriptors.length === 0) this.openPartitions();
    this.spill();
    for (const fd of this.descriptors) closeSync(fd);
    this.descriptors = [];
    return this.files;
  }

  /** True once entries went to files (spilled, or adopted from another thread). */
  get spilled(): boolean {
    return this.descriptors.length > 0 || this.adopted.length > 0;
  }

  /** Spills what is left and lists every source of the partitions, its own first, for finishing partitions apart. */
  spillSources(): SpillSources {
    const own = this.used > 0 || this.descriptors.length > 0 ? this.exportFiles() : [];
    this.entries = new Uint32Array(0);
    return {
      sources: [...(own.length > 0 ? [{ files: own, lineOffset: 0 }] : []), ...this.adopted],
      partitions: 1 << this.partitionBits,
      words: this.words,
      exact: this.exact,
    };
  }

  /** Every row whose key appeared on an earlier row, ordered by line. */
  finish(keyReader?: KeyReader): Duplicate[] {
    const readKeys = this.exact ? undefined : keyReader;
    if (!this.spilled) {
      const duplicates: Duplicate[] = [];
      findDuplicates(this.entries.subarray(0, this.used * this.words), this.words, readKeys, duplicates);
      this.entries = new Uint32Array(0);
      return duplicates.sort((a, b) => a.line - b.line);
    }
    const spill = this.spillSources();
    return duplicatesInPartitions(spill, 0, spill.partitions, readKeys);
  }
}

export interface SpillSources {
  sources: { files: string[]; lineOffset: number }[];
  partitions: number;
  words: number;
  exact: boolean;
}

/**
 * The repeats in partitions [from, to) of spilled sources, ordered by line; each partition's
 * files are read and removed. Threads can take disjoint partition ranges of one index.
 */
export function duplicatesInPartitions(spill: SpillSources, from: number, to: number, readKeys?: KeyReader): Duplicate[] {
  const { sources, words } = spill;
  const duplicates: Duplicate[] = [];
  if (from >= to || sources.length === 0) return duplicates;
  // One buffer and one table sized for the largest partition, reused for all of them: a fresh
  // pair per partition would leave tens of MB of garbage for the GC to find.
  const sizes = Array.from({ length: to - from }, (_, k) =>
    sources.reduce((sum, source) => sum + statSync(source.files[from + k]).size, 0),
  );
  const merged = new Uint32Array(Math.max(...sizes) / 4);
  const table = new Int32Array(tableSize(merged.length / words));
  for (let p = from; p < to; p++) {
    let at = 0;
    for (const source of sources) {
      const fd = openSync(source.files[p], 'r');
      const length = fstatSync(fd).size;
      readSync(fd, new Uint8Array(merged.buffer, at * 4, length), 0, length, 0);
      closeSync(fd);
      rmSync(source.files[p], { force: true });
      if (source.lineOffset !== 0) for (let w = at + 2; w < at + length / 4; w += words) merged[w] += source.lineOffset;
      at += length / 4;
    }
    findDuplicates(merged.subarray(0, at), words, readKeys, duplicates, table);
  }
  return duplicates.sort((a, b) => a.line - b.line);
}

/**
 * Within one partition, entries are in line order (spills and adopted stretches are appended in
 * file order), so an open-addressing table of entry indexes finds, in one pass, each row whose
 * 64-bit hash was seen before, together with the first row that had it.
 */
function tableSize(count: number): number {
  let size = 16;
  while (size < count * 2) size *= 2;
  return size;
}

function findDuplicates(
  entries: Uint32Array,
  words: number,
  readKeys: KeyReader | undefined,
  out: Duplicate[],
  reusable?: Int32Array,
): void {
  const count = entries.length / words;
  const size = tableSize(count);
  const table = reusable && reusable.length >= size ? reusable.subarray(0, size) : new Int32Array(size);
  table.fill(-1);
  const mask = size - 1;
  const groups = new Map<number, number[]>();
  for (let e = 0; e < count; e++) {
    const high = entries[e * words];
    const low = entries[e * words + 1];
    for (let slot = (low ^ (high << 7)) & mask; ; slot = (slot + 1) & mask) {
      const other = table[slot];
      if (other < 0) {
        table[slot] = e;
        break;
      }
      if (entries[other * words] === high && entries[other * words + 1] === low) {
        const group = groups.get(other);
        if (group) group.push(e);
        else groups.set(other, [e]);
        break;
      }
    }
  }
  const rowGroups = [...groups].map(([first, later]) =>
    [first, ...later].map((e) => ({
      line: entries[e * words + 2],
      offset: words === WORDS ? entries[e * words + 3] + entries[e * words + 4] * TWO_32 : 0,
    })),
  );
  const candidates = rowGroups.reduce((sum, rows) => sum + rows.length, 0);
  // One re-read of all candidates of the partition; past VERIFY_LIMIT rows (a column that is
  // mostly repeats) the 64-bit hash decides alone rather than re-reading the file row by row.
  const texts = readKeys && candidates <= VERIFY_LIMIT ? readKeys(rowGroups.flat().map((row) => row.offset)) : undefined;
  let at = 0;
  for (const rows of rowGroups) {
    const firstLineOf = new Map<string, number>();
    for (const row of rows) {
      const text = texts ? texts[at] : '';
      at++;
      const firstLine = firstLineOf.get(text);
      if (firstLine === undefined) firstLineOf.set(text, row.line);
      else out.push({ line: row.line, firstLine });
    }
  }
}
