/**
 * How a request moves: arrive at a node (dispatch by kind), go onward along the model's route
 * tiers, finish, or fail with a cause. These are plain functions over the state so the hot path
 * creates no closures or objects per request.
 */
import { C_BREAKER_OPEN, C_NO_ROUTE, C_NODE_DOWN, EV_ARRIVE, EV_RETRY, type SimState } from './state';
import { crossesPartition, holdAcrossPartition } from './partition';
import { breakerAllows, breakerFailure, breakerSuccess } from './breaker';
import { F_BACKGROUND, F_COUNTED, F_TRACED, flowClass } from './requests';
import { PHASE_NET } from './trace';
import { K, type NodeRt, type Tier } from './nodeState';
import { recordCompletion, recordError } from './metrics';
import { fmix32, mixKey } from './lib/hash';
import { meterArrival, meterCrossRegion, meterReply } from './metering';
import { CONNECT_RETRY_MS, PICK_CLUSTER, PICK_KEYED, PICK_PINNED } from '../model/routing';

/** A request reaches node `to` (after any network delay). */
export function arrive(sim: SimState, to: number, req: number): void {
  const n = sim.nodes[to];
  if ((sim.req.flags[req] & F_TRACED) !== 0) sim.tracer!.arrive(sim, req, to);
  if (n.lossP > 0 && n.lossRng!.uniform() < n.lossP) { fail(sim, req, n.lossCause, to); return; }
  if (n.metered) meterArrival(sim, n, req);
  const handler = sim.kinds.arrive[n.code];
  if (handler !== undefined) handler(sim, n, req);
  else fail(sim, req, C_NODE_DOWN, to);
}

/**
 * Sends a request over one hop: hopLatencyMs, plus the target data center's inter-region latency
 * when the request changes region, plus `extraMs` (a DNS lookup). Zero delay calls straight
 * through instead of scheduling an event, which keeps the pure queueing network cheap.
 */
export function sendTo(sim: SimState, req: number, to: number, edge: number, extraMs: number): void {
  if (++sim.req.hops[req] > MAX_HOPS) { fail(sim, req, C_NO_ROUTE, to); return; }
  if (edge >= 0) sim.edgeCount[edge]++;
  if ((sim.req.flags[req] & F_TRACED) !== 0) sim.tracer!.mark(sim, req, PHASE_NET);
  const target = sim.nodes[to];
  if (sim.faults.partitions.size > 0 && crossesPartition(sim, edge, target)) { holdAcrossPartition(sim, req, to); return; }
  let delayMs = sim.hopLatencyMs + extraMs;
  const region = target.regionIdx;
  if (region >= 0 && region !== sim.req.region[req]) {
    delayMs += target.interRegionMs;
    sim.req.region[req] = region;
    meterCrossRegion(sim, target, req);
  }
  if (delayMs > 0) sim.queue.pushAfter(sim.nowMs, delayMs, EV_ARRIVE, to, req, 0);
  else arrive(sim, to, req);
}

/** More hops than any sensible path: the request is going round a loop in the design. */
const MAX_HOPS = 64;

/** Outcome of forward(). */
export const ROUTED = 0, NO_ROUTE = 1, FAILED = 2;

/**
 * Sends a request onward from `from` along its route tiers (first tier with a usable target wins;
 * how a target is picked inside a tier is the model's pickRule, see src/model/routing.ts).
 * NO_ROUTE when the node has no onward route for this type (the caller may answer locally);
 * FAILED (already recorded as nodeDown) when routes exist but every target is down.
 */
export function forward(sim: SimState, req: number, from: NodeRt, extraMs = 0): number {
  const tiers = from.routes[sim.req.type[req]];
  let any = false;
  for (let t = 0; t < tiers.length; t++) {
    const tier = tiers[t];
    if (tier.targets.length === 0) continue;
    any = true;
    sim.pickExtraMs = 0;
    const to = choose(sim, from, tier, req);
    if (to >= 0) {
      // A web server's open breaker on this dependency fails the call at once (breaker.ts).
      if (from.breakerN > 0 && !breakerAllows(sim, from, to, req)) { fail(sim, req, C_BREAKER_OPEN, from.idx); return FAILED; }
      sendTo(sim, req, to, sim.pickEdge, extraMs + sim.pickExtraMs);
      return ROUTED;
    }
  }
  if (!any) return NO_ROUTE;
  // Blame the node that is down (the first choice), so its badge shows the failures, not the caller's.
  const first = tiers[0].targets[0];
  if (from.breakerN > 0 && !breakerAllows(sim, from, first, req)) { fail(sim, req, C_BREAKER_OPEN, from.idx); return FAILED; }
  fail(sim, req, C_NODE_DOWN, first);
  return FAILED;
}

/** Picks a target in a tier (or -1), setting sim.pickEdge (and sim.pickExtraMs for retries). */
function choose(sim: SimState, from: NodeRt, tier: Tier, req: number): number {
  switch (tier.rule) {
    case PICK_CLUSTER: return sim.kinds.pickDatabase(sim, tier, req);
    case PICK_PINNED: return pickPinned(sim, from, tier, req);
    // Keyed placement, so one key always lands on the same cache / store while it is up.
    case PICK_KEYED: return pickByHash(sim, tier, fmix32(mixKey(sim.req.key[req]) ^ tier.keySalt));
    default: return pickRoundRobin(sim, from, tier, req);
  }
}

