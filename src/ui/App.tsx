import { useDeferredValue } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { DesktopLayout } from './shell/DesktopLayout';
import { usePanelShortcuts } from './shell/usePanelShortcuts';
import { useNarrowScreen } from './shell/useNarrowScreen';
import { useStore, type StoreState } from '../store';
import { useEditorShortcuts } from './useEditorShortcuts';
import { EditorRecord } from './record/EditorRecord';
import { StageLoading } from './stages/StageLoading';
import { LazyPart, retryableLazy } from './common/LazyPart';

// Not needed for the editor's first paint: loads as its own chunk when a class is presented to.
const PresenterView = retryableLazy(() => import('./classroom/PresenterView').then((m) => ({ default: m.PresenterView })));
// Phones and small tablets only: a wide screen never downloads it. Until it arrives, the page keeps
// showing what index.html painted.
const NarrowLayout = retryableLazy(() => import('./shell/NarrowLayout').then((m) => ({ default: m.NarrowLayout })));

const selectPresenting = (s: StoreState) => s.classroom.active;

/** The page: the editor, or classroom mode's presenter view (and "Loading stage…" while the stages load). */
export function App() {
  return (
    <>
      {useStore(selectPresenting) ? <LazyPart what="The presenter view"><PresenterView /></LazyPart> : <Editor />}
      <StageLoading />
    </>
  );
}

/**
 * The editor: side panels around the canvas on a wide screen, sheets under it on a narrow one
 * (src/ui/shell). The provider wraps everything so the palette can place nodes in the canvas's viewport.
 */
function Editor() {
  useEditorShortcuts();
  usePanelShortcuts();
  // Deferred: when a window is narrowed past the breakpoint, React renders the narrow layout in the
  // background and keeps the wide one on screen until its chunk has arrived, instead of blanking the
  // editor to the loading shell. On a phone's first paint there is no old value, so the shell shows.
  const narrow = useDeferredValue(useNarrowScreen());
  return (
    <ReactFlowProvider>
      {/* One boundary around both: a deferred render only keeps what an existing boundary shows. */}
      <LazyPart what="The editor" fallback={<BootShell />}>{narrow ? <NarrowLayout /> : <DesktopLayout />}</LazyPart>
      <EditorRecord />
    </ReactFlowProvider>
  );
}

/** The static shell of index.html (src/ui/bootShell.css), kept while the narrow layout loads on a phone's first visit. */
function BootShell() {
  return (
    <div className="boot-shell" role="status">
      <div className="boot-shell__bar">Scale Playground</div>
      <p className="boot-shell__note">Loading the editor…</p>
    </div>
  );
}
