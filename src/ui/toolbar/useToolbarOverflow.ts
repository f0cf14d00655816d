import { useLayoutEffect, useRef, useState } from 'react';
import type { ToolbarAction } from './actions';
import { chooseBarLayout } from './overflow';

/** The bar's gap between actions, as styles.css sets it (.toolbar__actions). */
const ACTION_GAP = 6;
/** Below this toolbar width, speed, length and seed move into a popover. */
const COMPACT_RUN_BELOW = 1100;

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((id) => b.has(id));

/**
 * Which actions fit in the bar, and whether with their labels, measured: two hidden rows hold every
 * action at its natural width, labelled and as icons, and a ResizeObserver on the bar, the room left
 * for actions and those rows recomputes the split whenever any of them changes size (a window
 * resize, a font arriving, a label changing).
 */
export function useToolbarOverflow(actions: readonly ToolbarAction[]) {
  const barRef = useRef<HTMLElement>(null);
  const roomRef = useRef<HTMLDivElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const measureIconsRef = useRef<HTMLDivElement>(null);
  const [inBar, setInBar] = useState(() => new Set<string>());
  const [labels, setLabels] = useState(true);
  const [compact, setCompact] = useState(false);

  useLayoutEffect(() => {
    const bar = barRef.current, room = roomRef.current, measure = measureRef.current, measureIcons = measureIconsRef.current;
    if (!bar || !room || !measure || !measureIcons) return;
    const measured = (row: HTMLElement) => {
      const widths = [...row.children].map((el) => el.getBoundingClientRect().width);
      return actions.map((a, i) => ({ id: a.id, keep: a.keep ?? 1, width: widths[i] ?? 0 }));
    };
    const update = () => {
      const next = chooseBarLayout(measured(measure), measured(measureIcons), room.clientWidth, 0, ACTION_GAP);
      setInBar((prev) => (sameSet(prev, next.inBar) ? prev : next.inBar));
      setLabels(next.labels);
      setCompact(bar.clientWidth < COMPACT_RUN_BELOW);
    };
    const observer = new ResizeObserver(update);
    for (const el of [bar, room, measure, measureIcons]) observer.observe(el);
    update();
    return () => observer.disconnect();
  }, [actions]);

  return { barRef, roomRef, measureRef, measureIconsRef, inBar, labels, compact };
}
