import { memo, useId, useMemo, useRef } from 'react';
import type { SeriesPoint } from '../../engine/api';
import type { NameContext, PanelSpec } from './panelTypes';
import { TimeChart, type ChartSize } from './TimeChart';
import { useDrawnPoints } from './useDrawnPoints';

interface ChartPanelProps {
  spec: PanelSpec;
  points: readonly SeriesPoint[];
  names: NameContext;
  size?: ChartSize;
  syncId?: string;
  /** How long after new points arrive this panel redraws (panels take turns; see useDrawnPoints). */
  redrawDelayMs?: number;
  /** Clicking a point picks its second (TimeChart.onPickSecond). */
  onPickSecond?: (tS: number) => void;
}

/** One small multiple: title, unit, a "what this shows" hint, and the chart or a quiet empty state. */
export const ChartPanel = memo(function ChartPanel({ spec, points, names, size, syncId, redrawDelayMs, onPickSecond }: ChartPanelProps) {
  const panel = useRef<HTMLElement>(null);
  const drawn = useDrawnPoints(points, redrawDelayMs ?? 0, panel, redrawDelayMs === undefined);
  const data = useMemo(() => spec.build(drawn, names), [spec, drawn, names]);
  const titleId = useId();
  return (
    <section ref={panel} className="sp-chart-panel" aria-labelledby={titleId} data-panel={spec.id}>
      <header className="sp-chart-header">
        <h3 id={titleId} className="sp-chart-title">{spec.title}</h3>
        <span className="sp-chart-unit">{spec.rightUnit ? `${spec.unit} · ${spec.rightUnit}` : spec.unit}</span>
        <button type="button" className="sp-chart-hint" title={spec.hint} data-hint={spec.hint}
          aria-label={`What this shows: ${spec.hint}`}>?</button>
      </header>
      {data ? (
        <>
          <TimeChart data={data} unit={spec.unit} rightUnit={spec.rightUnit} leftDomain={spec.leftDomain} size={size} syncId={syncId} onPickSecond={onPickSecond} />
          {data.note && <p className="sp-chart-note">{data.note}</p>}
        </>
      ) : (
        <p className="sp-chart-empty">{spec.emptyText}</p>
      )}
    </section>
  );
});
