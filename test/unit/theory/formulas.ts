/**
 * Closed-form results from docs/theory.md, as plain functions the simulation tests check against.
 * Rates are per millisecond and times in milliseconds wherever a name says so; the formulas are
 * unit-free, so any consistent unit works. Nothing here imports the engine: these are the oracle.
 */

/** M/M/1 steady state: wait in system `wMs`, in queue `wqMs`, mean number in system `l`. */
export function mm1WaitMs(lambdaPerMs: number, muPerMs: number): { wMs: number; wqMs: number; l: number; rho: number } {
  const rho = lambdaPerMs / muPerMs;
  if (rho >= 1) return { wMs: Infinity, wqMs: Infinity, l: Infinity, rho };
  const wMs = 1 / (muPerMs - lambdaPerMs);
  return { wMs, wqMs: rho * wMs, l: lambdaPerMs * wMs, rho };
}

/** q-quantile of M/M/1 time in system (exponential with rate μ−λ). */
export function mm1QuantileMs(lambdaPerMs: number, muPerMs: number, q: number): number {
  if (lambdaPerMs >= muPerMs) return Infinity;
  return -Math.log(1 - q) / (muPerMs - lambdaPerMs);
}

/** Erlang B blocking probability for `servers` with offered load `offeredErlangs` = λ/μ (stable recursion). */
export function erlangB(offeredErlangs: number, servers: number): number {
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offeredErlangs * b) / (k + offeredErlangs * b);
  return b;
}

/** Erlang C: probability an arrival waits in M/M/c, with offered load a = λ/μ and c servers. */
export function erlangC(offeredErlangs: number, servers: number): number {
  const rho = offeredErlangs / servers;
  if (rho >= 1) return 1;
  const b = erlangB(offeredErlangs, servers);
  return b / (1 - rho + rho * b);
}

/** M/M/c steady state: queue wait `wq`, time in system `w` (ms), Erlang C and utilisation ρ = λ/(cμ). */
export function mmcWaitMs(lambdaPerMs: number, muPerMs: number, c: number): { wq: number; w: number; erlangC: number; rho: number } {
  const rho = lambdaPerMs / (c * muPerMs);
  if (rho >= 1) return { wq: Infinity, w: Infinity, erlangC: 1, rho };
  const pWait = erlangC(lambdaPerMs / muPerMs, c);
  const wq = pWait / (c * muPerMs - lambdaPerMs);
  return { wq, w: wq + 1 / muPerMs, erlangC: pWait, rho };
}

/** M/D/1 mean queue wait (Pollaczek–Khinchine with constant service `serviceMs`). */
export function md1WqMs(lambdaPerMs: number, serviceMs: number): number {
  const rho = lambdaPerMs * serviceMs;
  if (rho >= 1) return Infinity;
  return (rho * serviceMs) / (2 * (1 - rho));
}

/**
 * Round-robin over c single-worker servers, total arrival rate λ: each server is E_c/M/1.
 * σ solves σ = (λ / (λ + μ(1−σ)))^c; W = 1/(μ(1−σ)), Wq = σ/(μ(1−σ)).
 */
export function roundRobinEcM1(lambdaPerMs: number, muPerMs: number, c: number): { sigma: number; wMs: number; wqMs: number } {
  if (lambdaPerMs >= c * muPerMs) return { sigma: 1, wMs: Infinity, wqMs: Infinity };
  // Fixed-point iteration from 0 rises monotonically to the smallest root (the one in (0,1)),
  // never to the trivial root σ = 1; bisection would need care to avoid that root.
  let sigma = 0;
  for (let i = 0; i < 1_000_000; i++) {
    const next = Math.pow(lambdaPerMs / (lambdaPerMs + muPerMs * (1 - sigma)), c);
    if (Math.abs(next - sigma) < 1e-15) { sigma = next; break; }
    sigma = next;
  }
  const wMs = 1 / (muPerMs * (1 - sigma));
  return { sigma, wMs, wqMs: sigma * wMs };
}

/** Random split over c single-worker servers: c independent M/M/1 queues at rate λ/c. */
export function randomSplitWaitMs(lambdaPerMs: number, muPerMs: number, c: number): { wMs: number; wqMs: number } {
  const { wMs, wqMs } = mm1WaitMs(lambdaPerMs / c, muPerMs);
  return { wMs, wqMs };
}

/** Zipf(α) popularity over n keys: p_i ∝ 1/i^α, rank 0 most popular (oracle copy, independent of the engine). */
export function zipfPmf(n: number, alpha: number): Float64Array {
  const p = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) { p[i] = Math.pow(i + 1, -alpha); sum += p[i]; }
  for (let i = 0; i < n; i++) p[i] /= sum;
  return p;
}

