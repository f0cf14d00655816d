/**
 * Key caches for the cache and CDN components: LRU, LFU and FIFO eviction with an optional TTL.
 * Each is built on typed arrays with slot indices, so the hot path never allocates.
 */
import { LfuCache } from './lfuCache';
import { ListCache } from './listCache';

export type EvictionPolicy = 'lru' | 'lfu' | 'fifo';

/** A bounded set of cached keys with an eviction policy and a time-to-live. */
export interface KeyCache {
  /** true on hit; updates recency/frequency; an expired entry counts as a miss and is dropped */
  lookup(key: number, nowMs: number): boolean;
  /**
   * Stores key with the TTL, evicting per policy when full. If the key is already present this
   * only refreshes it (new expiry; LRU also marks it most recent), and never evicts.
   */
  insert(key: number, nowMs: number): void;
  /** Drops the key if present (a write invalidates it). */
  invalidate(key: number): void;
  /** Entries held, including expired ones not yet looked up (they are dropped lazily). */
  readonly size: number;
  /** Changes the capacity in keys; shrinking evicts per policy. */
  resize(capacity: number): void;
  /** 0 = no expiry; applies to later inserts */
  setTtl(ttlMs: number): void;
}

/** Creates an empty cache of `capacity` keys (0 caches nothing) whose entries live `ttlMs` (0 = forever). */
export function createKeyCache(policy: EvictionPolicy, capacity: number, ttlMs: number): KeyCache {
  switch (policy) {
    case 'lru': return new ListCache(capacity, ttlMs, true);
    case 'fifo': return new ListCache(capacity, ttlMs, false);
    case 'lfu': return new LfuCache(capacity, ttlMs);
  }
}
