import type { StoreApi } from 'zustand/vanilla';
import { parseHash } from '../model';
import { SAVE_FAILED_BANNER, startAutosave } from './autosave';
import { followShareLinks } from './linkLoader';
import { followStageDefLinks } from './stageDefLink';
import { followStageLinks } from './stageLink';
import { readRaw, STORAGE_KEYS } from './persistence';
import type { KeyValueStorage, StoreState } from './types';

/**
 * Startup order matters: load the autosave, then a share link (which keeps what was on the canvas
 * in My designs before replacing it), and only then start autosaving, so loading never counts as
 * an edit. An unreadable autosave left in place holds the slot through a notice, not by stopping
 * autosave, so saving resumes as soon as the user chooses.
 */
export function bootStore(store: StoreApi<StoreState>, storage: KeyValueStorage | undefined): () => void {
  store.getState().hydrate();
  // The stage panel left open (a reload) shows its stage: its chunk starts loading now.
  if (store.getState().stages.panelOpen) void store.getState().loadStageContent();
  const stopLinks = followShareLinks(store);
  const stopStageLinks = followStageLinks(store, storage);
  const stopStageDefLinks = followStageDefLinks(store);
  if (!storage) warnNoStorage(store);
  const stopAutosave = storage ? startAutosave(store, storage) : () => {};
  return () => { stopLinks(); stopStageLinks(); stopStageDefLinks(); stopAutosave(); };
}

/**
 * Whether startup has a design to read (an autosave, a `#d=` link), so bootStore must wait for the
 * decoder. An empty editor with neither paints without it.
 */
export function bootReadsDesign(storage: KeyValueStorage | undefined, hash: string): boolean {
  return (storage !== undefined && readRaw(storage, STORAGE_KEYS.autosave) !== null) || parseHash(hash).type === 'design';
}

/** No storage at all (full, or blocked): say so where it stays visible, unless a link's message is showing. */
function warnNoStorage(store: StoreApi<StoreState>): void {
  const s = store.getState();
  if (s.banner === null) s.showBanner(SAVE_FAILED_BANNER);
  else s.showToast('This browser does not let the page save your work (storage full or blocked). Use Export or Share to keep it.', 'warning');
}
