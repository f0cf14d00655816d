/**
 * Sampled mode (src/engine/sampling.ts): k chosen from the design's peak rate, and a sampled run
 * telling the same story as the exact one — throughput, hit ratio and mean latency within 5% — on
 * a design small enough to run both ways.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, report, runDesign, takeFrame } from '../../../src/engine';
import { chooseSampleK, niceCeil, peakOfferedRps, scaledLimit, scaledPool } from '../../../src/engine/sampling';
import { type Design } from '../../../src/model';
import { parseDesignJson } from '../../../src/model/decoding';
import { design, READ_WRITE } from './helpers';

/** Users → balancer → 4 web servers (32 workers, half busy) → cache with a TTL → database. */
function midSizeDesign(): Design {
  return design(
    [
      { id: 'users', kind: 'client', params: { rps: 3200, mix: READ_WRITE(0.1), users: 40_000, keys: { count: 5000, zipfAlpha: 0.9, hotKeys: 0 } } },
      { id: 'lb', kind: 'loadBalancer' },
      { id: 'web-1', kind: 'web', params: { workers: 32, serviceMs: 20 } },
      { id: 'web-2', kind: 'web', params: { workers: 32, serviceMs: 20 } },
      { id: 'web-3', kind: 'web', params: { workers: 32, serviceMs: 20 } },
      { id: 'web-4', kind: 'web', params: { workers: 32, serviceMs: 20 } },
      { id: 'cache', kind: 'cache', params: { capacityKeys: 500, eviction: 'lru', ttlS: 5, hitMs: 1 } },
      { id: 'db', kind: 'database', params: { workers: 64, readMs: 8, writeMs: 10 } },
    ],
    [['users', 'lb'], ['lb', 'web-1'], ['lb', 'web-2'], ['lb', 'web-3'], ['lb', 'web-4'],
      ['web-1', 'cache'], ['web-2', 'cache'], ['web-3', 'cache'], ['web-4', 'cache'], ['cache', 'db']],
    { durationS: 90, seed: 5, hopLatencyMs: 1 },
  );
}

/**
 * The final-chapter fixture at a million requests a second: rates and worker pools ×100 (web
 * servers 1,000 workers at 2.5 ms, the same capacity), caches ×5.
 */
function millionDesign(): Design {
  const parsed = parseDesignJson(readFileSync(new URL('../../fixtures/engine-million.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
}

const within = (actual: number, expected: number, rel: number) => Math.abs(actual - expected) / expected <= rel;

describe('choosing k', () => {
  it('is 1 up to 50,000 req/s at peak and the smallest 1-2-5 step bringing the rate to ≤ 20,000 above', () => {
    const d = midSizeDesign();
    expect(chooseSampleK(d)).toBe(1);
    expect(chooseSampleK(millionDesign())).toBe(50);
    expect(peakOfferedRps(millionDesign())).toBe(1_000_000);
    const users = d.nodes[0];
    if (users.kind !== 'client') throw new Error('fixture');
    users.params.rps = 40_000;
    users.params.profile = 'spike';
    users.params.peakFactor = 3;
    expect(peakOfferedRps(d)).toBe(120_000);
    expect(chooseSampleK(d)).toBe(10);
  });

  it('takes an explicit k and refuses nonsense', () => {
    expect(chooseSampleK(midSizeDesign(), 4)).toBe(4);
    expect(() => chooseSampleK(midSizeDesign(), 0)).toThrow(/≥ 1/);
    expect(() => chooseSampleK(midSizeDesign(), Number.NaN)).toThrow(RangeError);
  });

  it('rounds to steps people read at a glance, and scales pools and limits without losing capacity', () => {
    expect([0.5, 1, 1.2, 2, 3, 7, 11, 40, 51, 999].map(niceCeil)).toEqual([1, 1, 2, 2, 5, 10, 20, 50, 100, 1000]);
    for (const [c, k] of [[32, 4], [10, 3], [3, 50], [1600, 50]]) {
      const { workers, stretch } = scaledPool(c, k);
      expect(workers).toBeGreaterThanOrEqual(1);
      // Capacity in simulated requests per ms: workers / (S × stretch) = c / (S × k).
      expect(workers / stretch).toBeCloseTo(c / k, 10);
    }
    expect(scaledLimit(1000, 50)).toBe(20);
    expect(scaledLimit(10, 50)).toBe(1);
    expect(scaledLimit(10, 1)).toBe(10);
  });
});

describe('sampled and exact runs agree', () => {
  const exact = runDesign(midSizeDesign(), { sampleK: 1, warmupS: 15 }).summary;
  const sampled = runDesign(midSizeDesign(), { sampleK: 4, warmupS: 15 }).summary;

  it('reports k', () => {
    expect(exact.sampleK).toBe(1);
    expect(sampled.sampleK).toBe(4);
  });

  it('within 5% on throughput, cache hit ratio and mean latency', () => {
    expect(exact.errorRate).toBeLessThan(0.001);
    expect(within(sampled.throughputRps, exact.throughputRps, 0.05)).toBe(true);
    expect(within(sampled.cacheHitRatio!, exact.cacheHitRatio!, 0.05)).toBe(true);
    expect(within(sampled.latencyMs.mean, exact.latencyMs.mean, 0.05)).toBe(true);
    // Counts are in real requests, not simulated ones.
    expect(within(sampled.requests, exact.requests, 0.05)).toBe(true);
  });

  it('shows the same overload when the servers cannot keep up', () => {
    const hot = (k: number) => {
      const d = midSizeDesign();
      const users = d.nodes[0];
      if (users.kind === 'client') users.params.rps = 9600; // 1.5× what four servers can do
      d.sim.durationS = 40;
      return runDesign(d, { sampleK: k, warmupS: 10 }).summary;
    };
    const [e, s] = [hot(1), hot(4)];
    expect(e.errorRate).toBeGreaterThan(0.2);
    expect(Math.abs(s.errorRate - e.errorRate)).toBeLessThan(0.05);
    expect(within(s.throughputRps, e.throughputRps, 0.05)).toBe(true);
  });
});

describe('a million requests a second', () => {
  it('runs sampled (k = 50) and reports real rates: ~1,000,000 req/s through the page, edges and nodes', () => {
    const sim = createSimulation(millionDesign(), { durationS: 3 });
    advance(sim, 3000);
    const r = report(sim);
    expect(r.summary.sampleK).toBe(50);
    expect(within(r.summary.requests, 3_000_000, 0.03)).toBe(true);
    expect(r.summary.errorRate).toBeLessThan(0.01);
    const frame = takeFrame(sim);
    const fromUsers = Object.entries(frame.edgeRps).filter(([id]) => millionDesign().edges.find((e) => e.id === id)?.source.startsWith('users'));
    const total = fromUsers.reduce((sum, [, rps]) => sum + rps, 0);
    expect(within(total, 1_000_000, 0.05)).toBe(true);
  });
});
