/**
 * The multi-server FIFO queue every node with `workers` uses: c servers, a queue limit (beyond it
 * queueFull), a deadline per request (past it timeout), and an epoch that a kill bumps so service
 * completions scheduled before the kill fail with nodeDown instead of being cancelled in the heap.
 */
import { C_NODE_DOWN, C_QUEUE_FULL, C_TIMEOUT, EV_SERVICE_DONE, type SimState } from './state';
import { DIST_CONST, DIST_LOGNORMAL, K, type NodeRt } from './nodeState';
import { F_TRACED, JOB, READ } from './requests';
import { PHASE_QUEUE, PHASE_SERVICE } from './trace';
import { fail } from './flow';
import { touch } from './nodeTime';

export { touch };

/** Without a queue a web server does a job itself, and a job is this much slower than a page. */
export const JOB_WEB_FACTOR = 10;
/** Lognormal service spread (sigma in log space): a long tail, p99 ≈ 5× the median. */
const LOGNORMAL_SIGMA = 0.7;

/** A request joins the station: straight to a free worker, else the queue, else queueFull. */
export function enqueue(sim: SimState, n: NodeRt, req: number): void {
  touch(sim, n);
  sim.req.arriveMs[req] = sim.nowMs;
  if ((sim.req.flags[req] & F_TRACED) !== 0) sim.tracer!.mark(sim, req, PHASE_QUEUE);
  if (n.busy < n.workers) startService(sim, n, req);
  else if (n.queue.length >= n.queueLimit) fail(sim, req, C_QUEUE_FULL, n.idx);
  else n.queue.push(req);
}

/** Starts serving a request unless its deadline has already passed (the caller gave up). */
export function startService(sim: SimState, n: NodeRt, req: number): void {
  if (sim.nowMs > sim.req.deadlineMs[req]) { fail(sim, req, C_TIMEOUT, n.idx); return; }
  n.busy++;
  n.waitSumMs += sim.nowMs - sim.req.arriveMs[req];
  n.waitCount++;
  if ((sim.req.flags[req] & F_TRACED) !== 0) sim.tracer!.mark(sim, req, PHASE_SERVICE);
  let ms = serviceTimeMs(sim, n, req);
  if (n.uslSigma > 0 || n.uslKappa > 0) ms *= uslStretch(n);
  sim.queue.push(sim.nowMs + ms, EV_SERVICE_DONE, n.idx, req, n.epoch);
}

/** A service completion event: free the worker, start the next in line, pass the request on. */
export function serviceDone(sim: SimState, n: NodeRt, req: number, epoch: number): void {
  if (epoch !== n.epoch) { fail(sim, req, C_NODE_DOWN, n.idx); return; }
  touch(sim, n);
  n.busy--;
  n.served++;
  n.bucketServed++;
  if (n.code === K.worker) sim.kinds.pullJobs(sim, n);
  else while (n.busy < n.workers && n.queue.length > 0) startService(sim, n, n.queue.shift());
  if (sim.nowMs > sim.req.deadlineMs[req]) { fail(sim, req, C_TIMEOUT, n.idx); return; }
  sim.kinds.served[n.code]?.(sim, n, req);
}

/**
 * How much longer a request takes on a sized box when b workers are busy (itself included):
 * b / X(b) = 1 + σ(b − 1) + κb(b − 1). A lone request runs at full speed; with all N busy the
 * box completes X(N) requests per service time, the Universal Scalability Law's throughput.
 */
function uslStretch(n: NodeRt): number {
  const b = n.busy * n.uslScale;
  return 1 + n.uslSigma * (b - 1) + n.uslKappa * b * (b - 1);
}

/** Kills the station: queued requests fail now, in-service ones when their completion fires. */
export function killStation(sim: SimState, n: NodeRt): void {
  touch(sim, n);
  n.epoch++;
  n.busy = 0;
  while (n.queue.length > 0) fail(sim, n.queue.shift(), C_NODE_DOWN, n.idx);
}

/** Whether the web server hands jobs to a queue (its first job tier) instead of doing them. */
function hasQueue(sim: SimState, n: NodeRt): boolean {
  const tiers = n.routes[JOB];
  return tiers.length > 0 && sim.nodes[tiers[0].targets[0]].code === K.queue;
}

/** One service time for this request at this node, by kind and request type. */
function serviceTimeMs(sim: SimState, n: NodeRt, req: number): number {
  const type = sim.req.type[req];
  let meanMs: number;
  if (n.code === K.database) meanMs = type === READ ? n.readMs : n.writeMs;
  else if (n.code === K.web && type === JOB && !hasQueue(sim, n)) meanMs = n.serviceMs * JOB_WEB_FACTOR;
  else meanMs = n.serviceMs;
  meanMs *= n.slowFactor;
  // A declared route's own cost per request (docs/services.md): the application's work, so at web servers.
  if (n.code === K.web) { const route = sim.req.route[req]; if (route >= 0) meanMs *= sim.routeCost[route]; }
  if (n.dist === DIST_CONST) return meanMs;
  if (n.dist === DIST_LOGNORMAL) return n.rng.lognormal(meanMs, LOGNORMAL_SIGMA);
  return n.rng.exponential(meanMs);
}


