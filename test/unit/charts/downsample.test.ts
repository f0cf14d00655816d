import { describe, expect, it } from 'vitest';
import { downsample, lastSeconds, MAX_CHART_POINTS } from '../../../src/ui/charts/downsample';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('downsample', () => {
  it('returns short series untouched (the same array, for memoisation)', () => {
    const points = range(MAX_CHART_POINTS);
    expect(downsample(points)).toBe(points);
    expect(downsample([])).toEqual([]);
  });

  it('keeps at most MAX_CHART_POINTS points, the first and the last, in order', () => {
    for (const n of [MAX_CHART_POINTS + 1, 1000, 1199, 1200, 1201, 5000, 86_400]) {
      const kept = downsample(range(n));
      expect(kept.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
      expect(kept.length).toBeGreaterThan(MAX_CHART_POINTS / 2 - 2);
      expect(kept[0]).toBe(0);
      expect(kept[kept.length - 1]).toBe(n - 1);
      expect(kept.every((v, i) => i === 0 || v > kept[i - 1])).toBe(true);
    }
  });

  it('keeps the same points as a live series grows, so lines do not shimmer', () => {
    const a = downsample(range(1500));
    const b = downsample(range(1501));
    expect(b.slice(0, -1)).toEqual(a.slice(0, -1));
  });

  it('honours a smaller budget', () => {
    const kept = downsample(range(100), 10);
    expect(kept.length).toBeLessThanOrEqual(10);
    expect(kept[kept.length - 1]).toBe(99);
  });

  it('cuts a window of simulated seconds', () => {
    const points = range(100).map((i) => ({ tS: i + 1 }));
    expect(lastSeconds(points, 10).map((p) => p.tS)).toEqual([91, 92, 93, 94, 95, 96, 97, 98, 99, 100]);
    expect(lastSeconds(points)).toBe(points);
  });
});

describe('time axis', () => {
  it('puts ticks on round simulated times', async () => {
    const { timeTicks, formatAxisSeconds } = await import('../../../src/ui/charts/timeTicks');
    expect(timeTicks(1, 60)).toEqual([15, 30, 45, 60]);
    expect(timeTicks(1, 900)).toEqual([300, 600, 900]);
    expect(timeTicks(5, 5)).toEqual([5]);
    expect([45, 150, 3725].map(formatAxisSeconds)).toEqual(['45s', '2:30', '1:02:05']);
  });
});
