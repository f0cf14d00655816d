/** Bounded history (src/engine/history.ts): long runs keep a fixed-size series and event log. */
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, report, takeFrame } from '../../../src/engine';
import { EventLog, MAX_EVENTS, MAX_PENDING_POINTS, MAX_SERIES_POINTS, mergePoints, SeriesHistory } from '../../../src/engine/history';
import type { SeriesPoint } from '../../../src/engine/api';
import { design, READS_ONLY } from './helpers';

const point = (tS: number, over: Partial<SeriesPoint> = {}): SeriesPoint => ({
  tS, throughputRps: 100, errorRate: 0, errors: 0, p50Ms: 10, p95Ms: 20, p99Ms: 30, cacheHitRatio: 0.5, cdnHitRatio: null,
  replicaLagMs: null, staleReads: 0, queueDepth: 0, nodes: { web: { utilization: 0.5, queueLength: 0, rps: 100 } }, shardLoad: {}, ...over,
});

describe('series roll-up', () => {
  it('merges two points: counts add, rates average over time, the worse tail stays', () => {
    const m = mergePoints(point(1, { throughputRps: 100, errors: 10, p99Ms: 30, staleReads: 2 }), 1, point(3, { throughputRps: 200, errors: 0, p99Ms: 90, staleReads: 1, queueDepth: 7 }), 2);
    expect(m.tS).toBe(3);
    expect(m.throughputRps).toBeCloseTo(500 / 3, 3);
    expect(m.errors).toBe(10);
    expect(m.errorRate).toBeCloseTo(10 / 510, 4);
    expect(m.p99Ms).toBe(90);
    expect(m.staleReads).toBe(3);
    expect(m.queueDepth).toBe(7);
    expect(m.cdnHitRatio).toBeNull();
  });

  it('never holds more than its limit, and keeps every error and the full span', () => {
    const h = new SeriesHistory();
    for (let t = 1; t <= 5000; t++) h.push(point(t, { errors: 1 }), 1);
    expect(h.points.length).toBeLessThanOrEqual(MAX_SERIES_POINTS);
    expect(h.points.at(-1)!.tS).toBe(5000);
    expect(h.points.reduce((sum, p) => sum + p.errors, 0)).toBe(5000);
    expect(h.pending.length).toBe(MAX_PENDING_POINTS);
  });

  it('an hour of simulated traffic: bounded series, totals that still add up, newest points at 1 s', () => {
    const d = design([{ id: 'users', kind: 'client', params: { rps: 50, mix: READS_ONLY } }, { id: 'web', kind: 'web' }], [['users', 'web']], { durationS: 3600 });
    const sim = createSimulation(d);
    advance(sim, Infinity);
    const r = report(sim);
    expect(r.series.length).toBeLessThanOrEqual(MAX_SERIES_POINTS);
    expect(r.series.at(-1)!.tS).toBe(3600);
    expect(r.series.at(-1)!.tS - r.series.at(-2)!.tS).toBe(1);
    const ts = r.series.map((p) => p.tS);
    expect(ts).toEqual([...ts].sort((a, b) => a - b));
    // A frame taken now carries at most the pending cap, not the hour.
    expect(takeFrame(sim).points.length).toBe(MAX_PENDING_POINTS);
    expect(takeFrame(sim).points).toEqual([]);
  });
});

describe('event log', () => {
  it('keeps the last events, says how many went, and streams each event once', () => {
    const log = new EventLog();
    let streamed = 0;
    for (let i = 0; i < 12_000; i++) {
      log.push({ tMs: i, text: `e${i}` });
      if (i % 1000 === 999) streamed += log.take().length;
    }
    expect(streamed).toBe(12_000);
    const all = log.all();
    expect(all.length).toBeLessThanOrEqual(MAX_EVENTS + 1);
    expect(all[0].text).toMatch(/^[\d,]+ earlier events not kept/);
    expect(all.at(-1)!.text).toBe('e11999');
  });
});
