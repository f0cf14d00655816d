import { store } from '../../store';
import { layoutDesign } from './autoLayout';

/** Tidies the canvas: one undoable step; an edit made while the layout ran wins over it. */
export async function tidyDesign(): Promise<void> {
  const before = store.getState().design;
  if (before.nodes.length === 0) return;
  try {
    const laid = await layoutDesign(before);
    const s = store.getState();
    if (s.design !== before) return;
    s.commit(laid);
    s.requestFitView();
    s.showToast('Tidied left to right. Undo puts everything back where it was.', 'success');
  } catch (err) {
    store.getState().showToast(`The layout could not be tidied: ${err instanceof Error ? err.message : String(err)}`, 'error');
  }
}
