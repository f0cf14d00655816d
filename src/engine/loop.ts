/**
 * The event loop: pop the earliest event, set the clock, dispatch by type. Buckets are closed
 * when the clock passes their end, before any later event, so series points are exact.
 */
import { EV_APPLY_DONE, EV_ARRIVE, EV_AUTOSCALE, EV_CLIENT, EV_DELAY_DONE, EV_DEPLOY, EV_FAIL_AT, EV_FAILOVER, EV_FAULT, EV_FLAP, EV_HEALTH, EV_RETRY, EV_REPL_ARRIVE, EV_SERVICE_DONE, EV_WARMUP, type SimState } from './state';
import { arrive, fail, finish } from './flow';
import { serviceDone } from './station';
import { flushBucket, resetStats } from './metrics';
import { clientArrival, clientRetry } from './components/client';
import { applyDone, failover, replArrive } from './components/replication';
import { lbHealthCheck } from './components/loadBalancer';
import { activateSpare } from './components/autoscale';
import { flapToggle } from './faults';
import { fireScheduled } from './scenario';
import { deployStep } from './deploy';

/** Runs the simulation up to `untilMs` of simulated time (capped at the run's duration). */
export function advanceTo(sim: SimState, untilMs: number): void {
  if (sim.done) return;
  const endMs = Math.min(untilMs, sim.durationMs);
  const q = sim.queue;
  const maxEvents = sim.maxEvents;
  const nextTime = q.nextTime;
  for (;;) {
    q.findNext();
    const t = nextTime[0];
    const bucketEndMs = sim.bucketStartMs + sim.bucketMs;
    if (bucketEndMs <= t && bucketEndMs <= endMs) {
      sim.nowMs = bucketEndMs;
      flushBucket(sim);
      if (sim.req.live > MAX_LIVE_REQUESTS) { stopRunaway(sim); return; }
      continue;
    }
    if (t > endMs) break;
    if (sim.eventsProcessed >= maxEvents) {
      sim.budgetExhausted = true;
      sim.log(`event budget of ${maxEvents} events used up: the run stops here`, 'error');
      finishRun(sim);
      return;
    }
    const h = q.pop();
    sim.nowMs = t;
    const type = q.evType[h];
    const node = q.evNode[h];
    const req = q.evReq[h];
    const aux = q.evAux[h];
    q.release(h);
    sim.eventsProcessed++;
    dispatch(sim, type, node, req, aux);
  }
  if (endMs > sim.nowMs) sim.nowMs = endMs;
  if (endMs >= sim.durationMs) finishRun(sim);
}

function dispatch(sim: SimState, type: number, node: number, req: number, aux: number): void {
  switch (type) {
    case EV_CLIENT: clientArrival(sim, aux); return;
    case EV_ARRIVE: arrive(sim, node, req); return;
    case EV_SERVICE_DONE: serviceDone(sim, sim.nodes[node], req, aux); return;
    case EV_DELAY_DONE: finish(sim, req); return;
    case EV_REPL_ARRIVE: replArrive(sim, sim.nodes[node], aux); return;
    case EV_APPLY_DONE: applyDone(sim, sim.nodes[node], aux); return;
    case EV_HEALTH: lbHealthCheck(sim, sim.nodes[node]); return;
    case EV_FAULT: fireScheduled(sim, req, aux); return;
    case EV_FLAP: flapToggle(sim, node, aux); return;
    case EV_FAIL_AT: fail(sim, req, aux, node); return;
    case EV_RETRY: clientRetry(sim, req); return;
    case EV_FAILOVER: failover(sim, node, aux); return;
    case EV_AUTOSCALE: activateSpare(sim, node, aux); return;
    case EV_WARMUP: resetStats(sim); return;
    case EV_DEPLOY: deployStep(sim, node, req, aux); return;
    default:
      // An event nobody handles would be dropped and its request never answered: say so instead.
      throw new Error(`The event loop met an unknown event type ${type} at t = ${sim.nowMs} ms (node ${node}, request ${req}): every scheduled event type needs a case in dispatch().`);
  }
}

/**
 * Requests in flight at once beyond which the run stops: a backlog this large only grows (a queue
 * with room for millions and too few workers), and each one holds memory until it is served.
 */
export const MAX_LIVE_REQUESTS = 2_000_000;

/** Stops a run whose backlog would exhaust memory, naming where it piles up. */
function stopRunaway(sim: SimState): void {
  let worst = sim.nodes[0];
  for (const n of sim.nodes) if (n.queue.length > worst.queue.length) worst = n;
  const held = (worst.queue.length * sim.sampleK).toLocaleString('en-US');
  sim.budgetExhausted = true;
  sim.log(`${(sim.req.live * sim.sampleK).toLocaleString('en-US')} requests in flight, ${held} of them waiting at ${worst.id}: the run stops before it runs out of memory; give ${worst.id} more capacity or a smaller queue`, 'error');
  finishRun(sim);
}

/** Closes the last (possibly partial) bucket and marks the run done. */
function finishRun(sim: SimState): void {
  if (sim.nowMs > sim.bucketStartMs) flushBucket(sim);
  sim.done = true;
}
