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
 */

const WORDS = 5; // hashHigh, hashLow, line, offsetLow, offsetHigh
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
  private entries = new Uint32Array(BUFFER_ENTRIES * WORDS);
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
  ) {
    const partitions = Math.min(1024, Math.max(16, 2 ** Math.ceil(Math.log2(Math.max(1, expectedRows / 200_000)))));
    this.partitionBits = Math.log2(partitions);
  }

  add(hashHigh: number, hashLow: number, line: number, offset: number): void {
    if (this.used === BUFFER_ENTRIES) this.spill();
    const at = this.used++ * WORDS;
    const entries = this.entries;
    entries[at] = hashHigh;
    entries[at + 1] = hashLow;
    entries[at + 2] = line;
    entries[at + 3] = offset >>> 0;
    entries[at + 4] = Math.floor(offset / TWO_32);
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
    const counts = new Uint32Array(partitions);
    for (let e = 0; e < this.used; e++) counts[this.entries[e * WORDS] >>> shift]++;
    const cursors = new Uint32Array(partitions);
    for (let p = 1; p < partitions; p++) cursors[p] = cursors[p - 1] + counts[p - 1] * WORDS;
    const starts = cursors.slice();
    this.spillBuffer ??= new Uint32Array(BUFFER_ENTRIES * WORDS);
    const sorted = this.spillBuffer;
    for (let e = 0; e < this.used; e++) {
      const from = e * WORDS;
      const p = this.entries[from] >>> shift;
      const to = cursors[p];
      for (let w = 0; w < WORDS; w++) sorted[to + w] = this.entries[from + w];
      cursors[p] = to + WORDS;
    }
    for (let p = 0; p < partitions; p++) {
      if (counts[p] > 0) writeSync(this.descriptors[p], sorted, starts[p] * 4, counts[p] * WORDS * 4);
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

  /** Every row whose key appeared on an earlier row, ordered by line. */
  finish(readKeys?: KeyReader): Duplicate[] {
    const duplicates: Duplicate[] = [];
    if (this.descriptors.length === 0 && this.adopted.length === 0) {
      findDuplicates(this.entries.subarray(0, this.used * WORDS), readKeys, duplicates);
    } else {
      const own = this.used > 0 || this.descriptors.length > 0 ? this.exportFiles() : [];
      const sources = [...(own.length > 0 ? [{ files: own, lineOffset: 0 }] : []), ...this.adopted];
      // One buffer and one table sized for the largest partition, reused for all of them: a fresh
      // pair per partition would leave tens of MB of garbage for the GC to find.
      const partitions = 1 << this.partitionBits;
      const sizes = Array.from({ length: partitions }, (_, p) => sources.reduce((sum, source) => sum + statSync(source.files[p]).size, 0));
      const merged = new Uint32Array(Math.max(...sizes) / 4);
      const table = new Int32Array(tableSize(merged.length / WORDS));
      for (let p = 0; p < partitions; p++) {
        let at = 0;
        for (const source of sources) {
          const fd = openSync(source.files[p], 'r');
          const length = fstatSync(fd).size;
          readSync(fd, new Uint8Array(merged.buffer, at * 4, length), 0, length, 0);
          closeSync(fd);
          rmSync(source.files[p], { force: true });
          if (source.lineOffset !== 0) for (let w = at + 2; w < at + length / 4; w += WORDS) merged[w] += source.lineOffset;
          at += length / 4;
        }
        findDuplicates(merged.subarray(0, at), readKeys, duplicates, table);
      }
    }
    this.entries = new Uint32Array(0);
    return duplicates.sort((a, b) => a.line - b.line);
  }
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

function findDuplicates(entries: Uint32Array, readKeys: KeyReader | undefined, out: Duplicate[], reusable?: Int32Array): void {
  const count = entries.length / WORDS;
  const size = tableSize(count);
  const table = reusable && reusable.length >= size ? reusable.subarray(0, size) : new Int32Array(size);
  table.fill(-1);
  const mask = size - 1;
  const groups = new Map<number, number[]>();
  for (let e = 0; e < count; e++) {
    const high = entries[e * WORDS];
    const low = entries[e * WORDS + 1];
    for (let slot = (low ^ (high << 7)) & mask; ; slot = (slot + 1) & mask) {
      const other = table[slot];
      if (other < 0) {
        table[slot] = e;
        break;
      }
      if (entries[other * WORDS] === high && entries[other * WORDS + 1] === low) {
        const group = groups.get(other);
        if (group) group.push(e);
        else groups.set(other, [e]);
        break;
      }
    }
  }
  const rowGroups = [...groups].map(([first, later]) =>
    [first, ...later].map((e) => ({ line: entries[e * WORDS + 2], offset: entries[e * WORDS + 3] + entries[e * WORDS + 4] * TWO_32 })),
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
