import { startTransition, useEffect, useRef, useState } from 'react';
import { store, type StoreState } from '../../store';

/**
 * Like useStore(selector), but a change re-renders as a React transition. Zustand's useStore goes
 * through useSyncExternalStore, whose updates React always renders synchronously: with two hundred
 * badges changing on every frame that is one 100 ms task. As a transition, React renders them in
 * slices of a few milliseconds and the canvas keeps moving. Only for live figures, which may lag a
 * frame behind the store without harm; the selector must be stable (useCallback).
 */
export function useLiveValue<T>(selector: (s: StoreState) => T): T {
  const [value, setValue] = useState(() => selector(store.getState()));
  const latest = useRef(value);
  useEffect(() => {
    const check = (s: StoreState) => {
      const next = selector(s);
      if (Object.is(next, latest.current)) return;
      latest.current = next;
      startTransition(() => setValue(next));
    };
    check(store.getState()); // the store may have moved between render and subscription
    return store.subscribe(check);
  }, [selector]);
  return value;
}
