import type { StoreApi } from 'zustand/vanilla';
import { startAutosave } from './autosave';
import { followShareLinks } from './linkLoader';
import { followStageLinks } from './stageLink';
import type { KeyValueStorage, StoreState } from './types';

/**
 * Startup order matters: load the autosave, then a share link (which backs the autosave up
 * before replacing it), and only then start autosaving, so loading never counts as an edit.
 */
export function bootStore(store: StoreApi<StoreState>, storage: KeyValueStorage | undefined): () => void {
  if (!storage) store.getState().showToast('This browser does not let the page save your work (private mode?). Use Export or Share to keep it.', 'warning');
  const mayAutosave = store.getState().hydrate();
  const stopLinks = followShareLinks(store);
  const stopStageLinks = followStageLinks(store, storage);
  const stopAutosave = storage && mayAutosave ? startAutosave(store, storage) : () => {};
  return () => { stopLinks(); stopStageLinks(); stopAutosave(); };
}
