import { ChevronDown, ChevronUp, PanelBottom, PanelRight, RefreshCw, TriangleAlert, Waypoints } from 'lucide-react';
import { useMemo } from 'react';
import { nodeName } from '../../model';
import { store, useStore, type StoreState } from '../../store';
import { ClientRates } from './ClientRates';
import { SummaryStrip } from './SummaryStrip';
import { useThrottledValue } from './useThrottledValue';
import { LazyPart, retryableLazy } from '../common/LazyPart';
import { whenIdle } from '../common/whenIdle';

// The charts stay out of the first paint, and load once the page is idle, so that
// evaluating it does not stall the first seconds of a run.
const loadDashboard = () => import('../charts/Dashboard');
const Dashboard = retryableLazy(loadDashboard);
const TracesDialog = retryableLazy(() => import('../traces/TracesDialog').then((m) => ({ default: m.TracesDialog })));
whenIdle(() => { void loadDashboard(); });

const selectStatus = (s: StoreState) => s.run.status;
const selectError = (s: StoreState) => s.run.error;
const selectPoints = (s: StoreState) => s.series.points;
const selectEvents = (s: StoreState) => s.series.events;
const selectCauses = (s: StoreState) => s.live.summary?.errorsByCause ?? null;
const selectNodes = (s: StoreState) => s.design.nodes;
const selectChartsOpen = (s: StoreState) => s.layout.chartsOpen;
const selectBeside = (s: StoreState) => s.layout.dashboardBeside;
const selectTraceView = (s: StoreState) => s.traceView;
const openTracesAt = (tS: number) => store.getState().openTraces(tS);

/**
 * The live dashboard under (or beside) the canvas: headline numbers, client rates, charts and the
 * event log. `dockable` offers to move it beside the canvas (wide screens). The canvas re-fits its
 * design when the dashboard takes or gives back room (useFitViewOnRequest).
 */
export function DashboardPanel({ dockable = false }: { dockable?: boolean }) {
  const status = useStore(selectStatus);
  const open = useStore(selectChartsOpen);
  const beside = useStore(selectBeside);
  const traceView = useStore(selectTraceView);
  const setOpen = (next: boolean) => store.getState().setChartsOpen(next);

  if (status === 'idle') {
    return (
      <section className="dashboard dashboard--idle" data-region="dashboard" aria-label="Dashboard">
        <p>Press <strong>Run</strong> to push traffic through the design: live charts and events appear here.</p>
      </section>
    );
  }
  return (
    <section className={`dashboard${open ? '' : ' dashboard--collapsed'}`} data-region="dashboard" aria-label="Dashboard" data-testid="dashboard">
      <header className="dashboard__header">
        <SummaryStrip />
        <button type="button" className="icon-button" onClick={() => store.getState().openTraces(null)} aria-label="Request traces"
          title="Request traces: sampled requests, slowest first (or click a point of the latency chart)" data-testid="dashboard-traces">
          <Waypoints size={18} />
        </button>
        {dockable && open && (
          <button type="button" className="icon-button" onClick={() => store.getState().setDashboardBeside(!beside)}
            aria-label={beside ? 'Dashboard under the canvas' : 'Dashboard beside the canvas'} title={beside ? 'Put the dashboard under the canvas' : 'Put the dashboard beside the canvas'} data-testid="dashboard-dock">
            {beside ? <PanelBottom size={18} /> : <PanelRight size={18} />}
          </button>
        )}
        <button type="button" className="icon-button" onClick={() => setOpen(!open)} aria-expanded={open} aria-label={open ? 'Hide charts' : 'Show charts'} title={`${open ? 'Hide charts' : 'Show charts'} (Alt+Shift+D)`} data-testid="dashboard-charts">
          {open ? <ChevronDown size={18} /> : <ChevronUp size={18} />}
        </button>
      </header>
      {status === 'error' && <RunError />}
      {traceView && <LazyPart what="The traces"><TracesDialog /></LazyPart>}
      <ClientRates />
      {open && (
        <div className="dashboard__body">
          <LazyPart what="The charts" fallback={<p className="dashboard__loading">Loading charts…</p>}>
            <LiveCharts />
          </LazyPart>
        </div>
      )}
    </section>
  );
}

/**
 * Charts redraw at most once a second (a point is a simulated second, so at 1× nothing is lost);
 * the strip above them follows every frame. Panels then take their turns (useDrawnPoints).
 */
const CHART_REFRESH_MS = 1000;

function LiveCharts() {
  const points = useThrottledValue(useStore(selectPoints), CHART_REFRESH_MS);
  const events = useThrottledValue(useStore(selectEvents), CHART_REFRESH_MS);
  const causes = useThrottledValue(useStore(selectCauses), CHART_REFRESH_MS);
  const nodes = useStore(selectNodes);
  const nodeNames = useMemo(() => Object.fromEntries(nodes.map((n) => [n.id, nodeName(n)])), [nodes]);
  return <Dashboard points={points} nodeNames={nodeNames} events={events} errorsByCause={causes} onPickLatencySecond={openTracesAt} />;
}

/** A run that failed (the worker crashed, the engine refused the design): why, and a way back. */
function RunError() {
  const error = useStore(selectError);
  return (
    <div className="run-error" role="alert" data-testid="run-error">
      <TriangleAlert size={18} aria-hidden="true" />
      <span>{error ?? 'The simulation stopped.'}</span>
      <button type="button" className="button" onClick={() => store.getState().restartAfterError()} data-testid="run-restart">
        <RefreshCw size={15} aria-hidden="true" /> Restart
      </button>
    </div>
  );
}
