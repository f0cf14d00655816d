import { describe, expect, it } from 'vitest';
import { consistentHashRing, hashKey, keysMovedFraction, moduloShards, type ShardMap } from '../../../src/engine/lib/sharding';
import { zipfProbabilities } from '../../../src/engine/lib/zipf';
import { moduloMovedFraction, moduloSpread, ringMovedFraction, ringSpread } from '../theory/formulas';

const names = (set: number, count: number): string[] => Array.from({ length: count }, (_, i) => `set${set}-shard-${i}`);

/** std/mean of the number of keys per shard, over keys offset..offset+keyCount−1. */
function loadSpread(map: ShardMap, keyCount: number, offset = 0): number {
  const loads = new Float64Array(map.shardCount);
  for (let k = 0; k < keyCount; k++) loads[map.shardOf(offset + k)]++;
  const mean = keyCount / map.shardCount;
  let variance = 0;
  for (const load of loads) variance += (load - mean) ** 2;
  return Math.sqrt(variance / map.shardCount) / mean;
}

describe('hashKey', () => {
  it('is a fixed 32-bit hash', () => {
    for (const k of [0, 1, 2, 1e6, 2 ** 32 - 1, 2 ** 40 + 3]) {
      const h = hashKey(k);
      expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
    }
    // Frozen values: changing the hash silently reshuffles every saved scenario's shard loads.
    // fmix32(1) = 0x514e28b7 is murmur3's published finaliser value.
    expect([hashKey(1), hashKey(2), hashKey(123_456_789)]).toEqual([0x514e28b7, 821347078, 3126909082]);
    expect(hashKey(2 ** 40)).not.toBe(hashKey(0));
  });
});

describe('moduloShards', () => {
  it('going from N to N+1 shards moves about N/(N+1) of the keys', () => {
    for (const n of [2, 4, 8, 16]) {
      const moved = keysMovedFraction(moduloShards(n), moduloShards(n + 1), 100_000);
      expect(Math.abs(moved - moduloMovedFraction(n))).toBeLessThan(0.01);
    }
  });

  it('spreads K keys over N shards with std/mean ≈ √((N−1)/K)', () => {
    const n = 10;
    const keys = 10_000;
    let sum = 0;
    const trials = 40;
    for (let t = 0; t < trials; t++) sum += loadSpread(moduloShards(n), keys, t * keys);
    expect(sum / trials / moduloSpread(n, keys)).toBeGreaterThan(0.85);
    expect(sum / trials / moduloSpread(n, keys)).toBeLessThan(1.15);
  });

  it('has no shards to give when count is 0', () => {
    expect(moduloShards(0).shardOf(5)).toBe(-1);
  });
});

describe('consistentHashRing', () => {
  it('adding a shard moves about 1/(N+1) of the keys, all of them to the new shard', () => {
    const n = 4;
    const keyCount = 20_000;
    const trials = 40;
    let sum = 0;
    for (let t = 0; t < trials; t++) {
      const before = names(t, n);
      const after = [...before, `set${t}-added`];
      const ringBefore = consistentHashRing(before, 100);
      const ringAfter = consistentHashRing(after, 100);
      sum += keysMovedFraction(ringBefore, ringAfter, keyCount, before, after);
      for (let k = 0; k < keyCount; k += 7) {
        const from = before[ringBefore.shardOf(k)];
        const to = after[ringAfter.shardOf(k)];
        if (from !== to) expect(to).toBe(`set${t}-added`);
      }
    }
    expect(Math.abs(sum / trials - ringMovedFraction(n))).toBeLessThan(0.015);
  });

  it('removing a shard moves only that shard\u2019s keys', () => {
    const before = names(1, 6);
    const after = before.filter((id) => id !== before[2]);
    const ringBefore = consistentHashRing(before, 50);
    const ringAfter = consistentHashRing(after, 50);
    for (let k = 0; k < 20_000; k++) {
      const from = before[ringBefore.shardOf(k)];
      if (from !== before[2]) expect(after[ringAfter.shardOf(k)]).toBe(from);
    }
  });

  it('spreads load with std/mean ≈ 1/√V', () => {
    for (const v of [25, 100]) {
      const trials = 30;
      let sum = 0;
      for (let t = 0; t < trials; t++) sum += loadSpread(consistentHashRing(names(t, 10), v), 100_000);
      const ratio = sum / trials / ringSpread(v);
      expect(ratio).toBeGreaterThan(0.75);
      expect(ratio).toBeLessThan(1.25);
    }
  });

  it('depends on the shard ids, not their order', () => {
    const ids = names(3, 7);
    const reversed = [...ids].reverse();
    const a = consistentHashRing(ids, 64);
    const b = consistentHashRing(reversed, 64);
    expect(keysMovedFraction(a, b, 20_000, ids, reversed)).toBe(0);
  });

  it('has no shards to give when the list is empty', () => {
    expect(consistentHashRing([], 10).shardOf(1)).toBe(-1);
  });
});

describe('hot keys', () => {
  it('the shard holding the most popular key carries at least that key\u2019s share', () => {
    const keyCount = 10_000;
    const probs = zipfProbabilities(keyCount, 1.2);
    const ids = names(0, 8);
    for (const map of [moduloShards(8), consistentHashRing(ids, 100)]) {
      const load = new Float64Array(map.shardCount);
      for (let k = 0; k < keyCount; k++) load[map.shardOf(k)] += probs[k];
      const hot = map.shardOf(0);
      expect(load[hot]).toBeGreaterThanOrEqual(probs[0]);
      // Skew (max over mean load) is then at least N · p₀, whatever the hash.
      expect(Math.max(...load) * map.shardCount).toBeGreaterThanOrEqual(map.shardCount * probs[0]);
      expect(map.shardCount * probs[0]).toBeGreaterThan(1.5);
    }
  });
});
