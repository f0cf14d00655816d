/**
 * A learner's prediction before a stage's Check ("p99 will be about 300 ms"), and how close it
 * came once the Check has run. Pure: the store keeps the draft and records the scored one with the
 * stage's progress (progress.ts).
 */

/** What may be predicted: figures every Check reports. */
export const PREDICTION_METRICS = {
  p99Ms: { label: 'p99 latency', unit: 'ms', max: 600_000 },
  throughputRps: { label: 'throughput', unit: 'req/s', max: 100_000_000 },
  errorPct: { label: 'errors', unit: '%', max: 100 },
} as const;

export type PredictionMetric = keyof typeof PREDICTION_METRICS;

export const isPredictionMetric = (x: unknown): x is PredictionMetric => typeof x === 'string' && Object.hasOwn(PREDICTION_METRICS, x);

export interface Prediction { metric: PredictionMetric; value: number }

/** A prediction beside what the Check measured. */
export interface ScoredPrediction extends Prediction { actual: number }

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

/** The Check's figure a prediction is compared with. */
export function measuredFigure(metric: PredictionMetric, summary: { throughputRps: number; errorRate: number; p99Ms: number }): number {
  if (metric === 'p99Ms') return summary.p99Ms;
  if (metric === 'throughputRps') return summary.throughputRps;
  return summary.errorRate * 100;
}

const shown = (x: number): string => (Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-US') : String(Number(x.toPrecision(3))));

/**
 * How close it came, in words: the gap as a share of the measured figure, or in points for errors
 * (a 0.1% against 0.3% is close, though three times off).
 */
export function predictionText(p: ScoredPrediction): string {
  const m = PREDICTION_METRICS[p.metric];
  const head = `You predicted ${m.label} ${shown(p.value)} ${m.unit}; the Check measured ${shown(p.actual)} ${m.unit}`;
  if (p.metric === 'errorPct') {
    const points = Math.abs(p.value - p.actual);
    return `${head}: ${points < 1 ? 'within a point, close' : `${shown(points)} points ${p.value > p.actual ? 'too high' : 'too low'}`}.`;
  }
  if (p.actual === 0) return `${head}.`;
  const off = Math.abs(p.value - p.actual) / p.actual;
  if (off <= 0.1) return `${head}: within ${Math.max(1, Math.round(off * 100))}%, close.`;
  return `${head}: ${Math.round(off * 100)}% ${p.value > p.actual ? 'too high' : 'too low'}.`;
}
