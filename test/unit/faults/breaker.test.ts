/**
 * A web server's circuit breakers, one per dependency: each opens after n failures in its window, fails
 * fast, half-opens after openS, closes on a good probe; a failing dependency opens only its own.
 */
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, report, runDesign, takeFrame } from '../../../src/engine';
import type { Design } from '../../../src/model';
import { design, READS_ONLY } from '../engine/helpers';
import { EMPTY_LIVE, liveAfter } from '../../../src/store/runFrames';
import { badgeText } from '../../../src/ui/canvas/LiveBadge';

function guarded(breakerFailures: number): Design {
  const d = design(
    [
      { id: 'users', kind: 'client', params: { rps: 200, mix: READS_ONLY } },
      { id: 'web', kind: 'web', params: { workers: 16, serviceMs: 5, breakerFailures, breakerWindowS: 10, breakerOpenS: 2 } },
      { id: 'db', kind: 'database', params: {} },
    ],
    [['users', 'web'], ['web', 'db']],
    { durationS: 30, hopLatencyMs: 1, seed: 9 },
  );
  d.scenario = [{ tS: 5, action: 'loss', target: 'db', pct: 100 }, { tS: 15, action: 'heal', target: 'db' }];
  return d;
}

describe('circuit breaker', () => {
  it('opens after n failures, fails fast (sparing the failing tier), probes every openS and closes once the tier is back', () => {
    const r = runDesign(guarded(5));
    const at = (text: RegExp) => r.events.filter((e) => text.test(e.text)).map((e) => e.tMs / 1000);
    const opened = at(/breaker on web open/);
    expect(opened[0]).toBeGreaterThanOrEqual(5);
    expect(opened[0]).toBeLessThan(5.2);
    // While the tier fails, each probe (every 2 s) fails and reopens it.
    const halfOpen = at(/breaker on web half-open/);
    expect(halfOpen.length).toBeGreaterThanOrEqual(5);
    expect(halfOpen[0] - opened[0]).toBeCloseTo(2, 1);
    const closed = at(/breaker on web closed/);
    expect(closed).toHaveLength(1);
    expect(closed[0]).toBeGreaterThan(15);
    expect(closed[0]).toBeLessThan(17.5);
    expect(r.summary.errorsByCause.breakerOpen ?? 0).toBeGreaterThan(1500);
    // Without the breaker every request reaches the failing database and is lost there.
    const open = runDesign(guarded(0));
    expect(open.summary.errorsByCause.breakerOpen).toBeUndefined();
    expect(r.nodes.db.errors).toBeLessThan(open.nodes.db.errors / 20);
  });

  it('shows its state live and counts open breakers in the series', () => {
    const sim = createSimulation(guarded(5));
    advance(sim, 4000);
    expect(takeFrame(sim).nodes.web.breaker).toBe('closed');
    expect(takeFrame(sim).nodes.web.breakers).toBeUndefined();
    advance(sim, 8000);
    const live = takeFrame(sim).nodes.web;
    expect(['open', 'half-open']).toContain(live.breaker);
    expect(live.breakers).toEqual({ db: live.breaker });
    advance(sim, 30_000);
    const series = report(sim).series;
    expect(series[3].breakersOpen).toBe(0);
    expect(series[10].breakersOpen).toBe(1);
    expect(series[25].breakersOpen).toBe(0);
  });
});

/** Page views read the database; the media (static files) come from an object store; one web server calls both. */
function twoDependencies(breakerFailures: number): Design {
  const d = design(
    [
      { id: 'users', kind: 'client', params: { rps: 200, mix: { static: 0.5, read: 0.5, write: 0, job: 0 } } },
      { id: 'web', kind: 'web', params: { workers: 16, serviceMs: 5, breakerFailures, breakerWindowS: 10, breakerOpenS: 2 } },
      { id: 'db', kind: 'database', params: {} },
      { id: 'media', kind: 'objectStore', params: {} },
    ],
    [['users', 'web'], ['web', 'db'], ['web', 'media']],
    { durationS: 30, hopLatencyMs: 1, seed: 4 },
  );
  d.scenario = [{ tS: 5, action: 'loss', target: 'media', pct: 100 }, { tS: 15, action: 'heal', target: 'media' }];
  return d;
}

const STATIC = 0, READ = 1;

