/** Data center: a group. Killing it kills every node inside; restoring it restores them. */
import type { SimState } from '../state';
import type { NodeRt } from '../nodeState';
import { defineBehaviour } from '../componentBehaviour';

/** The member nodes a data center takes down or brings back with it. */
export function dataCenterMembers(sim: SimState, dc: NodeRt): NodeRt[] {
  return dc.members.map((m) => sim.nodes[m]);
}

/** One log line describing what a data center outage does. */
export function dataCenterOutageText(_sim: SimState, dc: NodeRt): string {
  const region = dc.design.kind === 'dataCenter' ? dc.design.params.region : '?';
  return `data center ${dc.id} (${region}) down: ${dc.members.length} nodes with it; GeoDNS sends its users elsewhere`;
}

/**
 * Requests pay the latency of the data center they enter (flow.ts reads it off the target), so
 * its members carry the value: a live edit must reach them, not just the group.
 */
function dataCenterParams(sim: SimState, n: NodeRt): void {
  if (n.design.kind !== 'dataCenter') return;
  n.interRegionMs = n.design.params.interRegionLatencyMs;
  for (const m of n.members) if (sim.nodes[m].dc === n.idx) sim.nodes[m].interRegionMs = n.interRegionMs;
}

/** A group: it takes no requests; killing it is faults.ts's business. */
export const dataCenterBehaviour = defineBehaviour({ kind: 'dataCenter', applyParams: dataCenterParams });
