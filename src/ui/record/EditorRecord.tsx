
import { store, useStore, type StoreState } from '../../store';
import { LazyPart, retryableLazy } from '../common/LazyPart';

// A chunk of its own, loaded when the dialog first opens; its recorder loads when a recording starts.
const RecordDialog = retryableLazy(() => import('./RecordDialog').then((m) => ({ default: m.RecordDialog })));
const selectRecordOpen = (s: StoreState) => s.recordOpen;
const close = () => store.getState().setRecordOpen(false);
const editorCanvas = () => document.querySelector<HTMLElement>('[data-testid="canvas"]');

/**
 * The editor's Record dialog (Export › Record a run…), mounted beside the layout rather than in
 * the toolbar, so a window turning from wide to narrow keeps the dialog and its choices.
 */
export function EditorRecord() {
  return useStore(selectRecordOpen) ? <LazyPart what="The recorder"><RecordDialog open onClose={close} source={editorCanvas} /></LazyPart> : null;
}
