/**
 * Kill and restore nodes at the current simulated time. A kill fails what the node holds (queued
 * now, in service when it would have finished), forgets what lives in its memory (sessions, cache
 * entries) and, for a data center, takes every member down with it.
 */
import type { SimState } from './state';
import { K, type NodeRt } from './nodeState';
import { killStation, touch } from './station';
import { coldCache } from './params';
import { databaseKilled, databaseRestored } from './components/replication';
import { dataCenterMembers, dataCenterOutageText } from './components/dataCenter';
import { pullJobs } from './components/worker';
import { wakeConsumers } from './components/queue';

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
    sim.log(`data center ${n.id} back up`);
    for (const m of dataCenterMembers(sim, n)) if (!m.autoscaled || m.active) restore(sim, m, true);
    return;
  }
  if (!quiet) sim.log(`${n.id} back up${n.keyCache ? ' (cold: its cache is empty)' : ''}`);
  if (n.code === K.database) databaseRestored(sim, n);
  if (n.code === K.worker) pullJobs(sim, n);
  if (n.code === K.queue) wakeConsumers(sim, n);
}
