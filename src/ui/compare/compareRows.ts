/** The rows of a comparison: which numbers, how to show them, and which way is better. Pure. */
import type { CompareResult } from '../../store/compareRunner';
import { formatCount, formatMs, formatPercent } from '../run/liveFormat';
import { formatMonthlyUsd, formatUsd } from '../run/moneyFormat';

export interface CompareRow {
  label: string;
  a: string;
  b: string;
  /** Whether B is better, worse or the same as A on this row. */
  verdict: 'better' | 'worse' | 'same';
}

type Metric = { label: string; get: (r: CompareResult) => number | null; format: (v: number) => string; higherIsBetter: boolean };

const METRICS: Metric[] = [
  { label: 'Throughput', get: (r) => r.summary.throughputRps, format: (v) => `${formatCount(v)} rps`, higherIsBetter: true },
  { label: 'Error rate', get: (r) => r.summary.errorRate, format: formatPercent, higherIsBetter: false },
  { label: 'Mean latency', get: (r) => r.summary.latencyMs.mean, format: formatMs, higherIsBetter: false },
  { label: 'p50 latency', get: (r) => r.summary.latencyMs.p50, format: formatMs, higherIsBetter: false },
  { label: 'p99 latency', get: (r) => r.summary.latencyMs.p99, format: formatMs, higherIsBetter: false },
  // Dollars beside milliseconds: what each design costs at the load both were given.
  { label: 'Monthly cost', get: (r) => r.cost.monthlyUsd, format: formatMonthlyUsd, higherIsBetter: false },
  { label: 'Cost per 1M requests', get: (r) => (r.summary.requests > 0 ? r.cost.perMillionRequestsUsd : null), format: formatUsd, higherIsBetter: false },
  { label: 'Cache hit ratio', get: (r) => r.summary.cacheHitRatio, format: formatPercent, higherIsBetter: true },
  { label: 'CDN hit ratio', get: (r) => r.summary.cdnHitRatio, format: formatPercent, higherIsBetter: true },
  { label: 'Stale reads', get: (r) => r.summary.staleReads, format: formatCount, higherIsBetter: false },
  { label: 'Lost writes', get: (r) => r.summary.lostWrites, format: formatCount, higherIsBetter: false },
  { label: 'Session misses', get: (r) => r.summary.sessionMisses, format: formatCount, higherIsBetter: false },
];

/** One row per metric either design has (a cache hit ratio only when one of them has a cache). */
export function compareRows(a: CompareResult, b: CompareResult): CompareRow[] {
  return METRICS.flatMap((m): CompareRow[] => {
    const va = m.get(a);
    const vb = m.get(b);
    if (va === null && vb === null) return [];
    const same = va === vb || (va !== null && vb !== null && Math.abs(va - vb) <= 1e-9 + Math.abs(va) * 0.01);
    const bHigher = (vb ?? 0) > (va ?? 0);
    const verdict = same ? 'same' : bHigher === m.higherIsBetter ? 'better' : 'worse';
    return [{ label: m.label, a: va === null ? '—' : m.format(va), b: vb === null ? '—' : m.format(vb), verdict }];
  });
}
