/**
 * LRU and FIFO caches: one doubly linked list threaded through typed arrays by slot index, plus a
 * typed-array hash index. LRU moves a hit to the head; FIFO leaves the order as inserted. The
 * victim is always the tail. Every operation is O(1) and allocation-free (only `resize` allocates).
 */
import type { KeyCache } from './keyCache';
import { expiryMs, normalizeCapacity, normalizeTtlMs } from './cacheShared';
import { KeyIndex } from './keyIndex';

const NONE = -1;

/** LRU (`touchOnHit`) or FIFO (not) eviction over at most `capacity` integer keys. */
export class ListCache implements KeyCache {
  private capacity = 0;
  private ttlMs: number;
  private count = 0;
  private index = new KeyIndex(0);
  private keys = new Float64Array(0);
  private expires = new Float64Array(0);
  /** Neighbour towards the head (newer), by slot. */
  private newer = new Int32Array(0);
  /** Neighbour towards the tail (older, evicted first), by slot. */
  private older = new Int32Array(0);
  private head = NONE;
  private tail = NONE;
  private freeSlots = new Int32Array(0);
  private freeTop = 0;

  constructor(capacity: number, ttlMs: number, private readonly touchOnHit: boolean) {
    this.ttlMs = normalizeTtlMs(ttlMs);
    this.allocate(normalizeCapacity(capacity));
  }

  get size(): number { return this.count; }

  lookup(key: number, nowMs: number): boolean {
    const slot = this.index.get(key);
    if (slot === NONE) return false;
    if (nowMs >= this.expires[slot]) { this.removeSlot(slot); return false; }
    if (this.touchOnHit && slot !== this.head) { this.unlink(slot); this.pushHead(slot); }
    return true;
  }

  insert(key: number, nowMs: number): void {
    if (this.capacity === 0) return;
    let slot = this.index.get(key);
    if (slot !== NONE) {
      this.expires[slot] = expiryMs(nowMs, this.ttlMs);
      if (this.touchOnHit && slot !== this.head) { this.unlink(slot); this.pushHead(slot); }
      return;
    }
    if (this.count === this.capacity) this.removeSlot(this.tail);
    slot = this.freeSlots[--this.freeTop];
    this.keys[slot] = key;
    this.expires[slot] = expiryMs(nowMs, this.ttlMs);
    this.pushHead(slot);
    this.index.add(key, slot);
    this.count++;
  }

  invalidate(key: number): void {
    const slot = this.index.get(key);
    if (slot !== NONE) this.removeSlot(slot);
  }

  setTtl(ttlMs: number): void { this.ttlMs = normalizeTtlMs(ttlMs); }

  resize(capacity: number): void {
    const next = normalizeCapacity(capacity);
    if (next === this.capacity) return;
    while (this.count > next) this.removeSlot(this.tail);
    // Rare (a parameter change), so rebuilding compactly is simpler than remapping slots in place.
    const keys: number[] = [];
    const expires: number[] = [];
    for (let s = this.tail; s !== NONE; s = this.newer[s]) { keys.push(this.keys[s]); expires.push(this.expires[s]); }
    this.allocate(next);
    for (let i = 0; i < keys.length; i++) {
      const slot = this.freeSlots[--this.freeTop];
      this.keys[slot] = keys[i];
      this.expires[slot] = expires[i];
      this.pushHead(slot);
      this.index.add(keys[i], slot);
      this.count++;
    }
  }

  private allocate(capacity: number): void {
    this.capacity = capacity;
    this.count = 0;
    this.head = NONE;
    this.tail = NONE;
    this.index = new KeyIndex(capacity);
    this.keys = new Float64Array(capacity);
    this.expires = new Float64Array(capacity);
    this.newer = new Int32Array(capacity);
    this.older = new Int32Array(capacity);
    this.freeSlots = new Int32Array(capacity);
    // Stack of free slots, popped from the top, so slot 0 is used first (denser memory use).
    for (let i = 0; i < capacity; i++) this.freeSlots[i] = capacity - 1 - i;
    this.freeTop = capacity;
  }

  private removeSlot(slot: number): void {
    this.index.remove(this.keys[slot]);
    this.unlink(slot);
    this.freeSlots[this.freeTop++] = slot;
    this.count--;
  }

  private unlink(slot: number): void {
    const newer = this.newer[slot];
    const older = this.older[slot];
    if (newer === NONE) this.head = older; else this.older[newer] = older;
    if (older === NONE) this.tail = newer; else this.newer[older] = newer;
  }

  private pushHead(slot: number): void {
    this.newer[slot] = NONE;
    this.older[slot] = this.head;
    if (this.head === NONE) this.tail = slot; else this.newer[this.head] = slot;
    this.head = slot;
  }
}
