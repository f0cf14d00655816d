/**
 * A prediction in words: the number the learner typed, checked, and how close it came once the
 * Check has run. Apart from prediction.ts, which the store scores with at every Check: only the
 * stage panel shows these.
 */
import type { SweepTargets } from '../analysis/sweepPlan';
import type { Design } from '../model';
import { hitRatioSource, PREDICTION_METRICS, type Prediction, type PredictionMetric, type ScoredPrediction } from './prediction';

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
