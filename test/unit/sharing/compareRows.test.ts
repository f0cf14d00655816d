import { describe, expect, it } from 'vitest';
import type { CostReport, Summary } from '../../../src/engine/api';
import { compareRows } from '../../../src/ui/compare/compareRows';

const summary = (over: Partial<Summary>): Summary => ({
  requests: 1000, completed: 990, errors: 10, errorRate: 0.01, throughputRps: 100,
  latencyMs: { mean: 20, p50: 15, p95: 40, p99: 80 }, errorsByCause: {}, staleReads: 0, readYourWritesViolations: 0,
  lostWrites: 0, sessionMisses: 0, durationS: 10, cacheHitRatio: null, cdnHitRatio: null, sampleK: 1, ...over,
});

const cost = (monthlyUsd: number, perMillionRequestsUsd: number): CostReport => ({ hourlyUsd: monthlyUsd / 730, monthlyUsd, perMillionRequestsUsd, byNode: {} });
const result = (over: Partial<Summary>, c: CostReport = cost(1460, 5)) => ({ summary: summary(over), cost: c });

describe('compare rows', () => {
  it('says which way each metric moved, higher or lower being better as it should', () => {
    const rows = compareRows(result({}), result({ throughputRps: 150, errorRate: 0, latencyMs: { mean: 20, p50: 15, p95: 40, p99: 200 }, cacheHitRatio: 0.6 }));
    const byLabel = Object.fromEntries(rows.map((r) => [r.label, r]));
    expect(byLabel.Throughput.verdict).toBe('better');
    expect(byLabel['Error rate'].verdict).toBe('better');
    expect(byLabel['p99 latency'].verdict).toBe('worse');
    expect(byLabel['Mean latency'].verdict).toBe('same');
    expect(byLabel['Cache hit ratio']).toMatchObject({ a: '—', b: '60%' });
    // Neither has a CDN: no row for it.
    expect(byLabel['CDN hit ratio']).toBeUndefined();
  });

  it('puts each side’s monthly cost and cost per million requests beside its latency, cheaper being better', () => {
    const rows = compareRows(result({}, cost(18_000, 6.8)), result({}, cost(13_600, 5.17)));
    const byLabel = Object.fromEntries(rows.map((r) => [r.label, r]));
    expect(byLabel['Monthly cost']).toMatchObject({ a: '$18,000/mo', b: '$13,600/mo', verdict: 'better' });
    expect(byLabel['Cost per 1M requests']).toMatchObject({ a: '$6.80', b: '$5.17', verdict: 'better' });
    const labels = rows.map((r) => r.label);
    expect(labels.indexOf('Monthly cost')).toBe(labels.indexOf('p99 latency') + 1);
    // A design that sent nothing has no cost per request, only its hourly bill.
    const idle = compareRows(result({ requests: 0 }, cost(1460, 0)), result({}, cost(2920, 5)));
    expect(Object.fromEntries(idle.map((r) => [r.label, r]))['Cost per 1M requests']).toMatchObject({ a: '—', b: '$5.00' });
    expect(Object.fromEntries(idle.map((r) => [r.label, r]))['Monthly cost'].verdict).toBe('worse');
  });
});
