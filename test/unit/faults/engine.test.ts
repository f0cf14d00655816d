/**
 * The partial faults in the engine: each lands at its exact time, does what it says, and heal ends
 * it. The slowed M/M/c is held to Erlang C at the stretched service time (docs/theory.md).
 */
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, injectFault, replicaBacklog, report, runDesign, takeFrame } from '../../../src/engine';
import { type Design, type FaultEvent } from '../../../src/model';
import { decodeDesign } from '../../../src/model/decoding';
import { mmcWaitMs } from '../theory/formulas';
import { design, READS_ONLY } from '../engine/helpers';
import twoRegions from '../../fixtures/model-spof-two-regions.json';

function oneServer(rps: number, workers: number, serviceMs: number, durationS: number, scenario: FaultEvent[] = []): Design {
  const d = design(
    [
      { id: 'users', kind: 'client', params: { rps, mix: READS_ONLY } },
      { id: 'web', kind: 'web', params: { workers, serviceMs, queueLimit: 1_000_000, timeoutMs: 600_000 } },
    ],
    [['users', 'web']],
    { durationS, hopLatencyMs: 0, seed: 11 },
  );
  d.scenario = scenario;
  return d;
}

const within = (actual: number, expected: number, tolerance: number) => {
  expect(Math.abs(actual - expected) / expected, `${actual} vs ${expected}`).toBeLessThan(tolerance);
};

describe('slow', () => {
  it('a slowed M/M/c matches Erlang C at the new service time (within 3%)', () => {
    // 2 ms service × 2 = 4 ms on 4 workers at 800 req/s: a = 3.2 erlangs, ρ = 0.8.
    const c = 4, baseMs = 2, factor = 2, rps = 800, durationS = 600;
    const r = runDesign(oneServer(rps, c, baseMs, durationS, [{ tS: 0, action: 'slow', target: 'web', factor }]), { warmupS: durationS * 0.1, series: false });
    const theory = mmcWaitMs(rps / 1000, 1 / (baseMs * factor), c);
    within(r.summary.latencyMs.mean, theory.w, 0.03);
    within(r.nodes.web.utilization, theory.rho, 0.03);
    expect(r.nodes.web.faults).toEqual(['slow ×2']);
  }, 60_000);

  it('lands at its time and heal brings the service time back', () => {
    const d = oneServer(40, 8, 10, 30, [{ tS: 10, action: 'slow', target: 'web', factor: 5 }, { tS: 20, action: 'heal', target: 'web' }]);
    d.nodes[1].params = { ...d.nodes[1].params, serviceDist: 'constant' } as never;
    const series = runDesign(d).series;
    const p50 = (tS: number) => series.find((p) => p.tS === tS)!.p50Ms;
    expect(p50(10)).toBeCloseTo(10, 0);
    expect(p50(15)).toBeCloseTo(50, 0);
    expect(p50(25)).toBeCloseTo(10, 0);
  });

  it('a heal on a healthy node changes no number', () => {
    const d = oneServer(300, 2, 5, 20);
    const healedAtOnce = oneServer(300, 2, 5, 20, [{ tS: 0, action: 'heal', target: 'web' }]);
    const a = runDesign(d);
    const b = runDesign(healedAtOnce);
    expect(b.summary).toEqual(a.summary);
  });
});

describe('loss', () => {
  it('drops pct % of the requests into the target, with their own cause', () => {
    const r = runDesign(oneServer(1000, 8, 1, 60, [{ tS: 0, action: 'loss', target: 'web', pct: 20 }]), { series: false });
    const lost = r.summary.errorsByCause.lost ?? 0;
    // 60,000 requests: the binomial standard deviation of the share is 0.0016.
    expect(lost / r.summary.requests).toBeGreaterThan(0.19);
    expect(lost / r.summary.requests).toBeLessThan(0.21);
    expect(r.summary.errors).toBe(lost);
    expect(r.nodes.web.errors).toBe(lost);
  });
});

