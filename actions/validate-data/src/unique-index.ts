import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * Finds repeated keys (unique / primaryKey) in bounded memory whatever the row count.
 *
 * Each row contributes a 64-bit hash of its key bytes, its line and its byte offset (20 bytes).
 * Up to BUFFER_ENTRIES rows stay in memory; past that, entries are spilled to `partitions`
 * temporary files by the hash's top bits, and each partition is examined alone at the end, so
 * peak memory is one buffer plus one partition (rows / partitions × 20 bytes; the partition
 * count grows with the file size). A hash match is a candidate only: when the source can be
 * re-read at an offset (a plain CSV file), the key bytes are compared exactly; otherwise the
 * full 64 bits decide (chance of a false match among 12 M distinct keys ≈ 4e-6).
 */

const WORDS = 5; // hashHigh, hashLow, line, offsetLow, offsetHigh
const BUFFER_ENTRIES = 1 << 17;
const TWO_32 = 2 ** 32;

export interface Duplicate {
  line: number;
  firstLine: number;
}

/** Reads the key text of the records at these byte offsets, for exact comparison. */
export type KeyReader = (offsets: number[]) => string[];

export class UniqueIndex {
  private entries = new Uint32Array(BUFFER_ENTRIES * WORDS);
  private used = 0;
  private files: string[] = [];
  private descriptors: number[] = [];
  private partitionBits: number;

  constructor(
    private readonly tempDir: string,
    private readonly label: string,
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

  private spill(): void {
    const partitions = 1 << this.partitionBits;
    if (this.descriptors.length === 0) {
      for (let p = 0; p < partitions; p++) {
        const file = path.join(this.tempDir, `unique-${this.label.replace(/[^\w-]/g, '_')}-${process.pid}-${p}.bin`);
        this.files.push(file);
        this.descriptors.push(openSync(file, 'w'));
      }
    }
    const shift = 32 - this.partitionBits;
    const counts = new Uint32Array(partitions);
    for (let e = 0; e < this.used; e++) counts[this.entries[e * WORDS] >>> shift]++;
    const cursors = new Uint32Array(partitions);
    for (let p = 1; p < partitions; p++) cursors[p] = cursors[p - 1] + counts[p - 1] * WORDS;
    const starts = cursors.slice();
    const sorted = new Uint32Array(this.used * WORDS);
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

  /** Every row whose key appeared on an earlier row, ordered by line. */
  finish(readKeys?: KeyReader): Duplicate[] {
    const duplicates: Duplicate[] = [];
    if (this.descriptors.length === 0) {
      findDuplicates(this.entries.subarray(0, this.used * WORDS), readKeys, duplicates);
    } else {
      this.spill();
      for (const fd of this.descriptors) closeSync(fd);
      for (const file of this.files) {
        const bytes = readFileSync(file);
        rmSync(file, { force: true });
        findDuplicates(new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4), readKeys, duplicates);
      }
    }
    this.entries = new Uint32Array(0);
    return duplicates.sort((a, b) => a.line - b.line);
  }
}

function findDuplicates(entries: Uint32Array, readKeys: KeyReader | undefined, out: Duplicate[]): void {
  const count = entries.length / WORDS;
  // 53 bits of the hash fit a double exactly, so a native Float64Array sort finds candidates.
  const keys = new Float64Array(count);
  for (let e = 0; e < count; e++) keys[e] = entries[e * WORDS] * 2 ** 21 + (entries[e * WORDS + 1] >>> 11);
  const sorted = keys.slice().sort();
  const repeated = new Set<number>();
  for (let e = 1; e < count; e++) if (sorted[e] === sorted[e - 1]) repeated.add(sorted[e]);
  if (repeated.size === 0) return;
  const groups = new Map<string, { line: number; offset: number }[]>();
  for (let e = 0; e < count; e++) {
    if (!repeated.has(keys[e])) continue;
    const at = e * WORDS;
    const hash = `${entries[at]}:${entries[at + 1]}`;
    const group = groups.get(hash) ?? [];
    group.push({ line: entries[at + 2], offset: entries[at + 3] + entries[at + 4] * TWO_32 });
    groups.set(hash, group);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => a.line - b.line);
    const texts = readKeys ? readKeys(group.map((row) => row.offset)) : group.map(() => '');
    const firstLineOf = new Map<string, number>();
    group.forEach((row, index) => {
      const first = firstLineOf.get(texts[index]);
      if (first === undefined) firstLineOf.set(texts[index], row.line);
      else out.push({ line: row.line, firstLine: first });
    });
  }
}
