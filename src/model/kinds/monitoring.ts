import { group, num, toggle } from '../params';
import { defineKind } from './kind';

export const monitoringKind = defineKind({
  kind: 'monitoring',
  label: 'Monitoring',
  category: 'infra',
  idPrefix: 'monitoring',
  nouns: { a: 'monitoring', one: 'monitoring service', many: 'monitoring services' },
  connectsTo: [],
  accepts: [],
  wiring: 'Monitoring watches every node on its own; it needs no wires.',
  summary: 'Logs, metrics and alerts; lets automation act (auto-failover, autoscaling).',
  params: {
    alertRules: group({
      label: 'Alert when',
      help: 'Thresholds that raise an alert in the event log.',
      fields: {
        errorRatePct: num({ applies: 'live', label: 'Error rate above', unit: '%', min: 0, max: 100, default: 5, help: 'Share of failed requests in one second.' }),
        p99Ms: num({ applies: 'live', label: 'p99 latency above', unit: 'ms', min: 1, max: 600_000, default: 500, help: 'Slowest 1% of requests in one second.' }),
        utilizationPct: num({ applies: 'live', label: 'Utilisation above', unit: '%', min: 1, max: 100, default: 85, help: 'Busy share of a node’s workers.' }),
      },
    }),
    autoFailover: toggle({ applies: 'live', label: 'Auto-failover', default: true, help: 'Promote a replica when the primary dies (without it, failover waits for a human: 5× longer).' }),
    autoscale: toggle({ applies: 'live', label: 'Autoscale web tier', default: false, help: 'Add web servers behind a balancer when they run hot, remove them when idle.' }),
    bootS: num({ applies: 'live', label: 'Server boot time', unit: 's', min: 0, max: 600, default: 5, help: 'A cold start: how long a server autoscaling adds takes before it takes traffic. Scaling late under a spike shows here.' }),
    autoscaleMax: num({ applies: 'restart', label: 'Most extra servers', min: 0, max: 100, integer: true, default: 4, help: 'How many web servers autoscaling may add.' }),
  },
  face: (p) => [p.autoFailover && 'auto-failover', p.autoscale && 'autoscale'].filter(Boolean).join(' · ') || 'alerts only',
  spofHint: null,
  routes: null,
});
