import fc from 'fast-check';
import { describe, it } from 'vitest';
import { KeyIndex } from '../../../src/engine/lib/keyIndex';

const BIG_KEYS = [2 ** 32, 2 ** 40 + 1, 2 ** 53 - 1];
const ALL_KEYS = [...Array.from({ length: 40 }, (_, k) => k), ...BIG_KEYS];

describe('KeyIndex', () => {
  it('agrees with a Map under adds and removes, with heavy collisions and wrap-around', () => {
    const maxEntries = 12; // a 32-entry table: 40 possible keys collide and wrap often
    const keyArb = fc.oneof(fc.integer({ min: 0, max: 39 }), fc.constantFrom(...BIG_KEYS));
    fc.assert(fc.property(
      fc.array(fc.record({ add: fc.boolean(), key: keyArb }), { minLength: 10, maxLength: 400, size: 'max' }),
      (ops) => {
        const index = new KeyIndex(maxEntries);
        const model = new Map<number, number>();
        let nextSlot = 0;
        for (const { add, key } of ops) {
          if (add && !model.has(key) && model.size < maxEntries) {
            index.add(key, nextSlot);
            model.set(key, nextSlot++);
          } else if (!add) {
            index.remove(key);
            model.delete(key);
          }
          // Plain comparisons: a few million `expect` calls would dominate the run time.
          for (const k of ALL_KEYS) if (index.get(k) !== (model.get(k) ?? -1)) return false;
        }
      },
    ), { numRuns: 200 });
  });
});
