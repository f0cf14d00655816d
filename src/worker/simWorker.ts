/**
 * The Web Worker entry: runs the engine off the main thread so the canvas stays responsive, and
 * streams a frame about 10 times a second. Every failure is posted as an `error` message: a
 * worker that dies silently leaves the page showing a run that is not happening.
 */
import { createWorkerHost } from './host';
import type { SimMessage } from './protocol';
import { realEngine } from './realEngine';

/** The part of DedicatedWorkerGlobalScope used here (the project's lib mixes DOM and WebWorker). */
interface WorkerScope {
  postMessage(message: SimMessage): void;
  onmessage: ((event: MessageEvent) => void) | null;
  addEventListener(type: 'error' | 'unhandledrejection', listener: (event: Event) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

const host = createWorkerHost({
  engine: realEngine,
  post: (message) => scope.postMessage(message),
  now: () => performance.now(),
  timers: {
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  },
});

scope.onmessage = (event) => host.receive(event.data);

// Last resort for anything that escapes the host's own guards.
const reportUncaught = (event: Event): void => {
  const detail = event instanceof ErrorEvent ? event.message : String((event as PromiseRejectionEvent).reason);
  event.preventDefault();
  scope.postMessage({ type: 'error', runId: host.runner.runId, message: `The simulation worker failed: ${detail}` });
};
scope.addEventListener('error', reportUncaught);
scope.addEventListener('unhandledrejection', reportUncaught);
