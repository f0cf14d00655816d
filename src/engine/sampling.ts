/**
 * Sampled mode for large rates: each simulated request stands for k real ones, so a design taking
 * a million requests a second costs the engine what one taking 20,000 does.
 *
 * What is scaled, so that the sampled run is the real system seen through a 1-in-k sample:
 * - arrivals: each client sends rps / k, and has users / k users (each user keeps its own request
 *   rate, so sessions, DNS caching and read-your-writes behave as before);
 * - capacity: a pool of c workers becomes round(c / k) workers (at least 1) whose service time is
 *   stretched by the rounding, so utilisation is exactly what the real pool would see; queue limits
 *   and message-queue capacities shrink by k, so a backlog overflows after the same real time;
 * - cache and CDN expiry: a key sees 1/k of its requests, so entries live k× longer (the hit ratio
 *   is a property of requests per TTL, not of the clock);
 * - outputs: every count and rate (requests, errors, throughput, queue lengths, per-node and
 *   per-edge rates, lost writes, stale reads, session misses) is multiplied back by k. Ratios,
 *   latencies and utilisations need nothing.
 * What it costs: queueing at a pool is that of round(c / k) workers, not c, so waits at pools with
 * few workers per sample are overstated (the UI says so); a replica's single applier is not scaled.
 */
import type { Design } from '../model';

/** Exact simulation up to this total offered rate (peak, over all clients). */
export const SAMPLE_ABOVE_RPS = 50_000;
/** In sampled mode k is the smallest 1-2-5 step that brings the simulated rate to at most this. */
const SAMPLED_TARGET_RPS = 20_000;

const PEAKED_PROFILES = new Set(['ramp', 'spike', 'diurnal']);

/** Total requests per second all clients offer at their peak. */
export function peakOfferedRps(design: Design): number {
  let total = 0;
  for (const n of design.nodes) {
    if (n.kind !== 'client') continue;
    const p = n.params;
    total += p.rps * (PEAKED_PROFILES.has(p.profile) ? Math.max(1, p.peakFactor) : 1);
  }
  return total;
}

/** The smallest of 1, 2, 5, 10, 20, 50, … that is ≥ x (a round number people can read at a glance). */
export function niceCeil(x: number): number {
  if (!(x > 1)) return 1;
  let decade = 1;
  for (;;) {
    for (const step of [1, 2, 5]) if (step * decade >= x) return step * decade;
    decade *= 10;
  }
}

/** How many real requests one simulated request stands for: 1 (exact) unless the design's peak is large. */
export function chooseSampleK(design: Design, requested: number | 'auto' = 'auto'): number {
  if (requested !== 'auto') {
    if (!Number.isFinite(requested) || requested < 1) throw new RangeError(`sampleK must be a number ≥ 1, got ${requested}`);
    return Math.floor(requested);
  }
  const peak = peakOfferedRps(design);
  return peak > SAMPLE_ABOVE_RPS ? niceCeil(peak / SAMPLED_TARGET_RPS) : 1;
}

/** A pool of `workers` seen through the sample: fewer workers, service stretched so capacity / k is exact. */
export function scaledPool(workers: number, k: number): { workers: number; stretch: number } {
  if (k <= 1 || workers <= 0) return { workers, stretch: 1 };
  const scaled = Math.max(1, Math.round(workers / k));
  return { workers: scaled, stretch: (scaled * k) / workers };
}

/** A client's users seen through the sample: 1/k of them (at least one), each with its own request rate. */
export const scaledUsers = (users: number, k: number): number => Math.max(1, Math.round(users / k));

/** A limit in real requests (a queue limit, a capacity) in simulated requests: at least 1. */
export const scaledLimit = (limit: number, k: number): number => (k <= 1 ? limit : Math.max(1, Math.ceil(limit / k)));
