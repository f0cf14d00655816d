import { useId, useState } from 'react';
import { parsePrediction, PREDICTION_METRICS, isPredictionMetric, type PredictionMetric } from '../../stages';
import { store } from '../../store';

/**
 * Optional: write down what the Check will measure before pressing it; the result then says how
 * close it came (the stage's progress keeps it). Text that is not a number in range is refused
 * with a message, and the Check goes on without a prediction.
 */
export function PredictionField() {
  const [metric, setMetric] = useState<PredictionMetric>('p99Ms');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

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
      <select aria-label="What you predict" value={metric} data-testid="stage-prediction-metric"
        onChange={(e) => { if (isPredictionMetric(e.target.value)) update(e.target.value, text); }}>
        {Object.entries(PREDICTION_METRICS).map(([key, m]) => <option key={key} value={key}>{m.label} ({m.unit})</option>)}
      </select>{' '}
      <input id={`${id}-value`} type="text" inputMode="decimal" size={8} value={text} placeholder={PREDICTION_METRICS[metric].unit}
        aria-invalid={error !== null} aria-describedby={error ? `${id}-error` : undefined} data-testid="stage-prediction-value"
        onChange={(e) => update(metric, e.target.value)} />
      {error && <p id={`${id}-error`} className="stage-view__prediction-error" role="alert">{error}</p>}
    </div>
  );
}
