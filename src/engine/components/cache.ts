/**
 * Read-through cache: a read that hits is answered in hitMs; a miss goes on to the data tier and
 * the key is stored when the answer comes back (finish() fills rp.cache). A write that passes
 * through invalidates the key; writes that go past the cache invalidate it at commit time.
 */
import { C_NODE_DOWN, C_NO_ROUTE, EV_DELAY_DONE, type SimState } from '../state';
import { F_BACKGROUND, READ } from '../requests';
import type { NodeRt } from '../nodeState';
import { fail, finish, forward, NO_ROUTE } from '../flow';
import { defineBehaviour } from '../componentBehaviour';
import { cacheTtlMs, setCache } from '../params';

/** A read or write reaches the cache. */
export function cacheArrive(sim: SimState, n: NodeRt, req: number): void {
  if (!n.alive) { fail(sim, req, C_NODE_DOWN, n.idx); return; }
  const rp = sim.req;
  const key = rp.key[req];
  const keyCache = n.keyCache!;
  if (rp.type[req] === READ) {
    n.lookups++;
    const counted = (rp.flags[req] & F_BACKGROUND) === 0;
    if (counted) { sim.totals.cacheLookups++; sim.bucket.cacheLookups++; }
    if (keyCache.lookup(key, sim.nowMs)) {
      n.hits++;
      n.served++;
      n.bucketServed++;
      if (counted) { sim.totals.cacheHits++; sim.bucket.cacheHits++; }
      answerAfter(sim, n, req, n.hitMs);
      return;
    }
    rp.cache[req] = n.idx;
  } else {
    keyCache.invalidate(key);
  }
  // A cache with no store behind it has nothing to load a miss from, nor to confirm a write to.
  if (forward(sim, req, n) === NO_ROUTE) fail(sim, req, C_NO_ROUTE, n.idx);
}

/** Answers a request after `delayMs` (a cache or CDN hit). */
export function answerAfter(sim: SimState, n: NodeRt, req: number, delayMs: number): void {
  // A slowed cache or CDN answers its hits n.slowFactor times later.
  if (delayMs > 0) sim.queue.pushAfter(sim.nowMs, delayMs * n.slowFactor, EV_DELAY_DONE, n.idx, req, 0);
  else finish(sim, req);
}

/** A write committed: drop the key from every cache in front of the web server (or worker) that sent it. */
export function invalidateCallerCaches(sim: SimState, req: number): void {
  const web = sim.req.web[req];
  if (web < 0) return;
  const caches = sim.nodes[web].caches;
  const key = sim.req.key[req];
  for (let i = 0; i < caches.length; i++) sim.nodes[caches[i]].keyCache!.invalidate(key);
}

/** Its key cache (resized warm, rebuilt cold on a policy change) and hit time. */
function cacheParams(sim: SimState, n: NodeRt): void {
  const d = n.design;
  if (d.kind !== 'cache') return;
  setCache(n, d.params.eviction, d.params.capacityKeys, cacheTtlMs(sim, d.params.ttlS));
  n.hitMs = d.params.hitMs;
  sim.hasCache = true;
}

export const cacheBehaviour = defineBehaviour({ kind: 'cache', arrive: cacheArrive, applyParams: cacheParams });
