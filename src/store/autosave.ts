import type { StoreApi } from 'zustand/vanilla';
import { saveAutosave } from './persistence';
import type { KeyValueStorage, StoreState } from './types';

/** Quiet time after the last edit before saving: a drag saves once, not sixty times a second. */
export const AUTOSAVE_DELAY_MS = 600;

/**
 * Saves the design shortly after each change, and at once when the page is hidden or closed.
 * Start it after startup loading (autosave, link) so only the user's edits trigger a save.
 * Returns a function that stops it.
 */
export function startAutosave(store: StoreApi<StoreState>, storage: KeyValueStorage, delayMs = AUTOSAVE_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  let warned = false;

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    pending = false;
    if (!saveAutosave(storage, store.getState().design) && !warned) {
      warned = true;
      store.getState().showToast('This browser refused to save your work (storage full or blocked). Export it to keep it.', 'error');
    }
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.design === previous.design) return;
    pending = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });

  const onHide = () => { if (document.visibilityState === 'hidden') flush(); };
  const hasDom = typeof window !== 'undefined' && typeof document !== 'undefined';
  if (hasDom) {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
  }
  return () => {
    flush();
    unsubscribe();
    if (hasDom) {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
    }
  };
}
