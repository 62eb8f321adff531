import { DRIFT_SAMPLE, seededRandom } from './field-compile.js';
import type { RuleTally } from './tally.js';
import type { IndexExport } from './unique-index.js';
import type { RecordValidator } from './validator.js';

/**
 * What a worker thread's validator hands back after its stretch of a file: plain data that
 * survives postMessage, with lines relative to the stretch's first line.
 */
export interface ValidatorState {
  rows: number;
  columnCount: number;
  tallies: RuleTally[];
  fields: {
    present: number;
    missing: number;
    numericCount: number;
    sum: number;
    min: number;
    max: number;
    distinctNumbers: number[] | null;
    distinctKeys: string[] | null;
    enumSeen: Uint8Array;
    reservoir?: Float64Array;
    reservoirSeen: number;
    categories?: { keys: string[]; counts: number[]; overflowed: boolean };
  }[];
  keyIndexes: IndexExport[];
  foreignValues: [string, { count: number; lines: number[] }][][];
  referenced: string[][];
}

export function exportState(validator: RecordValidator): ValidatorState {
  return {
    rows: validator.rows,
    columnCount: validator.columnCount,
    tallies: validator.tallies.list(),
    fields: validator.fields.map((f) => ({
      present: f.present,
      missing: f.missing,
      numericCount: f.numericCount,
      sum: f.sum,
      min: f.min,
      max: f.max,
      distinctNumbers: f.distinctNumbers ? [...f.distinctNumbers] : null,
      distinctKeys: f.distinctBytes && !f.distinctBytes.overflowed ? f.distinctBytes.keys() : null,
      enumSeen: f.enumSeen,
      reservoir: f.reservoir,
      reservoirSeen: f.reservoirSeen,
      categories: f.categories
        ? {
            keys: f.categories.keys(),
            counts: Array.from(f.categoryCounts!.subarray(0, f.categories.size)),
            overflowed: f.categories.overflowed,
          }
        : undefined,
    })),
    keyIndexes: validator.keyChecks.map((check) => check.index.export()),
    foreignValues: validator.foreignValues.map((map) => [...map]),
    referenced: validator.referenced.map((ref) => [...ref.values]),
  };
}

/** Merges two reservoirs into one that samples both stretches in proportion to their sizes. */
function mergeReservoir(into: Float64Array, intoSeen: number, from: Float64Array, fromSeen: number, random: () => number): void {
  const a = into.slice(0, Math.min(intoSeen, DRIFT_SAMPLE));
  const b = from.subarray(0, Math.min(fromSeen, DRIFT_SAMPLE));
  const total = intoSeen + fromSeen;
  const size = Math.min(DRIFT_SAMPLE, a.length + b.length);
  let ia = 0;
  let ib = 0;
  for (let k = 0; k < size; k++) {
    const takeA = ib >= b.length || (ia < a.length && random() < intoSeen / total);
    into[k] = takeA ? a[ia++] : b[ib++];
  }
}

/** Adds a later stretch's state to `validator`, shifting its lines by `lineOffset`. */
export function mergeState(validator: RecordValidator, state: ValidatorState, lineOffset: number): void {
  validator.rows += state.rows;
  validator.columnCount = Math.max(validator.columnCount, state.columnCount);
  for (const tally of state.tallies) {
    const into = validator.tallies.get(tally.rule, tally.field, tally.detail, tally.level);
    into.count += tally.count;
    for (const sample of tally.samples) {
      if (into.samples.length >= validator.tallies.maxSamples) break;
      into.samples.push(sample.line === undefined ? sample : { ...sample, line: sample.line + lineOffset });
    }
  }
  const random = seededRandom(7);
  state.fields.forEach((from, k) => {
    const f = validator.fields[k];
    f.present += from.present;
    f.missing += from.missing;
    f.numericCount += from.numericCount;
    f.sum += from.sum;
    f.min = Math.min(f.min, from.min);
    f.max = Math.max(f.max, from.max);
    if (f.distinctNumbers && from.distinctNumbers) {
      for (const value of from.distinctNumbers) {
        if (!f.distinctNumbers.add(value)) {
          f.distinctNumbers = null;
          break;
        }
      }
    }
    if (f.distinctNumbers && from.distinctNumbers === null) f.distinctNumbers = null;
    if (f.distinctBytes && from.distinctKeys) for (const key of from.distinctKeys) if (f.distinctBytes.addString(key) < 0) break;
    if (f.distinctBytes && (from.distinctKeys === null || f.distinctBytes.overflowed)) f.distinctBytes = null;
    from.enumSeen.forEach((seen, id) => (f.enumSeen[id] |= seen));
    if (f.reservoir && from.reservoir) {
      mergeReservoir(f.reservoir, f.reservoirSeen, from.reservoir, from.reservoirSeen, random);
      f.reservoirSeen += from.reservoirSeen;
    }
    if (f.categories && from.categories) {
      from.categories.keys.forEach((key, id) => {
        const into = f.categories!.addString(key);
        if (into >= 0) f.categoryCounts![into] += from.categories!.counts[id];
      });
      if (from.categories.overflowed) f.categories.overflowed = true;
    }
  });
  validator.keyChecks.forEach((check, index) => check.index.adopt(state.keyIndexes[index], lineOffset));
  state.foreignValues.forEach((entries, index) => {
    const map = validator.foreignValues[index];
    for (const [key, seen] of entries) {
      const lines = seen.lines.map((line) => line + lineOffset);
      const into = map.get(key);
      if (into === undefined) map.set(key, { count: seen.count, lines });
      else {
        into.count += seen.count;
        into.lines.push(...lines.slice(0, Math.max(0, validator.tallies.maxSamples - into.lines.length)));
      }
    }
  });
  state.referenced.forEach((values, index) => {
    for (const value of values) validator.referenced[index].values.add(value);
  });
}
