import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linear, linePath, maxOf, nearestRow, niceTicks } from '../../../src/ui/charts/chartGeometry';

describe('chart geometry', () => {
  it('nice ticks: round steps from the bottom to at least the top', () => {
    expect(niceTicks(0, 100)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(0, 0.37)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(niceTicks(0, 1_000_000)).toEqual([0, 250_000, 500_000, 750_000, 1_000_000]);
    expect(niceTicks(0, 0)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(0, 2_000_000.002)).toEqual([0, 1_000_000, 2_000_000, 3_000_000]); // found by the property below
    fc.assert(fc.property(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), (max) => {
      const ticks = niceTicks(0, max);
      expect(ticks[0]).toBe(0);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max * (1 - 1e-9));
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(7);
    }));
  });

  it('paths lift the pen over gaps, and scales map ends to ends', () => {
    const rows = [{ tS: 1, a: 1 }, { tS: 2, a: null }, { tS: 3, a: 3 }, { tS: 4, a: 4 }];
    const x = linear(1, 4, 0, 300);
    const y = linear(0, 4, 100, 0);
    expect(linePath(rows, 'a', x, y)).toBe('M0.0,75.0M200.0,25.0L300.0,0.0');
    expect(maxOf(rows, ['a'])).toBe(4);
    expect(maxOf([], ['a'])).toBe(0);
  });

  it('finds the row nearest a time', () => {
    const rows = [1, 2, 4, 8].map((tS) => ({ tS }));
    expect([0, 1.4, 1.6, 3.1, 5.9, 6.1, 99].map((t) => nearestRow(rows, t))).toEqual([0, 0, 1, 2, 2, 3, 3]);
    expect(nearestRow([], 3)).toBe(-1);
  });
});
