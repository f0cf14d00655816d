/** Test-only randomness: a seeded PRNG, so every statistical test is reproducible. */

/** mulberry32: a small, fast 32-bit PRNG; uniform in [0, 1) with 2^-32 resolution. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An exponential variate with `ratePerMs`, by inversion. */
export function exponentialMs(uniform: () => number, ratePerMs: number): number {
  return -Math.log(1 - uniform()) / ratePerMs;
}
