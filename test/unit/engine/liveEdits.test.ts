/** Regression tests for live edits that used to change nothing in the running engine. */
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, report, updateNodeParams, type SeriesPoint } from '../../../src/engine';
import { decodeDesign } from '../../../src/model/decoding';
import { design, READS_ONLY } from './helpers';

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const window = (series: SeriesPoint[], fromS: number, toS: number) => series.filter((p) => p.tS > fromS && p.tS <= toS);

describe('live edits reach the running engine', () => {
  it('a data center’s inter-region latency moves the p50 of users in another region (80 → 1,000 ms)', () => {
    const d = design([
      { id: 'users', kind: 'client', params: { rps: 50, region: 'us-east', mix: READS_ONLY } },
      { id: 'dc', kind: 'dataCenter', params: { region: 'eu-west', interRegionLatencyMs: 80 } },
      { id: 'web', kind: 'web', parent: 'dc', params: { serviceMs: 5 } },
    ], [['users', 'web']], { durationS: 40 });
    const sim = createSimulation(d, { seed: 3 });
    advance(sim, 20_000);
    expect(updateNodeParams(sim, 'dc', { interRegionLatencyMs: 1000 })).toBe(true);
    advance(sim, 40_000);
    const series = report(sim).series;
    const before = mean(window(series, 5, 20).map((p) => p.p50Ms));
    const after = mean(window(series, 22, 40).map((p) => p.p50Ms));
    expect(before).toBeGreaterThan(80);
    expect(before).toBeLessThan(120);
    expect(after - before).toBeGreaterThan(850);
  });

  it('users give up after their client’s “Give up after”, not a hidden 30 s, and a live change takes effect', () => {
    // Every request takes 45 s at the web server, whose own timeout (600 s) never fires.
    const slow = (giveUpS: number) => design([
      { id: 'users', kind: 'client', params: { rps: 0.5, arrival: 'constant', giveUpS, mix: READS_ONLY } },
      { id: 'web', kind: 'web', params: { workers: 100, serviceMs: 45_000, serviceDist: 'constant', timeoutMs: 600_000 } },
    ], [['users', 'web']], { durationS: 200 });
    const patient = createSimulation(slow(60), { seed: 1 });
    advance(patient, 100_000);
    const early = report(patient).summary;
    expect(early.completed).toBeGreaterThan(20);
    expect(early.errorsByCause.timeout ?? 0).toBe(0);
    updateNodeParams(patient, 'users', { giveUpS: 10 });
    advance(patient, 200_000);
    const late = report(patient).summary;
    expect(late.errorsByCause.timeout ?? 0).toBeGreaterThan(20);

    const impatient = createSimulation(slow(30), { seed: 1 });
    advance(impatient, 100_000);
    expect(report(impatient).summary.completed).toBe(0);
  });

  it('an old design without “Give up after” decodes to 30 s, so its runs are unchanged', () => {
    const old = decodeDesign({ version: 1, nodes: [{ id: 'users', kind: 'client', params: { rps: 10 } }], edges: [] });
    expect(old.ok && old.value.nodes[0].kind === 'client' && old.value.nodes[0].params.giveUpS).toBe(30);
  });
});
