/**
 * A run's metrics as files: CSV (one row per simulated second, for a spreadsheet) and JSON (the
 * summary, the series and the events, as the CLI's --json prints them). Pure: tests call them.
 */
import type { EngineEvent, SeriesPoint, Summary } from '../../engine/api';

/** The CSV columns, in order: the headline series of a run (docs/design-format.md), one per simulated second. */
export const CSV_COLUMNS = [
  'tS', 'throughputRps', 'errorRate', 'errors', 'p50Ms', 'p95Ms', 'p99Ms',
  'cacheHitRatio', 'cdnHitRatio', 'replicaLagMs', 'staleReads', 'queueDepth',
] as const satisfies readonly (keyof SeriesPoint)[];

/** A number as CSV wants it: plain digits, empty for "none" (null) or not a number. */
function cell(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '';
  return String(Math.round(value * 1e6) / 1e6);
}

/** The series as CSV: a header row, then one row per point (RFC 4180, CRLF line ends). */
export function seriesToCsv(points: readonly SeriesPoint[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const p of points) rows.push(CSV_COLUMNS.map((c) => cell(p[c])).join(','));
  return `${rows.join('\r\n')}\r\n`;
}

export interface RunMetrics {
  design: string;
  seed: number;
  summary: Summary | null;
  series: readonly SeriesPoint[];
  events: readonly EngineEvent[];
}

/** The run as one JSON document. */
export const metricsToJson = (metrics: RunMetrics): string => `${JSON.stringify(metrics, null, 2)}\n`;
