import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * `value`, but changing at most once per `intervalMs`: the newest value always arrives, just not
 * more often than that. The charts use it, so a max-speed run redraws them a few times a second
 * instead of on every frame, and the canvas keeps its frame rate. The update is a transition, so
 * React renders it in slices between frames rather than in one long task.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastAt = useRef(0);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const wait = lastAt.current + intervalMs - performance.now();
    const timer = setTimeout(() => {
      lastAt.current = performance.now();
      startTransition(() => setShown(value));
    }, Math.max(0, wait));
    return () => clearTimeout(timer);
  }, [value, shown, intervalMs]);
  return shown;
}
