import { describe, expect, it } from 'vitest';
import {
  cheLru, erlangB, erlangC, fifoHitRatio, lfuHitRatio, lostWritesOnFailover, md1WqMs, mm1QuantileMs,
  mm1WaitMs, mmcWaitMs, moduloMovedFraction, randomSplitWaitMs, replicationLagMs, ringMovedFraction,
  roundRobinEcM1, ttlHitRatio, ttlRefreshHitRatio, zipfPmf,
} from './formulas';

/** Erlang C from the textbook sum of factorial terms, an independent check on the recursion. */
function erlangCBySum(a: number, c: number): number {
  let term = 1;
  let sum = 0;
  for (let k = 0; k < c; k++) { sum += term; term *= a / (k + 1); }
  const top = term * (c / (c - a)); // a^c/c! · c/(c−a)
  return top / (sum + top);
}

describe('queueing formulas', () => {
  it('M/M/1 matches the textbook numbers', () => {
    const r = mm1WaitMs(0.08, 0.1); // λ = 80/s, μ = 100/s
    expect(r.wMs).toBeCloseTo(50, 10);
    expect(r.wqMs).toBeCloseTo(40, 10);
    expect(r.l).toBeCloseTo(4, 10);
    expect(mm1QuantileMs(0.08, 0.1, 0.99)).toBeCloseTo(50 * Math.log(100), 10);
    expect(mm1WaitMs(0.1, 0.1).wMs).toBe(Infinity);
  });

  it('Erlang B and C match known table values', () => {
    expect(erlangB(2, 3)).toBeCloseTo(4 / 19, 12);
    expect(erlangC(2, 3)).toBeCloseTo(4 / 9, 12);
    expect(erlangB(5, 10)).toBeCloseTo(0.018385, 5);
    expect(erlangC(5, 10)).toBeCloseTo(0.036105, 5);
    for (const [a, c] of [[0.5, 1], [9, 10], [45, 50], [3.3, 7]] as const) {
      expect(erlangC(a, c)).toBeCloseTo(erlangCBySum(a, c), 10);
    }
  });

  it('M/M/c reduces to M/M/1 at c = 1 and waits less than a random split', () => {
    const one = mmcWaitMs(0.08, 0.1, 1);
    expect(one.w).toBeCloseTo(50, 10);
    expect(one.erlangC).toBeCloseTo(0.8, 12);
    const four = mmcWaitMs(0.32, 0.1, 4);
    expect(four.rho).toBeCloseTo(0.8, 12);
    expect(four.w).toBeCloseTo(four.wq + 10, 12);
    expect(four.wq).toBeLessThan(randomSplitWaitMs(0.32, 0.1, 4).wqMs);
  });

  it('M/D/1 waits half as long as M/M/1', () => {
    expect(md1WqMs(0.08, 10)).toBeCloseTo(mm1WaitMs(0.08, 0.1).wqMs / 2, 10);
  });

  it('round-robin E_c/M/1 sits between M/M/c and the random split', () => {
    const rr1 = roundRobinEcM1(0.08, 0.1, 1);
    expect(rr1.sigma).toBeCloseTo(0.8, 10);
    expect(rr1.wMs).toBeCloseTo(50, 8);
    for (const c of [2, 4, 8]) {
      const lambda = 0.08 * c;
      const rr = roundRobinEcM1(lambda, 0.1, c);
      expect(rr.sigma).toBeGreaterThan(0);
      expect(rr.sigma).toBeLessThan(1);
      // σ is a fixed point of the equation.
      expect(Math.pow(lambda / (lambda + 0.1 * (1 - rr.sigma)), c)).toBeCloseTo(rr.sigma, 12);
      expect(rr.wMs).toBeGreaterThan(mmcWaitMs(lambda, 0.1, c).w);
      expect(rr.wMs).toBeLessThan(randomSplitWaitMs(lambda, 0.1, c).wMs);
    }
  });

  it('replication lag formulas', () => {
    const lag = replicationLagMs(0.5, 1, 5, 0.99);
    expect(lag.mean).toBeCloseTo(7, 12);
    expect(lag.quantile).toBeCloseTo(5 + 2 * Math.log(100), 10);
    expect(lostWritesOnFailover(0.5, 1)).toBeCloseTo(1, 12);
  });
});

describe('cache formulas', () => {
  it('uniform popularity gives C/n for every policy', () => {
    const p = zipfPmf(1000, 0);
    expect(cheLru(p, 100).hitRatio).toBeCloseTo(0.1, 9);
    expect(fifoHitRatio(p, 100)).toBeCloseTo(0.1, 9);
    expect(lfuHitRatio(p, 100)).toBeCloseTo(0.1, 12);
  });

  it('Che T satisfies its equation, and LFU ≥ LRU ≥ FIFO on Zipf', () => {
    const p = zipfPmf(10_000, 0.9);
    const che = cheLru(p, 500);
    let occupancy = 0;
    for (const pi of p) occupancy += 1 - Math.exp(-pi * che.T);
    expect(occupancy).toBeCloseTo(500, 6);
    const fifo = fifoHitRatio(p, 500);
    const lfu = lfuHitRatio(p, 500);
    expect(lfu).toBeGreaterThan(che.hitRatio);
    expect(che.hitRatio).toBeGreaterThan(fifo);
    expect(cheLru(p, 10_000).hitRatio).toBe(1);
  });

  it('TTL hit ratios', () => {
    expect(ttlHitRatio(0.01, 100)).toBeCloseTo(0.5, 12);
    expect(ttlRefreshHitRatio(0.01, 100)).toBeCloseTo(1 - Math.exp(-1), 12);
  });

  it('sharding moved fractions', () => {
    expect(moduloMovedFraction(4)).toBeCloseTo(0.8, 12);
    expect(ringMovedFraction(4)).toBeCloseTo(0.2, 12);
  });
});
