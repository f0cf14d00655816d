/** Most points one chart series draws: more than the panel has pixels across would only cost time. */
export const MAX_CHART_POINTS = 300;

/**
 * Thins `points` to at most `maxPoints` by keeping every k-th point (k a power of two) plus the
 * last one. Why this shape: as a live run grows, the kept points stay the same ones until k
 * doubles, so the lines do not shimmer on every frame; and the newest point is always drawn.
 * Returns the same array when it is already short enough, so memoised charts skip the work.
 */
export function downsample<T>(points: readonly T[], maxPoints = MAX_CHART_POINTS): readonly T[] {
  const count = points.length;
  if (count <= maxPoints) return points;
  const budget = Math.max(2, maxPoints);
  // Multiples of k within [0, count-1] number floor((count-1)/k) + 1; plus the last point.
  let stride = 1;
  while (Math.floor((count - 1) / stride) + 2 > budget) stride *= 2;
  const kept: T[] = [];
  for (let i = 0; i < count; i += stride) kept.push(points[i]);
  if ((count - 1) % stride !== 0) kept.push(points[count - 1]);
  return kept;
}

/** The points of the last `windowS` simulated seconds (all of them when no window is given). */
export function lastSeconds<T extends { tS: number }>(points: readonly T[], windowS?: number): readonly T[] {
  if (windowS === undefined || points.length === 0) return points;
  const fromS = points[points.length - 1].tS - windowS;
  let first = points.length - 1;
  while (first > 0 && points[first - 1].tS > fromS) first--;
  return first === 0 ? points : points.slice(first);
}
