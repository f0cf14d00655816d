import type { SliceCreator } from './types';
import type { UiSlice } from './state/ui';

/** Older toasts are dropped beyond this, so a burst of refusals cannot fill the screen. */
const MAX_TOASTS = 3;
let toastCounter = 0;

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  banner: null,
  toasts: [],
  fitViewRequest: 0,
  requestFitView: () => set((s) => { s.fitViewRequest += 1; }),
  showBanner: (banner) => set((s) => { s.banner = banner; }),
  dismissBanner: () => set((s) => { s.banner = null; }),
  showToast: (text, tone = 'info') => {
    const id = ++toastCounter;
    set((s) => {
      // The same message twice in a row replaces the old one instead of stacking.
      s.toasts = s.toasts.filter((t) => t.text !== text);
      s.toasts.push({ id, tone, text });
      if (s.toasts.length > MAX_TOASTS) s.toasts.splice(0, s.toasts.length - MAX_TOASTS);
    });
    return id;
  },
  dismissToast: (id) => set((s) => { s.toasts = s.toasts.filter((t) => t.id !== id); }),
});
