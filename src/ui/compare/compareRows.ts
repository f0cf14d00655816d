/** The rows of a comparison: which numbers, how to show them, and which way is better. Pure. */
import type { Summary } from '../../engine/api';
import { formatCount, formatMs, formatPercent } from '../run/liveFormat';

export interface CompareRow {
  label: string;
  a: string;
  b: string;
  /** Whether B is better, worse or the same as A on this row. */
  verdict: 'better' | 'worse' | 'same';
}

type Metric = { label: string; get: (s: Summary) => number | null; format: (v: number) => string; higherIsBetter: boolean };

const METRICS: Metric[] = [
  { label: 'Throughput', get: (s) => s.throughputRps, format: (v) => `${formatCount(v)} rps`, higherIsBetter: true },
  { label: 'Error rate', get: (s) => s.errorRate, format: formatPercent, higherIsBetter: false },
  { label: 'Mean latency', get: (s) => s.latencyMs.mean, format: formatMs, higherIsBetter: false },
  { label: 'p50 latency', get: (s) => s.latencyMs.p50, format: formatMs, higherIsBetter: false },
  { label: 'p99 latency', get: (s) => s.latencyMs.p99, format: formatMs, higherIsBetter: false },
  { label: 'Cache hit ratio', get: (s) => s.cacheHitRatio, format: formatPercent, higherIsBetter: true },
  { label: 'CDN hit ratio', get: (s) => s.cdnHitRatio, format: formatPercent, higherIsBetter: true },
  { label: 'Stale reads', get: (s) => s.staleReads, format: formatCount, higherIsBetter: false },
  { label: 'Lost writes', get: (s) => s.lostWrites, format: formatCount, higherIsBetter: false },
  { label: 'Session misses', get: (s) => s.sessionMisses, format: formatCount, higherIsBetter: false },
];

/** One row per metric either design has (a cache hit ratio only when one of them has a cache). */
export function compareRows(a: Summary, b: Summary): CompareRow[] {
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
