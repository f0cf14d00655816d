/**
 * A node's time integrals, on their own so that anything may keep them up to date (metrics,
 * autoscaling, faults) without importing the station and, through it, the request flow.
 */
import type { NodeRt } from './nodeState';
import type { SimState } from './state';

const MS_PER_HOUR = 3_600_000;

/** Brings the node's time integrals (busy, capacity, queue length, instance dollars) up to now. */
export function touch(sim: SimState, n: NodeRt): void {
  const dt = sim.nowMs - n.lastMs;
  if (dt > 0) {
    n.busyArea += n.busy * dt;
    n.queueArea += n.queue.length * dt;
    if (n.alive && n.active) n.capArea += n.workers * dt;
    // Billed while it exists: a crashed box is still rented; a spare not yet started is not.
    if (n.active) n.instanceUsd += (n.hourlyUsd * dt) / MS_PER_HOUR;
    n.lastMs = sim.nowMs;
  }
}
