import type { NodeReport, RunReport, SeriesPoint, Summary } from '../../../src/engine/api';

/** A plain RunReport for goal tests: a healthy run unless overridden. */
export function fakeReport(summary: Partial<Summary> = {}, rest: Partial<Omit<RunReport, 'summary'>> = {}): RunReport {
  return {
    summary: {
      requests: 10_000,
      completed: 9_990,
      errors: 10,
      errorRate: 0.001,
      throughputRps: 333,
      latencyMs: { mean: 30, p50: 22, p95: 80, p99: 120 },
      errorsByCause: {},
      staleReads: 0,
      readYourWritesViolations: 0,
      lostWrites: 0,
      sessionMisses: 0,
      durationS: 30,
      cacheHitRatio: null,
      cdnHitRatio: null,
      sampleK: 1,
      ...summary,
    },
    nodes: rest.nodes ?? {},
    shards: rest.shards ?? {},
    spof: rest.spof ?? [],
    events: rest.events ?? [],
    series: rest.series ?? [],
    cost: rest.cost ?? { hourlyUsd: 0, monthlyUsd: 0, perMillionRequestsUsd: 0, byNode: {} },
  };
}

export const node = (kind: string, utilization: number, extra: Partial<NodeReport> = {}): NodeReport =>
  ({ kind, utilization, queueLengthMean: 0, served: 1000, errors: 0, ...extra });

export const point = (tS: number, errorRate: number): SeriesPoint => ({
  tS, throughputRps: 100, errorRate, errors: Math.round(errorRate * 100), p50Ms: 10, p95Ms: 20, p99Ms: 30,
  cacheHitRatio: null, cdnHitRatio: null, replicaLagMs: null, staleReads: 0, queueDepth: 0, nodes: {}, shardLoad: {},
});
