import { lazy, Suspense } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { DesktopLayout } from './shell/DesktopLayout';
import { NarrowLayout } from './shell/NarrowLayout';
import { usePanelShortcuts } from './shell/usePanelShortcuts';
import { useNarrowScreen } from './shell/useNarrowScreen';
import { useStore, type StoreState } from '../store';
import { useEditorShortcuts } from './useEditorShortcuts';
import { EditorRecord } from './record/EditorRecord';
import { StageLoading } from './stages/StageLoading';

// Not needed for the editor's first paint: loads as its own chunk when a class is presented to.
const PresenterView = lazy(() => import('./classroom/PresenterView').then((m) => ({ default: m.PresenterView })));

const selectPresenting = (s: StoreState) => s.classroom.active;

/** The page: the editor, or classroom mode's presenter view (and "Loading stage…" while the stages load). */
export function App() {
  return (
    <>
      {useStore(selectPresenting) ? <Suspense fallback={null}><PresenterView /></Suspense> : <Editor />}
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
  const narrow = useNarrowScreen();
  return (
    <ReactFlowProvider>
      {narrow ? <NarrowLayout /> : <DesktopLayout />}
      <EditorRecord />
    </ReactFlowProvider>
  );
}
