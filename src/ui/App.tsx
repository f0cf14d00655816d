import { ReactFlowProvider } from '@xyflow/react';
import { FlowCanvas } from './canvas/FlowCanvas';
import { Banner } from './common/Banner';
import { Inspector } from './inspector/Inspector';
import { Palette } from './palette/Palette';
import { DashboardPanel } from './run/DashboardPanel';
import { RunAnnouncer } from './run/RunAnnouncer';
import { PresenterView } from './classroom/PresenterView';
import { StagePanel } from './stages/StagePanel';
import { Toolbar } from './toolbar/Toolbar';
import { useStore, type StoreState } from '../store';
import { useEditorShortcuts } from './useEditorShortcuts';

const selectStagesOpen = (s: StoreState) => s.stages.panelOpen;
const selectPresenting = (s: StoreState) => s.classroom.active;

/** The page: the editor, or classroom mode's presenter view. */
export function App() {
  return useStore(selectPresenting) ? <PresenterView /> : <Editor />;
}

/**
 * The editor's layout: toolbar on top, palette left, canvas centre, inspector right.
 * The provider wraps everything so the palette can place nodes in the canvas's viewport.
 */
function Editor() {
  useEditorShortcuts();
  const stagesOpen = useStore(selectStagesOpen);
  return (
    <ReactFlowProvider>
      <div className={`app${stagesOpen ? ' app--with-stages' : ''}`}>
        <Toolbar />
        <Palette />
        {stagesOpen && <StagePanel />}
        <main className="workspace">
          <Banner />
          <FlowCanvas />
          <DashboardPanel />
          <RunAnnouncer />
        </main>
        <Inspector />
      </div>
    </ReactFlowProvider>
  );
}
