/**
 * Partitions between data centers. While two data centers are cut off from each other, a request
 * one of them sends into the other gets no answer: it is held until its caller gives up (its
 * deadline) and then fails `partitioned`. Replication from a primary in one to a replica in the
 * other is held too, so the replica falls behind, and catches up when the partition heals. GeoDNS
 * is outside both and keeps answering as before.
 */
import { C_PARTITIONED, EV_FAIL_AT, type SimState } from './state';
import type { NodeRt } from './nodeState';

const pairKey = (sim: SimState, a: number, b: number): number => (a < b ? a * sim.nodes.length + b : b * sim.nodes.length + a);

/** Whether data centers `a` and `b` (node indices, -1: none) are partitioned now. */
export function partitioned(sim: SimState, a: number, b: number): boolean {
  return a >= 0 && b >= 0 && a !== b && sim.faults.partitions.has(pairKey(sim, a, b));
}

/** Whether sending over `edge` to `target` crosses a partition (only asked while one is in force). */
export function crossesPartition(sim: SimState, edge: number, target: NodeRt): boolean {
  const from = edge >= 0 ? sim.faults.edgeSourceDc![edge] : -1;
  return partitioned(sim, from, target.dc);
}

/** The request is lost in the partition: it fails when its caller stops waiting. */
export function holdAcrossPartition(sim: SimState, req: number, to: number): void {
  sim.queue.push(Math.max(sim.nowMs, sim.req.deadlineMs[req]), EV_FAIL_AT, to, req, C_PARTITIONED);
}

/** Cuts data centers `a` and `b` off from each other. */
export function startPartition(sim: SimState, a: NodeRt, b: NodeRt): void {
  if (!sim.faults.edgeSourceDc) sim.faults.edgeSourceDc = Int32Array.from(sim.design.edges, (e) => sim.nodes[sim.byId.get(e.source)!].dc);
  sim.faults.partitions.add(pairKey(sim, a.idx, b.idx));
  sim.log(`partition between ${a.id} and ${b.id}: calls between them time out and replication across it stops`, 'error');
}

/** Ends every partition involving data center `dc`; whether there was one (the caller releases held replication). */
export function endPartitions(sim: SimState, dc: NodeRt): boolean {
  const ended: string[] = [];
  for (const other of sim.nodes) {
    if (other === dc || !partitioned(sim, dc.idx, other.idx)) continue;
    sim.faults.partitions.delete(pairKey(sim, dc.idx, other.idx));
    ended.push(other.id);
  }
  if (ended.length === 0) return false;
  sim.log(`partition between ${dc.id} and ${ended.join(', ')} healed: replication catches up`);
  return true;
}

/** Whether the replication stream into replica `r` crosses a partition now. */
export function replicationCut(sim: SimState, r: NodeRt): boolean {
  const cluster = r.cluster;
  if (!cluster || cluster.current < 0 || sim.faults.partitions.size === 0) return false;
  return partitioned(sim, sim.nodes[cluster.current].dc, r.dc);
}
