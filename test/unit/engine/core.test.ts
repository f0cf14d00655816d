/** The core pieces: the event heap orders by time then by scheduling order; the RNG is seeded. */
import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../../src/engine/eventQueue';
import { Rng } from '../../../src/engine/rng';
import { LatencyHistogram } from '../../../src/engine/histogram';

describe('EventQueue', () => {
  it('pops in time order, ties in the order they were pushed, and grows past its capacity', () => {
    const q = new EventQueue(4);
    const rng = new Rng(3);
    const pushed: [number, number][] = [];
    for (let i = 0; i < 5000; i++) {
      const t = Math.floor(rng.uniform() * 100); // many equal times
      q.push(t, 1, i, i, 0);
      pushed.push([t, i]);
    }
    pushed.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const popped: number[] = [];
    while (q.size > 0) {
      const h = q.pop();
      popped.push(q.evReq[h]);
      q.release(h);
    }
    expect(popped).toEqual(pushed.map(([, i]) => i));
  });
});

describe('Rng', () => {
  it('is reproducible per seed and differs across seeds', () => {
    const a = new Rng(1), b = new Rng(1), c = new Rng(2);
    const seq = (r: Rng) => Array.from({ length: 5 }, () => r.nextU32());
    expect(seq(a)).toEqual(seq(b));
    expect(seq(new Rng(1))).not.toEqual(seq(c));
  });

  it('samples exponential and lognormal with the asked mean', () => {
    const r = new Rng(11);
    let e = 0, l = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) { e += r.exponential(5); l += r.lognormal(5, 0.7); }
    expect(e / n).toBeCloseTo(5, 1);
    expect(Math.abs(l / n - 5) / 5).toBeLessThan(0.02);
  });
});

describe('LatencyHistogram', () => {
  it('gives quantiles within about 2% and an exact mean', () => {
    const h = new LatencyHistogram();
    for (let i = 1; i <= 10_000; i++) h.record(i / 10);
    expect(h.mean()).toBeCloseTo(500.05, 6);
    expect(Math.abs(h.quantile(0.5) - 500) / 500).toBeLessThan(0.02);
    expect(Math.abs(h.quantile(0.99) - 990) / 990).toBeLessThan(0.02);
  });
});
