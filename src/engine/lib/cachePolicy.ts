/**
 * Key caches for the cache and CDN components: LRU, LFU and FIFO eviction with an optional TTL.
 * Each is built on typed arrays with slot indices, so the hot path never allocates.
 */
import { LfuCache } from './lfuCache';
import { ListCache } from './listCache';
import type { EvictionPolicy, KeyCache } from './keyCache';

export type { EvictionPolicy, KeyCache } from './keyCache';

/** Creates an empty cache of `capacity` keys (0 caches nothing) whose entries live `ttlMs` (0 = forever). */
export function createKeyCache(policy: EvictionPolicy, capacity: number, ttlMs: number): KeyCache {
  switch (policy) {
    case 'lru': return new ListCache(capacity, ttlMs, true);
    case 'fifo': return new ListCache(capacity, ttlMs, false);
    case 'lfu': return new LfuCache(capacity, ttlMs);
  }
}
