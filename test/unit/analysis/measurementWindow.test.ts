/**
 * The theory panel's measured figures share one window: the series since the node was last down,
 * its first tenth left out. A killed and restored server is measured from its return, so the rate,
 * the utilisation and the queue describe the same traffic and agree with M/M/c at that rate.
 */
import { describe, expect, it } from 'vitest';
import { measurementWindow, queueBeside } from '../../../src/analysis/besideTheory';
import { runDesign, type SeriesPoint } from '../../../src/engine';
import { design, READS_ONLY } from '../engine/helpers';

const twoServers = () => design(
  [
    { id: 'users', kind: 'client', params: { rps: 300, mix: READS_ONLY } },
    { id: 'lb', kind: 'loadBalancer', params: {} },
    { id: 'web-1', kind: 'web', params: { workers: 4, serviceMs: 10, queueLimit: 100_000 } },
    { id: 'web-2', kind: 'web', params: { workers: 4, serviceMs: 10, queueLimit: 100_000 } },
  ],
  [['users', 'lb'], ['lb', 'web-1'], ['lb', 'web-2']], { seed: 5, hopLatencyMs: 0 },
);

const point = (tS: number, node: SeriesPoint['nodes'][string]): SeriesPoint => ({
  tS, throughputRps: 0, errorRate: 0, errors: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, cacheHitRatio: null, cdnHitRatio: null,
  replicaLagMs: null, staleReads: 0, queueDepth: 0, nodes: { web: node }, shardLoad: {},
});

describe('the measurement window', () => {
  it('is null before the first point, and weights rolled-up points by their span', () => {
    expect(measurementWindow([], 'web')).toBeNull();
    // One 10 s point at 100 req/s, then one 1 s point at 200: the mean rate is (1000 + 200) / 11.
    const w = measurementWindow([point(10, { utilization: 0.5, queueLength: 1, rps: 100 }), point(11, { utilization: 1, queueLength: 12, rps: 200 })], 'web')!;
    expect(w.lambdaRps).toBeCloseTo(1200 / 11, 9);
    expect(w.utilization).toBeCloseTo(6 / 11, 9);
    expect(w.queueMean).toBeCloseTo(22 / 11, 9);
    expect(w.sinceRestore).toBe(false);
  });

  it('starts after the node was last down, skipping the point it came back in', () => {
    const pts = [
      point(1, { utilization: 0.5, queueLength: 0, rps: 100 }),
      point(2, { utilization: 0, queueLength: 0, rps: 0, down: true }),
      point(3, { utilization: 0.2, queueLength: 0, rps: 40 }),
      point(4, { utilization: 0.6, queueLength: 2, rps: 120 }),
    ];
    expect(measurementWindow(pts, 'web')).toEqual({ lambdaRps: 120, utilization: 0.6, queueMean: 2, sinceRestore: true });
    expect(measurementWindow(pts.slice(0, 3), 'web')).toBeNull();
  });

  it('after a kill and a restore, the rate, utilisation and queue agree with M/M/c at the rate it sees', () => {
    const d = twoServers();
    // web-2 is down from 20 s to 40 s: web-1 carries 300 req/s (ρ = 0.75), then 150 again (ρ = 0.375).
    const r = runDesign(d, { durationS: 240, scenario: [{ tS: 20, action: 'kill', target: 'web-2' }, { tS: 40, action: 'restore', target: 'web-2' }] });
    expect(r.series.some((p) => p.nodes['web-2']?.down)).toBe(true);
    expect(r.series.every((p) => p.nodes['web-1']?.down === undefined)).toBe(true);
    const web2 = measurementWindow(r.series, 'web-2')!;
    expect(web2.sinceRestore).toBe(true);
    expect(web2.lambdaRps).toBeGreaterThan(140);
    expect(web2.lambdaRps).toBeLessThan(160);
    const b = queueBeside(d, d.nodes[3], web2)!;
    // Utilisation is λS/c for the same traffic the rate counts: measured and predicted within 2 points.
    expect(Math.abs(web2.utilization - b.predicted.utilization)).toBeLessThan(0.02);
    // web-1 never went down: its window is the whole run, the 20 s at double load in it.
    const web1 = measurementWindow(r.series, 'web-1')!;
    expect(web1.sinceRestore).toBe(false);
    expect(web1.lambdaRps).toBeGreaterThan(160);
    const b1 = queueBeside(d, d.nodes[2], web1)!;
    expect(Math.abs(web1.utilization - b1.predicted.utilization)).toBeLessThan(0.02);
  });
});
