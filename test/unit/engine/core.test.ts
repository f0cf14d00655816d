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

  it('pops lane and heap events in one (time, push order), whatever holds them', () => {
    // Fixed delays (lanes, more delays than lanes), random ones (the heap), equal times across both,
    // pushes between pops, a clock that only moves forward, and lanes that grow past their first ring.
    const q = new EventQueue(4);
    const rng = new Rng(9);
    const delays = [1, 11, 5, 50, 0.5, 2, 3, 7, 1];
    const pending: [number, number][] = [];
    const popped: number[] = [];
    const expected: number[] = [];
    let now = 0;
    let id = 0;
    for (let round = 0; round < 4000; round++) {
      const pushes = Math.floor(rng.uniform() * 4);
      for (let k = 0; k < pushes; k++) {
        const u = rng.uniform();
        if (u < 0.7) {
          const d = delays[Math.floor(rng.uniform() * delays.length)];
          q.pushAfter(now, d, 1, 0, id, 0);
          pending.push([now + d, id++]);
        } else {
          const t = now + (u < 0.8 ? 1 : Math.floor(rng.uniform() * 40));
          q.push(t, 1, 0, id, 0);
          pending.push([t, id++]);
        }
      }
      if (q.size > 0 && rng.uniform() < 0.6) {
        now = q.peekTime();
        const h = q.pop();
        popped.push(q.evReq[h]);
        q.release(h);
        pending.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expected.push(pending.shift()![1]);
      }
      expect(q.size).toBe(pending.length);
    }
    while (q.size > 0) {
      const h = q.pop();
      popped.push(q.evReq[h]);
      q.release(h);
    }
    pending.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expected.push(...pending.map(([, i]) => i));
    expect(popped).toEqual(expected);
    expect(popped.length).toBe(id);
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
