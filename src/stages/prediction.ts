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

/** The metrics a design can be predicted on: the hit ratio only when it has a cache or a CDN. */
export const predictionMetricsFor = (design: Pick<Design, 'nodes'>): PredictionMetric[] =>
  (Object.keys(PREDICTION_METRICS) as PredictionMetric[]).filter((m) => m !== 'hitRatioPct' || hitRatioSource(design) !== null);

/** The number the learner typed, checked; a message naming the range when it will not do. */
export function parsePrediction(metric: PredictionMetric, text: string): { ok: true; prediction: Prediction } | { ok: false; error: string } {
  const m = PREDICTION_METRICS[metric];
  const trimmed = text.trim().replace(/,/g, '');
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value) || value < 0 || value > m.max) {
    return { ok: false, error: `A prediction of ${m.label} is a number of ${m.unit} from 0 to ${m.max.toLocaleString('en-US')}.` };
  }
  return { ok: true, prediction: { metric, value } };
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

/** How far off a highest-load prediction may be and still count as close: ±25 %. */
export const HIGHEST_LOAD_CLOSE = 0.25;
/** How many points off a hit-ratio prediction may be and still count as close. */
export const HIT_RATIO_CLOSE_POINTS = 5;

const shown = (x: number): string => (Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-US') : String(Number(x.toPrecision(3))));

const targetsText = (t: SweepTargets): string => `p99 under ${shown(t.p99Ms)} ms and under ${shown(t.errorRate * 100)}% failing`;

function highestLoadText(p: ScoredPrediction): string {
  const m = PREDICTION_METRICS.highestLoadRps;
  const head = `You predicted the highest load ${shown(p.value)} ${m.unit}`;
  const by = p.targets ? ` (${targetsText(p.targets)})` : '';
  if (p.actual === null) return `${head}; in the load sweep no load met the targets${by}, not even the lowest.`;
  if (p.limitAbove) {
    const verdict = p.value >= p.actual ? 'consistent with your prediction' : `${shown(p.value / p.actual)}× that, too low`;
    return `${head}; the load sweep met the targets${by} at every load up to ${shown(p.actual)} ${m.unit}, so the limit is higher: ${verdict}.`;
  }
  const ratio = p.actual > 0 ? p.value / p.actual : Infinity;
  const close = Math.abs(ratio - 1) <= HIGHEST_LOAD_CLOSE;
  const where = close ? 'within ±25%, close' : `outside ±25%, too ${ratio > 1 ? 'high' : 'low'}`;
  return `${head}; the load sweep found ${shown(p.actual)} ${m.unit}${by}: ${shown(ratio)}× that, ${where}.`;
}

/** Off by points (errors, hit ratio): a 0.1% against 0.3% error rate is close, though three times off. */
function pointsText(head: string, p: ScoredPrediction & { actual: number }, closePoints: number): string {
  const points = Math.abs(p.value - p.actual);
  const within = closePoints === 1 ? 'within a point' : `within ${closePoints} points`;
  return `${head}: ${points < closePoints ? `${within}, close` : `${shown(points)} points ${p.value > p.actual ? 'too high' : 'too low'}`}.`;
}

/**
 * How close it came, in words: the gap as a share of the measured figure, in points for errors and
 * the hit ratio, and as a ratio to the sweep's knee for the highest load.
 */
export function predictionText(p: ScoredPrediction): string {
  if (p.metric === 'highestLoadRps') return highestLoadText(p);
  const m = PREDICTION_METRICS[p.metric];
  const label = p.metric === 'hitRatioPct' ? `${p.of === 'cdn' ? 'CDN' : 'cache'} hit ratio` : m.label;
  const predicted = `You predicted ${label} ${shown(p.value)} ${m.unit}`;
  if (p.actual === null) return `${predicted}; the Check measured no ${p.of === 'cdn' ? 'CDN' : 'cache'} lookups, so there is no hit ratio to compare.`;
  const head = `${predicted}; the Check measured ${shown(p.actual)} ${m.unit}`;
  if (p.metric === 'errorPct') return pointsText(head, { ...p, actual: p.actual }, 1);
  if (p.metric === 'hitRatioPct') return pointsText(head, { ...p, actual: p.actual }, HIT_RATIO_CLOSE_POINTS);
  if (p.actual === 0) return `${head}.`;
  const off = Math.abs(p.value - p.actual) / p.actual;
  if (off <= 0.1) return `${head}: within ${Math.max(1, Math.round(off * 100))}%, close.`;
  return `${head}: ${Math.round(off * 100)}% ${p.value > p.actual ? 'too high' : 'too low'}.`;
}
