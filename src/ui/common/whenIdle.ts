/** Runs `fetch` once the page is idle (after 1.5 s where the browser has no requestIdleCallback): a chunk fetched ahead of its first use. */
export function whenIdle(fetch: () => void): void {
  if (typeof window === 'undefined') return;
  (window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1500)))(fetch);
}