describe('one breaker per dependency', () => {
  it('a dependency losing every call opens its own breaker only: the calls to the healthy one never fail fast', () => {
    // Requests sent in the run's last second may still be on their way at its end: counted up to 29 s.
    const sim = createSimulation(twoDependencies(5), { outcomes: { fromS: 0, toS: 29 } });
    advance(sim, 30_000);
    const r = report(sim);
    const o = sim.outcomes!;
    // Every page view (a read, to the healthy database) is answered; the media calls fail, most of them fast.
    expect(o.arrived[READ]).toBeGreaterThan(2500);
    expect(o.done[READ]).toBe(o.arrived[READ]);
    expect(r.nodes.db.errors).toBe(0);
    expect(o.done[STATIC]).toBeLessThan(o.arrived[STATIC] * 0.7);
    expect(Object.keys(r.summary.errorsByCause).sort()).toEqual(['breakerOpen', 'lost']);
    expect(r.summary.errorsByCause.breakerOpen ?? 0).toBeGreaterThan(700);
    const lines = r.events.map((e) => e.text).filter((t) => t.startsWith('breaker on web'));
    expect(lines.some((t) => /^breaker on web open \(5 calls to media failed within 10 s\)/.test(t))).toBe(true);
    expect(lines.filter((t) => t.includes(' db')).length).toBe(0);
    expect(lines.filter((t) => t.includes('closed: the probe to media succeeded'))).toHaveLength(1);
  });

  it('records each breaker state per second by server and dependency, and shows it live', () => {
    const sim = createSimulation(twoDependencies(5));
    advance(sim, 4000);
    expect(takeFrame(sim).nodes.web.breakers).toBeUndefined();
    advance(sim, 9000);
    const live = takeFrame(sim).nodes.web;
    expect(['open', 'half-open']).toContain(live.breaker);
    expect(Object.keys(live.breakers ?? {})).toEqual(['media']);
    advance(sim, 30_000);
    const series = report(sim).series;
    const states = series.map((p) => p.breakers?.web?.media ?? 'closed');
    // Closed before the loss, open or probing (half-open) through it, closed again after the heal.
    expect(states.slice(0, 5).every((s) => s === 'closed')).toBe(true);
    expect(states.slice(6, 15).every((s) => s === 'open' || s === 'half-open')).toBe(true);
    expect(states.slice(6, 15)).toContain('open');
    expect(states.slice(18).every((s) => s === 'closed')).toBe(true);
    for (const p of series) {
      expect(p.breakers?.web?.db).toBeUndefined();
      expect(p.breakersOpen).toBe(p.breakers ? Object.values(p.breakers).reduce((n, deps) => n + Object.keys(deps).length, 0) : 0);
    }
  });

  it('one per web server too: a second server has breakers of its own', () => {
    const d = twoDependencies(5);
    d.nodes.push({ ...d.nodes[1], id: 'web-2' });
    d.edges.push({ id: 'x1', source: 'web-2', target: 'db', kind: 'request' }, { id: 'x2', source: 'web-2', target: 'media', kind: 'request' });
    const r = runDesign(d);
    // web-2 gets no traffic (users call web only): its breaker on media never opens.
    expect(r.events.some((e) => e.text.startsWith('breaker on web open'))).toBe(true);
    expect(r.events.some((e) => e.text.startsWith('breaker on web-2'))).toBe(false);
    expect(r.series.every((p) => p.breakers?.['web-2'] === undefined)).toBe(true);
  });
});

describe('the page reads the state per dependency', () => {
  it('a frame whose breakers changed replaces the node live state; the badge names the dependency', () => {
    const sim = createSimulation(twoDependencies(5));
    advance(sim, 4000);
    const before = liveAfter(EMPTY_LIVE, structuredClone(takeFrame(sim)));
    advance(sim, 9000);
    const after = liveAfter(before, structuredClone(takeFrame(sim)));
    expect(after.nodes.web).not.toBe(before.nodes.web);
    const web = after.nodes.web;
    expect(badgeText('web', web)).toContain(`breaker ${web.breaker}: media`);
    expect(badgeText('web', web)).not.toContain('db');
    expect(badgeText('web', { ...web, breaker: 'open', breakers: { media: 'open', db: 'half-open' } })).toContain('breaker open: media ·');
  });
});
