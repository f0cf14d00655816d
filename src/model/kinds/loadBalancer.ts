import { choice, num } from '../params';
import { defineKind } from './kind';

export const loadBalancerKind = defineKind({
  kind: 'loadBalancer',
  label: 'Load balancer',
  category: 'edge',
  summary: 'Spreads requests over the healthy web servers behind it.',
  params: {
    algorithm: choice(['round-robin', 'least-connections', 'sticky', 'random'], { label: 'Algorithm', default: 'round-robin', help: 'Round-robin takes turns; least-connections picks the least busy; sticky keeps each user on one server; random picks any.' }),
    healthCheckS: num({ label: 'Health check every', unit: 's', min: 0.1, max: 300, default: 2, help: 'How long a dead server keeps getting traffic before the balancer notices.' }),
  },
});
