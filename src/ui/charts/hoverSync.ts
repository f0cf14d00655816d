import { useCallback, useState, useSyncExternalStore } from 'react';

/**
 * The simulated second under the pointer, shared by every chart with the same sync id, so
 * hovering one chart shows the same moment on all of them. Changes only while someone hovers.
 */
const hovered = new Map<string, number | null>();
const listeners = new Map<string, Set<() => void>>();

function publish(syncId: string, tS: number | null): void {
  if (hovered.get(syncId) === tS) return;
  hovered.set(syncId, tS);
  for (const listener of listeners.get(syncId) ?? []) listener();
}

function subscribe(syncId: string, listener: () => void): () => void {
  let set = listeners.get(syncId);
  if (!set) listeners.set(syncId, (set = new Set()));
  set.add(listener);
  return () => { set.delete(listener); };
}

const NO_SYNC = '';

/** [hovered second or null, set it]; without a sync id the hover is this chart's own. */
export function useHoveredSecond(syncId?: string): [number | null, (tS: number | null) => void] {
  const [own, setOwn] = useState<number | null>(null);
  const id = syncId ?? NO_SYNC;
  const shared = useSyncExternalStore(
    useCallback((listener: () => void) => (syncId ? subscribe(id, listener) : () => {}), [id, syncId]),
    () => (syncId ? hovered.get(id) ?? null : null),
  );
  const set = useCallback((tS: number | null) => { if (syncId) publish(id, tS); else setOwn(tS); }, [id, syncId]);
  return [syncId ? shared : own, set];
}
