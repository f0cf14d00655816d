/**
 * Copies a node's design params into the runtime fields the hot path reads (numbers, codes), so
 * no event looks into the params object. Also used by updateNodeParams for live what-ifs.
 */
import type { SimState } from './state';
import { DIST_CONST, DIST_EXP, DIST_LOGNORMAL, type NodeRt } from './nodeState';
import { createKeyCache } from './lib/cachePolicy';
import { lbAlgorithmCode } from './components/loadBalancer';
import { scaledLimit, scaledPool } from './sampling';
import { isMetered } from './metering';
import { hourlyPriceOf, sizedPool } from '../model/sizing';

/** Stations whose kind has no queue-limit param hold at most this many waiting requests. */
const DEFAULT_QUEUE_LIMIT = 10_000;

const DISTS: Record<string, number> = { exponential: DIST_EXP, constant: DIST_CONST, lognormal: DIST_LOGNORMAL };

/** Sets the runtime fields of `n` from n.design.params. */
export function applyParams(sim: SimState, n: NodeRt): void {
  const d = n.design;
  switch (d.kind) {
    case 'web':
      n.workers = d.params.workers;
      n.serviceMs = d.params.serviceMs;
      n.dist = DISTS[d.params.serviceDist] ?? DIST_EXP;
      n.queueLimit = d.params.queueLimit;
      n.timeoutMs = d.params.timeoutMs;
      n.usesSessionStore = d.params.sessions === 'shared' && n.sessionStores.length > 0;
      break;
    case 'database':
      n.workers = d.params.workers;
      n.readMs = d.params.readMs;
      n.writeMs = d.params.writeMs;
      n.replicationLagMs = d.params.replicationLagMs;
      n.failoverS = d.params.failoverS;
      n.queueLimit = DEFAULT_QUEUE_LIMIT;
      break;
    case 'sessionStore':
    case 'nosql':
    case 'objectStore':
    case 'worker':
      n.workers = d.params.workers;
      n.serviceMs = d.params.serviceMs;
      n.queueLimit = DEFAULT_QUEUE_LIMIT;
      break;
    case 'cache':
      setCache(n, d.params.eviction, d.params.capacityKeys, cacheTtlMs(sim, d.params.ttlS));
      n.hitMs = d.params.hitMs;
      sim.hasCache = true;
      break;
    case 'cdn':
      setCache(n, d.params.eviction, d.params.capacityObjects, cacheTtlMs(sim, d.params.ttlS));
      n.hitMs = d.params.edgeLatencyMs;
      sim.hasCdn = true;
      break;
    case 'loadBalancer':
      n.lbAlgo = lbAlgorithmCode(d.params.algorithm);
      n.healthCheckMs = d.params.healthCheckS * 1000;
      break;
    case 'queue':
      n.capacity = scaledLimit(d.params.capacity, sim.sampleK);
      break;
    case 'dns':
      n.geo = d.params.geo;
      n.dnsTtlMs = d.params.ttlS * 1000;
      n.dnsLatencyMs = d.params.latencyMs;
      break;
    case 'dataCenter':
      n.interRegionMs = d.params.interRegionLatencyMs;
      // Requests pay the latency of the data center they enter (flow.ts reads it off the target),
      // so its members carry the value: a live edit must reach them, not just the group.
      for (const m of n.members) if (sim.nodes[m].dc === n.idx) sim.nodes[m].interRegionMs = n.interRegionMs;
      break;
    default:
      break;
  }
  const realWorkers = applySizing(n);
  if (sim.sampleK > 1 && n.workers > 0) samplePool(sim.sampleK, n);
  n.uslScale = n.workers > 0 ? realWorkers / n.workers : 1;
}

/**
 * A chosen instance size replaces the pool with one worker per vCPU that scales by the kind's
 * USL; custom keeps the workers param and linear scaling. Sets the price per hour. Returns the
 * real pool size (before any sampling).
 */
function applySizing(n: NodeRt): number {
  const pool = sizedPool(n.design);
  if (pool) {
    n.workers = pool.workers;
    n.uslSigma = pool.usl.sigma;
    n.uslKappa = pool.usl.kappa;
  } else {
    n.uslSigma = 0;
    n.uslKappa = 0;
  }
  n.hourlyUsd = hourlyPriceOf(n.design);
  n.metered = isMetered(n.code);
  return n.workers;
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
const cacheTtlMs = (sim: SimState, ttlS: number): number => ttlS * 1000 * sim.sampleK;

/** Remembers the policy so a change of eviction policy rebuilds the cache (cold) and a resize keeps it warm. */
const policyOf = new WeakMap<NodeRt, string>();

function setCache(n: NodeRt, policy: 'lru' | 'lfu' | 'fifo', capacity: number, ttlMs: number): void {
  if (n.keyCache && policyOf.get(n) === policy) {
    n.keyCache.resize(capacity);
    n.keyCache.setTtl(ttlMs);
    return;
  }
  n.keyCache = createKeyCache(policy, capacity, ttlMs);
  policyOf.set(n, policy);
}

/** Empties a cache (a restarted cache node comes back cold). */
export function coldCache(sim: SimState, n: NodeRt): void {
  const d = n.design;
  if (d.kind === 'cache') n.keyCache = createKeyCache(d.params.eviction, d.params.capacityKeys, cacheTtlMs(sim, d.params.ttlS));
  else if (d.kind === 'cdn') n.keyCache = createKeyCache(d.params.eviction, d.params.capacityObjects, cacheTtlMs(sim, d.params.ttlS));
}
