import { describe, expect, it } from 'vitest';
import { summaryFigures } from '../../../src/ui/run/summaryFigures';
import { fakeReport, point } from '../stages/fakeReport';

const byTestId = (figures: ReturnType<typeof summaryFigures>) => new Map(figures.map((f) => [f.testId, f]));

describe('summaryFigures', () => {
  // A finished run of "Many small boxes" (seed 1, 60 s): the last second's p99 was 324 ms, the whole
  // run's 299 ms, and Compare showed 299 ms for the same design. Both cannot be just "p99".
  const { summary, cost } = fakeReport({ throughputRps: 1001, errorRate: 0, latencyMs: { mean: 76, p50: 58, p95: 180, p99: 299.5 } });
  const last = { ...point(60, 0.02), throughputRps: 1000, p99Ms: 324.2 };

  it('labels the last second’s throughput, errors and p99 as the last second’s, and says where the whole run is', () => {
    const f = byTestId(summaryFigures(last, summary, cost));
    expect(f.get('figure-p99')).toMatchObject({ label: 'p99, last s', value: '324 ms' });
    expect(f.get('figure-errors')).toMatchObject({ label: 'Errors, last s', value: '2.0%' });
    expect(f.get('figure-throughput')).toMatchObject({ label: 'Throughput, last s', value: '1.0k rps' });
    expect(f.get('figure-p99')?.title).toBe('In the last simulated second (t = 60 s). Compare, Find the limit and the Check measure the whole run.');
    // The running totals are the whole run's, as before.
    expect(f.get('figure-requests')?.label).toBe('Requests');
  });

  it('shows the whole run’s figures under their plain names when there is no last second yet', () => {
    const f = byTestId(summaryFigures(null, summary, cost));
    expect(f.get('figure-p99')).toMatchObject({ label: 'p99', value: '300 ms' });
    expect(f.get('figure-p99')?.title).toBeUndefined();
  });

  it('keeps every label short enough for the audience window’s frame (40 characters)', () => {
    for (const figure of summaryFigures(last, { ...summary, staleReads: 3, lostWrites: 2, sessionMisses: 1, retries: 5, attempts: 10_005, sampleK: 10, cacheHitRatio: 0.5, cdnHitRatio: 0.4 }, cost)) {
      expect(figure.label.length).toBeLessThanOrEqual(40);
    }
  });
});