/**
 * The user's own address (hash of the user), or when it does not answer the next one that does.
 * From users: one failed connect attempt (CONNECT_RETRY_MS) per dead (or booting) address tried; a dead CDN
 * still answers (it passes requests to its origin) and a dead DNS answers users whose cached
 * answer is fresh. From a DNS: only the targets its health checks find able to serve.
 */
function pickPinned(sim: SimState, from: NodeRt, tier: Tier, req: number): number {
  const user = sim.req.user[req];
  const n = tier.targets.length;
  const start = mixKey(user) % n;
  const dns = from.dnsTargetDown;
  const stride = flowClass(sim.req.type[req], sim.req.route[req]) * sim.nodes.length;
  let failed = 0;
  for (let k = 0; k < n; k++) {
    let i = start + k;
    if (i >= n) i -= n;
    const t = sim.nodes[tier.targets[i]];
    // A server out for a deploy's boot (not active) refuses connections as a dead one does (docs/services.md).
    const usable = dns !== null ? dns[stride + t.idx] === 0 : (t.alive && t.active) || t.code === K.cdn || (t.code === K.dns && sim.kinds.dnsAnswerFresh(sim, t, user));
    if (usable) {
      sim.pickEdge = tier.edges[i];
      sim.pickExtraMs = failed * CONNECT_RETRY_MS;
      return t.idx;
    }
    if (dns === null) failed++;
  }
  return -1;
}

/** The first live target probing from hash % n. */
export function pickByHash(sim: SimState, tier: Tier, hash: number): number {
  const n = tier.targets.length;
  const start = hash % n;
  for (let k = 0; k < n; k++) {
    let i = start + k;
    if (i >= n) i -= n;
    const t = tier.targets[i];
    if (sim.nodes[t].alive) { sim.pickEdge = tier.edges[i]; return t; }
  }
  return -1;
}

/**
 * The next live target in turn, skipping a server out for a deploy's boot (from a DNS: the next
 * one its health checks find able to serve).
 * A tier with no live target leaves the turn where it was: had its tries moved it, a tier after
 * it (cdn → dead object store, then two web servers) could get every request on the same target.
 */
function pickRoundRobin(sim: SimState, from: NodeRt, tier: Tier, req: number): number {
  const n = tier.targets.length;
  const dns = from.dnsTargetDown;
  const stride = flowClass(sim.req.type[req], sim.req.route[req]) * sim.nodes.length;
  const turn = from.rr;
  for (let k = 0; k < n; k++) {
    const i = from.rr++ % n;
    const t = tier.targets[i];
    if (dns !== null ? dns[stride + t] === 0 : sim.nodes[t].alive && sim.nodes[t].active) { sim.pickEdge = tier.edges[i]; return t; }
  }
  from.rr = turn;
  return -1;
}

/** A request is answered: record it (client requests only), fill the caches it missed, free it. */
export function finish(sim: SimState, req: number): void {
  const rp = sim.req;
  const cache = rp.cache[req];
  if (cache >= 0) {
    const c = sim.nodes[cache];
    if (c.alive && c.keyCache) c.keyCache.insert(rp.key[req], sim.nowMs);
  }
  const cdn = rp.cdn[req];
  if (cdn >= 0) {
    const c = sim.nodes[cdn];
    if (c.alive && c.keyCache) c.keyCache.insert(rp.key[req], sim.nowMs);
  }
  if ((rp.flags[req] & (F_BACKGROUND | F_COUNTED)) === 0) {
    recordCompletion(sim, sim.nowMs - rp.startMs[req], req);
    meterReply(sim, req);
  }
  const dep = rp.dep[req];
  if (dep >= 0) breakerSuccess(sim, dep, req);
  const o = sim.outcomes;
  if (o !== null && o.counts(rp.startMs[req])) o.done[rp.client[req] * 4 + rp.type[req]]++;
  rp.release(req);
}

/** A request fails at node `at` (-1: before any node) with `cause`; the record is freed. */
export function fail(sim: SimState, req: number, cause: number, at: number): void {
  if (at >= 0) sim.nodes[at].errors++;
  // A failure past the web server that sent it counts against the breaker its call went through.
  const dep = sim.req.dep[req];
  if (dep >= 0 && sim.req.web[req] !== at) breakerFailure(sim, dep, req);
  const flags = sim.req.flags[req];
  if ((flags & (F_BACKGROUND | F_COUNTED)) === 0) {
    if (sim.anyRetries && retryLater(sim, req)) {
      if ((flags & F_TRACED) !== 0) sim.tracer!.retry(sim, req, cause, at);
      return;
    }
    recordError(sim, cause, req);
    if ((flags & F_TRACED) !== 0) sim.tracer!.end(sim, req, cause, at);
  }
  sim.req.release(req);
}

/**
 * The user tries again after a backoff with full jitter (a random wait in [0, base × 2^attempt)),
 * unless the retries are used up or the wait would end after they give up. The request keeps its
 * start time, so its latency counts every attempt; components/client.ts sends it again.
 */
function retryLater(sim: SimState, req: number): boolean {
  const rp = sim.req;
  const c = sim.clients[rp.client[req]];
  const attempt = rp.attempt[req];
  if (attempt >= c.retries) return false;
  const capMs = c.retryBackoffMs * 2 ** attempt;
  const waitMs = capMs > 0 ? c.retryRng!.uniform() * capMs : 0;
  if (sim.nowMs + waitMs >= rp.startMs[req] + c.giveUpMs) return false;
  sim.queue.push(sim.nowMs + waitMs, EV_RETRY, c.node, req, 0);
  return true;
}
