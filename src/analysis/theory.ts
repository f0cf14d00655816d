/**
 * Closed forms set beside a run's measurements in the inspector (docs/explain.md): M/M/c through
 * Erlang C, Little's law, and Che's approximation of an LRU cache's hit ratio under Zipf
 * popularity. Pure; rates per second, times in milliseconds.
 */

/** Erlang C: the chance an arrival waits, with offered load a = λ·S erlangs on c servers (1 when a ≥ c). */
export function erlangC(offeredErlangs: number, servers: number): number {
  if (offeredErlangs >= servers) return 1;
  // Erlang B by its stable recursion, then C from B.
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offeredErlangs * b) / (k + offeredErlangs * b);
  const rho = offeredErlangs / servers;
  return b / (1 - rho + rho * b);
}

export interface MmcPrediction {
  /** Utilisation ρ = λS / c. */
  utilization: number;
  /** Mean number waiting (Lq) and in the node (L = Lq + λS). */
  queueMean: number;
  inSystemMean: number;
  /** Mean wait in the queue (Wq) and in the node (W = Wq + S), ms. */
  waitMs: number;
  timeInNodeMs: number;
  /** False when ρ ≥ 1: there is no steady state, the queue only grows. */
  stable: boolean;
}

/** What M/M/c predicts at arrival rate `lambdaRps` for `servers` with mean service `serviceMs`. */
export function mmc(lambdaRps: number, servers: number, serviceMs: number): MmcPrediction {
  const lambdaPerMs = lambdaRps / 1000;
  const a = lambdaPerMs * serviceMs;
  const utilization = a / servers;
  if (utilization >= 1) return { utilization, queueMean: Infinity, inSystemMean: Infinity, waitMs: Infinity, timeInNodeMs: Infinity, stable: false };
  const waitMs = erlangC(a, servers) * serviceMs / (servers * (1 - utilization));
  const queueMean = lambdaPerMs * waitMs;
  return { utilization, queueMean, inSystemMean: queueMean + a, waitMs, timeInNodeMs: waitMs + serviceMs, stable: true };
}

/** Little's law L = λW: the relative gap between L and λ·W (0 when they agree). */
export function littleGap(inSystemMean: number, lambdaRps: number, timeInNodeMs: number): number {
  const lw = (lambdaRps / 1000) * timeInNodeMs;
  const scale = Math.max(Math.abs(inSystemMean), Math.abs(lw), 1e-12);
  return Math.abs(inSystemMean - lw) / scale;
}

/** Ranks computed one by one; beyond, ranks are taken in groups growing 1% at a time. */
const EXACT_RANKS = 20_000;
const GROUP_GROWTH = 1.01;

/** Zipf(α) over n ranks as (weight, count) groups: exact at the head, grouped in the tail. */
function zipfGroups(n: number, alpha: number): { p: Float64Array; count: Float64Array } {
  const ps: number[] = [];
  const counts: number[] = [];
  const head = Math.min(n, EXACT_RANKS);
  for (let i = 1; i <= head; i++) { ps.push(Math.pow(i, -alpha)); counts.push(1); }
  for (let lo = head + 1; lo <= n;) {
    const hi = Math.min(n, Math.max(lo, Math.floor(lo * GROUP_GROWTH)));
    const count = hi - lo + 1;
    // The mean of i^-α over the group, from the integral (exact enough for a smooth power law).
    const mean = alpha === 1 ? Math.log((hi + 0.5) / (lo - 0.5)) / count
      : (Math.pow(hi + 0.5, 1 - alpha) - Math.pow(lo - 0.5, 1 - alpha)) / ((1 - alpha) * count);
    ps.push(mean);
    counts.push(count);
    lo = hi + 1;
  }
  const p = Float64Array.from(ps);
  const count = Float64Array.from(counts);
  let total = 0;
  for (let i = 0; i < p.length; i++) total += p[i] * count[i];
  for (let i = 0; i < p.length; i++) p[i] /= total;
  return { p, count };
}

/**
 * Che's approximation for an LRU cache of `capacity` keys under Zipf(α) over `keys` keys: find the
 * characteristic time T with Σ (1 − e^(−p_i T)) = C, then H = Σ p_i (1 − e^(−p_i T)). A share
 * `hotShare` of requests going to one celebrity key keeps that key cached: H = h + (1 − h)·H'.
 */
export function cheHitRatio(capacity: number, keys: number, alpha: number, hotShare = 0): number {
  if (capacity >= keys) return 1;
  const { p, count } = zipfGroups(keys, alpha);
  const filled = (t: number): number => { let s = 0; for (let i = 0; i < p.length; i++) s += count[i] * (1 - Math.exp(-p[i] * t)); return s; };
  let lo = 0;
  let hi = 1;
  while (filled(hi) < capacity) hi *= 2;
  for (let i = 0; i < 80; i++) { const mid = (lo + hi) / 2; if (filled(mid) < capacity) lo = mid; else hi = mid; }
  let h = 0;
  for (let i = 0; i < p.length; i++) h += count[i] * p[i] * (1 - Math.exp(-p[i] * hi));
  const share = Math.min(1, Math.max(0, hotShare));
  return share + (1 - share) * h;
}
