import { describe, expect, it } from 'vitest';
import type { Summary } from '../../../src/engine/api';
import { compareRows } from '../../../src/ui/compare/compareRows';

const summary = (over: Partial<Summary>): Summary => ({
  requests: 1000, completed: 990, errors: 10, errorRate: 0.01, throughputRps: 100,
  latencyMs: { mean: 20, p50: 15, p95: 40, p99: 80 }, errorsByCause: {}, staleReads: 0, readYourWritesViolations: 0,
  lostWrites: 0, sessionMisses: 0, durationS: 10, cacheHitRatio: null, cdnHitRatio: null, sampleK: 1, ...over,
});

describe('compare rows', () => {
  it('says which way each metric moved, higher or lower being better as it should', () => {
    const rows = compareRows(summary({}), summary({ throughputRps: 150, errorRate: 0, latencyMs: { mean: 20, p50: 15, p95: 40, p99: 200 }, cacheHitRatio: 0.6 }));
    const byLabel = Object.fromEntries(rows.map((r) => [r.label, r]));
    expect(byLabel.Throughput.verdict).toBe('better');
    expect(byLabel['Error rate'].verdict).toBe('better');
    expect(byLabel['p99 latency'].verdict).toBe('worse');
    expect(byLabel['Mean latency'].verdict).toBe('same');
    expect(byLabel['Cache hit ratio']).toMatchObject({ a: '—', b: '60%' });
    // Neither has a CDN: no row for it.
    expect(byLabel['CDN hit ratio']).toBeUndefined();
  });
});
