import { lazy, Suspense } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { FlowCanvas } from './canvas/FlowCanvas';
import { Banner } from './common/Banner';
import { Palette } from './palette/Palette';
import { RunAnnouncer } from './run/RunAnnouncer';
import { Toolbar } from './toolbar/Toolbar';
import { useStore, type StoreState } from '../store';
import { useEditorShortcuts } from './useEditorShortcuts';

// Not needed for the empty editor's first paint: each loads as its own chunk when first shown.
const Inspector = lazy(() => import('./inspector/Inspector').then((m) => ({ default: m.Inspector })));
const DashboardPanel = lazy(() => import('./run/DashboardPanel').then((m) => ({ default: m.DashboardPanel })));
const PresenterView = lazy(() => import('./classroom/PresenterView').then((m) => ({ default: m.PresenterView })));
const StagePanel = lazy(() => import('./stages/StagePanel').then((m) => ({ default: m.StagePanel })));

const selectStagesOpen = (s: StoreState) => s.stages.panelOpen;
const selectPresenting = (s: StoreState) => s.classroom.active;

/** The page: the editor, or classroom mode's presenter view. */
export function App() {
  return useStore(selectPresenting) ? <Suspense fallback={null}><PresenterView /></Suspense> : <Editor />;
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
        {stagesOpen && <Suspense fallback={null}><StagePanel /></Suspense>}
        <main className="workspace">
          <Banner />
          <FlowCanvas />
          <Suspense fallback={null}><DashboardPanel /></Suspense>
          <RunAnnouncer />
        </main>
        <Suspense fallback={null}><Inspector /></Suspense>
      </div>
    </ReactFlowProvider>
  );
}
