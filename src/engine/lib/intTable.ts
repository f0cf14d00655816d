/**
 * Small integer-keyed tables for facts the hot path reads on every event: the newest committed
 * write per key and who made it, what a replica has applied per key, which users a web server
 * holds a session for. Keys are dense (data keys 0..count−1, users 0..total−1), so a typed array
 * indexed by the key answers in one load where a `Map` hashes and boxes; past a size where the
 * array's memory is not worth it, a `Map` (or `Set`) takes over. The array is allocated on the
 * first write, so a table that is never written costs nothing.
 */

/** Largest key range an IntTable keeps in a typed array (2 MB of Float64). */
export const DENSE_MAX = 1 << 18;
/** Largest key range a FlagSet keeps as a bitset (2 MB of bits). */
export const DENSE_FLAGS_MAX = 1 << 24;

/** What `IntTable.get` returns for a key never set (every stored value is ≥ 0). */
export const MISSING = -1;

/** Key → non-negative number, for keys in [0, range). */
export class IntTable {
  private dense: Float64Array | null = null;
  private sparse: Map<number, number> | null = null;

  constructor(private readonly range: number) {}

  get(key: number): number {
    if (this.dense !== null) return this.dense[key];
    if (this.sparse !== null) return this.sparse.get(key) ?? MISSING;
    return MISSING;
  }

  set(key: number, value: number): void {
    if (this.dense === null && this.sparse === null) this.allocate();
    if (this.dense !== null) this.dense[key] = value;
    else this.sparse!.set(key, value);
  }

  /** An independent copy (a replica re-syncing takes the primary's table as its own). */
  copy(): IntTable {
    const out = new IntTable(this.range);
    if (this.dense !== null) out.dense = this.dense.slice();
    if (this.sparse !== null) out.sparse = new Map(this.sparse);
    return out;
  }

  private allocate(): void {
    if (this.range <= DENSE_MAX) this.dense = new Float64Array(this.range).fill(MISSING);
    else this.sparse = new Map();
  }
}

/** A set of keys in [0, range), with its size: a bitset up to DENSE_FLAGS_MAX keys, a Set past it. */
export class FlagSet {
  private bits: Uint32Array | null = null;
  private sparse: Set<number> | null = null;
  /** How many keys are in the set. */
  size = 0;

  constructor(private readonly range: number) {}

  has(key: number): boolean {
    if (this.bits !== null) return (this.bits[key >>> 5] & (1 << (key & 31))) !== 0;
    return this.sparse !== null && this.sparse.has(key);
  }

  add(key: number): void {
    if (this.bits === null && this.sparse === null) {
      if (this.range <= DENSE_FLAGS_MAX) this.bits = new Uint32Array((this.range + 31) >>> 5);
      else this.sparse = new Set();
    }
    if (this.bits !== null) {
      const word = key >>> 5;
      const bit = 1 << (key & 31);
      if ((this.bits[word] & bit) === 0) { this.bits[word] |= bit; this.size++; }
    } else if (!this.sparse!.has(key)) {
      this.sparse!.add(key);
      this.size++;
    }
  }

  clear(): void {
    this.bits?.fill(0);
    this.sparse?.clear();
    this.size = 0;
  }
}
