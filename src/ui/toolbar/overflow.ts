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

/** The bar's look: with the less used actions' labels, or their icons alone, and which actions it shows. */
export interface BarLayout {
  labels: boolean;
  inBar: Set<string>;
}

/**
 * Labels only while every bar action fits with them: on a wide screen, three actions moved to the
 * More menu to leave room for the others' labels is worse than all of them as icons.
 */
export function chooseBarLayout(labelled: readonly Measured[], iconsOnly: readonly Measured[], available: number, moreWidth: number, gap: number): BarLayout {
  const withLabels = actionsInBar(labelled, available, moreWidth, gap);
  if (withLabels.size === labelled.filter((a) => a.keep > 0).length) return { labels: true, inBar: withLabels };
  return { labels: false, inBar: actionsInBar(iconsOnly, available, moreWidth, gap) };
}
