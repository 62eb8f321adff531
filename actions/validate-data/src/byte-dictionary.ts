/**
 * A small open-addressing hash table from byte strings to dense ids, looked up straight from
 * the read buffer so enum checks and category counts create no strings per row.
 */
export class ByteDictionary {
  private slots: Int32Array;
  private hashes: Uint32Array;
  private arena = Buffer.alloc(4096);
  private arenaUsed = 0;
  private offsets: number[] = [];
  private lengths: number[] = [];
  /** True once `add` refused a key because `capacity` entries were already stored. */
  overflowed = false;

  constructor(readonly capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.hashes = new Uint32Array(size);
  }

  get size(): number {
    return this.offsets.length;
  }

  /** Four bytes per multiply: values here are short, and probing compares the bytes anyway. */
  static hash(buf: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5 ^ (end - start);
    let i = start;
    for (; i + 4 <= end; i += 4) {
      h = Math.imul(h ^ (buf[i] | (buf[i + 1] << 8) | (buf[i + 2] << 16) | (buf[i + 3] << 24)), 0x01000193);
      h ^= h >>> 13;
    }
    for (; i < end; i++) h = Math.imul(h ^ buf[i], 0x01000193);
    return (h ^ (h >>> 16)) >>> 0;
  }

  private equals(id: number, buf: Uint8Array, start: number, end: number): boolean {
    const length = this.lengths[id];
    if (length !== end - start) return false;
    const offset = this.offsets[id];
    const arena = this.arena;
    for (let k = 0; k < length; k++) if (arena[offset + k] !== buf[start + k]) return false;
    return true;
  }

  /** The id of the key, or -1. */
  idOf(buf: Uint8Array, start: number, end: number): number {
    const h = ByteDictionary.hash(buf, start, end);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot];
      if (id < 0) return -1;
      if (this.hashes[slot] === h && this.equals(id, buf, start, end)) return id;
    }
  }

  /** The id of the key, adding it if there is room; -1 when the dictionary is full. */
  add(buf: Uint8Array, start: number, end: number): number {
    const h = ByteDictionary.hash(buf, start, end);
    const mask = this.slots.length - 1;
    let slot = h & mask;
    for (; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot];
      if (id < 0) break;
      if (this.hashes[slot] === h && this.equals(id, buf, start, end)) return id;
    }
    if (this.offsets.length >= this.capacity) {
      this.overflowed = true;
      return -1;
    }
    const length = end - start;
    if (this.arenaUsed + length > this.arena.length) {
      const bigger = Buffer.alloc(Math.max(this.arena.length * 2, this.arenaUsed + length));
      this.arena.copy(bigger, 0, 0, this.arenaUsed);
      this.arena = bigger;
    }
    this.arena.set(buf.subarray(start, end), this.arenaUsed);
    const id = this.offsets.length;
    this.offsets.push(this.arenaUsed);
    this.lengths.push(length);
    this.arenaUsed += length;
    this.slots[slot] = id;
    this.hashes[slot] = h;
    return id;
  }

  addString(text: string): number {
    const bytes = Buffer.from(text, 'utf8');
    return this.add(bytes, 0, bytes.length);
  }

  key(id: number): string {
    return this.arena.toString('utf8', this.offsets[id], this.offsets[id] + this.lengths[id]);
  }

  keys(): string[] {
    return this.offsets.map((_, id) => this.key(id));
  }
}
