/**
 * The page side of the simulation: owns the Worker (or the main-thread fallback), stamps each
 * start/restart with a fresh runId, and drops whatever still arrives from an older run, so a
 * chart never mixes two runs after an edit.
 */
import type { Frame } from '../engine/api';
import type { EngineDeps } from './engineDeps';
import { createInlineWorker, type WorkerLike } from './inlineWorker';
import type { RunState, SimCommand, SimMessage, SimRequest } from './protocol';

export interface SimStatus { runId: number; state: RunState; message?: string }

export interface SimClient {
  /** Send a command; start and restart get a new runId, which is returned (others return the current one). */
  send(request: SimRequest): number;
  /** Stop the worker for good; later messages and sends are ignored. */
  terminate(): void;
  /** The run whose messages are delivered. */
  readonly runId: number;
  /** Where the engine runs: a Worker, or this thread when Workers are unavailable. */
  readonly mode: 'worker' | 'inline';
}

export interface SimClientOptions {
  /** Run on this thread even when Workers exist (tests, debugging). */
  inline?: boolean;
  /** Engine for the inline mode; by default the real one, loaded on demand. */
  engine?: EngineDeps;
  /** Make the Worker; by default the bundled simWorker. */
  createWorker?: () => WorkerLike;
}

const spawnWorker = (): WorkerLike =>
  // Vite finds and bundles the worker from this exact `new Worker(new URL(...))` form.
  new Worker(new URL('./simWorker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

// The fallback loads the engine lazily, so the engine stays out of the first-paint bundle.
const loadRealEngine = (): Promise<EngineDeps> =>
  import('./realEngine').then((module) => module.realEngine as EngineDeps);

/** Creates the client; `onFrame`, `onStatus`, `onError` only ever see the current run. */
export function createSimClient(
  onFrame: (frame: Frame, runId: number) => void,
  onStatus: (status: SimStatus) => void,
  onError: (message: string) => void,
  options: SimClientOptions = {},
): SimClient {
  let worker: WorkerLike | null = null;
  let mode: SimClient['mode'] = 'worker';
  if (!options.inline) {
    try {
      if (options.createWorker) worker = options.createWorker();
      else if (typeof Worker !== 'undefined') worker = spawnWorker();
    } catch {
      worker = null; // e.g. a sandboxed page that forbids workers: fall back below.
    }
  }
  if (worker === null) {
    mode = 'inline';
    worker = createInlineWorker(options.engine ?? loadRealEngine());
  }

  let runId = 0;
  let nextRunId = 1;
  let terminated = false;

  worker.onmessage = (event) => {
    const message: SimMessage = event.data;
    if (terminated || message.runId !== runId) return;
    if (message.type === 'frame') onFrame(message.frame, message.runId);
    else if (message.type === 'status') {
      onStatus(message.message === undefined
        ? { runId: message.runId, state: message.state }
        : { runId: message.runId, state: message.state, message: message.message });
    } else onError(message.message);
  };
  worker.onerror = (event) => {
    if (!terminated) onError(event.message || 'The simulation worker could not start.');
  };

  return {
    send(request) {
      if (terminated || worker === null) return runId;
      let command: SimCommand;
      if (request.type === 'start' || request.type === 'restart') {
        runId = nextRunId++;
        command = { ...request, runId } as SimCommand;
      } else {
        command = request;
      }
      worker.postMessage(command);
      return runId;
    },
    terminate() {
      terminated = true;
      worker?.terminate();
      worker = null;
    },
    get runId() { return runId; },
    get mode() { return mode; },
  };
}
