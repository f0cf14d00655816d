/**
 * DNS: a user pays the lookup time once per record TTL, then goes on. GeoDNS sends each user to a
 * healthy target in their own region, else the nearest other one (paying the inter-region
 * latency, which sendTo adds when the request changes region).
 */
import { C_NODE_DOWN, type SimState } from '../state';
import type { NodeRt } from '../nodeState';
import { fail, forward, NO_ROUTE, sendTo } from '../flow';
import { C_NO_ROUTE } from '../state';

/** Users for which the DNS keeps answer expiry in a flat array (16 MB at the limit). */
export const FLAT_USERS_MAX = 2_000_000;

/** A request reaches the DNS. */
export function dnsArrive(sim: SimState, n: NodeRt, req: number): void {
  if (!n.alive) { fail(sim, req, C_NODE_DOWN, n.idx); return; }
  const user = sim.req.user[req];
  let lookupMs = 0;
  if (n.dnsExpiry === null && n.dnsSeen === null) {
    // A flat array beats a Map by a wide margin at hundreds of thousands of users; past a few
    // million users its memory is not worth it.
    if (sim.totalUsers <= FLAT_USERS_MAX) n.dnsExpiry = new Float64Array(sim.totalUsers).fill(-1);
    else n.dnsSeen = new Map();
  }
  const expires = n.dnsExpiry !== null ? n.dnsExpiry[user] : n.dnsSeen!.get(user) ?? -1;
  if (expires < 0 || expires <= sim.nowMs) {
    lookupMs = n.dnsLatencyMs;
    if (n.dnsExpiry !== null) n.dnsExpiry[user] = sim.nowMs + n.dnsTtlMs;
    else n.dnsSeen!.set(user, sim.nowMs + n.dnsTtlMs);
  }
  n.served++;
  n.bucketServed++;
  if (n.geo) { geoRoute(sim, n, req, lookupMs); return; }
  if (forward(sim, req, n, lookupMs) === NO_ROUTE) fail(sim, req, C_NO_ROUTE, n.idx);
}

/** GeoDNS: same region first, then targets outside any data center, then the nearest other region. */
function geoRoute(sim: SimState, n: NodeRt, req: number, lookupMs: number): void {
  const tiers = n.routes[sim.req.type[req]];
  const home = sim.req.region[req];
  let any = false;
  for (let t = 0; t < tiers.length; t++) {
    const { targets, edges } = tiers[t];
    if (targets.length === 0) continue;
    any = true;
    let best = -1;
    let bestScore = Infinity;
    for (let i = 0; i < targets.length; i++) {
      const target = sim.nodes[targets[i]];
      if (!target.alive) continue;
      const score = target.regionIdx === home ? 0 : target.regionIdx < 0 ? 1 : 2 + target.interRegionMs;
      // Equal scores: spread users over the candidates by user, so both DCs of a region share them.
      const tie = score === bestScore && (sim.req.user[req] + i) % 2 === 0;
      if (score < bestScore || tie) { best = i; bestScore = score; }
    }
    if (best >= 0) { sendTo(sim, req, targets[best], edges[best], lookupMs); return; }
  }
  fail(sim, req, any ? C_NODE_DOWN : C_NO_ROUTE, n.idx);
}
