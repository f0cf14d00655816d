/**
 * The run's cost so far: each reported node's meters (metering.ts, instance time from
 * nodeTime.ts) read into the model's pure cost model, counts scaled back in a sampled run.
 */
import { type UsageUnit } from '../model/pricing';
import { costOf, gbMonths, storedGbPerObjectStore, USAGE_UNITS, type CostReport, type NodeUsage } from '../model/cost';
import { K } from './nodeState';
import type { SimState } from './state';
import { touch } from './nodeTime';

const MS_PER_HOUR = 3_600_000;

export function costSoFar(sim: SimState): CostReport {
  const hours = Math.max(0, sim.nowMs - sim.totals.sinceMs) / MS_PER_HOUR;
  const storedGb = storedGbPerObjectStore(sim.design);
  const k = sim.sampleK;
  const usage: NodeUsage[] = [];
  for (const n of sim.nodes) {
    if (n.code === K.client || !n.everActive) continue;
    touch(sim, n);
    const units: Partial<Record<UsageUnit, number>> = {};
    USAGE_UNITS.forEach((u, i) => { if (n.usage[i] > 0) units[u] = n.usage[i] * k; });
    if (n.code === K.objectStore) units.objectStorageGbMonth = gbMonths(storedGb, hours);
    usage.push({ id: n.id, instanceUsd: n.instanceUsd, units });
  }
  const cost = costOf(usage, hours, sim.totals.requests * k);
  if (sim.services !== null) cost.byService = byService(sim, cost.byNode);
  return cost;
}

/** The web servers' rates summed per service, rounded like byNode (a service with no server reads 0). */
function byService(sim: SimState, byNode: Readonly<Record<string, number>>): Record<string, number> {
  const names = sim.services!.names;
  const sums = new Float64Array(names.length);
  for (const n of sim.nodes) if (n.code === K.web && n.serviceIdx >= 0 && n.id in byNode) sums[n.serviceIdx] += byNode[n.id];
  const out = Object.create(null) as Record<string, number>;
  // The tally's last slot holds the requests no service took; it owns no server.
  for (let s = 0; s < names.length - 1; s++) out[names[s]] = Math.round(sums[s] * 1e6) / 1e6;
  return out;
}
