import { FlowCanvas } from '../canvas/FlowCanvas';
import { Banner } from '../common/Banner';
import { Palette } from '../palette/Palette';
import { FaultTimelineSlot } from '../run/FaultTimelineSlot';
import { RunAnnouncer } from '../run/RunAnnouncer';
import { Toolbar } from '../toolbar/Toolbar';
import { store, useStore, type StoreState } from '../../store';
import { InspectorPanel, InspectorReopen, useInspectorShown } from './InspectorPanel';
import { DashboardPanel, StagePanel } from './lazyPanels';
import { Split } from './Split';

const selectStagesOpen = (s: StoreState) => s.stages.panelOpen;
const selectPaletteOpen = (s: StoreState) => s.layout.paletteOpen;
const selectRunShown = (s: StoreState) => s.run.status !== 'idle';
const selectChartsOpen = (s: StoreState) => s.layout.chartsOpen;
const selectShare = (s: StoreState) => s.layout.dashboardShare;
const selectBeside = (s: StoreState) => s.layout.dashboardBeside;
const setShare = (share: number) => store.getState().setDashboardShare(share);

/**
 * The canvas and the dashboard share the column. During a run with its charts open they split it
 * (the user drags or keys the separator); otherwise the dashboard is one line (a hint, or the
 * headline numbers) under the canvas.
 */
function CanvasAndDashboard() {
  const runShown = useStore(selectRunShown);
  const chartsOpen = useStore(selectChartsOpen);
  const share = useStore(selectShare);
  const beside = useStore(selectBeside);
  const split = runShown && chartsOpen;
  return (
    <Split first={<FlowCanvas />} second={split ? <DashboardPanel dockable /> : null} after={<DashboardPanel />}
      share={share} onShare={setShare} beside={beside && split} label="Resize the canvas and the dashboard" testId="dashboard-split" />
  );
}

/** Wide screens: palette (or its rail), stage panel, the canvas column, and the inspector while something is selected. */
export function DesktopLayout() {
  const stagesOpen = useStore(selectStagesOpen);
  const paletteOpen = useStore(selectPaletteOpen);
  const inspector = useInspectorShown();
  return (
    <div className="app">
      <Toolbar />
      <div className="app__body">
        <Palette variant={paletteOpen ? 'panel' : 'rail'} />
        {stagesOpen && <StagePanel />}
        <main className="workspace">
          <Banner />
          <FaultTimelineSlot />
          <CanvasAndDashboard />
          {inspector.selected && !inspector.shown && <InspectorReopen />}
          <RunAnnouncer />
        </main>
        {inspector.shown && <InspectorPanel />}
      </div>
    </div>
  );
}
