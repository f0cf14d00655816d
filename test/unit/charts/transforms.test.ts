import { describe, expect, it } from 'vitest';
import { hitRatioData, queueData, replicaData, shardData, throughputData, utilizationData } from '../../../src/ui/charts/transforms';
import { syntheticRun } from './synthetic';

const names = { nodeNames: { users: 'Users', 'web-1': 'Web 1', 'shard.a': 'Shard A', 'shard.b': 'Shard B' }, shardNames: {} };

describe('chart transforms', () => {
  it('gives null (an empty state) when the design lacks the component', () => {
    const points = syntheticRun(5);
    expect(hitRatioData(points)).toBeNull();
    expect(replicaData(points)).toBeNull();
    expect(shardData(points, names)).toBeNull();
    expect(throughputData([])).toBeNull();
  });

  it('turns ratios into percentages and keeps gaps as null', () => {
    const points = syntheticRun(3, { cacheHitRatio: 0.75 });
    points[1] = { ...points[1], cacheHitRatio: null };
    const data = hitRatioData(points);
    expect(data?.series.map((s) => s.name)).toEqual(['cache hits']);
    const key = data?.series[0].key ?? '';
    expect(data?.rows.map((r) => r[key])).toEqual([75, null, 75]);
    expect(throughputData(points)?.rows[0].s3).toBeCloseTo(1);
  });

  it('plots shard shares with generated keys (ids may hold dots) and states the skew', () => {
    const data = shardData(syntheticRun(4, { shardLoad: { router: { 'shard.a': 0.75, 'shard.b': 0.25 } } }), names);
    expect(data?.series.map((s) => [s.key, s.name])).toEqual([['s0', 'Shard A'], ['s1', 'Shard B']]);
    expect(data?.rows[0]).toEqual({ tS: 1, s0: 75, s1: 25 });
    expect(data?.note).toContain('skew 1.5');
  });

  it('shows the busiest nodes by name and skips idle ones', () => {
    const data = utilizationData(syntheticRun(3), names);
    expect(data?.series.map((s) => s.name)).toEqual(['Web 1']);
    expect(data?.rows[0].s0).toBeCloseTo(60);
    expect(queueData(syntheticRun(3), names)?.series.map((s) => s.name)).toEqual(['waiting at Web 1']);
  });
});
