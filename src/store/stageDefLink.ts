/**
 * `#stage-def=<payload>` links (docs/teachers.md): a teacher's stage or course, carried whole in
 * the fragment. Opening one keeps the stage in this browser and puts its starting design on the
 * canvas, keeping the learner's work in My designs first; a refused one changes nothing.
 */
import type { StoreApi } from 'zustand/vanilla';
import { parseHash } from '../model';
import type { StoreState } from './types';

export const STAGE_DEF_KEY = 'stage-def';

/** Removes `stage-def=` from the address, so a reload shows the learner's (autosaved) work. */
function forgetStageDef(): void {
  const rest = window.location.hash.replace(/^#/, '').split('&').filter((part) => !part.startsWith(`${STAGE_DEF_KEY}=`)).join('&');
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search + (rest ? `#${rest}` : ''));
}

/** Opens the stage in `hash`, if any; returns whether the fragment held one. */
export function openStageDefFromHash(store: StoreApi<StoreState>, hash: string): boolean {
  const payload = parseHash(hash).extras[STAGE_DEF_KEY];
  if (payload === undefined) return false;
  void store.getState().openCoursePayload(payload);
  return true;
}

/** Opens the stage link the page was loaded with, then follows ones pasted into the address bar. */
export function followStageDefLinks(store: StoreApi<StoreState>): () => void {
  const handle = () => {
    if (openStageDefFromHash(store, window.location.hash)) forgetStageDef();
  };
  handle();
  window.addEventListener('hashchange', handle);
  return () => window.removeEventListener('hashchange', handle);
}
