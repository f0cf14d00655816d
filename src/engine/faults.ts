/**
 * Faults at the current simulated time: kill and restore, and the partial ones (slow, loss,
 * partition, flap) with heal, which ends them all. A kill fails what the node holds (queued now,
 * in service when it would have finished), forgets what lives in its memory (sessions, cache
 * entries) and, for a data center, takes every member down with it; slow and loss on a data center
 * apply to each member. Scenario faults arrive as EV_FAULT events (scenario.ts), so each lands at
 * its exact time.
 */
import type { FaultEvent } from '../model';
import { EV_FLAP, type SimState } from './state';
import { K, type NodeRt } from './nodeState';
import { killStation, touch } from './station';
import { coldCache } from './params';
import { databaseKilled, databaseRestored, releaseHeldReplication } from './components/replication';
import { dataCenterMembers, dataCenterOutageText } from './components/dataCenter';
import { pullJobs } from './components/worker';
import { wakeConsumers } from './components/queue';
import { endPartitions, partitioned, startPartition } from './partition';
import { deployLabels, startDeploy } from './deploy';

/** Takes node `n` down now (no-op if it is already down). */
export function kill(sim: SimState, n: NodeRt, quiet = false): void {
  if (!n.alive) return;
  touch(sim, n);
  n.alive = false;
  sim.healthEpoch++;
  if (n.code === K.dataCenter) {
    sim.log(dataCenterOutageText(sim, n), 'error');
    for (const m of dataCenterMembers(sim, n)) kill(sim, m, true);
    return;
  }
  if (n.workers > 0) killStation(sim, n);
  if (n.sessions && n.sessions.size > 0) {
    if (!quiet) sim.log(`${n.id} down: ${n.sessions.size * sim.sampleK} sessions in its memory are lost`, 'warn');
    n.sessions.clear();
  } else if (!quiet) {
    sim.log(`${n.id} down`, 'warn');
  }
  if (n.keyCache) coldCache(sim, n);
  if (n.code === K.database) databaseKilled(sim, n);
}

/** Brings node `n` back now (no-op if it is up). */
export function restore(sim: SimState, n: NodeRt, quiet = false): void {
  if (n.alive) {
    if (n.code !== K.dataCenter) return;
  }
  touch(sim, n);
  n.alive = true;
  sim.healthEpoch++;
  if (n.code === K.dataCenter) {
    if (!quiet) sim.log(`data center ${n.id} back up`);
    for (const m of dataCenterMembers(sim, n)) if (!m.autoscaled || m.active) restore(sim, m, true);
    return;
  }
  if (!quiet) sim.log(`${n.id} back up${n.keyCache ? ' (cold: its cache is empty)' : ''}`);
  if (n.code === K.database) databaseRestored(sim, n);
  if (n.code === K.worker) pullJobs(sim, n);
  if (n.code === K.queue) wakeConsumers(sim, n);
}

/** The node and, for a data center, its members: where slow and loss take hold. */
const hitBy = (sim: SimState, n: NodeRt): NodeRt[] => (n.code === K.dataCenter ? [n, ...dataCenterMembers(sim, n)] : [n]);

/** Applies `fault` to its target now (its tS is ignored); false when the target or peer is unknown. */
export function applyFault(sim: SimState, fault: FaultEvent): boolean {
  if (fault.action === 'deploy') return startDeploy(sim, fault);
  const idx = sim.byId.get(fault.target);
  if (idx === undefined) return false;
  const n = sim.nodes[idx];
  switch (fault.action) {
    case 'kill': kill(sim, n); return true;
    case 'restore': restore(sim, n); return true;
    case 'heal': heal(sim, n); return true;
    case 'slow': {
      for (const m of hitBy(sim, n)) { touch(sim, m); m.slowFactor = fault.factor; }
      sim.log(`${n.id} slowed: service takes ${fault.factor}× as long`, 'warn');
      return true;
    }
    case 'loss': {
      for (const m of hitBy(sim, n)) {
        m.lossP = fault.pct / 100;
        m.lossRng ??= sim.stream(`loss:${m.id}`);
      }
      sim.log(`${n.id} lossy: ${fault.pct}% of the requests sent to it fail`, 'warn');
      return true;
    }
    case 'partition': {
      const peer = sim.byId.get(fault.peer);
      if (peer === undefined || n.code !== K.dataCenter || sim.nodes[peer].code !== K.dataCenter || peer === idx) return false;
      if (!partitioned(sim, idx, peer)) startPartition(sim, n, sim.nodes[peer]);
      return true;
    }
    case 'flap': {
      n.flapMs = fault.periodS * 1000;
      n.flapEpoch++;
      sim.log(`${n.id} flapping: down, then up, every ${fault.periodS} s`, 'warn');
      flapToggle(sim, n.idx, n.flapEpoch);
      return true;
    }
  }
}

/** Ends every fault on `n`: normal speed, no loss, no flapping, no partition, and up again. */
function heal(sim: SimState, n: NodeRt): void {
  for (const m of hitBy(sim, n)) { touch(sim, m); m.slowFactor = 1; m.lossP = 0; }
  n.flapMs = 0;
  n.flapEpoch++;
  if (n.code === K.dataCenter && endPartitions(sim, n)) releaseHeldReplication(sim);
  sim.log(`${n.id} healed: its faults are over`);
  restore(sim, n, true);
}

/** A flap's next turn: down if up, up if down, and the turn after that one period later. */
export function flapToggle(sim: SimState, idx: number, epoch: number): void {
  const n = sim.nodes[idx];
  if (epoch !== n.flapEpoch || n.flapMs <= 0) return;
  if (n.alive) kill(sim, n);
  else restore(sim, n);
  sim.queue.push(sim.nowMs + n.flapMs, EV_FLAP, idx, -1, epoch);
}

/** The faults on `n` now, in words, for badges and the report (empty when none). */
export function faultLabels(sim: SimState, n: NodeRt): string[] {
  // A deploy's state comes first: a badge has room for a few words, and "booting the old version"
  // says more about a server out of service than the bad version's slowness it is being rolled back from.
  const out: string[] = sim.deploys.length > 0 ? deployLabels(sim, n.idx) : [];
  if (n.slowFactor !== 1) out.push(`slow ×${n.slowFactor}`);
  if (n.lossP > 0) out.push(`loss ${Math.round(n.lossP * 1000) / 10}%`);
  if (n.flapMs > 0) out.push(`flapping every ${n.flapMs / 1000} s`);
  if (n.code === K.dataCenter && sim.faults.partitions.size > 0) {
    for (const o of sim.nodes) if (o.code === K.dataCenter && partitioned(sim, n.idx, o.idx)) out.push(`partitioned from ${o.id}`);
  }
  return out;
}
