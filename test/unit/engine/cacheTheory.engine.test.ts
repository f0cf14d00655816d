/**
 * The cache tier through the whole engine (users → web → cache → database), against docs/theory.md:
 * LRU under Zipf popularity matches Che's approximation, and on the same skewed workload
 * LFU hits more than LRU, which hits more than FIFO. The lib tests check the policies alone;
 * these check that the engine feeds them the workload the theory assumes.
 */
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, report } from '../../../src/engine';
import { cheLru, fifoHitRatio, lfuHitRatio, zipfPmf } from '../theory/formulas';
import { design, READS_ONLY } from './helpers';

const KEYS = 2000;
const ALPHA = 0.8;
const CAPACITY = 200;

function engineHitRatio(eviction: 'lru' | 'lfu' | 'fifo'): number {
  const d = design(
    [
      { id: 'users', kind: 'client', params: { rps: 4000, mix: READS_ONLY, keys: { count: KEYS, zipfAlpha: ALPHA, hotKeys: 0 } } },
      { id: 'web', kind: 'web', params: { workers: 200, serviceMs: 1, queueLimit: 100_000 } },
      { id: 'cache', kind: 'cache', params: { capacityKeys: CAPACITY, eviction, ttlS: 0, hitMs: 0.5 } },
      { id: 'db', kind: 'database', params: { workers: 200, readMs: 1 } },
    ],
    [['users', 'web'], ['web', 'cache'], ['cache', 'db']],
    { durationS: 150, seed: 11 },
  );
  // Measured after a warm-up, as the theory describes a cache in its steady state.
  const sim = createSimulation(d, { warmupS: 30 });
  advance(sim, Infinity);
  return report(sim).nodes.cache.hitRatio!;
}

describe('cache tier through the engine', () => {
  const probs = zipfPmf(KEYS, ALPHA);
  const lru = engineHitRatio('lru');
  const lfu = engineHitRatio('lfu');
  const fifo = engineHitRatio('fifo');

  it('LRU under Zipf matches Che’s approximation within 0.02', () => {
    expect(Math.abs(lru - cheLru(probs, CAPACITY).hitRatio)).toBeLessThan(0.02);
  });

  it('LFU above LRU above FIFO on the same skewed workload, each near its theory', () => {
    expect(lfu).toBeGreaterThan(lru);
    expect(lru).toBeGreaterThan(fifo);
    expect(Math.abs(fifo - fifoHitRatio(probs, CAPACITY))).toBeLessThan(0.03);
    expect(lfu).toBeLessThanOrEqual(lfuHitRatio(probs, CAPACITY) + 0.01);
  });
});
