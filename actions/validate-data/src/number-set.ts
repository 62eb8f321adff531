/**
 * A capped set of doubles in typed arrays, for the profile's distinct count of numeric columns:
 * a JS Set boxes each double and costs several times more per lookup in the hot loop.
 */
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** Small non-negative integers (ages, counts, codes) are marked in a byte table instead of hashed. */
const SMALL = 4096;

export class NumberSet {
  private readonly keys: Float64Array;
  private readonly used: Uint8Array;
  private readonly mask: number;
  private readonly small = new Uint8Array(SMALL);
  size = 0;

  constructor(readonly capacity: number) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.keys = new Float64Array(slots);
    this.used = new Uint8Array(slots);
    this.mask = slots - 1;
  }

  /** Adds the value; false when it was new but the set is full. NaN is ignored. */
  add(value: number): boolean {
    if (value !== value) return true;
    if (value >= 0 && value < SMALL && (value | 0) === value) {
      const index = value | 0;
      if (this.small[index] === 1) return true;
      if (this.size >= this.capacity) return false;
      this.small[index] = 1;
      this.size++;
      return true;
    }
    bits[0] = value === 0 ? 0 : value; // -0 and 0 are one value
    let slot = Math.imul(words[0] ^ Math.imul(words[1], 0x85ebca6b), 0x9e3779b1) >>> 20;
    for (; ; slot = (slot + 1) & this.mask) {
      slot &= this.mask;
      if (this.used[slot] === 0) break;
      if (this.keys[slot] === value) return true;
    }
    if (this.size >= this.capacity) return false;
    this.used[slot] = 1;
    this.keys[slot] = value;
    this.size++;
    return true;
  }

  *[Symbol.iterator](): IterableIterator<number> {
    for (let value = 0; value < SMALL; value++) if (this.small[value] === 1) yield value;
    for (let slot = 0; slot <= this.mask; slot++) if (this.used[slot] === 1) yield this.keys[slot];
  }
}
