/**
 * Notices a worker that stops answering. While armed it checks every `checkEveryMs` that something
 * was heard within `deadlineMs`; a check that itself ran very late means this page was asleep or
 * busy (a background tab, a long task), not the worker, so the silence is forgiven once.
 */
export interface WatchdogOptions {
  deadlineMs: number;
  /** Called once when the deadline passes unheard; the watchdog disarms itself first. */
  onSilent: (silentMs: number) => void;
  checkEveryMs?: number;
  now?: () => number;
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}

export interface Watchdog {
  /** The worker said something: it is alive now. */
  heard(): void;
  /** Starts watching (again); `graceMs` more for a first answer (a worker still loading its script). */
  arm(graceMs?: number): void;
  disarm(): void;
  readonly armed: boolean;
}

export function createWatchdog(options: WatchdogOptions): Watchdog {
  const checkEveryMs = options.checkEveryMs ?? 500;
  const now = options.now ?? (() => performance.now());
  const every = options.setInterval ?? ((fn, ms) => setInterval(fn, ms));
  const stop = options.clearInterval ?? ((handle) => clearInterval(handle as ReturnType<typeof setInterval>));
  /** Twice the check interval late, plus a second: the page, not the worker, was stalled. */
  const lateMs = 2 * checkEveryMs + 1000;
  let handle: unknown = null;
  let lastHeardMs = 0;
  let lastCheckMs = 0;

  const disarm = (): void => {
    if (handle !== null) stop(handle);
    handle = null;
  };

  const check = (): void => {
    const t = now();
    if (t - lastCheckMs > lateMs) lastHeardMs = Math.max(lastHeardMs, t);
    lastCheckMs = t;
    const silentMs = t - lastHeardMs;
    if (silentMs <= options.deadlineMs) return;
    disarm();
    options.onSilent(silentMs);
  };

  return {
    heard() { lastHeardMs = now(); },
    arm(graceMs = 0) {
      const t = now();
      lastHeardMs = Math.max(lastHeardMs, t + graceMs);
      lastCheckMs = t;
      if (handle === null) handle = every(check, checkEveryMs);
    },
    disarm,
    get armed() { return handle !== null; },
  };
}
