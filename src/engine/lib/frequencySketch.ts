/**
 * A count-min sketch of request frequencies with conservative update and periodic halving
 * (the TinyLFU frequency estimator). It remembers how often keys were asked for, including keys
 * not in the cache, in a fixed number of counters, so memory stays bounded however many keys the
 * traffic uses; halving every window forgets old traffic so the estimates follow shifting popularity.
 */
import { fmix32, mixKey } from './hash';

const DEPTH = 4;

/** Approximate per-key request counts in DEPTH × `width` counters. */
export class FrequencySketch {
  private readonly counters: Uint32Array;
  private readonly mask: number;

  /** `width` is rounded up to a power of two (at least 16). */
  constructor(width: number) {
    let size = 16;
    while (size < width) size *= 2;
    this.mask = size - 1;
    this.counters = new Uint32Array(DEPTH * size);
  }

  /** Counts one request for `key` and returns its new estimate. */
  increment(key: number): number {
    const h1 = mixKey(key);
    const h2 = fmix32(h1 ^ 0x5bd1e995) | 1;
    const width = this.mask + 1;
    let min = Infinity;
    for (let row = 0; row < DEPTH; row++) {
      const c = this.counters[row * width + ((h1 + Math.imul(row, h2)) & this.mask)];
      if (c < min) min = c;
    }
    // Conservative update: raise only the counters at the minimum, which keeps collisions from
    // inflating the estimates of rare keys (they matter: a rare key must lose to a popular one).
    for (let row = 0; row < DEPTH; row++) {
      const i = row * width + ((h1 + Math.imul(row, h2)) & this.mask);
      if (this.counters[i] === min) this.counters[i] = min + 1;
    }
    return min + 1;
  }

  /** Current estimate for `key` (an over-estimate at worst, never an under-estimate before halving). */
  estimate(key: number): number {
    const h1 = mixKey(key);
    const h2 = fmix32(h1 ^ 0x5bd1e995) | 1;
    const width = this.mask + 1;
    let min = Infinity;
    for (let row = 0; row < DEPTH; row++) {
      const c = this.counters[row * width + ((h1 + Math.imul(row, h2)) & this.mask)];
      if (c < min) min = c;
    }
    return min;
  }

  /** Halves every counter (ageing). */
  halve(): void {
    const counters = this.counters;
    for (let i = 0; i < counters.length; i++) counters[i] >>>= 1;
  }
}
