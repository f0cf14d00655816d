/**
 * Monitoring: once per metrics bucket it checks the alert rules (error rate, p99, utilisation)
 * and logs an alert when a threshold is crossed and again when it clears, and, with autoscale on,
 * adds web servers behind a balancer whose servers run hot and removes them when idle; with
 * auto-rollback on, it rolls back a deploy whose new version fails too often (deploy.ts).
 */
import type { SeriesPoint } from '../api';
import type { SimState } from '../state';
import { K } from '../nodeState';
import { autoscaleBucket } from './autoscale';
import { watchDeploys } from '../deploy';
import { defineBehaviour } from '../componentBehaviour';

/** Runs the monitoring rules on a closed bucket (nothing happens without a live monitoring node). */
export function monitorBucket(sim: SimState, point: SeriesPoint): void {
  if (sim.monitoring < 0) return;
  const m = sim.nodes[sim.monitoring];
  if (!m.alive || m.design.kind !== 'monitoring') return;
  const rules = m.design.params.alertRules;
  alert(sim, 'errorRate', point.errorRate * 100 > rules.errorRatePct,
    `alert: error rate ${(point.errorRate * 100).toFixed(1)}% above ${rules.errorRatePct}%`,
    `resolved: error rate back under ${rules.errorRatePct}%`);
  alert(sim, 'p99', point.p99Ms > rules.p99Ms,
    `alert: p99 latency ${Math.round(point.p99Ms)} ms above ${rules.p99Ms} ms`,
    `resolved: p99 latency back under ${rules.p99Ms} ms`);
  for (const n of sim.nodes) {
    if (n.workers === 0 || !n.active || n.code === K.client) continue;
    alert(sim, `util:${n.id}`, n.alive && n.lastUtil * 100 > rules.utilizationPct,
      `alert: ${n.id} utilisation ${Math.round(n.lastUtil * 100)}% above ${rules.utilizationPct}%`,
      `resolved: ${n.id} utilisation back under ${rules.utilizationPct}%`);
  }
  if (sim.deploys.length > 0) watchDeploys(sim, rules.errorRatePct, m.design.params.autoRollback);
  if (m.design.params.autoscale) autoscaleBucket(sim, m.design.params.autoscaleMax, rules.utilizationPct / 100, m.design.params.bootS * 1000);
}

/** Logs a rule's transitions only, so a long incident is two lines, not one per second. */
function alert(sim: SimState, rule: string, firing: boolean, onText: string, offText: string): void {
  const was = sim.alertState.get(rule) ?? false;
  if (firing === was) return;
  sim.alertState.set(rule, firing);
  sim.log(firing ? onText : offText, firing ? 'warn' : 'info');
}

/** It takes no requests: it acts once per metrics bucket (monitorBucket). */
export const monitoringBehaviour = defineBehaviour({ kind: 'monitoring' });
