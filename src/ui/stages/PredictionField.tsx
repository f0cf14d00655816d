import { useId, useState } from 'react';
import { hitRatioSource, parsePrediction, predictionMetricsFor, PREDICTION_METRICS, isPredictionMetric, type PredictionMetric } from '../../stages';
import { store, useStore, type StoreState } from '../../store';

const selectNodes = (s: StoreState) => s.design.nodes;

/**
 * Optional: write down what the Check will measure before pressing it; the result then says how
 * close it came (the stage's progress keeps it). Text that is not a number in range is refused
 * with a message, and the Check goes on without a prediction. The hit ratio is offered only when the
 * design has a cache or a CDN; the highest load makes the Check sweep the design afterwards.
 */
export function PredictionField() {
  const [metric, setMetric] = useState<PredictionMetric>('p99Ms');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const nodes = useStore(selectNodes);
  const offered = predictionMetricsFor({ nodes });
  const hitOf = hitRatioSource({ nodes });
  // The design lost its cache since the hit ratio was chosen: show (and predict) the first metric.
  const shownMetric = offered.includes(metric) ? metric : offered[0];

  const update = (nextMetric: PredictionMetric, nextText: string) => {
    setMetric(nextMetric);
    setText(nextText);
    if (nextText.trim() === '') { setError(null); store.getState().setPrediction(null); return; }
    const parsed = parsePrediction(nextMetric, nextText);
    setError(parsed.ok ? null : parsed.error);
    store.getState().setPrediction(parsed.ok ? parsed.prediction : null);
  };

  return (
    <div className="stage-view__prediction" data-testid="stage-prediction">
      <label htmlFor={`${id}-value`}>Your prediction (optional):</label>{' '}
      <select aria-label="What you predict" value={shownMetric} data-testid="stage-prediction-metric"
        onChange={(e) => { if (isPredictionMetric(e.target.value)) update(e.target.value, text); }}>
        {offered.map((key) => <option key={key} value={key}>{key === 'hitRatioPct' && hitOf === 'cdn' ? 'CDN hit ratio' : key === 'hitRatioPct' ? 'cache hit ratio' : PREDICTION_METRICS[key].label} ({PREDICTION_METRICS[key].unit})</option>)}
      </select>{' '}
      <input id={`${id}-value`} type="text" inputMode="decimal" size={8} value={text} placeholder={PREDICTION_METRICS[shownMetric].unit}
        aria-invalid={error !== null} aria-describedby={error ? `${id}-error` : undefined} data-testid="stage-prediction-value"
        onChange={(e) => update(shownMetric, e.target.value)} />
      {shownMetric === 'highestLoadRps' && <p className="stage-view__note" data-testid="stage-prediction-sweep-note">The Check then runs the design at 12 loads to find the highest one that meets the targets.</p>}
      {error && <p id={`${id}-error`} className="stage-view__prediction-error" role="alert">{error}</p>}
    </div>
  );
}
