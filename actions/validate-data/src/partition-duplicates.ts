import { closeSync, fstatSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import type { Duplicate, KeyReader, SpillSources } from './unique-index.js';

/** Words of a hashed entry (hashHigh, hashLow, line, offsetLow, offsetHigh); exact entries have 3. */
const WORDS = 5;
const TWO_32 = 2 ** 32;
/** Candidate rows per partition that are re-read for exact comparison. */
const VERIFY_LIMIT = 50_000;

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
 * Within one partition, an open-addressing table of entry indexes finds, in one pass, the rows
 * that share a 64-bit hash; each group is then ordered by line (entries are mostly in line
 * order, but keys moved from integer windows come after the stretch they belong to).
 */
function tableSize(count: number): number {
  let size = 16;
  while (size < count * 2) size *= 2;
  return size;
}

export function findDuplicates(
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
    [first, ...later]
      .map((e) => ({
        line: entries[e * words + 2],
        offset: words === WORDS ? entries[e * words + 3] + entries[e * words + 4] * TWO_32 : 0,
      }))
      .sort((a, b) => a.line - b.line),
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
