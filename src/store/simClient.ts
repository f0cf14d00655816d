/**
 * The page side of the simulation: owns the Worker (or the main-thread fallback) through a
 * worker channel, stamps each start/restart with a fresh runId, and drops whatever still arrives
 * from an older run, so a chart never mixes two runs after an edit.
 *
 * While the worker is running it beats about every BEAT_MS; a worker silent for STALL_MS (killed,
 * hung, its tab's process gone) is declared dead: it is terminated and `onError` says so, so the
 * run strip offers Restart instead of showing a clock that never moves.
 */
import type { Frame } from '../engine/api';
import type { EngineDeps } from '../worker/engineDeps';
import { createInlineWorker, type WorkerLike } from '../worker/inlineWorker';
import { BEAT_MS, type RunState, type SimCommand, type SimMessage, type SimRequest } from '../worker/protocol';
import { createWatchdog, type WatchdogOptions } from './watchdog';
import { openChannel } from './workerChannel';

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

export interface SimClientHandlers {
  /** `pace`: simulated seconds per wall second lately, when the worker knows it (null until then). */
  onFrame: (frame: Frame, runId: number, pace?: number | null) => void;
  onStatus: (status: SimStatus) => void;
  /** The run cannot show the last edit live (a fault that already happened was taken off): rebuild it; `reason` as the worker gives it. */
  onRebuild: (reason: string) => void;
  /** The run failed; after a dead worker (crashed or silent) the client sends nothing more. */
  onError: (message: string) => void;
}

/** No beat for this long while running means the worker is gone (six beats missed). */
export const STALL_MS = 3000;
/** A new worker may take this long to load its script and answer the first command. */
export const STARTUP_GRACE_MS = 15_000;

export interface SimClientOptions {
  /** Run on this thread even when Workers exist (tests, debugging). */
  inline?: boolean;
  /** Engine for the inline mode; by default the real one, loaded on demand. */
  engine?: EngineDeps;
  /** Make the Worker; by default the bundled simWorker. */
  createWorker?: () => WorkerLike;
  /** Clock and timers of the stall watchdog (tests pass fakes). */
  watchdog?: Pick<WatchdogOptions, 'now' | 'setInterval' | 'clearInterval'>;
}

const spawnWorker = (): WorkerLike =>
  // Vite finds and bundles the worker from this exact `new Worker(new URL(...))` form.
  new Worker(new URL('../worker/simWorker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

// The fallback loads the engine lazily, so the engine stays out of the first-paint bundle.
const loadRealEngine = (): Promise<EngineDeps> =>
  import('../worker/realEngine').then((module) => module.realEngine as EngineDeps);

/** What each command tells about the worker's next state: running, not running, or unchanged. */
const runningAfter = (request: SimRequest): boolean | null => {
  switch (request.type) {
    case 'start':
    case 'resume':
      return true;
    case 'pause':
    case 'step':
    case 'stop':
      return false;
    default:
      return null;
  }
};

/** Creates the client; the handlers only ever see the current run. */
export function createSimClient(handlers: SimClientHandlers, options: SimClientOptions = {}): SimClient {
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
  let spoken = false;

  const channel = openChannel<never, never, SimCommand, SimMessage>(worker, {
    onEvent: (message) => {
      spoken = true;
      watchdog.heard();
      if (message.runId !== runId || message.type === 'beat') return;
      if (message.type === 'frame') handlers.onFrame(message.frame, message.runId, message.pace ?? null);
      else if (message.type === 'status') {
        if (message.state === 'running') watchdog.arm();
        else watchdog.disarm();
        handlers.onStatus(message.message === undefined
          ? { runId: message.runId, state: message.state }
          : { runId: message.runId, state: message.state, message: message.message });
      } else if (message.type === 'rebuild') handlers.onRebuild(message.reason);
      else handlers.onError(message.message);
    },
    onDead: (reason) => {
      watchdog.disarm();
      handlers.onError(reason);
    },
  });

  const watchdog = createWatchdog({
    ...options.watchdog,
    deadlineMs: STALL_MS,
    checkEveryMs: BEAT_MS,
    onSilent: (silentMs) => channel.fail(
      `The simulation stopped answering (nothing for ${Math.round(silentMs / 1000)} s): its worker was killed or hung. Restart brings the run back.`,
    ),
  });

  return {
    send(request) {
      if (!channel.open) return runId;
      let command: SimCommand;
      if (request.type === 'start' || request.type === 'restart') {
        runId = nextRunId++;
        command = { ...request, runId } as SimCommand;
      } else {
        command = request;
      }
      const running = runningAfter(request);
      if (running === true) watchdog.arm(spoken ? 0 : STARTUP_GRACE_MS);
      else if (running === false) watchdog.disarm();
      channel.post(command);
      return runId;
    },
    terminate() {
      watchdog.disarm();
      channel.close();
    },
    get runId() { return runId; },
    get mode() { return mode; },
  };
}
