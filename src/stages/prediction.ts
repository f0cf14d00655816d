/**
 * A learner's prediction before a stage's Check ("p99 will be about 300 ms"), and how close it
 * came once the Check has run. Pure: the store keeps the draft and records the scored one with the
 * stage's progress (progress.ts).
 */
import type { SweepTargets } from '../analysis/sweepPlan';
import type { Design } from '../model';

/** What may be predicted: figures every Check reports, the hit ratio (designs with a cache or CDN), and the highest load (a load sweep after the Check). */
export const PREDICTION_METRICS = {
  p99Ms: { label: 'p99 latency', unit: 'ms', max: 600_000 },
  throughputRps: { label: 'throughput', unit: 'req/s', max: 100_000_000 },
  errorPct: { label: 'errors', unit: '%', max: 100 },
  hitRatioPct: { label: 'hit ratio', unit: '%', max: 100 },
  highestLoadRps: { label: 'highest load', unit: 'req/s', max: 100_000_000 },
} as const;

export type PredictionMetric = keyof typeof PREDICTION_METRICS;

export const isPredictionMetric = (x: unknown): x is PredictionMetric => typeof x === 'string' && Object.hasOwn(PREDICTION_METRICS, x);

export interface Prediction { metric: PredictionMetric; value: number }

/** A prediction beside what the Check measured. */
export interface ScoredPrediction extends Prediction {
  /** The measured figure; null when there was none (no cache lookups; no load of the sweep met the targets). */
  actual: number | null;
  /** Hit ratio: the caches' combined, or the CDN's when the design's only cache is a CDN. */
  of?: HitRatioSource;
  /** Highest load: the targets the knee was read by. */
  targets?: SweepTargets;
  /** Highest load: every load of the sweep met the targets, so the limit is above `actual`. */
  limitAbove?: true;
}

export type HitRatioSource = 'cache' | 'cdn';

/** Whose hit ratio a prediction means: the caches' (combined) when the design has any, else the CDN's; null with neither. */
export function hitRatioSource(design: Pick<Design, 'nodes'>): HitRatioSource | null {
  if (design.nodes.some((n) => n.kind === 'cache')) return 'cache';
  return design.nodes.some((n) => n.kind === 'cdn') ? 'cdn' : null;
}

/** The Check's headline figures a prediction can be compared with (StageCheckView.summary). */
export interface CheckFigures {
  throughputRps: number;
  errorRate: number;
  p99Ms: number;
  /** Absent in a view from before the hit ratio was reported: then there is no hit ratio to compare. */
  cacheHitRatio?: number | null;
  cdnHitRatio?: number | null;
}

/**
 * The Check's figure a prediction is compared with (the highest load comes from the sweep, not
 * from here: null). A hit ratio in percent, of `of`'s nodes; null when they had no lookups.
 */
export function measuredFigure(metric: PredictionMetric, summary: CheckFigures, of: HitRatioSource | null = 'cache'): number | null {
  if (metric === 'p99Ms') return summary.p99Ms;
  if (metric === 'throughputRps') return summary.throughputRps;
  if (metric === 'errorPct') return summary.errorRate * 100;
  if (metric === 'hitRatioPct') {
    const ratio = of === 'cache' ? summary.cacheHitRatio : of === 'cdn' ? summary.cdnHitRatio : null;
    return ratio === null || ratio === undefined ? null : ratio * 100;
  }
  return null;
}
