/** The rows and knees the "Find the limit" dialog draws, for the whole design or one service. */
import { describe, expect, it } from 'vitest';
import { summarizeSweep, type ServiceSweepPoint, type SweepPoint } from '../../../src/analysis/sweepPlan';
import { kneeOf, limitRows, sweepServices } from '../../../src/ui/limit/limitSeries';

const svc = (p99: number, errorRate: number, id: string): ServiceSweepPoint => ({
  throughputRps: 10, errorRate, latencyMs: { p50: 1, p95: 2, p99, mean: 1 },
  bottleneck: { id, utilization: 0.5, why: 'busiest' }, cost: { monthlyUsd: 100, perMillionRequestsUsd: 2, perMillionAnsweredUsd: 3 },
});
const point = (offeredRps: number, services?: Record<string, ServiceSweepPoint>): SweepPoint => ({
  offeredRps, throughputRps: offeredRps, errorRate: 0, latencyMs: { p50: 0, p95: 1, p99: 5, mean: 1 }, bottleneck: null,
  cost: { monthlyUsd: 900, perMillionRequestsUsd: 1, perMillionAnsweredUsd: 1 }, ...(services ? { services } : {}),
});

describe('limit rows by service', () => {
  const result = summarizeSweep([
    point(10, { pages: svc(50, 0, 'web-1'), uploads: svc(100, 0, 'web-3') }),
    point(20, { pages: svc(60, 0, 'web-1'), uploads: svc(900, 0.2, 'web-3') }),
    point(40, { pages: svc(800, 0, 'web-2') }),
  ]);

  it('reads one service\'s figures, its own cost and bottleneck, leaving out loads without it', () => {
    const rows = limitRows(result.points, 'uploads');
    expect(rows.map((r) => [r.offeredRps, r.p99, r.errorPct, r.bottleneck, r.monthlyUsd])).toEqual([[10, 100, 0, 'web-3 50% busy', 100], [20, 900, 20, 'web-3 50% busy', 100]]);
    expect(limitRows(result.points).map((r) => [r.monthlyUsd, r.p50])).toEqual([[900, 0.1], [900, 0.1], [900, 0.1]]);
  });

  it('gives each service its knee, and null for a service the sweep did not see', () => {
    expect(sweepServices(result)).toEqual(['pages', 'uploads']);
    expect(kneeOf(result, 'uploads')?.rps).toBe(10);
    expect(kneeOf(result, 'pages')?.rps).toBe(20);
    expect(kneeOf(result, null)).toBe(result.knee);
    expect(kneeOf(result, 'feed')).toBeNull();
    expect(sweepServices(summarizeSweep([point(10)]))).toEqual([]);
  });
});
