/** The inspector's closed forms against known values and the independent oracle of test/unit/theory. */
import { describe, expect, it } from 'vitest';
import { cheHitRatio, erlangC, littleGap, mmc } from '../../../src/analysis/theory';
import { cheLru, mmcWaitMs, zipfPmf } from '../theory/formulas';

describe('M/M/c', () => {
  it('Erlang C: ρ for one server, 1/3 for two servers at a = 1, and the oracle on a grid', () => {
    expect(erlangC(0.7, 1)).toBeCloseTo(0.7, 12);
    expect(erlangC(1, 2)).toBeCloseTo(1 / 3, 12);
    expect(erlangC(5, 5)).toBe(1);
    for (const c of [1, 2, 4, 8, 32]) for (const rho of [0.3, 0.7, 0.95]) {
      const serviceMs = 20;
      const lambdaRps = (rho * c * 1000) / serviceMs;
      const ours = mmc(lambdaRps, c, serviceMs);
      const oracle = mmcWaitMs(lambdaRps / 1000, 1 / serviceMs, c);
      expect(ours.waitMs).toBeCloseTo(oracle.wq, 9);
      expect(ours.timeInNodeMs).toBeCloseTo(oracle.w, 9);
      expect(ours.utilization).toBeCloseTo(rho, 12);
    }
  });
  it('M/M/1 at ρ = 0.8 with 1 ms service: W = 5 ms, L = 4, Lq = 3.2', () => {
    const p = mmc(800, 1, 1);
    expect(p.timeInNodeMs).toBeCloseTo(5, 9);
    expect(p.inSystemMean).toBeCloseTo(4, 9);
    expect(p.queueMean).toBeCloseTo(3.2, 9);
    expect(littleGap(p.inSystemMean, 800, p.timeInNodeMs)).toBeLessThan(1e-12);
  });
  it('has no steady state at ρ ≥ 1', () => {
    expect(mmc(1000, 2, 2)).toMatchObject({ stable: false, queueMean: Infinity });
  });
  it("Little's law gap is relative", () => {
    expect(littleGap(2, 1000, 2.2)).toBeCloseTo(0.2 / 2.2, 12);
  });
});

describe("Che's approximation", () => {
  it('matches the exact oracle at 10,000 keys, several skews', () => {
    for (const alpha of [0.6, 0.9, 1.2]) for (const capacity of [100, 1000]) {
      expect(cheHitRatio(capacity, 10_000, alpha)).toBeCloseTo(cheLru(zipfPmf(10_000, alpha), capacity).hitRatio, 6);
    }
  });
  it('groups the tail of a million keys without losing accuracy', () => {
    expect(Math.abs(cheHitRatio(10_000, 1_000_000, 0.9) - cheLru(zipfPmf(1_000_000, 0.9), 10_000).hitRatio)).toBeLessThan(0.002);
  });
  it('is C/n for uniform popularity, 1 when everything fits, and counts a celebrity key', () => {
    expect(cheHitRatio(250, 1000, 0)).toBeCloseTo(0.25, 3);
    expect(cheHitRatio(1000, 1000, 0.9)).toBe(1);
    const base = cheHitRatio(100, 10_000, 0.9);
    expect(cheHitRatio(100, 10_000, 0.9, 0.2)).toBeCloseTo(0.2 + 0.8 * base, 12);
  });
});
