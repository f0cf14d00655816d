import { choice, num } from '../params';
import { compact, defineKind } from './kind';

export const cacheKind = defineKind({
  kind: 'cache',
  label: 'Cache',
  category: 'data',
  idPrefix: 'cache',
  nouns: { a: 'a cache', one: 'cache', many: 'caches' },
  connectsTo: ['database', 'shardRouter', 'nosql'],
  accepts: ['read', 'write'],
  summary: 'Read-through cache in memory in front of the database.',
  params: {
    capacityKeys: num({ applies: 'live', label: 'Capacity', unit: 'keys', min: 1, max: 10_000_000, integer: true, default: 1000, help: 'How many keys fit in memory.' }),
    eviction: choice(['lru', 'lfu', 'fifo'], { applies: 'live', label: 'Eviction', default: 'lru', help: 'LRU drops the least recently used; LFU the least often used; FIFO the oldest.' }),
    ttlS: num({ applies: 'live', label: 'TTL', unit: 's', min: 0, max: 86_400, default: 300, help: 'Entries expire this long after they are loaded (0: never).' }),
    hitMs: num({ applies: 'live', label: 'Hit time', unit: 'ms', min: 0, max: 1000, default: 1, help: 'Time to answer from memory.' }),
  },
  face: (p) => `${compact(p.capacityKeys)} keys · ${p.eviction.toUpperCase()}`,
  spofHint: () => 'The cache is the only path to the data: also connect the web servers to the database, or run a second cache.',
  dataTier: true,
});
