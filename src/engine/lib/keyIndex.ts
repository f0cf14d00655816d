/**
 * An allocation-free hash map from a non-negative integer key to a slot index, for the caches.
 *
 * Why not a JS `Map`: on the hot path a `Map` costs a hash-table lookup plus boxed entries and
 * occasional rehash allocations; open addressing on typed arrays keeps the keys contiguous so a
 * probe is one or two cache lines, and nothing is ever allocated after construction.
 * Linear probing at load ≤ 1/2 keeps probe chains short; deletion shifts entries back instead of
 * leaving tombstones, so a long run of invalidations never degrades lookups.
 */
import { mixKey } from './hash';

const EMPTY = -1;

/** Key → slot map with a fixed maximum number of entries, set at construction. */
export class KeyIndex {
  private readonly tableKeys: Float64Array;
  private readonly tableSlots: Int32Array;
  private readonly mask: number;

  /** Sized for at most `maxEntries` keys (table size a power of two ≥ 2 · maxEntries). */
  constructor(maxEntries: number) {
    let size = 8;
    while (size < maxEntries * 2) size *= 2;
    this.tableKeys = new Float64Array(size);
    this.tableSlots = new Int32Array(size).fill(EMPTY);
    this.mask = size - 1;
  }

  /** The slot stored for `key`, or -1. */
  get(key: number): number {
    const mask = this.mask;
    let i = mixKey(key) & mask;
    for (;;) {
      const slot = this.tableSlots[i];
      if (slot === EMPTY) return EMPTY;
      if (this.tableKeys[i] === key) return slot;
      i = (i + 1) & mask;
    }
  }

  /** Stores `key → slot`; the caller guarantees the key is absent and the map not full. */
  add(key: number, slot: number): void {
    const mask = this.mask;
    let i = mixKey(key) & mask;
    while (this.tableSlots[i] !== EMPTY) i = (i + 1) & mask;
    this.tableKeys[i] = key;
    this.tableSlots[i] = slot;
  }

  /** Removes `key` if present (backward-shift deletion, no tombstones). */
  remove(key: number): void {
    const mask = this.mask;
    const keys = this.tableKeys;
    const slots = this.tableSlots;
    let i = mixKey(key) & mask;
    for (;;) {
      if (slots[i] === EMPTY) return;
      if (keys[i] === key) break;
      i = (i + 1) & mask;
    }
    // Pull later entries of the probe run back into the hole unless their home lies
    // cyclically in (hole, j], where moving them would put them before their home.
    let j = i;
    for (;;) {
      j = (j + 1) & mask;
      if (slots[j] === EMPTY) break;
      const home = mixKey(keys[j]) & mask;
      const stays = i <= j ? i < home && home <= j : i < home || home <= j;
      if (stays) continue;
      keys[i] = keys[j];
      slots[i] = slots[j];
      i = j;
    }
    slots[i] = EMPTY;
  }
}
