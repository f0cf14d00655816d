/**
 * Asynchronous replication and failover (docs/theory.md, "Replication"). Each committed write travels to
 * every live replica (replicationLagMs of the replica), waits in the replica's apply queue and is
 * applied by one applier thread in an exponential time of mean writeMs × APPLY_FACTOR. When the
 * primary dies its replication stream is cut: what a replica had not applied by then never
 * arrives. After failoverS (5× longer without monitoring's auto-failover) the most up-to-date
 * live replica is promoted; the writes it lacks are lost writes.
 */
import { EV_APPLY_DONE, EV_FAILOVER, EV_REPL_ARRIVE, type SimState } from '../state';
import type { Cluster, NodeRt } from '../nodeState';
import { replicationCut } from '../partition';

/** A replica replays a row change faster than the primary executed the query (no parsing, no locks). */
export const APPLY_FACTOR = 0.5;

/** A write committed on the cluster's primary: version it and ship it to each live replica. */
export function commitWrite(sim: SimState, cluster: Cluster, req: number): void {
  const seq = ++cluster.committed;
  if (cluster.replicas.length === 0) return;
  const key = sim.req.key[req];
  cluster.latest.set(key, seq);
  cluster.lastWriter.set(key, sim.req.user[req]);
  for (let k = 0; k < cluster.replicas.length; k++) {
    const r = sim.nodes[cluster.replicas[k]];
    if (!r.alive) continue;
    const s = r.repl!;
    s.keys.push(key);
    s.seqs.push(seq);
    s.commitMs.push(sim.nowMs);
    sim.queue.pushAfter(sim.nowMs, r.replicationLagMs, EV_REPL_ARRIVE, r.idx, -1, s.epoch);
  }
}

/** One more write reached the replica's apply queue. */
export function replArrive(sim: SimState, r: NodeRt, epoch: number): void {
  const s = r.repl!;
  if (epoch !== s.epoch) return;
  // Writes arrive in commit order, so held ones are always the oldest not yet arrived.
  if (replicationCut(sim, r)) { s.held++; s.heldInBucket++; return; }
  s.arrived++;
  if (!s.applying) startApply(sim, r);
}

/** A partition healed: every replica it held back receives what waited at it. */
export function releaseHeldReplication(sim: SimState): void {
  for (const r of sim.nodes) {
    const s = r.repl;
    if (!s || s.held === 0 || replicationCut(sim, r)) continue;
    s.arrived += s.held;
    s.held = 0; s.heldInBucket = 0;
    if (!s.applying) startApply(sim, r);
  }
}

function startApply(sim: SimState, r: NodeRt): void {
  const s = r.repl!;
  s.applying = true;
  sim.queue.push(sim.nowMs + r.rng.exponential(r.writeMs * APPLY_FACTOR), EV_APPLY_DONE, r.idx, -1, s.epoch);
}

/** The replica applied the oldest write in its queue. */
export function applyDone(sim: SimState, r: NodeRt, epoch: number): void {
  const s = r.repl!;
  if (epoch !== s.epoch) return;
  const h = s.head++;
  const key = s.keys[h];
  const seq = s.seqs[h];
  const lagMs = sim.nowMs - s.commitMs[h];
  s.arrived--;
  if (s.applied.get(key) < seq) s.applied.set(key, seq); // MISSING (−1) is below every sequence
  s.appliedSeq = seq;
  s.lagHist!.record(lagMs);
  s.lastLagMs = lagMs;
  sim.bucket.lagSum += lagMs;
  sim.bucket.lagCount++;
  // Compact once the consumed prefix is large, so the arrays do not grow for the whole run.
  if (s.head > 4096 && s.head * 2 > s.keys.length) {
    s.keys = s.keys.slice(s.head); s.seqs = s.seqs.slice(s.head); s.commitMs = s.commitMs.slice(s.head);
    s.head = 0;
  }
  if (s.arrived > 0) startApply(sim, r);
  else s.applying = false;
}

/**
 * While a partition holds a replica's stream, it applies nothing, so the lag of applied writes would
 * read 0 for it just when it falls furthest behind. Each such replica counts in the second's lag as
 * the age of its oldest write not yet applied, which grows for as long as the cut lasts, once for
 * each write held in that second (the writes it would have applied), so a cut replica weighs in the
 * mean as much as one that keeps up.
 */
