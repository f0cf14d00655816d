import { choice, num } from '../params';
import { defineKind } from './kind';

export const cacheKind = defineKind({
  kind: 'cache',
  label: 'Cache',
  category: 'data',
  summary: 'Read-through cache in memory in front of the database.',
  params: {
    capacityKeys: num({ label: 'Capacity', unit: 'keys', min: 1, max: 10_000_000, integer: true, default: 1000, help: 'How many keys fit in memory.' }),
    eviction: choice(['lru', 'lfu', 'fifo'], { label: 'Eviction', default: 'lru', help: 'LRU drops the least recently used; LFU the least often used; FIFO the oldest.' }),
    ttlS: num({ label: 'TTL', unit: 's', min: 0, max: 86_400, default: 300, help: 'Entries expire this long after they are loaded (0: never).' }),
    hitMs: num({ label: 'Hit time', unit: 'ms', min: 0, max: 1000, default: 1, help: 'Time to answer from memory.' }),
  },
});
