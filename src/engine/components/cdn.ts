/**
 * CDN: static files only. A hit is served at the edge in edgeLatencyMs; a miss goes to the origin
 * (object store, or the site) and is stored with the TTL when it comes back. A dead CDN takes no
 * part: requests pass straight through to its origin (users fall back to it).
 */
import { C_NO_ROUTE, type SimState } from '../state';
import { F_BACKGROUND } from '../requests';
import type { NodeRt } from '../nodeState';
import { fail, forward, NO_ROUTE } from '../flow';
import { answerAfter } from './cache';
import { defineBehaviour } from '../componentBehaviour';
import { cacheTtlMs, setCache } from '../params';

/** A static request reaches the CDN. */
export function cdnArrive(sim: SimState, n: NodeRt, req: number): void {
  const rp = sim.req;
  if (n.alive) {
    n.lookups++;
    const counted = (rp.flags[req] & F_BACKGROUND) === 0;
    if (counted) { sim.totals.cdnLookups++; sim.bucket.cdnLookups++; }
    if (n.keyCache!.lookup(rp.key[req], sim.nowMs)) {
      n.hits++;
      n.served++;
      n.bucketServed++;
      if (counted) { sim.totals.cdnHits++; sim.bucket.cdnHits++; }
      answerAfter(sim, n, req, n.hitMs);
      return;
    }
    rp.cdn[req] = n.idx;
  }
  if (forward(sim, req, n) === NO_ROUTE) fail(sim, req, C_NO_ROUTE, n.idx);
}

/** Its object cache and the edge latency of a hit. */
function cdnParams(sim: SimState, n: NodeRt): void {
  const d = n.design;
  if (d.kind !== 'cdn') return;
  setCache(n, d.params.eviction, d.params.capacityObjects, cacheTtlMs(sim, d.params.ttlS));
  n.hitMs = d.params.edgeLatencyMs;
  sim.hasCdn = true;
}

export const cdnBehaviour = defineBehaviour({ kind: 'cdn', arrive: cdnArrive, applyParams: cdnParams });
