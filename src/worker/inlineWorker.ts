/**
 * A stand-in for the Worker when the page has none (jsdom in component tests, very old browsers):
 * the same host and runner, on the main thread, behind the same postMessage/onmessage shape, so
 * the client has one code path. Messages are delivered on a later task, as a real Worker would,
 * so a store action that sends a command never re-enters itself.
 */
import type { EngineDeps } from './engineDeps';
import type { WorkerHost } from './host';
import type { SimCommand, SimMessage } from './protocol';

/** The part of the Worker interface the client uses. */
export interface WorkerLike {
  postMessage(command: SimCommand): void;
  terminate(): void;
  onmessage: ((event: { data: SimMessage }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

/** Engine time per tick on the main thread: a third of each 100 ms frame interval at most. */
const INLINE_TICK_BUDGET_MS = 30;

const timers = {
  setTimeout: (fn: () => void, ms: number): unknown => setTimeout(fn, ms),
  clearTimeout: (handle: unknown): void => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Runs the simulation on this thread; `engine` may still be loading (a dynamic import), and so is the host. */
export function createInlineWorker(engine: EngineDeps | Promise<EngineDeps>): WorkerLike {
  let host: WorkerHost | null = null;
  let terminated = false;
  const pending: SimCommand[] = [];

  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(command) {
      if (terminated) return;
      // Clone like structured cloning would, so the runner never shares objects with the store.
      const copy = structuredClone(command);
      if (host) host.receive(copy);
      else pending.push(copy);
    },
    terminate() {
      terminated = true;
      host?.dispose();
      host = null;
    },
  };

  const deliver = (message: SimMessage): void => {
    setTimeout(() => {
      if (!terminated) worker.onmessage?.({ data: message });
    }, 0);
  };

  // The host and runner load with the engine: a page with Workers (every real browser) never needs
  // them on its own thread, so they stay out of the first-paint bundle.
  Promise.all([engine, import('./host')]).then(
    ([deps, { createWorkerHost }]) => {
      if (terminated) return;
      // On the page's own thread: a short slice per tick, so the page keeps its frames.
      host = createWorkerHost({ engine: deps, post: deliver, now: () => performance.now(), timers, tickBudgetMs: INLINE_TICK_BUDGET_MS });
      for (const command of pending.splice(0)) host.receive(command);
    },
    (err: unknown) => {
      if (!terminated) worker.onerror?.({ message: `The simulation engine could not be loaded: ${err instanceof Error ? err.message : String(err)}` });
    },
  );
  return worker;
}
