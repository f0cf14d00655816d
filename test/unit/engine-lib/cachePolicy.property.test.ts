import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyCache, type EvictionPolicy } from '../../../src/engine/lib/cachePolicy';
import { createModelCache } from './cacheModel';

const POLICIES: EvictionPolicy[] = ['lru', 'fifo', 'lfu'];

type Op =
  | { op: 'lookup'; key: number; dtMs: number }
  | { op: 'insert'; key: number; dtMs: number }
  | { op: 'invalidate'; key: number }
  | { op: 'resize'; capacity: number }
  | { op: 'setTtl'; ttlMs: number };

const key = fc.integer({ min: 0, max: 24 });
const dtMs = fc.integer({ min: 0, max: 30 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('lookup' as const), key, dtMs }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('insert' as const), key, dtMs }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('invalidate' as const), key }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('resize' as const), capacity: fc.integer({ min: 0, max: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('setTtl' as const), ttlMs: fc.constantFrom(0, 5, 40, 200) }) },
);

describe('KeyCache properties', () => {
  for (const policy of POLICIES) {
    it(`${policy}: agrees with a Map-based model and never exceeds capacity`, () => {
      fc.assert(fc.property(
        fc.integer({ min: 0, max: 10 }), fc.constantFrom(0, 10, 100), fc.array(opArb, { minLength: 20, maxLength: 200, size: 'max' }),
        (capacity, ttlMs, ops) => {
          const cache = createKeyCache(policy, capacity, ttlMs);
          const model = createModelCache(policy, capacity, ttlMs);
          let cap = capacity;
          let nowMs = 0;
          for (const o of ops) {
            switch (o.op) {
              case 'lookup': nowMs += o.dtMs; expect(cache.lookup(o.key, nowMs)).toBe(model.lookup(o.key, nowMs)); break;
              case 'insert': nowMs += o.dtMs; cache.insert(o.key, nowMs); model.insert(o.key, nowMs); break;
              case 'invalidate': cache.invalidate(o.key); model.invalidate(o.key); break;
              case 'resize': cap = o.capacity; cache.resize(cap); model.resize(cap); break;
              case 'setTtl': cache.setTtl(o.ttlMs); model.setTtl(o.ttlMs); break;
            }
            expect(cache.size).toBe(model.size);
            expect(cache.size).toBeLessThanOrEqual(cap);
          }
        },
      ), { numRuns: 150 });
    });

    it(`${policy}: a just-inserted key is a hit, and invalidate makes it a miss`, () => {
      fc.assert(fc.property(
        fc.integer({ min: 1, max: 50 }), fc.array(fc.nat(1_000), { maxLength: 200, size: 'max' }), fc.nat(1_000),
        (capacity, warm, k) => {
          const cache = createKeyCache(policy, capacity, 0);
          warm.forEach((w, i) => { if (!cache.lookup(w, i)) cache.insert(w, i); });
          cache.insert(k, 1e6);
          expect(cache.lookup(k, 1e6)).toBe(true);
          cache.invalidate(k);
          expect(cache.lookup(k, 1e6)).toBe(false);
        },
      ));
    });
  }

  it('capacity 0 caches nothing', () => {
    for (const policy of POLICIES) {
      const cache = createKeyCache(policy, 0, 0);
      cache.insert(1, 0);
      expect(cache.lookup(1, 0)).toBe(false);
      expect(cache.size).toBe(0);
    }
  });

  it('handles many distinct and very large keys (resizing keeps what fits)', () => {
    for (const policy of POLICIES) {
      const cache = createKeyCache(policy, 50_000, 0);
      for (let k = 0; k < 200_000; k++) cache.insert(k * 7919 + 2 ** 40, k);
      expect(cache.size).toBe(50_000);
      cache.resize(1_000);
      expect(cache.size).toBe(1_000);
      cache.resize(2_000);
      cache.insert(5, 0);
      expect(cache.size).toBe(1_001);
      expect(cache.lookup(5, 0)).toBe(true);
    }
    // The newest keys survive a FIFO/LRU shrink.
    const lru = createKeyCache('lru', 10, 0);
    for (let k = 0; k < 10; k++) lru.insert(k, 0);
    lru.resize(3);
    expect([7, 8, 9].every((k) => lru.lookup(k, 0))).toBe(true);
    expect(lru.lookup(6, 0)).toBe(false);
  });
});
