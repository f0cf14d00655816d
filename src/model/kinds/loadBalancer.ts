import { choice, num } from '../params';
import { defineKind } from './kind';

export const loadBalancerKind = defineKind({
  kind: 'loadBalancer',
  label: 'Load balancer',
  category: 'edge',
  idPrefix: 'lb',
  nouns: { a: 'a load balancer', one: 'load balancer', many: 'load balancers' },
  connectsTo: ['web', 'loadBalancer'],
  accepts: ['static', 'read', 'write', 'job'],
  summary: 'Spreads requests over the healthy web servers behind it.',
  params: {
    algorithm: choice(['round-robin', 'least-connections', 'sticky', 'random'], { applies: 'live', label: 'Algorithm', default: 'round-robin', help: 'Round-robin takes turns; least-connections picks the least busy; sticky keeps each user on one server; random picks any.' }),
    rateLimitRps: num({ applies: 'live', label: 'Rate limit', unit: 'req/s', min: 0, max: 10_000_000, default: 0, help: 'A token bucket: at most this many requests a second are let through, the rest are refused at once (HTTP 429). 0 turns the limit off.' }),
    burst: num({ applies: 'live', label: 'Burst', unit: 'req', min: 1, max: 1_000_000, integer: true, default: 100, help: 'How many requests the bucket holds: a burst this large passes at once before the rate limit bites.' }),
    healthCheckS: num({ applies: 'live', label: 'Health check every', unit: 's', min: 0.1, max: 300, default: 2, help: 'How long a dead server keeps getting traffic before the balancer notices.' }),
  },
  face: (p) => p.algorithm,
  // Its rules choose the servers (routing.ts serviceTargets); its own algorithm picks among them.
  routes: ({ servicePool }) => [servicePool()],
  carriesRoute: true,
  spofHint: () => 'One load balancer: add a second one (both reachable from DNS) so the site survives losing it.',
});
