import { useEffect, useState, type RefObject } from 'react';

/**
 * What a chart panel draws, given the latest points. Recharts redraws synchronously (its internal
 * store does not yield), so seven charts redrawn together make one long task that stalls the
 * canvas. Instead each panel takes new points `delayMs` after they arrive — panels get different
 * delays, so the redraws spread over the second — and a panel scrolled out of view takes none
 * until it comes back.
 */
export function useDrawnPoints<T>(latest: T, delayMs: number, panel: RefObject<HTMLElement | null>, immediate = false): T {
  const [drawn, setDrawn] = useState(latest);
  const visible = useVisibility(panel);
  useEffect(() => {
    if (immediate || !visible || Object.is(latest, drawn)) return;
    const timer = setTimeout(() => setDrawn(latest), delayMs);
    return () => clearTimeout(timer);
  }, [latest, drawn, delayMs, visible, immediate]);
  return immediate ? latest : drawn;
}

/** Whether the element is on screen (always true where IntersectionObserver does not exist). */
function useVisibility(ref: RefObject<HTMLElement | null>): boolean {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setVisible(entries[entries.length - 1].isIntersecting), { rootMargin: '100px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return visible;
}
