/** What every key cache offers, whatever its eviction policy (cachePolicy.ts builds one). */
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
