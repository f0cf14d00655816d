/**
 * Load balancer: spreads requests over the servers it believes healthy. Belief comes from health
 * checks every healthCheckS: a server killed between checks keeps receiving traffic (which fails
 * nodeDown at the server) until the next check notices; a restored one waits for a check too.
 */
import { C_NODE_DOWN, C_RATE_LIMITED, EV_HEALTH, type SimState } from '../state';
import type { NodeRt } from '../nodeState';
import { fail, sendTo } from '../flow';
import { mixKey } from '../lib/hash';
import { flowClass } from '../requests';
import { defineBehaviour } from '../componentBehaviour';

export const LB_ROUND_ROBIN = 0, LB_LEAST_CONN = 1, LB_STICKY = 2, LB_RANDOM = 3;
const ALGOS: Record<string, number> = { 'round-robin': LB_ROUND_ROBIN, 'least-connections': LB_LEAST_CONN, sticky: LB_STICKY, random: LB_RANDOM };

/** Algorithm code for a loadBalancer's `algorithm` param. */
export const lbAlgorithmCode = (name: string): number => ALGOS[name] ?? LB_ROUND_ROBIN;

/** A request reaches the balancer. */
export function lbArrive(sim: SimState, n: NodeRt, req: number): void {
  if (!n.alive) { fail(sim, req, C_NODE_DOWN, n.idx); return; }
  if (n.tokensPerMs > 0 && !takeToken(sim, n)) { sim.bucket.rateLimited++; fail(sim, req, C_RATE_LIMITED, n.idx); return; }
  n.served++;
  n.bucketServed++;
  let list: Int32Array | null = null;
  let cls = -1;
  if (n.lbClass !== null) {
    // Services (docs/services.md): only the servers of the service that owns this request.
    const rp = sim.req;
    cls = flowClass(rp.type[req], rp.route[req]);
    list = n.lbClass[cls];
    const owner = n.lbClassOwner![cls];
    if (owner >= 0 && rp.service[req] < 0) rp.service[req] = owner;
  }
  const i = lbChoose(sim, n, req, list, cls);
  if (i < 0) { fail(sim, req, C_NODE_DOWN, n.idx); return; }
  sendTo(sim, req, n.lbTargets[i], n.lbEdges[i], 0);
}

/** The token bucket refills at its rate up to its burst; a request that finds a whole token takes it. */
function takeToken(sim: SimState, n: NodeRt): boolean {
  n.tokens = Math.min(n.tokenBurst, n.tokens + (sim.nowMs - n.tokensAtMs) * n.tokensPerMs);
  n.tokensAtMs = sim.nowMs;
  if (n.tokens < 1) return false;
  n.tokens -= 1;
  return true;
}

/**
 * Index into lbTargets of the chosen server, or -1 when none is believed healthy. `list` holds the
 * positions allowed (the servers of the request's service, flow class `cls`; services.ts), or is
 * null for all of them. Each service takes its own round-robin turns.
 */
function lbChoose(sim: SimState, n: NodeRt, req: number, list: Int32Array | null, cls: number): number {
  const down = n.knownDown;
  const count = list === null ? n.lbTargets.length : list.length;
  if (count === 0) return -1;
  switch (n.lbAlgo) {
    case LB_LEAST_CONN: {
      let best = -1;
      let bestLoad = Infinity;
      for (let j = 0; j < count; j++) {
        const i = list === null ? j : list[j];
        if (down[i]) continue;
        const t = sim.nodes[n.lbTargets[i]];
        // In flight = in service + waiting; a balancer in front of balancers sees their served rate.
        const load = t.busy + t.queue.length;
        if (load < bestLoad) { bestLoad = load; best = i; }
      }
      return best;
    }
    case LB_STICKY: {
      const start = mixKey(sim.req.user[req]) % count;
      for (let k = 0; k < count; k++) {
        const j = (start + k) % count;
        const i = list === null ? j : list[j];
        if (!down[i]) return i;
      }
      return -1;
    }
    case LB_RANDOM: {
      let up = 0;
      for (let j = 0; j < count; j++) if (!down[list === null ? j : list[j]]) up++;
      if (up === 0) return -1;
      let pick = n.rng.below(up);
      for (let j = 0; j < count; j++) {
        const i = list === null ? j : list[j];
        if (!down[i] && pick-- === 0) return i;
      }
      return -1;
    }
    default: {
      for (let k = 0; k < count; k++) {
        const j = (list === null ? n.rr++ : n.lbClassRr![cls]++) % count;
        const i = list === null ? j : list[j];
        if (!down[i]) return i;
      }
      return -1;
    }
  }
}

/** A health check: the balancer learns which servers are up now, and schedules the next check. */
export function lbHealthCheck(sim: SimState, n: NodeRt): void {
  for (let i = 0; i < n.lbTargets.length; i++) {
    const t = sim.nodes[n.lbTargets[i]];
    n.knownDown[i] = t.alive && t.active ? 0 : 1;
  }
  sim.queue.push(sim.nowMs + n.healthCheckMs, EV_HEALTH, n.idx, -1, 0);
}

/** Its algorithm and health-check interval. */
function lbParams(sim: SimState, n: NodeRt): void {
  const d = n.design;
  if (d.kind !== 'loadBalancer') return;
  n.lbAlgo = lbAlgorithmCode(d.params.algorithm);
  n.healthCheckMs = d.params.healthCheckS * 1000;
  setRateLimit(sim, n, d.params.rateLimitRps, d.params.burst);
}

/** The token bucket, in sampled requests (a sample of 1 in k sees 1/k of the rate and of the burst). */
function setRateLimit(sim: SimState, n: NodeRt, rps: number, burst: number): void {
  const wasOff = n.tokensPerMs === 0;
  n.tokensPerMs = rps / 1000 / sim.sampleK;
  n.tokenBurst = Math.max(1, burst / sim.sampleK);
  if (wasOff) { n.tokens = n.tokenBurst; n.tokensAtMs = sim.nowMs; }
  else n.tokens = Math.min(n.tokens, n.tokenBurst);
}

export const loadBalancerBehaviour = defineBehaviour({ kind: 'loadBalancer', arrive: lbArrive, applyParams: lbParams });
