/**
 * Slow, obviously-correct reference caches built on Map, to check the typed-array caches against.
 * Same contract as KeyCache; the LFU model counts requests exactly, which is what the sketch gives
 * on the small key spaces the property tests use (no collisions in all four rows, no ageing).
 */
import type { EvictionPolicy, KeyCache } from '../../../src/engine/lib/cachePolicy';

interface Entry { expires: number; frequency: number; lastUse: number }

/** A Map-based model of `createKeyCache(policy, capacity, ttlMs)`. */
export function createModelCache(policy: EvictionPolicy, capacity: number, ttlMs: number): KeyCache {
  let cap = Math.max(0, Math.floor(capacity));
  let ttl = ttlMs > 0 ? ttlMs : 0;
  // Map iteration order = insertion order: the front is the oldest (FIFO) or least recent (LRU).
  const entries = new Map<number, Entry>();
  let counts = new Map<number, number>();
  let clock = 0;
  const expiry = (now: number): number => (ttl > 0 ? now + ttl : Infinity);

  const victim = (): number => {
    if (policy !== 'lfu') return entries.keys().next().value as number;
    let best = -1;
    let bestEntry: Entry | undefined;
    for (const [key, e] of entries) {
      if (!bestEntry || e.frequency < bestEntry.frequency || (e.frequency === bestEntry.frequency && e.lastUse < bestEntry.lastUse)) {
        best = key; bestEntry = e;
      }
    }
    return best;
  };

  return {
    get size() { return entries.size; },
    lookup(key, nowMs) {
      if (cap === 0) return false;
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      const e = entries.get(key);
      if (!e) return false;
      if (nowMs >= e.expires) { entries.delete(key); return false; }
      e.frequency = Math.max(e.frequency + 1, count);
      e.lastUse = ++clock;
      if (policy === 'lru') { entries.delete(key); entries.set(key, e); }
      return true;
    },
    insert(key, nowMs) {
      if (cap === 0) return;
      const e = entries.get(key);
      if (e) {
        e.expires = expiry(nowMs);
        if (policy === 'lru') { entries.delete(key); entries.set(key, e); }
        return;
      }
      if (entries.size === cap) entries.delete(victim());
      entries.set(key, { expires: expiry(nowMs), frequency: Math.max(1, counts.get(key) ?? 0), lastUse: ++clock });
    },
    invalidate(key) { entries.delete(key); },
    resize(capacity) {
      const next = Math.max(0, Math.floor(capacity));
      if (next === cap) return;
      while (entries.size > next) entries.delete(victim());
      cap = next;
      counts = new Map(); // the LFU sketch is rebuilt for the new size
    },
    setTtl(ttlMs) { ttl = ttlMs > 0 ? ttlMs : 0; },
  };
}