export function sampleHeldLag(sim: SimState): void {
  for (const r of sim.nodes) {
    const s = r.repl;
    if (!s || !r.alive || s.held === 0 || s.head >= s.commitMs.length || !replicationCut(sim, r)) continue;
    const weight = Math.max(1, s.heldInBucket);
    s.heldInBucket = 0;
    sim.bucket.lagSum += (sim.nowMs - s.commitMs[s.head]) * weight;
    sim.bucket.lagCount += weight;
  }
}

/** Writes the replica has not applied yet (in transit + apply queue): lost if it were promoted now. */
export const replicaBacklog = (r: NodeRt): number => r.cluster!.committed - r.repl!.appliedSeq;

/** Drops whatever is in flight to a replica (its stream was cut). */
function cutStream(r: NodeRt): void {
  const s = r.repl!;
  s.epoch++;
  s.keys = []; s.seqs = []; s.commitMs = [];
  s.head = 0; s.arrived = 0; s.held = 0; s.heldInBucket = 0; s.applying = false;
}

/** Brings a replica up to date with the cluster (a restore re-clones it). */
function resync(r: NodeRt, cluster: Cluster): void {
  cutStream(r);
  r.repl!.applied = cluster.latest.copy();
  r.repl!.appliedSeq = cluster.committed;
}

/** A database node died: cut replication; if it was the primary, schedule the promotion. */
export function databaseKilled(sim: SimState, n: NodeRt): void {
  const cluster = n.cluster!;
  if (n.idx !== cluster.current) { cutStream(n); return; }
  if (cluster.replicas.length === 0) return;
  for (const r of cluster.replicas) cutStream(sim.nodes[r]);
  cluster.epoch++;
  const auto = autoFailover(sim);
  const delayS = n.failoverS * (auto ? 1 : 5);
  sim.queue.push(sim.nowMs + delayS * 1000, EV_FAILOVER, cluster.index, -1, cluster.epoch);
  sim.log(`primary ${n.id} down: writes fail until a replica is promoted in ${delayS} s${auto ? '' : ' (no monitoring with auto-failover: a human has to do it, 5× slower)'}`, 'error');
}

/** Whether a live monitoring node will promote a replica automatically. */
function autoFailover(sim: SimState): boolean {
  if (sim.monitoring < 0) return false;
  const m = sim.nodes[sim.monitoring];
  return m.alive && m.design.kind === 'monitoring' && m.design.params.autoFailover;
}

/** The failover timer fired: promote the most up-to-date live replica. */
export function failover(sim: SimState, clusterIndex: number, epoch: number): void {
  const cluster = sim.clusters[clusterIndex];
  if (epoch !== cluster.epoch) return;
  if (cluster.current >= 0 && sim.nodes[cluster.current].alive) return;
  let best: NodeRt | null = null;
  for (const r of cluster.replicas) {
    const node = sim.nodes[r];
    if (node.alive && (best === null || node.repl!.appliedSeq > best.repl!.appliedSeq)) best = node;
  }
  if (!best) { sim.log(`no healthy replica to promote for ${sim.nodes[cluster.original].id}: writes keep failing`, 'error'); return; }
  const lost = cluster.committed - best.repl!.appliedSeq;
  sim.totals.lostWrites += lost;
  cluster.current = best.idx;
  cluster.replicas = cluster.replicas.filter((r) => r !== best.idx);
  cluster.latest = best.repl!.applied.copy();
  cluster.committed = best.repl!.appliedSeq;
  for (const r of cluster.replicas) if (sim.nodes[r].alive) resync(sim.nodes[r], cluster);
  sim.log(`replica ${best.id} promoted to primary; ${lost * sim.sampleK} writes lost`, 'warn');
}

/** A database node came back. */
export function databaseRestored(sim: SimState, n: NodeRt): void {
  const cluster = n.cluster!;
  if (n.idx === cluster.current) {
    // Back before the promotion: cancel it; replicas re-sync from the primary.
    cluster.epoch++;
    for (const r of cluster.replicas) if (sim.nodes[r].alive) resync(sim.nodes[r], cluster);
    return;
  }
  if (n.idx === cluster.original && !cluster.replicas.includes(n.idx)) {
    cluster.replicas.push(n.idx);
    sim.log(`${n.id} rejoins as a replica of ${sim.nodes[cluster.current].id}`);
  }
  resync(n, cluster);
}
