/** Incremental stepping for the worker: frames carry each point and event once, and a done flag. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, isDone, runDesign, RunRefusedError, setClientRate, simTimeMs, takeFrame } from '../../../src/engine';
import { parseDesignJson } from '../../../src/model/decoding';
import { design, READS_ONLY } from './helpers';

describe('frames', () => {
  it('streams every series point and event exactly once, with live node states and edge rates', () => {
    const d = design(
      [{ id: 'users', kind: 'client', params: { rps: 100, mix: READS_ONLY } }, { id: 'lb', kind: 'loadBalancer' }, { id: 'web-1', kind: 'web' }, { id: 'web-2', kind: 'web' }],
      [['users', 'lb'], ['lb', 'web-1'], ['lb', 'web-2']],
      { durationS: 10 },
    );
    d.scenario = [{ tS: 4, action: 'kill', target: 'web-2' }];
    const sim = createSimulation(d);
    const points: number[] = [];
    let events = 0;
    let last = takeFrame(sim);
    while (!isDone(sim)) {
      advance(sim, simTimeMs(sim) + 250);
      last = takeFrame(sim);
      points.push(...last.points.map((p) => p.tS));
      events += last.events.length;
      if (!last.done) expect(last.nodes['web-1'].down).toBe(false);
    }
    expect(points).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(events).toBeGreaterThan(0);
    expect(last.done).toBe(true);
    expect(last.nodes['web-2'].down).toBe(true);
    expect(last.edgeRps.e0).toBeGreaterThan(50);
    expect(last.summary.requests).toBeGreaterThan(800);
  });

  it('setClientRate changes the offered load from now on', () => {
    const d = design([{ id: 'users', kind: 'client', params: { rps: 100, mix: READS_ONLY } }, { id: 'web', kind: 'web' }], [['users', 'web']], { durationS: 20 });
    const sim = createSimulation(d);
    advance(sim, 10_000);
    setClientRate(sim, 'users', 400);
    advance(sim, Infinity);
    const pts = takeFrame(sim).points;
    expect(pts[5].throughputRps).toBeLessThan(150);
    expect(pts[15].throughputRps).toBeGreaterThan(300);
  });

  it('stops at the event budget instead of hanging', () => {
    // 7,200 requests fit the budget of 10,000 events, but each costs two (arrival, service).
    const d = design([{ id: 'users', kind: 'client', params: { rps: 2, mix: READS_ONLY } }, { id: 'web', kind: 'web' }], [['users', 'web']], { durationS: 3600 });
    const r = runDesign(d, { maxEvents: 10_000 });
    expect(r.events.some((e) => e.text.includes('event budget'))).toBe(true);
    expect(r.summary.durationS).toBeLessThan(3000);
  });

  it('refuses up front a run that could never finish inside the budget, saying how long could', () => {
    const d = design([{ id: 'users', kind: 'client', params: { rps: 1000, mix: READS_ONLY } }, { id: 'web', kind: 'web' }], [['users', 'web']], { durationS: 3600 });
    expect(() => runDesign(d, { maxEvents: 10_000 })).toThrow(RunRefusedError);
    expect(() => runDesign(d, { maxEvents: 10_000 })).toThrow(/3,600 s at 1,000 req\/s is about 3,600,000 simulated requests.*run at most 10 s/);
  });
});

describe('the final-chapter design', () => {
  it('runs with every component kind and no errors', () => {
    const parsed = parseDesignJson(readFileSync(new URL('../../fixtures/engine-final-chapter.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const r = runDesign(parsed.value, { durationS: 5 });
    expect(r.summary.errors).toBe(0);
    expect(r.summary.throughputRps).toBeGreaterThan(9000);
    expect(r.summary.cdnHitRatio).toBeGreaterThan(0);
    expect(r.summary.cacheHitRatio).toBeGreaterThan(0);
    expect(Object.keys(r.shards)).toEqual(['shards-us', 'shards-eu']);
    expect(r.nodes['workers-us'].served).toBeGreaterThan(0);
    expect(r.nodes['sessions-eu'].served).toBeGreaterThan(0);
    expect(r.nodes['db-us-1r'].replicationLagMs!.mean).toBeGreaterThan(50);
  });
});
