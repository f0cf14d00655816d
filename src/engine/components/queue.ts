/**
 * Message queue: a job is accepted if there is room (else queueFull) and the client's request is
 * answered right then (asynchronous); the job waits until a consumer of a worker pool takes it.
 * The queue is durable: killing it refuses new jobs but keeps the ones it holds.
 */
import { C_NODE_DOWN, C_QUEUE_FULL, type SimState } from '../state';
import { F_BACKGROUND, F_COUNTED } from '../requests';
import type { NodeRt } from '../nodeState';
import { fail } from '../flow';
import { recordCompletion } from '../metrics';
import { meterReply } from '../metering';
import { touch } from '../station';
import { pullJobs } from './worker';
import { defineBehaviour } from '../componentBehaviour';
import { scaledLimit } from '../sampling';

/** A job reaches the queue. */
export function queueArrive(sim: SimState, q: NodeRt, req: number): void {
  if (!q.alive) { fail(sim, req, C_NODE_DOWN, q.idx); return; }
  if (q.queue.length >= q.capacity) { fail(sim, req, C_QUEUE_FULL, q.idx); return; }
  const rp = sim.req;
  if ((rp.flags[req] & (F_BACKGROUND | F_COUNTED)) === 0) {
    recordCompletion(sim, sim.nowMs - rp.startMs[req], req);
    meterReply(sim, req);
  }
  rp.flags[req] |= F_BACKGROUND | F_COUNTED;
  rp.deadlineMs[req] = Infinity;
  touch(sim, q);
  q.queue.push(req);
  q.served++;
  q.bucketServed++;
  wakeConsumers(sim, q);
}

/** Lets idle consumers take jobs (after an enqueue, or when the queue comes back). */
export function wakeConsumers(sim: SimState, q: NodeRt): void {
  for (let k = 0; k < q.consumers.length && q.queue.length > 0; k++) pullJobs(sim, sim.nodes[q.consumers[k]]);
}

/** Its capacity, scaled like every limit in a sampled run. */
function queueParams(sim: SimState, n: NodeRt): void {
  if (n.design.kind === 'queue') n.capacity = scaledLimit(n.design.params.capacity, sim.sampleK);
}

export const queueBehaviour = defineBehaviour({ kind: 'queue', arrive: queueArrive, applyParams: queueParams });
