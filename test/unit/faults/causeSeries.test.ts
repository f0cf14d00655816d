/** The failures by cause second by second: each series point splits its errors by cause, and they add up to the summary's. */
import { describe, expect, it } from 'vitest';
import { runDesign } from '../../../src/engine';
import { mergePoints } from '../../../src/engine/history';
import { CAUSES } from '../../../src/engine/state';
import type { SeriesPoint } from '../../../src/engine/api';
import { causeSeriesData } from '../../../src/ui/charts/causeSeries';
import type { FaultEvent } from '../../../src/model';
import { design, READS_ONLY } from '../engine/helpers';

function twoFaults(scenario: FaultEvent[]) {
  const d = design(
    [
      { id: 'users', kind: 'client', params: { rps: 400, mix: READS_ONLY } },
      { id: 'web', kind: 'web', params: { workers: 8, serviceMs: 2 } },
    ],
    [['users', 'web']],
    { durationS: 12, hopLatencyMs: 0, seed: 5 },
  );
  d.scenario = scenario;
  return d;
}

const sumOf = (points: readonly SeriesPoint[], cause: string) =>
  points.reduce((s, p) => s + ((p.errorsByCause as Record<string, number> | undefined)?.[cause] ?? 0), 0);

describe('errorsByCause on the series', () => {
  const r = runDesign(twoFaults([
    { tS: 2, action: 'loss', target: 'web', pct: 30 }, { tS: 5, action: 'heal', target: 'web' },
    { tS: 8, action: 'kill', target: 'web' },
  ]));

  it('splits each second\'s errors by cause, only in the seconds that had errors', () => {
    for (const p of r.series) {
      if (p.errors === 0) expect(p.errorsByCause, `t = ${p.tS}`).toBeUndefined();
      else expect(Object.values(p.errorsByCause!).reduce((s, n) => s + n!, 0), `t = ${p.tS}`).toBe(p.errors);
    }
    expect(r.series.find((p) => p.tS === 1)!.errorsByCause).toBeUndefined();
    expect(Object.keys(r.series.find((p) => p.tS === 3)!.errorsByCause!)).toEqual(['lost']);
    expect(r.series.find((p) => p.tS === 7)!.errorsByCause).toBeUndefined();
    expect(r.series.find((p) => p.tS === 10)!.errorsByCause!.nodeDown).toBeGreaterThan(0);
  });

  it('adds up, cause by cause, to the summary', () => {
    for (const cause of CAUSES) expect(sumOf(r.series, cause), cause).toBe((r.summary.errorsByCause as Record<string, number>)[cause] ?? 0);
    expect(r.summary.errorsByCause.lost).toBeGreaterThan(0);
  });

  it('charts each cause as its share of the requests, the lines adding up to the error rate', () => {
    const data = causeSeriesData(r.series)!;
    expect(data.series.map((s) => s.name).sort()).toEqual(['lost (loss fault)', 'node down']);
    for (const [i, p] of r.series.entries()) {
      const row = data.rows[i];
      const total = data.series.reduce((s, line) => s + (row[line.key] ?? 0), 0);
      expect(total, `t = ${p.tS}`).toBeCloseTo(p.errorRate * 100, 1);
    }
    const at3 = data.rows[r.series.findIndex((p) => p.tS === 3)];
    const lostKey = data.series.find((s) => s.name === 'lost (loss fault)')!.key;
    expect(at3[lostKey]).toBeGreaterThan(20);
    expect(at3[lostKey]).toBeLessThan(40);
  });

  it('has no chart when nothing failed', () => {
    expect(causeSeriesData(runDesign(twoFaults([])).series)).toBeNull();
    expect(causeSeriesData([])).toBeNull();
  });

  it('a rolled-up point adds the two points\' causes', () => {
    const [a, b] = [r.series.find((p) => p.tS === 3)!, r.series.find((p) => p.tS === 10)!];
    const m = mergePoints(a, 1, b, 1);
    expect(m.errorsByCause).toEqual({ lost: a.errorsByCause!.lost, nodeDown: b.errorsByCause!.nodeDown });
    expect(mergePoints(r.series[0], 1, r.series[1], 1).errorsByCause).toBeUndefined();
    expect(mergePoints(r.series[0], 1, a, 1).errorsByCause).toEqual(a.errorsByCause);
  });
});
