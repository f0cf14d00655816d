import { describe, expect, it } from 'vitest';
import { createKeyCache, type EvictionPolicy } from '../../../src/engine/lib/cachePolicy';
import { createZipfSampler, zipfProbabilities } from '../../../src/engine/lib/zipf';
import { cheLru, fifoHitRatio, lfuHitRatio, ttlHitRatio } from '../theory/formulas';
import { exponentialMs, mulberry32 } from './prng';

const KEYS = 10_000;
const REQUESTS = 1_000_000;
const WARM_UP = 100_000;

/** Read-through hit ratio of `policy` under independent Zipf requests, after a warm-up. */
function simulatedHitRatio(policy: EvictionPolicy, alpha: number, capacity: number, seed: number): number {
  const uniform = mulberry32(seed);
  const nextKey = createZipfSampler(KEYS, alpha, uniform);
  const cache = createKeyCache(policy, capacity, 0);
  let hits = 0;
  for (let i = 0; i < WARM_UP + REQUESTS; i++) {
    const key = nextKey();
    if (cache.lookup(key, i)) { if (i >= WARM_UP) hits++; } else cache.insert(key, i);
  }
  return hits / REQUESTS;
}

describe('caches under Zipf popularity agree with theory', () => {
  const cases = [
    { alpha: 0.8, capacity: 100 },
    { alpha: 0.8, capacity: 1000 },
    { alpha: 1.0, capacity: 100 },
    { alpha: 1.0, capacity: 1000 },
  ];

  for (const { alpha, capacity } of cases) {
    it(`α=${alpha}, C=${capacity}: LRU ≈ Che, FIFO ≈ its approximation, LFU → top-C, LFU ≥ LRU ≥ FIFO`, () => {
      const probs = zipfProbabilities(KEYS, alpha);
      const lru = simulatedHitRatio('lru', alpha, capacity, 11);
      const fifo = simulatedHitRatio('fifo', alpha, capacity, 12);
      const lfu = simulatedHitRatio('lfu', alpha, capacity, 13);
      expect(Math.abs(lru - cheLru(probs, capacity).hitRatio)).toBeLessThan(0.01);
      expect(Math.abs(fifo - fifoHitRatio(probs, capacity))).toBeLessThan(0.01);
      // LFU holds the C − 1 most popular keys plus one churning slot: just under the top-C sum.
      const topC = lfuHitRatio(probs, capacity);
      expect(Math.abs(lfu - topC)).toBeLessThan(0.01);
      expect(lfu).toBeGreaterThan(lru);
      expect(lru).toBeGreaterThan(fifo);
    });
  }
});

describe('LFU adapts', () => {
  it('recovers its hit ratio after popularity shifts to other keys', () => {
    const uniform = mulberry32(99);
    const nextRank = createZipfSampler(KEYS, 0.9, uniform);
    const cache = createKeyCache('lfu', 200, 0);
    const topC = lfuHitRatio(zipfProbabilities(KEYS, 0.9), 200);
    const phase = (offset: number): number => {
      let hits = 0;
      const requests = 600_000;
      for (let i = 0; i < requests; i++) {
        const key = nextRank() + offset;
        if (cache.lookup(key, 0)) { if (i >= requests / 2) hits++; } else cache.insert(key, 0);
      }
      return hits / (requests / 2);
    };
    expect(Math.abs(phase(0) - topC)).toBeLessThan(0.01);
    // The same popularity over an entirely new key range: old counts must fade for new keys to win.
    expect(Math.abs(phase(KEYS) - topC)).toBeLessThan(0.02);
  });
});

describe('TTL cache', () => {
  it('one key at rate λ with TTL T hits λT/(1+λT) of the time, for every policy', () => {
    for (const policy of ['lru', 'lfu', 'fifo'] as const) {
      for (const [lambdaPerMs, ttlMs] of [[0.01, 100], [0.01, 300], [0.05, 20]] as const) {
        const uniform = mulberry32(7);
        const cache = createKeyCache(policy, 10, ttlMs);
        let nowMs = 0;
        let hits = 0;
        const requests = 200_000;
        for (let i = 0; i < requests; i++) {
          nowMs += exponentialMs(uniform, lambdaPerMs);
          if (cache.lookup(42, nowMs)) hits++; else cache.insert(42, nowMs);
        }
        expect(Math.abs(hits / requests - ttlHitRatio(lambdaPerMs, ttlMs))).toBeLessThan(0.01);
      }
    }
  });

  it('setTtl applies to later inserts; 0 means no expiry', () => {
    const cache = createKeyCache('lru', 10, 100);
    cache.insert(1, 0);
    cache.setTtl(0);
    cache.insert(2, 0);
    expect(cache.lookup(1, 99)).toBe(true);
    expect(cache.lookup(1, 100)).toBe(false);
    expect(cache.size).toBe(1);
    expect(cache.lookup(2, 1e12)).toBe(true);
  });
});
