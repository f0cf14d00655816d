/**
 * A node's time integrals, on their own so that anything may keep them up to date (metrics,
 * autoscaling, faults) without importing the station and, through it, the request flow.
 */
import type { NodeRt } from './nodeState';
import type { SimState } from './state';

/** Brings the node's time integrals (busy, capacity, queue length) up to now. */
export function touch(sim: SimState, n: NodeRt): void {
  const dt = sim.nowMs - n.lastMs;
  if (dt > 0) {
    n.busyArea += n.busy * dt;
    n.queueArea += n.queue.length * dt;
    if (n.alive && n.active) n.capArea += n.workers * dt;
    n.lastMs = sim.nowMs;
  }
}
