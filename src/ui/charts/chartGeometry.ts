/**
 * The arithmetic of a line chart, kept apart from React so it can be tested on its own: nice
 * axis ticks, scales, and SVG paths that break at gaps (null values).
 */
import type { ChartRow } from './panelTypes';

/** About `target` round ticks (1, 2, 2.5 or 5 × a power of ten) from 0 or `min` up to at least `max`. */
export function niceTicks(min: number, max: number, target = 4): number[] {
  if (!(max > min)) max = min + 1;
  const raw = (max - min) / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power);
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  // Up to the first tick at or above the top (a hair of tolerance for float steps).
  for (let i = 0; ; i++) {
    const v = Number((first + i * step).toPrecision(12));
    ticks.push(v);
    if (v >= max - step * 1e-9) break;
  }
  return ticks;
}

/** The largest value of some series over the rows (0 when there is none). */
export function maxOf(rows: readonly ChartRow[], keys: readonly string[]): number {
  let max = 0;
  for (const row of rows) for (const key of keys) { const v = row[key]; if (v !== null && v !== undefined && v > max) max = v; }
  return max;
}

/** A linear map from [d0, d1] to [r0, r1]. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** An SVG path through a series, lifting the pen over missing values (a gap stays a gap). */
export function linePath(rows: readonly ChartRow[], key: string, x: (v: number) => number, y: (v: number) => number): string {
  let d = '';
  let pen = false;
  for (const row of rows) {
    const v = row[key];
    if (v === null || v === undefined || !Number.isFinite(v)) { pen = false; continue; }
    d += `${pen ? 'L' : 'M'}${x(row.tS).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  }
  return d;
}

/** Index of the row whose time is nearest `tS` (rows sorted by time; -1 when there are none). */
export function nearestRow(rows: readonly ChartRow[], tS: number): number {
  if (rows.length === 0) return -1;
  let lo = 0;
  let hi = rows.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].tS <= tS) lo = mid; else hi = mid;
  }
  return Math.abs(rows[hi].tS - tS) < Math.abs(rows[lo].tS - tS) ? hi : lo;
}
