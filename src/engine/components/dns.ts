/**
 * DNS: a user pays the lookup time once per record TTL, then goes on. GeoDNS sends each user to a
 * healthy target in their own region, else the nearest other one (paying the inter-region
 * latency, which sendTo adds when the request changes region).
 */
import { C_NODE_DOWN, type SimState } from '../state';
import type { NodeRt } from '../nodeState';
import { fail, forward, NO_ROUTE, sendTo } from '../flow';
import { C_NO_ROUTE } from '../state';

/** A request reaches the DNS. */
export function dnsArrive(sim: SimState, n: NodeRt, req: number): void {
  if (!n.alive) { fail(sim, req, C_NODE_DOWN, n.idx); return; }
  const user = sim.req.user[req];
  let lookupMs = 0;
  const expires = n.dnsSeen!.get(user);
  if (expires === undefined || expires <= sim.nowMs) {
    lookupMs = n.dnsLatencyMs;
    n.dnsSeen!.set(user, sim.nowMs + n.dnsTtlMs);
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
