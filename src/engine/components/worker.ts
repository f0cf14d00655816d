/**
 * Worker pool: consumers that pull jobs from the queues feeding them whenever one is free, do the
 * job (serviceMs), then write the result to their data store, if they have one.
 */
import type { SimState } from '../state';
import type { NodeRt } from '../nodeState';
import { finish, forward, NO_ROUTE } from '../flow';
import { startService, touch } from '../station';
import { defineBehaviour } from '../componentBehaviour';
import { applyStationParams } from '../params';

/** Fills idle consumers with jobs from the worker's live source queues, oldest queue first. */
export function pullJobs(sim: SimState, w: NodeRt): void {
  if (!w.alive || !w.active) return;
  const sources = w.sources;
  for (let k = 0; k < sources.length && w.busy < w.workers; k++) {
    const q = sim.nodes[sources[k]];
    if (!q.alive) continue;
    while (q.queue.length > 0 && w.busy < w.workers) {
      touch(sim, q);
      touch(sim, w);
      const job = q.queue.shift();
      if (w.sourceEdges[k] >= 0) sim.edgeCount[w.sourceEdges[k]]++;
      sim.req.web[job] = w.idx;
      sim.req.dep[job] = -1;
      // It waited in the message queue, not here: a worker's own wait starts and ends now.
      sim.req.arriveMs[job] = sim.nowMs;
      startService(sim, w, job);
    }
  }
}

/** A job is done: its result goes to the worker's data store, or it simply ends. */
export function workerServed(sim: SimState, w: NodeRt, req: number): void {
  if (forward(sim, req, w) === NO_ROUTE) finish(sim, req);
}

export const workerBehaviour = defineBehaviour({ kind: 'worker', served: workerServed, applyParams: (_sim, n) => { if (n.design.kind === 'worker') applyStationParams(n, n.design.params); } });
