/**
 * The message side of the worker, shared by the real Worker (simWorker.ts) and the main-thread
 * fallback (inlineWorker.ts): checks incoming commands, feeds them to a runner, and runs a timer
 * loop that ticks about 10 times a second while a run is going, beating every BEAT_MS. Nothing it does may throw to the
 * caller: every failure becomes an `error` message, so the page never waits on a dead worker.
 */
import type { EngineDeps } from './engineDeps';
import { checkCommand } from './checkCommand';
import { BEAT_MS, type SimMessage } from './protocol';
import { createRunner, type Runner } from './runner';

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface HostOptions<Sim> {
  engine: EngineDeps<Sim>;
  post: (message: SimMessage) => void;
  now: () => number;
  timers: Timers;
  /** Wall ms between frames (default 100: about 10 frames a second, never one per event). */
  frameIntervalMs?: number;
  /** Engine time per tick (the runner's default suits a Worker; see RunnerOptions.tickBudgetMs). */
  tickBudgetMs?: number;
}

export interface WorkerHost {
  /** Handle one message from the page. */
  receive(data: unknown): void;
  /** Stop the timer loop and drop the simulation. */
  dispose(): void;
  readonly runner: Runner;
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Wires a runner to a post function and a timer loop. */
export function createWorkerHost<Sim>(options: HostOptions<Sim>): WorkerHost {
  const { post, now, timers } = options;
  const frameIntervalMs = options.frameIntervalMs ?? 100;
  const runner = createRunner({ engine: options.engine, now, tickBudgetMs: options.tickBudgetMs });
  let timer: unknown = null;
  let lastTickAtMs = 0;
  let lastBeatAtMs = -Infinity;

  const postAll = (messages: SimMessage[]): void => {
    for (const message of messages) post(message);
  };

  const fail = (err: unknown): void => {
    try {
      post({ type: 'error', runId: runner.runId, message: `The simulation worker failed: ${errorText(err)}` });
    } catch {
      // Posting itself failed (an uncloneable value?): nothing more can be said to the page.
    }
  };

  const onTimer = (): void => {
    timer = null;
    try {
      const startedAtMs = now();
      const elapsedMs = startedAtMs - lastTickAtMs;
      lastTickAtMs = startedAtMs;
      postAll(runner.tick(elapsedMs));
      // The page's watchdog hears this; a worker that hangs inside a tick stops beating.
      if (runner.state === 'running' && startedAtMs - lastBeatAtMs >= BEAT_MS) {
        lastBeatAtMs = startedAtMs;
        post({ type: 'beat', runId: runner.runId });
      }
      // Subtract the tick's own cost so frames stay near 10 a second under load.
      if (runner.state === 'running') schedule(Math.max(0, frameIntervalMs - (now() - startedAtMs)));
    } catch (err) {
      fail(err);
    }
  };

  const schedule = (delayMs: number): void => {
    if (timer === null) timer = timers.setTimeout(onTimer, delayMs);
  };

  const stopLoop = (): void => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };

  const receive = (data: unknown): void => {
    try {
      const checked = checkCommand(data);
      if (!checked.ok) {
        post({ type: 'error', runId: runner.runId, message: `The simulation worker ignored a message: ${checked.reason}` });
        return;
      }
      const wasRunning = runner.state === 'running';
      postAll(runner.apply(checked.command));
      if (runner.state !== 'running') stopLoop();
      else if (!wasRunning || checked.command.type === 'start' || checked.command.type === 'restart') {
        // (Re)starting: time paused or spent loading does not count as simulated time.
        lastTickAtMs = now();
        stopLoop();
        schedule(frameIntervalMs);
      }
    } catch (err) {
      fail(err);
    }
  };

  return {
    receive,
    dispose: () => {
      stopLoop();
      runner.apply({ type: 'stop' });
    },
    runner,
  };
}
