/** The rows the "Find the limit" charts and table draw, from a sweep's points (pure, tested). */
import type { SweepPoint } from '../../analysis/sweepPlan';

export interface LimitRow {
  offeredRps: number;
  throughputRps: number;
  errorPct: number;
  p50: number;
  p95: number;
  p99: number;
  bottleneck: string;
  /** Dollars per million requests answered at this load (null: none were, nothing to draw). */
  usdPerMillion: number | null;
}

/** "web-1 98% busy", "db failing", "—" when nothing did any work. */
export function bottleneckText(p: SweepPoint): string {
  const b = p.bottleneck;
  if (!b) return '—';
  if (b.why === 'errors') return `${b.id} (requests fail here)`;
  return `${b.id} ${Math.round(b.utilization * 100)}% busy`;
}

/** One row a load; latencies floored at 0.1 ms so a log axis can draw them. */
export const limitRows = (points: readonly SweepPoint[]): LimitRow[] => points.map((p) => ({
  offeredRps: p.offeredRps,
  throughputRps: p.throughputRps,
  errorPct: p.errorRate * 100,
  p50: Math.max(0.1, p.latencyMs.p50),
  p95: Math.max(0.1, p.latencyMs.p95),
  p99: Math.max(0.1, p.latencyMs.p99),
  bottleneck: bottleneckText(p),
  usdPerMillion: p.cost.perMillionAnsweredUsd,
}));

/** A rate as the dialog writes it. */
export const rateText = (rps: number): string => `${rps >= 100 ? Math.round(rps).toLocaleString('en-US') : rps.toFixed(1)} req/s`;
