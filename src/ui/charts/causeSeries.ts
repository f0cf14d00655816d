/**
 * The Failure causes chart's rows: per second, the share of the requests that failed for each
 * cause (so at any second the lines add up to the throughput chart's error rate). A share, not a
 * rate, so a rolled-up or thinned point reads the same as a one-second one.
 */
import { causeRows } from '../../analysis/causeWords';
import type { SeriesPoint } from '../../engine/api';
import { colorAt, dashAt } from './palette';
import type { ChartRow, PanelData } from './panelTypes';

/** One line per cause that failed any request in `points`, most failures first; null when none failed. */
export function causeSeriesData(points: readonly SeriesPoint[]): PanelData | null {
  const totals: Record<string, number> = {};
  for (const p of points) {
    for (const [cause, n] of Object.entries(p.errorsByCause ?? {})) totals[cause] = (totals[cause] ?? 0) + (n ?? 0);
  }
  const causes = causeRows(totals);
  if (causes.length === 0) return null;
  return {
    series: causes.map((c, i) => ({ key: `s${i}`, name: c.label, color: colorAt(i), dash: dashAt(i), axis: 'left' as const })),
    rows: points.map((p) => {
      const row: ChartRow = { tS: p.tS };
      // errorRate = errors / finished, so a cause's share of the finished requests is errorRate × its part of the errors.
      causes.forEach((c, i) => {
        const n = p.errorsByCause?.[c.cause as keyof NonNullable<SeriesPoint['errorsByCause']>] ?? 0;
        row[`s${i}`] = p.errors > 0 ? Number(((p.errorRate * n * 100) / p.errors).toFixed(2)) : 0;
      });
      return row;
    }),
  };
}
