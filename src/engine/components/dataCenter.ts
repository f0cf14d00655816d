/** Data center: a group. Killing it kills every node inside; restoring it restores them. */
import type { SimState } from '../state';
import type { NodeRt } from '../nodeState';

/** The member nodes a data center takes down or brings back with it. */
export function dataCenterMembers(sim: SimState, dc: NodeRt): NodeRt[] {
  return dc.members.map((m) => sim.nodes[m]);
}

/** One log line describing what a data center outage does. */
export function dataCenterOutageText(_sim: SimState, dc: NodeRt): string {
  const region = dc.design.kind === 'dataCenter' ? dc.design.params.region : '?';
  return `data center ${dc.id} (${region}) down: ${dc.members.length} nodes with it; GeoDNS sends its users elsewhere`;
}
