/**
 * The live charts, as small multiples in a responsive grid. Default export so the app can
 * `React.lazy(() => import('./charts/Dashboard'))` and keep the charts out of the first paint.
 * Purely presentational: the store wiring passes the points, names and events in.
 */
import { useEffect, useMemo, useState } from 'react';
import type { EngineEvent, SeriesPoint, Summary } from '../../engine/api';
import { CausesPanel } from './CausesPanel';
import { ChartPanel } from './ChartPanel';
import { downsample, lastSeconds, MAX_CHART_POINTS } from './downsample';
import { EventLog } from './EventLog';
import { PANELS } from './panels';
import type { NameContext } from './panelTypes';
import type { ChartSize } from './TimeChart';
import './charts.css';

export interface DashboardProps {
  /** Series points of the current run, oldest first. */
  points: readonly SeriesPoint[];
  /** Display name per node id (label or id). */
  nodeNames: Record<string, string>;
  /** Display name per shard id, when it differs from the node name. */
  shardNames?: Record<string, string>;
  /** Engine events; the event log is shown when given. */
  events?: readonly EngineEvent[];
  /** Show only the last this many simulated seconds (default: the whole run, thinned to 600 points). */
  windowS?: number;
  /** Fixed chart size in px instead of filling the panel (tests, exports). */
  chartSize?: ChartSize;
  /** The run's failures by cause so far (`summary.errorsByCause`); the Failure causes panel is shown when given (null before the first second). */
  errorsByCause?: Summary['errorsByCause'] | null;
  /** Clicking a second of the latency chart (the page opens the traces from that second). */
  onPickLatencySecond?: (tS: number) => void;
}

const NO_NAMES: Record<string, string> = {};
const SYNC_ID = 'sp-live';
/** The Failure causes panel sits after the throughput and latency charts, beside what it explains. */
const CAUSES_AFTER = 2;

export default function Dashboard({ points, nodeNames, shardNames, events, windowS, chartSize, errorsByCause, onPickLatencySecond }: DashboardProps) {
  // One thinning for all panels; same input array ⇒ same output, so unchanged panels skip work.
  const shown = useMemo(() => downsample(lastSeconds(points, windowS), MAX_CHART_POINTS), [points, windowS]);
  const names = useMemo<NameContext>(() => ({ nodeNames, shardNames: shardNames ?? NO_NAMES }), [nodeNames, shardNames]);
  // Panels mount one per frame, so opening the dashboard is a few short tasks, not one long one.
  const [mounted, setMounted] = useState(chartSize ? PANELS.length : 2);
  useEffect(() => {
    if (mounted >= PANELS.length) return;
    const id = requestAnimationFrame(() => setMounted((n) => n + 1));
    return () => cancelAnimationFrame(id);
  }, [mounted]);
  const chart = (spec: (typeof PANELS)[number]) => (
    <ChartPanel key={spec.id} spec={spec} points={shown} names={names} size={chartSize} syncId={SYNC_ID}
      onPickSecond={spec.id === 'latency' ? onPickLatencySecond : undefined} />
  );
  return (
    <div className="sp-dashboard">
      <div className="sp-chart-grid">
        {PANELS.slice(0, Math.min(mounted, CAUSES_AFTER)).map(chart)}
        {errorsByCause !== undefined && <CausesPanel errorsByCause={errorsByCause} />}
        {PANELS.slice(CAUSES_AFTER, mounted).map(chart)}
      </div>
      {events && <EventLog events={events} />}
    </div>
  );
}
