/** IntTable and FlagSet behave like the Map and Set they replace, in both their dense and sparse forms. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DENSE_FLAGS_MAX, DENSE_MAX, FlagSet, IntTable, MISSING } from '../../../src/engine/lib/intTable';

/** Random steps on keys mostly below 5000, some past `big` (where the table must move to a Map/Set). */
const ops = (big: number) => fc.array(fc.tuple(fc.boolean(), fc.oneof(fc.nat(4999), fc.integer({ min: big, max: big + 100 })), fc.nat(1_000_000)), { maxLength: 300 });

describe('IntTable', () => {
  for (const big of [1000, DENSE_MAX]) {
    it(`matches a Map under random gets and sets (keys up to ${big + 100})`, () => {
      fc.assert(fc.property(ops(big), (steps) => {
        const table = new IntTable();
        const model = new Map<number, number>();
        for (const [isSet, key, value] of steps) {
          if (isSet) { table.set(key, value); model.set(key, value); }
          expect(table.get(key)).toBe(model.get(key) ?? MISSING);
        }
      }));
    });
  }

  it('copies are independent of the original', () => {
    const table = new IntTable();
    table.set(3, 7);
    const copy = table.copy();
    copy.set(3, 9);
    table.set(4, 1);
    expect([table.get(3), copy.get(3), copy.get(4)]).toEqual([7, 9, MISSING]);
    expect(new IntTable().copy().get(0)).toBe(MISSING);
  });
});

describe('FlagSet', () => {
  for (const big of [1000, DENSE_FLAGS_MAX]) {
    it(`matches a Set, size included, under random adds and clears (keys up to ${big + 100})`, () => {
      fc.assert(fc.property(ops(big), (steps) => {
        const flags = new FlagSet();
        const model = new Set<number>();
        for (const [isAdd, key, value] of steps) {
          if (isAdd) { flags.add(key); model.add(key); } else if (value % 50 === 0) { flags.clear(); model.clear(); }
          expect(flags.has(key)).toBe(model.has(key));
          expect(flags.size).toBe(model.size);
        }
      }));
    });
  }

  it('keeps keys that share a 32-bit word apart', () => {
    const flags = new FlagSet();
    flags.add(31);
    flags.add(32);
    expect([flags.has(30), flags.has(31), flags.has(32), flags.has(33), flags.size]).toEqual([false, true, true, false, 2]);
  });
});