describe('flap', () => {
  it('goes down and up every periodS until healed', () => {
    const r = runDesign(oneServer(50, 4, 5, 30, [{ tS: 4, action: 'flap', target: 'web', periodS: 3 }, { tS: 20, action: 'heal', target: 'web' }]));
    const times = (text: RegExp) => r.events.filter((e) => text.test(e.text)).map((e) => e.tMs / 1000);
    expect(times(/^web down/)).toEqual([4, 10, 16]);
    expect(times(/^web back up/)).toEqual([7, 13, 19]);
    expect(times(/healed/)).toEqual([20]);
    expect(r.nodes.web.down).toBeUndefined();
  });
});

describe('partition between two data centers', () => {
  const fixture = (): Design => {
    const decoded = decodeDesign(twoRegions);
    if (!decoded.ok) throw new Error(decoded.errors.join('\n'));
    return { ...decoded.value, scenario: [] };
  };

  it('times out cross-region calls, holds replication, and catches up when healed', () => {
    const sim = createSimulation(fixture(), { durationS: 70 });
    advance(sim, 20_000);
    const before = report(sim).summary.errorsByCause.partitioned ?? 0;
    expect(before).toBe(0);
    injectFault(sim, { tS: 0, action: 'partition', target: 'dc-us', peer: 'dc-eu' });
    advance(sim, 30_000);
    const backlog30 = replicaBacklog(sim, 'eu-db');
    advance(sim, 40_000);
    const backlog40 = replicaBacklog(sim, 'eu-db');
    expect(backlog30).toBeGreaterThan(100);
    expect(backlog40).toBeGreaterThan(backlog30);
    expect(takeFrame(sim).nodes['dc-us'].faults).toEqual(['partitioned from dc-eu']);
    injectFault(sim, { tS: 0, action: 'heal', target: 'dc-eu' });
    advance(sim, 70_000);
    expect(replicaBacklog(sim, 'eu-db')).toBeLessThan(backlog30 / 10);
    const r = report(sim);
    // EU writes go to the US primary: across the partition they time out (giveUpS 30 s) as "partitioned".
    expect(r.summary.errorsByCause.partitioned ?? 0).toBeGreaterThan(0);
    expect(r.nodes['us-db'].errors).toBeGreaterThan(0);
    expect(r.events.some((e) => /partition between dc-us and dc-eu/.test(e.text))).toBe(true);
    expect(r.events.some((e) => /healed: replication catches up/.test(e.text))).toBe(true);
  });

  it('charts the replica lag growing for as long as the partition lasts, and falling after it heals', () => {
    const d = fixture();
    d.scenario = [
      { tS: 20, action: 'partition', target: 'dc-us', peer: 'dc-eu' },
      { tS: 40, action: 'heal', target: 'dc-eu' },
    ];
    const lag = (r: ReturnType<typeof runDesign>, tS: number): number => r.series.find((p) => p.tS === tS)!.replicaLagMs!;
    const r = runDesign(d, { durationS: 70 });
    const before = lag(r, 15);
    // A held replica counts as the age of its oldest write not applied: about the cut's age so far.
    expect(lag(r, 25)).toBeGreaterThan(before + 1_000);
    expect(lag(r, 35)).toBeGreaterThan(lag(r, 25) + 5_000);
    expect(lag(r, 65)).toBeLessThan(lag(r, 35) / 10);
  });

  it('leaves each region serving its own reads: GeoDNS keeps answering', () => {
    const d = fixture();
    d.scenario = [{ tS: 5, action: 'partition', target: 'dc-us', peer: 'dc-eu' }];
    const r = runDesign(d, { durationS: 40 });
    expect(r.nodes['eu-db'].served).toBeGreaterThan(0);
    expect(r.nodes['dns'].errors).toBe(0);
    expect(r.summary.errorsByCause.nodeDown ?? 0).toBe(0);
  });
});
