/** How far one arrow key moves the split, and Page Up / Page Down. */
export const SPLIT_STEP = 0.02;
export const SPLIT_PAGE = 0.1;

/**
 * The dashboard's new share after a key on the separator, or null for keys it does not take.
 * Under the canvas, Up grows the dashboard; beside it, Left does (the separator moves that way).
 */
export function shareAfterKey(key: string, share: number, beside: boolean, min: number, max: number): number | null {
  const grow = beside ? 'ArrowLeft' : 'ArrowUp';
  const shrink = beside ? 'ArrowRight' : 'ArrowDown';
  let next: number;
  if (key === grow) next = share + SPLIT_STEP;
  else if (key === shrink) next = share - SPLIT_STEP;
  else if (key === 'PageUp') next = share + SPLIT_PAGE;
  else if (key === 'PageDown') next = share - SPLIT_PAGE;
  // The separator's value is the canvas's share: Home puts it at its least, so the dashboard at its most.
  else if (key === 'Home') next = max;
  else if (key === 'End') next = min;
  else return null;
  return Math.min(max, Math.max(min, next));
}
