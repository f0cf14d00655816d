/**
 * The load sweep against queueing theory: an M/M/c server saturates at c/S and is named the
 * bottleneck; in a tandem the slower station is; the knee sits below the capacity.
 */
import { describe, expect, it } from 'vitest';
import { designAtLoad, designRateRps, findKnee, logSpaced, planSweep, runSweep, runSweepPoint, type SweepPoint } from '../../../src/analysis/sweep';
import { design, READS_ONLY } from '../engine/helpers';

const mmc = (workers: number, serviceMs: number) => design(
  [
    { id: 'users', kind: 'client', params: { rps: 100, mix: READS_ONLY } },
    { id: 'web', kind: 'web', params: { workers, serviceMs, queueLimit: 200 } },
  ],
  [['users', 'web']],
  { seed: 5 },
);

const tandem = () => design(
  [
    { id: 'users', kind: 'client', params: { rps: 100, mix: READS_ONLY } },
    { id: 'web', kind: 'web', params: { workers: 8, serviceMs: 10 } }, // 800 req/s
    { id: 'db', kind: 'database', params: { workers: 2, readMs: 5 } }, // 400 req/s: the slower one
  ],
  [['users', 'web'], ['web', 'db']],
  { seed: 5 },
);

const point = (offeredRps: number, p99: number, errorRate: number): SweepPoint =>
  ({ offeredRps, throughputRps: offeredRps, errorRate, latencyMs: { p50: 1, p95: 1, p99, mean: 1 }, bottleneck: null, cost: { monthlyUsd: offeredRps * 10, perMillionRequestsUsd: 5, perMillionAnsweredUsd: 5 } });

describe('sweep plan', () => {
  it('spaces 12 loads on a log scale from a tenth of the rate to twenty times it', () => {
    const plan = planSweep(mmc(4, 20));
    if (!plan.ok) throw new Error(plan.error);
    const loads = plan.tasks.map((t) => t.offeredRps);
    expect(loads).toHaveLength(12);
    expect(loads[0]).toBe(10);
    expect(loads[11]).toBe(2000);
    const ratios = loads.slice(1).map((l, i) => l / loads[i]);
    for (const r of ratios) expect(r).toBeCloseTo(Math.pow(200, 1 / 11), 2);
    expect(plan.tasks.every((t) => t.seed === 5)).toBe(true);
  });

  it('scales every client in proportion and leaves the faults out', () => {
    const d = mmc(4, 20);
    d.nodes.push({ ...d.nodes[0], id: 'more', params: { ...d.nodes[0].params, rps: 300 } } as typeof d.nodes[0]);
    d.scenario = [{ tS: 5, action: 'kill', target: 'web' }];
    const scaled = designAtLoad(d, 800);
    expect(designRateRps(scaled)).toBeCloseTo(800);
    expect(scaled.nodes.find((n) => n.id === 'more')!.params).toMatchObject({ rps: 600 });
    expect(scaled.scenario).toEqual([]);
    expect(designRateRps(d)).toBe(400);
  });

  it('refuses a design that sends nothing, and bad ranges, with a reason', () => {
    const silent = designAtLoad(mmc(1, 1), 0);
    expect(planSweep(silent)).toMatchObject({ ok: false, error: expect.stringContaining('sends no traffic') });
    expect(planSweep(mmc(1, 1), { fromRps: 50, toRps: 10 })).toMatchObject({ ok: false });
    expect(planSweep(mmc(1, 1), { steps: 1 })).toMatchObject({ ok: false, error: expect.stringContaining('steps') });
    expect(logSpaced(1, 100, 3)).toEqual([1, 10, 100]);
  });
});

describe('the knee', () => {
  it('is the highest load meeting p99 < 500 ms and errors < 1%, with what broke next', () => {
    const knee = findKnee([point(10, 20, 0), point(100, 40, 0), point(1000, 900, 0.002), point(300, 200, 0.005)]);
    expect(knee.rps).toBe(300);
    expect(knee.reason).toContain('at 1,000 req/s p99 is 900 ms');
  });
  it('says so when every load passed, or none did', () => {
    expect(findKnee([point(10, 20, 0), point(20, 20, 0)])).toMatchObject({ rps: 20, reason: expect.stringContaining('the limit is higher') });
    expect(findKnee([point(10, 20, 0.5)])).toMatchObject({ rps: null, reason: expect.stringContaining('50.0% of requests fail') });
  });
});

describe('sweep through the engine', () => {
  it('M/M/c: throughput saturates at c/S and the server is the bottleneck', () => {
    const c = 4, serviceMs = 20; // capacity 200 req/s
    const result = runSweep(mmc(c, serviceMs), { seconds: 20 });
    const capacity = (c / serviceMs) * 1000;
    const top = result.points[result.points.length - 1];
    expect(Math.abs(top.throughputRps - capacity) / capacity).toBeLessThan(0.03);
    for (const p of result.points) expect(p.throughputRps).toBeLessThan(capacity * 1.03);
    const overloaded = result.points.filter((p) => p.offeredRps > capacity * 1.1);
    expect(overloaded.length).toBeGreaterThan(3);
    for (const p of overloaded) expect(p.bottleneck).toMatchObject({ id: 'web', why: 'saturated' });
    expect(top.errorRate).toBeGreaterThan(0.5);
    // Below capacity everything arrives and is served.
    const light = result.points[0];
    expect(light.errorRate).toBe(0);
    expect(Math.abs(light.throughputRps - light.offeredRps) / light.offeredRps).toBeLessThan(0.1);
    expect(result.knee.rps).not.toBeNull();
    expect(result.knee.rps!).toBeLessThan(capacity);
    expect(result.knee.reason).toContain('web');
  }, 60_000);

  it('tandem: the slower station is named, and throughput stops at its capacity', () => {
    const result = runSweep(tandem(), { seconds: 20 });
    const firstSaturated = result.points.find((p) => p.bottleneck?.why === 'saturated')!;
    expect(firstSaturated.bottleneck!.id).toBe('db');
    for (const p of result.points.filter((q) => q.offeredRps > 450 && q.offeredRps < 750)) expect(p.bottleneck!.id).toBe('db');
    const best = Math.max(...result.points.map((p) => p.throughputRps));
    expect(Math.abs(best - 400) / 400).toBeLessThan(0.05);
    expect(result.knee.reason).toContain('db');
  }, 60_000);

  it('is deterministic: the same point twice gives the same numbers', () => {
    const plan = planSweep(tandem(), { seconds: 5 });
    if (!plan.ok) throw new Error(plan.error);
    expect(runSweepPoint(plan.tasks[7])).toEqual(runSweepPoint(plan.tasks[7]));
  });
});
