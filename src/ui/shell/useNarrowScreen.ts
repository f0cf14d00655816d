import { useSyncExternalStore } from 'react';

/** Below this width the canvas takes the screen and the panels open as sheets (phones, small tablets). */
export const NARROW_MAX_WIDTH = 899;
const QUERY = `(max-width: ${NARROW_MAX_WIDTH}px)`;

// Where there is no matchMedia (jsdom in unit tests) the screen counts as wide.
const hasMedia = () => typeof window !== 'undefined' && typeof window.matchMedia === 'function';
const subscribe = (onChange: () => void) => {
  if (!hasMedia()) return () => {};
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
};
const snapshot = () => hasMedia() && window.matchMedia(QUERY).matches;

/** True on a phone-sized or small-tablet screen; follows rotation and window resizes. */
export const useNarrowScreen = (): boolean => useSyncExternalStore(subscribe, snapshot, () => false);
