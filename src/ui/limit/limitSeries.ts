/** The rows the "Find the limit" charts and table draw, from a sweep's points (pure, tested). */
import { serviceCurve, type Bottleneck, type Knee, type SweepPoint, type SweepResult } from '../../analysis/sweepPlan';

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
  /** Dollars a month at this load (null: a service's requests no service took, which own no server). */
  monthlyUsd: number | null;
}

/** "web-1 98% busy", "db failing", "—" when nothing did any work. */
export function bottleneckText(p: { bottleneck: Bottleneck | null }): string {
  const b = p.bottleneck;
  if (!b) return '—';
  if (b.why === 'errors') return `${b.id} (requests fail here)`;
  return `${b.id} ${Math.round(b.utilization * 100)}% busy`;
}

/**
 * One row a load, for the whole design (`service` null) or for one service's own requests (its
 * servers' cost; loads where it had none are left out); latencies floored at 0.1 ms so a log axis
 * can draw them.
 */
export const limitRows = (points: readonly SweepPoint[], service: string | null = null): LimitRow[] =>
  (service === null ? points : serviceCurve(points, service)).map((p) => ({
    offeredRps: p.offeredRps,
    throughputRps: p.throughputRps,
    errorPct: p.errorRate * 100,
    p50: Math.max(0.1, p.latencyMs.p50),
    p95: Math.max(0.1, p.latencyMs.p95),
    p99: Math.max(0.1, p.latencyMs.p99),
    bottleneck: bottleneckText(p),
    usdPerMillion: p.cost?.perMillionAnsweredUsd ?? null,
    monthlyUsd: p.cost?.monthlyUsd ?? null,
  }));

/** The knee of the whole design (`service` null) or of one service; null when that sweep did not see the service. */
export const kneeOf = (result: SweepResult, service: string | null): Knee | null =>
  (service === null ? result.knee : result.services?.[service] ?? null);

/** The services a sweep can be read by, in its order (empty when the design names none). */
export const sweepServices = (result: SweepResult): string[] => Object.keys(result.services ?? {});

/** A rate as the dialog writes it. */
export const rateText = (rps: number): string => `${rps >= 100 ? Math.round(rps).toLocaleString('en-US') : rps.toFixed(1)} req/s`;
