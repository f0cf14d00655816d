/** One action as the overflow sees it: its width in the bar and how long it stays there. */
export interface Measured {
  id: string;
  width: number;
  /** Higher stays in the bar longer; 0 is never in the bar. */
  keep: number;
}

/**
 * Which actions the bar shows in `available` pixels, the rest going to the "More" menu (always
 * shown, `moreWidth` wide). Actions enter by `keep`, highest first, and the first that does not fit
 * stops the rest: a narrower bar never shows a lower-kept action while hiding a higher one.
 */
export function actionsInBar(actions: readonly Measured[], available: number, moreWidth: number, gap: number): Set<string> {
  const byKeep = actions.map((a, index) => ({ ...a, index })).filter((a) => a.keep > 0)
    .sort((a, b) => b.keep - a.keep || a.index - b.index);
  const shown = new Set<string>();
  let used = moreWidth;
  for (const action of byKeep) {
    const next = used + (used > 0 ? gap : 0) + action.width;
    if (next > available) break;
    used = next;
    shown.add(action.id);
  }
  return shown;
}
