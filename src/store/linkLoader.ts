/**
 * Share links on startup and while the page is open: `#d=…` opens the design (DESIGN.md §6).
 * Other fragments (`#stage=…`) are left for whoever owns them.
 */
import type { StoreApi } from 'zustand/vanilla';
import { parseHash } from '../model';
import type { StoreState } from './types';

/**
 * Opens the design in `hash`, if any, and reports whether the fragment named one. The caller then
 * clears it from the address bar, so a reload shows the (autosaved) work, not the link again.
 */
export function openDesignFromHash(store: StoreApi<StoreState>, hash: string): boolean {
  const target = parseHash(hash);
  if (target.type !== 'design') return false;
  store.getState().openSharedPayload(target.payload);
  return true;
}

/** Removes `d=` from the page address without a reload or a new history entry. */
function forgetDesignFragment(): void {
  const { extras } = parseHash(window.location.hash);
  const rest = Object.entries(extras).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  const url = window.location.pathname + window.location.search + (rest ? `#${rest}` : '');
  window.history.replaceState(window.history.state, '', url);
}

/** Opens the link the page was loaded with, then follows links pasted into this tab's address bar. */
export function followShareLinks(store: StoreApi<StoreState>): () => void {
  const handle = () => {
    if (openDesignFromHash(store, window.location.hash)) forgetDesignFragment();
  };
  handle();
  window.addEventListener('hashchange', handle);
  return () => window.removeEventListener('hashchange', handle);
}
