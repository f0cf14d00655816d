import { lazy, Suspense } from 'react';
import { store, useStore, type StoreState } from '../../store';

// A chunk of its own, loaded when the dialog first opens; its recorder loads when a recording starts.
const RecordDialog = lazy(() => import('./RecordDialog').then((m) => ({ default: m.RecordDialog })));
const selectRecordOpen = (s: StoreState) => s.recordOpen;
const close = () => store.getState().setRecordOpen(false);
const editorCanvas = () => document.querySelector<HTMLElement>('[data-testid="canvas"]');

/**
 * The editor's Record dialog (Export › Record a run…), mounted beside the layout rather than in
 * the toolbar, so a window turning from wide to narrow keeps the dialog and its choices.
 */
export function EditorRecord() {
  return useStore(selectRecordOpen) ? <Suspense fallback={null}><RecordDialog open onClose={close} source={editorCanvas} /></Suspense> : null;
}
