import type { StoreApi } from 'zustand/vanilla';
import { serializeDesign } from '../model';
import { DECODER_MISSING, decoderNow, loadDecoder, type Decoder } from './decoder';
import { readSaved, STORAGE_KEYS } from './persistence';
import type { KeyValueStorage, StoreState } from './types';
import type { Banner } from './state/ui';

/** Quiet time after the last edit before saving: a drag saves once, not sixty times a second. */
export const AUTOSAVE_DELAY_MS = 600;

/** Stays up (until dismissed or a save works) so nobody keeps editing believing their work is kept. */
export const SAVE_FAILED_BANNER: Banner = {
  tone: 'warning',
  title: 'Your changes are not being saved: this browser refused to store them (storage full, or blocked in private mode).',
  details: [
    'Nothing is lost while this tab stays open. Export the design to keep a copy; saving is tried again after every edit, and this message goes away once it works.',
  ],
  action: { id: 'exportDesign', label: 'Export design' },
};

/**
 * Saves the design shortly after each change, and at once when the page is hidden or closed.
 * Start it after startup loading (autosave, link) so only the user's edits trigger a save.
 * Returns a function that stops it.
 */
export function startAutosave(store: StoreApi<StoreState>, storage: KeyValueStorage, delayMs = AUTOSAVE_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  /** Whether the last save failed: the warning shows once per failing stretch, not on every edit. */
  let failing = false;

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    // Another tab saved a different design: neither overwrites the other until the user chooses.
    if (!pending || store.getState().tabConflict) return;
    // The previous design is still being kept in My designs: the slot holds it until then.
    if (store.getState().library.keeping > 0) { timer = setTimeout(flush, delayMs); return; }
    pending = false;
    const result = store.getState().persistCanvas();
    // Held by a notice (an unreadable autosave, a design not kept): that notice already says so.
    if (result === 'held' || result === 'none') return;
    const saved = result === 'saved';
    if (!saved && !failing) {
      failing = true;
      store.getState().showBanner(SAVE_FAILED_BANNER);
    } else if (saved && failing) {
      failing = false;
      if (store.getState().banner?.title === SAVE_FAILED_BANNER.title) store.getState().dismissBanner();
      store.getState().showToast('Saving works again: your latest changes are stored in this browser.', 'success');
    }
  };

  const unsubscribe = store.subscribe((state, previous) => {
    // The user chose to keep this tab's design: save it now.
    if (previous.tabConflict && !state.tabConflict) { pending = true; flush(); return; }
    if (state.design === previous.design) return;
    pending = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });

  const onHide = () => { if (document.visibilityState === 'hidden') flush(); };
  /** Another tab saved: if its design differs from ours, stop and ask instead of overwriting it. */
  const compareTheirs = (decoder: Decoder) => {
    const theirs = readSaved(storage, STORAGE_KEYS.autosave, decoder.decodeDesign);
    if (!theirs.ok || !theirs.value) return;
    if (serializeDesign(theirs.value) === serializeDesign(store.getState().design)) return;
    store.setState({ tabConflict: true });
    store.getState().showBanner({
      tone: 'warning',
      title: 'This design was changed in another tab. Saving here is paused, so neither tab overwrites the other.',
      details: [`The other tab saved “${theirs.value.name}”. Load it to carry on from there (Undo brings this tab’s design back), or keep this tab’s design and save it.`],
      action: { id: 'loadOtherTab', label: 'Load theirs' },
      secondary: { id: 'keepThisTab', label: 'Keep mine' },
    });
  };
  /** Theirs cannot be read without the decoder: pause anyway, since saving now could overwrite it. */
  const pauseUnread = () => {
    store.setState({ tabConflict: true });
    store.getState().showBanner({
      tone: 'warning',
      title: 'Another tab saved a design. Saving here is paused, so neither tab overwrites the other.',
      details: [DECODER_MISSING, 'Keep this tab’s design to save it again, or reload to see the other tab’s.'],
      action: { id: 'keepThisTab', label: 'Keep mine' },
    });
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEYS.autosave || event.newValue === null) return;
    const decoder = decoderNow();
    if (decoder) compareTheirs(decoder);
    else loadDecoder().then(compareTheirs, pauseUnread);
  };
  const hasDom = typeof window !== 'undefined' && typeof document !== 'undefined';
  if (hasDom) {
    window.addEventListener('pagehide', flush);
    window.addEventListener('storage', onStorage);
    document.addEventListener('visibilitychange', onHide);
  }
  return () => {
    flush();
    unsubscribe();
    if (hasDom) {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('storage', onStorage);
      document.removeEventListener('visibilitychange', onHide);
    }
  };
}
