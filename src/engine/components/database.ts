/**
 * Relational database: a station with readMs / writeMs. Writes go to the current primary of the
 * cluster (the design's primary, or the replica promoted after it died); reads sent to a primary
 * that has replicas are spread over its healthy replicas (a cluster endpoint), and with no healthy
 * replica they go to the primary. A read on a replica that has not applied the newest write of
 * its key is a stale read; if that write was the same user's, a read-your-writes violation.
 */
import { MISSING } from '../lib/intTable';
import { C_NODE_DOWN, type SimState } from '../state';
import { F_BACKGROUND, READ } from '../requests';
import type { NodeRt, Tier } from '../nodeState';
import { fail, finish } from '../flow';
import { enqueue } from '../station';
import { invalidateCallerCaches } from './cache';
import { commitWrite } from './replication';
import { defineBehaviour } from '../componentBehaviour';
import { DEFAULT_QUEUE_LIMIT } from '../params';

/** A query reaches a database node. */
export function databaseArrive(sim: SimState, n: NodeRt, req: number): void {
  if (!n.alive) { fail(sim, req, C_NODE_DOWN, n.idx); return; }
  enqueue(sim, n, req);
}

/** The query is done: reads check staleness, writes commit and replicate. */
export function databaseServed(sim: SimState, n: NodeRt, req: number): void {
  const rp = sim.req;
  const cluster = n.cluster!;
  if (rp.type[req] === READ) {
    if (n.idx !== cluster.current && (rp.flags[req] & F_BACKGROUND) === 0) checkStale(sim, n, req);
  } else {
    if (n.idx === cluster.current) commitWrite(sim, cluster, req);
    invalidateCallerCaches(sim, req);
  }
  finish(sim, req);
}

function checkStale(sim: SimState, n: NodeRt, req: number): void {
  const cluster = n.cluster!;
  const key = sim.req.key[req];
  const latest = cluster.latest.get(key);
  if (latest === MISSING) return;
  if (n.repl!.applied.get(key) >= latest) return;
  sim.totals.staleReads++;
  sim.bucket.staleReads++;
  if (cluster.lastWriter.get(key) === sim.req.user[req]) sim.totals.rywViolations++;
}

/** Which database node serves this request among a tier of databases (or -1); sets sim.pickEdge. */
export function pickDatabase(sim: SimState, tier: Tier, req: number): number {
  const targets = tier.targets;
  const edges = tier.edges;
  const nodes = sim.nodes;
  if (sim.req.type[req] === READ) {
    // The scratch arrays are reused and never shrunk (setting length to 0 would drop their
    // backing store, so every read would allocate two new ones): `count` says how much is in use.
    const cand = sim.scratch;
    const candEdges = sim.scratchEdges;
    let count = 0;
    for (let i = 0; i < targets.length; i++) {
      const t = nodes[targets[i]];
      const cluster = t.cluster!;
      if (isReplica(t)) {
        if (t.alive && !holds(cand, count, t.idx)) { cand[count] = t.idx; candEdges[count] = edges[i]; count++; }
      } else {
        const replicas = cluster.replicas;
        for (let k = 0; k < replicas.length; k++) {
          const r = replicas[k];
          if (r !== cluster.current && nodes[r].alive && !holds(cand, count, r)) { cand[count] = r; candEdges[count] = edges[i]; count++; }
        }
      }
    }
    if (count > 0) {
      const i = tier.rr++ % count;
      sim.pickEdge = candEdges[i];
      return cand[i];
    }
  }
  // Writes (and reads with no healthy replica): the current primary of the first cluster that has
  // one, reached through an edge to its primary (or shard). An edge to a replica reaches only that
  // replica: when it dies its reads do not move to a primary the sender has no edge to.
  for (let i = 0; i < targets.length; i++) {
    const target = nodes[targets[i]];
    const current = target.cluster!.current;
    if (isReplica(target) && current !== target.idx) continue;
    if (current >= 0 && nodes[current].alive) { sim.pickEdge = edges[i]; return current; }
  }
  return -1;
}

/** Whether the first `count` entries of `list` hold `value`. */
function holds(list: number[], count: number, value: number): boolean {
  for (let i = 0; i < count; i++) if (list[i] === value) return true;
  return false;
}

/** Whether a database node was designed as a replica (it may since have been promoted). */
const isReplica = (n: NodeRt): boolean => n.design.kind === 'database' && n.design.params.role === 'replica';

/** Pool, read and write times, replication lag and failover time. */
function databaseParams(_sim: SimState, n: NodeRt): void {
  const d = n.design;
  if (d.kind !== 'database') return;
  n.workers = d.params.workers;
  n.readMs = d.params.readMs;
  n.writeMs = d.params.writeMs;
  n.replicationLagMs = d.params.replicationLagMs;
  n.failoverS = d.params.failoverS;
  n.queueLimit = DEFAULT_QUEUE_LIMIT;
}

export const databaseBehaviour = defineBehaviour({ kind: 'database', arrive: databaseArrive, served: databaseServed, applyParams: databaseParams });
