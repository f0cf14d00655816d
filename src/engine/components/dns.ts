/**
 * DNS: each user keeps the answer for the record's TTL (an expiry per user and name server) and
 * pays the lookup time only when it has none or it expired. A dead DNS still "answers" users whose
 * answer is fresh (they never ask it); the others fail, or their resolver tries the next name
 * server they are wired to (flow.ts, pickPinned). GeoDNS sends each user to a healthy target in
 * their own region, else the nearest other one (paying the inter-region latency, which sendTo adds
 * when the request changes region). See docs/routing.md.
 */
import { C_NODE_DOWN, type SimState } from '../state';
import type { NodeRt } from '../nodeState';
import { fail, forward, NO_ROUTE, sendTo } from '../flow';
import { C_NO_ROUTE } from '../state';
import { REQUEST_TYPES } from '../../model';
import { geoScore } from '../../model/routing';
import { canServe } from '../../model/spof';
import { defineBehaviour } from '../componentBehaviour';

/** Users for which the DNS keeps answer expiry in a flat array (16 MB at the limit). */
export const FLAT_USERS_MAX = 2_000_000;

/** When `user`'s answer from this name server expires (-1: they have none). */
function answerExpiry(n: NodeRt, user: number): number {
  if (n.dnsExpiry !== null) return n.dnsExpiry[user];
  if (n.dnsSeen !== null) return n.dnsSeen.get(user) ?? -1;
  return -1;
}

/** Whether `user` holds an answer from this name server that has not expired yet. */
export function dnsAnswerFresh(sim: SimState, n: NodeRt, user: number): boolean {
  const expires = answerExpiry(n, user);
  return expires >= 0 && expires > sim.nowMs;
}

/**
 * Brings the DNS's view of its targets up to date after a node died or came back: a target is
 * down for a request type when the model's canServe says it cannot serve it with the dead nodes
 * (and servers booting in a deploy) down (a managed DNS checking target health end to end). Runs
 * once per change, not per request.
 */
function refreshDnsHealth(sim: SimState, n: NodeRt): void {
  if (n.dnsHealthEpoch === sim.healthEpoch) return;
  n.dnsHealthEpoch = sim.healthEpoch;
  const count = sim.nodes.length;
  if (n.dnsTargetDown === null) n.dnsTargetDown = new Uint8Array(sim.flowClasses * count);
  const dead = new Set<string>();
  // A server booting in a deploy fails the health check too: the DNS answers with the others.
  for (const node of sim.nodes) if ((!node.alive || !node.active) && !node.autoscaled) dead.add(node.id);
  // One view per flow class (services.ts): a request on a declared route is checked by its route.
  for (let cls = 0; cls < sim.flowClasses; cls++) {
    const entry = cls < REQUEST_TYPES.length ? undefined : sim.routeTable[cls - REQUEST_TYPES.length];
    const type = entry ? REQUEST_TYPES.indexOf(entry.type) : cls;
    for (const tier of n.routes[type]) {
      for (const t of tier.targets) n.dnsTargetDown[cls * count + t] = canServe(sim.graph, sim.nodes[t].design, REQUEST_TYPES[type], dead, entry?.name) ? 0 : 1;
    }
  }
}

/** A request reaches the DNS. */
export function dnsArrive(sim: SimState, n: NodeRt, req: number): void {
  const user = sim.req.user[req];
  refreshDnsHealth(sim, n);
  let lookupMs = 0;
  if (!n.alive) {
    // Only users still holding a fresh answer get through: they never ask the dead server.
    if (!dnsAnswerFresh(sim, n, user)) { fail(sim, req, C_NODE_DOWN, n.idx); return; }
  } else {
    if (n.dnsExpiry === null && n.dnsSeen === null) {
      // A flat array beats a Map by a wide margin at hundreds of thousands of users; past a few
      // million users its memory is not worth it.
      if (sim.totalUsers <= FLAT_USERS_MAX) n.dnsExpiry = new Float64Array(sim.totalUsers).fill(-1);
      else n.dnsSeen = new Map();
    }
    const expires = answerExpiry(n, user);
    if (expires < 0 || expires <= sim.nowMs) {
      lookupMs = n.dnsLatencyMs;
      if (n.dnsExpiry !== null) n.dnsExpiry[user] = sim.nowMs + n.dnsTtlMs;
      else n.dnsSeen!.set(user, sim.nowMs + n.dnsTtlMs);
    }
    n.served++;
    n.bucketServed++;
  }
  if (n.geo) { geoRoute(sim, n, req, lookupMs); return; }
  if (forward(sim, req, n, lookupMs) === NO_ROUTE) fail(sim, req, C_NO_ROUTE, n.idx);
}

/**
 * GeoDNS: among the healthy targets of the first tier that has one, those with the best geoScore
 * for the user's region; users are spread over them by user id, so each gets some users.
 */
function geoRoute(sim: SimState, n: NodeRt, req: number, lookupMs: number): void {
  const tiers = n.routes[sim.req.type[req]];
  const home = sim.req.region[req];
  const down = n.dnsTargetDown!;
  const stride = sim.req.type[req] * sim.nodes.length;
  let any = false;
  for (let t = 0; t < tiers.length; t++) {
    const { targets, edges } = tiers[t];
    if (targets.length === 0) continue;
    any = true;
    let bestScore = Infinity;
    let ties = 0;
    for (let i = 0; i < targets.length; i++) {
      const target = sim.nodes[targets[i]];
      if (down[stride + target.idx] === 1) continue;
      const score = geoScore(target.regionIdx, target.interRegionMs, home);
      if (score < bestScore) { bestScore = score; ties = 1; } else if (score === bestScore) ties++;
    }
    if (ties === 0) continue;
    let pick = sim.req.user[req] % ties;
    for (let i = 0; i < targets.length; i++) {
      const target = sim.nodes[targets[i]];
      if (down[stride + target.idx] === 1 || geoScore(target.regionIdx, target.interRegionMs, home) !== bestScore) continue;
      if (pick-- === 0) { sendTo(sim, req, targets[i], edges[i], lookupMs); return; }
    }
  }
  fail(sim, req, any ? C_NODE_DOWN : C_NO_ROUTE, n.idx);
}

/** GeoDNS on or off, the records' TTL and the lookup latency. */
function dnsParams(_sim: SimState, n: NodeRt): void {
  const d = n.design;
  if (d.kind !== 'dns') return;
  n.geo = d.params.geo;
  n.dnsTtlMs = d.params.ttlS * 1000;
  n.dnsLatencyMs = d.params.latencyMs;
}

export const dnsBehaviour = defineBehaviour({ kind: 'dns', arrive: dnsArrive, applyParams: dnsParams });
