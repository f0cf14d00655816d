/**
 * `#stage-def=<payload>` links (docs/teachers.md): a teacher's stage or course, carried whole in
 * the fragment. Opening one keeps the stage in this browser and puts its starting design on the
 * canvas, keeping the learner's work in My designs first; a refused one changes nothing. Only the
 * look at the address is here; the rest loads when a link holds a stage (customStageOpen.ts).
 */
import type { StoreApi } from 'zustand/vanilla';
import type { StoreState } from './types';

/** Opens the stage link the page was loaded with, then follows ones pasted into the address bar. */
export function followStageDefLinks(store: StoreApi<StoreState>): () => void {
  const handle = () => {
    if (window.location.hash.includes('stage-def=')) void import('./customStageOpen').then((m) => m.openStageDefHash(store.getState, window.location.hash));
  };
  handle();
  window.addEventListener('hashchange', handle);
  return () => window.removeEventListener('hashchange', handle);
}
