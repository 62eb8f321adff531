import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forEachLogged, IntegerWindow, windowDuplicates } from '../../actions/validate-data/src/integer-window.js';
import { UniqueIndex, type Duplicate } from '../../actions/validate-data/src/unique-index.js';
import { mulberry32 } from './drift-data.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'validate-data-keys-'));

/** What Table Schema's unique means, written the plain way: each later row whose value an earlier row had. */
function expectedDuplicates(keys: { value: number; line: number }[]): Duplicate[] {
  const first = new Map<number, number>();
  const out: Duplicate[] = [];
  for (const { value, line } of keys) {
    const seen = first.get(value);
    if (seen === undefined) first.set(value, line);
    else out.push({ line, firstLine: seen });
  }
  return out.sort((a, b) => a.line - b.line);
}

type Shape = 'dense' | 'dense-descending' | 'sparse' | 'mixed' | 'negative' | 'far-apart' | 'repeats';

/** Keys in file order with strictly increasing lines (some gaps, as multi-line records and missing keys leave). */
function generate(shape: Shape, count: number, seed: number): { value: number; line: number }[] {
  const random = mulberry32(seed);
  const keys: { value: number; line: number }[] = [];
  let line = 2;
  const base = Math.floor(random() * 1e9) - 5e8;
  for (let n = 0; n < count; n++) {
    let value: number;
    switch (shape) {
      case 'dense':
        value = base + n;
        break;
      case 'dense-descending':
        value = base - n;
        break;
      case 'sparse':
        value = Math.floor(random() * 2 ** 52) * (random() < 0.5 ? -1 : 1);
        break;
      case 'mixed':
        value = random() < 0.9 ? base + n : Math.floor(random() * 2 ** 40);
        break;
      case 'negative':
        value = -Math.floor(random() * count * 4);
        break;
      case 'far-apart':
        // Two dense stretches 2^40 apart: the window takes the first, the entries the second.
        value = n % 2 === 0 ? base + n : base + 2 ** 40 + n;
        break;
      case 'repeats':
        value = Math.floor(random() * (count / 3));
        break;
    }
    // Planted repeats: an earlier row's value, now and then.
    if (n > 10 && random() < 0.002) value = keys[Math.floor(random() * keys.length)].value;
    keys.push({ value, line });
    line += random() < 0.97 ? 1 : 2 + Math.floor(random() * 5);
  }
  return keys;
}

/** The keys split into `stretches` indexes (as threads do), exported and adopted in file order, then finished. */
function viaIndexes(keys: { value: number; line: number }[], stretches: number): Duplicate[] {
  const indexes = Array.from({ length: stretches }, (_, k) => new UniqueIndex(temp, `keys-${k}`, keys.length, true));
  const bounds = Array.from({ length: stretches + 1 }, (_, k) => Math.floor((keys.length * k) / stretches));
  const lineOffsets: number[] = [];
  for (let k = 0; k < stretches; k++) {
    const offset = k === 0 ? 0 : keys[bounds[k] - 1].line;
    lineOffsets.push(offset);
    for (let n = bounds[k]; n < bounds[k + 1]; n++) indexes[k].addInteger(keys[n].value, keys[n].line - offset);
  }
  for (let k = 1; k < stretches; k++) indexes[0].adopt(indexes[k].export(), lineOffsets[k]);
  return indexes[0].finish();
}

describe('integer keys through windows', () => {
  const shapes: Shape[] = ['dense', 'dense-descending', 'sparse', 'mixed', 'negative', 'far-apart', 'repeats'];
  for (const shape of shapes) {
    it(`finds exactly the repeats a Map finds: ${shape} keys, 1 to 3 stretches`, () => {
      for (const [seed, count] of [
        [1, 50],
        [2, 5_000],
        [3, 300_000],
      ]) {
        const keys = generate(shape, count, seed * 31 + shapes.indexOf(shape));
        const expected = expectedDuplicates(keys);
        if (count >= 5_000) expect(expected.length).toBeGreaterThan(0);
        for (const stretches of [1, 2, 3]) expect(viaIndexes(keys, stretches)).toEqual(expected);
      }
    });
  }

  it('leaves no log or partition file behind', () => {
    const before = readdirSync(temp).length;
    viaIndexes(generate('mixed', 300_000, 9), 3);
    expect(readdirSync(temp).length).toBe(before);
  });

  it('reads back a log that spans several read pieces, line marks included', () => {
    const window = new IntegerWindow(temp, 'log', 1000);
    const written: [number, number][] = [];
    let line = 1;
    let refused = 0;
    for (let n = 0; n < 400_000; n++) {
      // Every third key skips lines, so three-word entries straddle the 1 MB read pieces.
      line += n % 3 === 0 ? 2 : 1;
      const value = 1000 + ((n * 7919) % 500_000);
      if (!window.add(value, line)) refused++;
      written.push([value, line]);
    }
    expect(refused).toBe(0);
    const exported = window.export();
    expect(exported.logFile).not.toBeNull();
    const read: [number, number][] = [];
    forEachLogged(exported, (value, at) => read.push([value, at]));
    expect(read).toEqual(written);
  });

  it('grows while the keys stay dense and refuses keys that would make it sparse', () => {
    const window = new IntegerWindow(temp, 'grow', 0);
    let refused = 0;
    for (let v = 0; v < 3_000_000; v++) if (!window.add(v, v + 1)) refused++;
    expect(refused).toBe(0);
    expect(window.add(2 ** 40, 3_000_001)).toBe(false);
    // At most 2^25 values wide, dense or not.
    expect(window.add(2 ** 25, 3_000_001)).toBe(false);
    expect(window.add(2 ** 24, 3_000_001)).toBe(true);
    expect(window.add(-1_000_000, 3_000_002)).toBe(true);
    const lone = new IntegerWindow(temp, 'lone', 5);
    expect(lone.add(5 + (1 << 21), 2)).toBe(false);
  });

  it('hands back undefined past the limit of repeated values, for the hashed index to decide', () => {
    const window = new IntegerWindow(temp, 'limit', 0);
    for (let v = 0; v < 100; v++) window.add(v, v + 1);
    for (let v = 0; v < 100; v++) window.add(v, v + 101);
    const exported = window.export();
    expect(windowDuplicates([{ window: exported, lineOffset: 0 }], [], 99)).toBeUndefined();
    expect(windowDuplicates([{ window: exported, lineOffset: 0 }], [], 100)).toHaveLength(100);
  });
});
