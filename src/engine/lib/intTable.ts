/**
 * Small integer-keyed tables for facts the hot path reads on every event: the newest committed
 * write per key and who made it, what a replica has applied per key, which users a web server
 * holds a session for. Keys are small non-negative integers (data keys 0..count−1, users
 * 0..total−1), so a typed array indexed by the key answers in one load where a `Map` hashes and
 * boxes. The array grows (doubling) to fit the largest key seen; past a size where its memory is
 * not worth it, the table moves to a `Map` (or `Set`) for good. Nothing is allocated before the
 * first write.
 */

/** Largest key an IntTable keeps in its typed array (2 MB of Float64 at most). */
export const DENSE_MAX = 1 << 18;
/** Largest key a FlagSet keeps in its bitset (2 MB of bits at most). */
export const DENSE_FLAGS_MAX = 1 << 24;

/** What `IntTable.get` returns for a key never set (every stored value is ≥ 0). */
export const MISSING = -1;

const grownLength = (length: number, key: number): number => {
  let size = Math.max(length, 64);
  while (size <= key) size *= 2;
  return size;
};

/**
 * Key → non-negative integer. The typed array holds value + 1, so a fresh array's zeros read as
 * MISSING: growing needs no fill, and the pages of keys never written are never touched.
 */
export class IntTable {
  private dense = new Float64Array(0);
  private sparse: Map<number, number> | null = null;

  get(key: number): number {
    if (this.sparse !== null) return this.sparse.get(key) ?? MISSING;
    return key < this.dense.length ? this.dense[key] - 1 : MISSING;
  }

  set(key: number, value: number): void {
    if (this.sparse === null && key >= this.dense.length) this.grow(key);
    if (this.sparse !== null) this.sparse.set(key, value);
    else this.dense[key] = value + 1;
  }

  /** An independent copy (a replica re-syncing takes the primary's table as its own). */
  copy(): IntTable {
    const out = new IntTable();
    out.dense = this.dense.slice();
    if (this.sparse !== null) out.sparse = new Map(this.sparse);
    return out;
  }

  private grow(key: number): void {
    if (key < DENSE_MAX) {
      const next = new Float64Array(Math.min(grownLength(this.dense.length, key), DENSE_MAX));
      next.set(this.dense);
      this.dense = next;
      return;
    }
    this.sparse = new Map();
    for (let k = 0; k < this.dense.length; k++) if (this.dense[k] !== 0) this.sparse.set(k, this.dense[k] - 1);
    this.dense = new Float64Array(0);
  }
}

/** A set of non-negative integer keys, with its size: a bitset for small keys, a Set past DENSE_FLAGS_MAX. */
export class FlagSet {
  private bits = new Uint32Array(0);
  private sparse: Set<number> | null = null;
  /** How many keys are in the set. */
  size = 0;

  has(key: number): boolean {
    if (this.sparse !== null) return this.sparse.has(key);
    const word = key >>> 5;
    return word < this.bits.length && (this.bits[word] & (1 << (key & 31))) !== 0;
  }

  add(key: number): void {
    if (this.sparse === null && key >>> 5 >= this.bits.length) this.grow(key);
    if (this.sparse !== null) {
      if (!this.sparse.has(key)) { this.sparse.add(key); this.size++; }
      return;
    }
    const word = key >>> 5;
    const bit = 1 << (key & 31);
    if ((this.bits[word] & bit) === 0) { this.bits[word] |= bit; this.size++; }
  }

  clear(): void {
    this.bits.fill(0);
    this.sparse?.clear();
    this.size = 0;
  }

  private grow(key: number): void {
    if (key < DENSE_FLAGS_MAX) {
      const next = new Uint32Array(Math.min(grownLength(this.bits.length, key >>> 5), DENSE_FLAGS_MAX >>> 5));
      next.set(this.bits);
      this.bits = next;
      return;
    }
    this.sparse = new Set();
    for (let w = 0; w < this.bits.length; w++) {
      for (let b = 0; b < 32; b++) if ((this.bits[w] & (1 << b)) !== 0) this.sparse.add(w * 32 + b);
    }
    this.bits = new Uint32Array(0);
  }
}
