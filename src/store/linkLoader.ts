/**
 * Share links on startup and while the page is open: `#d=…` opens the design (docs/design-format.md, "Share links").
 * Other fragments (`#stage=…`) are left for whoever owns them.
 */
import type { StoreApi } from 'zustand/vanilla';
import { parseHash } from '../model';
import { isSimSpeed } from '../worker';
import { decoderNow, loadDecoder } from './decoder';
import type { StoreState } from './types';

/**
 * Opens the design in `hash`, if any, and reports whether the fragment named one. The caller then
 * clears it from the address bar, so a reload shows the (autosaved) work, not the link again.
 */
export function openDesignFromHash(store: StoreApi<StoreState>, hash: string): boolean {
  const target = parseHash(hash);
  if (target.type !== 'design') return false;
  if (store.getState().openSharedPayload(target.payload)) applyRunSettings(store, target.extras);
  return true;
}

/** A link's run settings beside the design: the speed it was shared at (others are ignored). */
export function applyRunSettings(store: StoreApi<StoreState>, extras: Record<string, string>): void {
  if (extras.speed === undefined) return;
  const speed = extras.speed === 'max' ? 'max' : Number(extras.speed);
  if (isSimSpeed(speed)) store.getState().setSpeed(speed);
  else store.getState().showToast(`The link asks for speed “${extras.speed}”; the speeds are 1×, 10×, 100× and max.`, 'warning');
}

/**
 * Removes the fragment's target (`d=` or `stage=`) and the run settings that went with it from the
 * page address, without a reload or a new history entry; other fragments stay for their owners.
 */
export function forgetLinkFragment(): void {
  const { extras } = parseHash(window.location.hash);
  // The run settings went with the design; other fragments stay for whoever owns them.
  const rest = Object.entries(extras).filter(([k]) => k !== 'speed').map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  const url = window.location.pathname + window.location.search + (rest ? `#${rest}` : '');
  window.history.replaceState(window.history.state, '', url);
}

/** Opens the link the page was loaded with, then follows links pasted into this tab's address bar. */
export function followShareLinks(store: StoreApi<StoreState>): () => void {
  const handle = () => {
    // A link pasted before the decoder arrived waits for it; if it cannot come, the banner says so
    // and the link stays in the address bar, so a reload tries again.
    if (!decoderNow() && parseHash(window.location.hash).type === 'design') {
      loadDecoder().then(handle, () => openDesignFromHash(store, window.location.hash));
      return;
    }
    if (openDesignFromHash(store, window.location.hash)) forgetLinkFragment();
  };
  handle();
  window.addEventListener('hashchange', handle);
  return () => window.removeEventListener('hashchange', handle);
}
