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
    healthCheckS: num({ applies: 'live', label: 'Health check every', unit: 's', min: 0.1, max: 300, default: 2, help: 'How long a dead server keeps getting traffic before the balancer notices.' }),
  },
  face: (p) => p.algorithm,
  spofHint: () => 'One load balancer: add a second one (both reachable from DNS) so the site survives losing it.',
});
