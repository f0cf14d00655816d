import { choice, num } from '../params';
import { compact, defineKind } from './kind';

export const cdnKind = defineKind({
  kind: 'cdn',
  label: 'CDN',
  category: 'edge',
  idPrefix: 'cdn',
  nouns: { a: 'a CDN', one: 'CDN', many: 'CDNs' },
  connectsTo: ['objectStore', 'loadBalancer', 'web'],
  accepts: ['static'],
  summary: 'Edge cache for static assets, close to users; misses go to the origin.',
  params: {
    capacityObjects: num({ applies: 'live', label: 'Capacity', unit: 'objects', min: 1, max: 10_000_000, integer: true, default: 10_000, help: 'How many assets the edge keeps.' }),
    ttlS: num({ applies: 'live', label: 'TTL', unit: 's', min: 0, max: 604_800, default: 3600, help: 'How long an asset stays fresh at the edge (0: until evicted).' }),
    edgeLatencyMs: num({ applies: 'live', label: 'Edge latency', unit: 'ms', min: 0, max: 1000, default: 5, help: 'Time to serve a hit from the edge.' }),
    eviction: choice(['lru', 'lfu', 'fifo'], { applies: 'live', label: 'Eviction', default: 'lru', help: 'Which asset to drop when the edge is full.' }),
  },
  face: (p) => `${compact(p.capacityObjects)} objects · TTL ${compact(p.ttlS)} s`,
  // A miss goes to the origin: an object store first, else the site.
  routes: ({ ofKinds }) => [ofKinds('objectStore'), ofKinds('loadBalancer', 'web')],
  reachedAs: 'address',
  // A dead CDN takes no part: requests pass straight through to its origin.
  whenDead: () => 'passThrough',
  carriesRoute: true,
  spofHint: () => 'Connect the CDN to an origin (an object store or the web tier) so users can fall back to it.',
});
