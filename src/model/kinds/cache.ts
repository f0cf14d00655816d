import { choice, num } from '../params';
import { compact, defineKind } from './kind';
import { sizeParam } from '../sizeParam';

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
    size: sizeParam('r7i'),
    capacityKeys: num({ applies: 'live', label: 'Capacity', unit: 'keys', min: 1, max: 10_000_000, integer: true, default: 1000, help: 'How many keys fit in memory.' }),
    eviction: choice(['lru', 'lfu', 'fifo'], { applies: 'live', label: 'Eviction', default: 'lru', help: 'LRU drops the least recently used; LFU the least often used; FIFO the oldest.' }),
    ttlS: num({ applies: 'live', label: 'TTL', unit: 's', min: 0, max: 86_400, default: 300, help: 'Entries expire this long after they are loaded (0: never).' }),
    hitMs: num({ applies: 'live', label: 'Hit time', unit: 'ms', min: 0, max: 1000, default: 1, help: 'Time to answer from memory.' }),
  },
  // Sold by memory; it has no worker pool here (a hit costs its hit time), so no throughput curve.
  scaling: { family: 'r7i', usl: null },
  face: (p) => `${compact(p.capacityKeys)} keys · ${p.eviction.toUpperCase()}`,
  // A miss (or a write) goes to the store behind it.
  routes: ({ type, ofKinds, readDatabases, writeDatabases }) =>
    [ofKinds('shardRouter', 'nosql'), type === 'read' ? readDatabases(ofKinds('database')) : writeDatabases(ofKinds('database'))],
  // One key always lands on the same cache while it is up.
  reachedAs: 'key',
  spofHint: () => 'The cache is the only path to the data: also connect the web servers to the database, or run a second cache.',
  dataTier: true,
});