/** Solves Σ g(p_i T) = target for T by doubling then bisection; g must increase in T from 0 to 1. */
function solveCharacteristicTime(probs: Float64Array, target: number, g: (x: number) => number): number {
  const total = (t: number): number => { let s = 0; for (let i = 0; i < probs.length; i++) s += g(probs[i] * t); return s; };
  let hi = 1;
  while (total(hi) < target) hi *= 2;
  let lo = 0;
  for (let iter = 0; iter < 200 && hi - lo > 1e-12 * hi; iter++) {
    const mid = (lo + hi) / 2;
    if (total(mid) < target) lo = mid; else hi = mid;
  }
  return (lo + hi) / 2;
}

/** LRU hit ratio by Che's approximation: T solves Σ(1 − e^{−p_i T}) = C; T is in requests. */
export function cheLru(probs: Float64Array, capacity: number): { T: number; hitRatio: number } {
  const positive = probs.reduce((n, p) => n + (p > 0 ? 1 : 0), 0);
  if (capacity >= positive) return { T: Infinity, hitRatio: 1 };
  if (capacity <= 0) return { T: 0, hitRatio: 0 };
  const T = solveCharacteristicTime(probs, capacity, (x) => -Math.expm1(-x));
  let h = 0;
  for (let i = 0; i < probs.length; i++) h += probs[i] * -Math.expm1(-probs[i] * T);
  return { T, hitRatio: h };
}

/** FIFO (and random eviction) hit ratio: h_i = p_i T/(1 + p_i T) with Σ h_i = C. */
export function fifoHitRatio(probs: Float64Array, capacity: number): number {
  const positive = probs.reduce((n, p) => n + (p > 0 ? 1 : 0), 0);
  if (capacity >= positive) return 1;
  if (capacity <= 0) return 0;
  const T = solveCharacteristicTime(probs, capacity, (x) => x / (1 + x));
  let h = 0;
  for (let i = 0; i < probs.length; i++) h += (probs[i] * probs[i] * T) / (1 + probs[i] * T);
  return h;
}

/** Perfect-knowledge LFU hit ratio: the sum of the C largest probabilities. */
export function lfuHitRatio(probs: Float64Array, capacity: number): number {
  const sorted = Float64Array.from(probs).sort().reverse();
  let h = 0;
  for (let i = 0; i < Math.min(capacity, sorted.length); i++) h += sorted[i];
  return h;
}

/** TTL cache, one key at rate λ, entry lives T from the miss that loaded it: h = λT/(1+λT). */
export function ttlHitRatio(lambdaPerMs: number, ttlMs: number): number {
  const x = lambdaPerMs * ttlMs;
  return x / (1 + x);
}

/** TTL cache where every hit refreshes the TTL: h = 1 − e^{−λT}. */
export function ttlRefreshHitRatio(lambdaPerMs: number, ttlMs: number): number {
  return -Math.expm1(-lambdaPerMs * ttlMs);
}

/** hash % N load spread (std/mean of keys per shard) for K keys: √((N−1)/K). */
export function moduloSpread(shards: number, keys: number): number {
  return Math.sqrt((shards - 1) / keys);
}

/** Consistent-hash ring load spread with V virtual nodes per shard: about 1/√V. */
export function ringSpread(virtualNodes: number): number {
  return 1 / Math.sqrt(virtualNodes);
}

/** Fraction of keys moved going from N to N+1 shards under hash % N: N/(N+1). */
export function moduloMovedFraction(shards: number): number {
  return shards / (shards + 1);
}

/** Fraction of keys moved adding one shard to a consistent-hash ring of N: 1/(N+1) on average. */
export function ringMovedFraction(shards: number): number {
  return 1 / (shards + 1);
}

/** Replication lag as an M/M/1 apply queue plus network delay: mean and q-quantile in ms. */
export function replicationLagMs(writesPerMs: number, applyPerMs: number, networkMs: number, q = 0.99): { mean: number; quantile: number } {
  if (writesPerMs >= applyPerMs) return { mean: Infinity, quantile: Infinity };
  const rate = applyPerMs - writesPerMs;
  return { mean: networkMs + 1 / rate, quantile: networkMs - Math.log(1 - q) / rate };
}

/** Lag growth when writes outrun the replica's apply rate: seconds of lag gained per second. */
export function replicationLagGrowthPerS(writesPerMs: number, applyPerMs: number): number {
  return Math.max(0, writesPerMs / applyPerMs - 1);
}

/** Mean writes lost on asynchronous failover: the replica's backlog, ρ/(1−ρ) with ρ = λw/μa. */
export function lostWritesOnFailover(writesPerMs: number, applyPerMs: number): number {
  const rho = writesPerMs / applyPerMs;
  return rho >= 1 ? Infinity : rho / (1 - rho);
}
