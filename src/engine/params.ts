/**
 * Copies a node's design params into the runtime fields the hot path reads (numbers, codes), so
 * no event looks into the params object. Also used by updateNodeParams for live what-ifs.
 */
import type { SimState } from './state';
import { DIST_CONST, DIST_EXP, DIST_LOGNORMAL, type NodeRt } from './nodeState';
import { createKeyCache } from './lib/cachePolicy';
import { scaledPool, scaledLimit } from './sampling';

/** Stations whose kind has no queue-limit param hold at most this many waiting requests. */
export const DEFAULT_QUEUE_LIMIT = 10_000;

const DISTS: Record<string, number> = { exponential: DIST_EXP, constant: DIST_CONST, lognormal: DIST_LOGNORMAL };

/** The code of a service-time distribution's name (exponential when unknown). */
export const distCode = (name: string): number => DISTS[name] ?? DIST_EXP;

/**
 * Sets the runtime fields of `n` from n.design.params: the kind's own part is its engine file's
 * `applyParams` (components/<kind>.ts), reached through the kind-code table dispatch.ts builds.
 */
export function applyParams(sim: SimState, n: NodeRt): void {
  sim.kinds.applyParams[n.code]?.(sim, n);
  if (sim.sampleK > 1 && n.workers > 0) samplePool(sim.sampleK, n);
}

/** A station's own fields, for the kinds whose params are just a pool and a mean service time. */
export function applyStationParams(n: NodeRt, p: { workers: number; serviceMs: number }): void {
  n.workers = p.workers;
  n.serviceMs = p.serviceMs;
  n.queueLimit = DEFAULT_QUEUE_LIMIT;
}

/** A worker pool seen through a 1-in-k sample (sampling.ts): same utilisation, same backlog in real time. */
function samplePool(k: number, n: NodeRt): void {
  const { workers, stretch } = scaledPool(n.workers, k);
  n.workers = workers;
  n.serviceMs *= stretch;
  n.readMs *= stretch;
  n.writeMs *= stretch;
  n.queueLimit = scaledLimit(n.queueLimit, k);
}

/** A cache entry's lifetime: a key sees 1/k of its requests in sampled mode, so it lives k× longer. */
export const cacheTtlMs = (sim: SimState, ttlS: number): number => ttlS * 1000 * sim.sampleK;

/** Remembers the policy so a change of eviction policy rebuilds the cache (cold) and a resize keeps it warm. */
const policyOf = new WeakMap<NodeRt, string>();

export function setCache(n: NodeRt, policy: 'lru' | 'lfu' | 'fifo', capacity: number, ttlMs: number): void {
  if (n.keyCache && policyOf.get(n) === policy) {
    n.keyCache.resize(capacity);
    n.keyCache.setTtl(ttlMs);
    return;
  }
  n.keyCache = createKeyCache(policy, capacity, ttlMs);
  policyOf.set(n, policy);
}

/** Empties a cache (a restarted cache node comes back cold): its kind's applyParams builds a new, empty one. */
export function coldCache(sim: SimState, n: NodeRt): void {
  if (!n.keyCache) return;
  n.keyCache = null;
  sim.kinds.applyParams[n.code]?.(sim, n);
}
