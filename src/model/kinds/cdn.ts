import { choice, num } from '../params';
import { defineKind } from './kind';

export const cdnKind = defineKind({
  kind: 'cdn',
  label: 'CDN',
  category: 'edge',
  summary: 'Edge cache for static assets, close to users; misses go to the origin.',
  params: {
    capacityObjects: num({ label: 'Capacity', unit: 'objects', min: 1, max: 10_000_000, integer: true, default: 10_000, help: 'How many assets the edge keeps.' }),
    ttlS: num({ label: 'TTL', unit: 's', min: 0, max: 604_800, default: 3600, help: 'How long an asset stays fresh at the edge (0: until evicted).' }),
    edgeLatencyMs: num({ label: 'Edge latency', unit: 'ms', min: 0, max: 1000, default: 5, help: 'Time to serve a hit from the edge.' }),
    eviction: choice(['lru', 'lfu', 'fifo'], { label: 'Eviction', default: 'lru', help: 'Which asset to drop when the edge is full.' }),
  },
});
