import type { SeriesPoint } from '../../../src/engine/api';

/** A plausible point at second `tS`; `extra` switches on caches, replicas, shards… */
export function syntheticPoint(tS: number, extra: Partial<SeriesPoint> = {}): SeriesPoint {
  return {
    tS, throughputRps: 80 + (tS % 7), errorRate: 0.01, errors: 1, p50Ms: 12, p95Ms: 30, p99Ms: 55,
    cacheHitRatio: null, cdnHitRatio: null, replicaLagMs: null, staleReads: 0, queueDepth: 0,
    nodes: { 'web-1': { utilization: 0.6, queueLength: 2, rps: 80 }, users: { utilization: 0, queueLength: 0, rps: 0 } },
    shardLoad: {},
    ...extra,
  };
}

export const syntheticRun = (seconds: number, extra: Partial<SeriesPoint> = {}): SeriesPoint[] =>
  Array.from({ length: seconds }, (_, i) => syntheticPoint(i + 1, extra));

/** jsdom has no layout and no ResizeObserver: a do-nothing one, so the charts mount at a given size. */
export function stubResizeObserver(): void {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
