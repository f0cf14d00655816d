/** A web server's circuit breaker: opens after n failures in its window, fails fast, half-opens after openS, closes on a good probe. */
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, report, runDesign, takeFrame } from '../../../src/engine';
import type { Design } from '../../../src/model';
import { design, READS_ONLY } from '../engine/helpers';

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
    advance(sim, 8000);
    expect(['open', 'half-open']).toContain(takeFrame(sim).nodes.web.breaker);
    advance(sim, 30_000);
    const series = report(sim).series;
    expect(series[3].breakersOpen).toBe(0);
    expect(series[10].breakersOpen).toBe(1);
    expect(series[25].breakersOpen).toBe(0);
  });
});
