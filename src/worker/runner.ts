/**
 * The simulation loop without a thread: holds one simulation, applies commands between ticks,
 * and on each tick advances simulated time by wall time × speed. Nothing here touches `self`,
 * the DOM or a timer; the only clock is the injected `now()`, used to bound how long one tick
 * may spend inside the engine. Given the same commands and tick lengths (and a fake clock), it
 * makes the same advance() calls, so the engine's output is the same.
 *
 * Pacing: in a Worker the thread has nothing else to do, so a tick may use nearly the whole frame
 * interval (the host ticks about every 100 ms and subtracts the tick's cost): at 'max' the engine
 * is busy over 90% of the wall time, and the thread yields only to post the frame and read messages.
 * Chunks of simulated time are sized from what the last chunk cost, so a heavy design still ends
 * its tick near the budget instead of overshooting it by a whole second of simulated time.
 */
import type { Design, FaultEvent } from '../model';
import type { EngineDeps } from './engineDeps';
import { HISTORY_CHANGED, type RunState, type SimCommand, type SimMessage, type SimSpeed } from './protocol';
import { paceAfter, paceResumed, type PaceClock } from './pace';

export interface RunnerOptions<Sim> {
  engine: EngineDeps<Sim>;
  /** Wall clock in ms; only read to keep a tick within `tickBudgetMs`. */
  now: () => number;
  /**
   * Wall time one tick may spend advancing the engine (default WORKER_TICK_BUDGET_MS, for a Worker;
   * on the page's own thread, pass a smaller one so the page keeps its frames).
   */
  tickBudgetMs?: number;
  /** Most simulated ms per advance() call between budget checks (default 1000, one metrics bucket). */
  chunkMs?: number;
  /** Longest wall gap one tick accounts for (default 1000 ms): a throttled tab does not jump ahead. */
  maxWallElapsedMs?: number;
}

export interface Runner {
  /** Apply one command; returns the messages to post (status changes, a frame when paused). */
  apply(cmd: SimCommand): SimMessage[];
  /** Advance by `wallElapsedMs` × speed (or by the budget at 'max'); returns a frame and any status. */
  tick(wallElapsedMs: number): SimMessage[];
  readonly state: RunState;
  readonly runId: number;
  readonly speed: SimSpeed;
  /** Simulated time the runner has asked the engine to reach. */
  readonly simCursorMs: number;
}

/**
 * A live run's event budget: far above the CLI's, since someone is watching and can pause or
 * reset it; a sampled 30-minute run of a million-request design needs about 400 million events.
 */
export const LIVE_MAX_EVENTS = 2_000_000_000;

/** A tick's engine time in a Worker: just under the host's 100 ms frame interval. */
export const WORKER_TICK_BUDGET_MS = 97;
/** Smallest chunk of simulated time one advance() call is given, however costly the design. */
const MIN_CHUNK_MS = 1;

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Creates a runner over `options.engine`; it starts with no simulation ('stopped'). */
export function createRunner<Sim>(options: RunnerOptions<Sim>): Runner {
  const { engine, now } = options;
  const tickBudgetMs = options.tickBudgetMs ?? WORKER_TICK_BUDGET_MS;
  const chunkMs = options.chunkMs ?? 1000;
  const maxWallElapsedMs = options.maxWallElapsedMs ?? 1000;

  let sim: Sim | null = null;
  let state: RunState = 'stopped';
  let runId = 0;
  let speed: SimSpeed = 1;
  let cursorMs = 0;
  let durationMs = Infinity;
  /** Wall ms one simulated ms cost in the last chunk (0 until measured): sizes the next chunk. */
  let wallPerSimMs = 0;
  /** Wall ms spent in advance() since the last frame, and when that frame was taken. */
  let busyMs = 0;
  let lastFrameAtMs = 0;
  /** The frame the run's pace is measured from (pace.ts). */
  let pace: PaceClock | null = null;

  const status = (message?: string): SimMessage =>
    message === undefined ? { type: 'status', runId, state } : { type: 'status', runId, state, message };

  /** Runs an engine call; on a throw, the run stops in 'error' and the page is told why. */
  const guarded = (what: string, body: () => SimMessage[]): SimMessage[] => {
    try {
      return body();
    } catch (err) {
      state = 'error';
      // A refused run already says what to change; anything else is a failure, said as one.
      const refused = err instanceof Error && err.name === 'RunRefusedError';
      const message = refused ? errorText(err) : `The simulation stopped (${what}): ${errorText(err)}`;
      return [{ type: 'error', runId, message }, status(message)];
    }
  };

  /** `atMs`: the wall time now, when the caller has just read it (saves a clock read per tick). */
  const frameMessages = (live: Sim, atMs = now()): SimMessage[] => {
    const frame = engine.takeFrame(live);
    // Taking the frame is engine work too; posting it (a structured clone) is not counted.
    const frameAtMs = now();
    busyMs += frameAtMs - atMs;
    const wallMs = frameAtMs - lastFrameAtMs;
    const busyShare = wallMs > 0 ? Math.min(1, busyMs / wallMs) : 0;
    busyMs = 0;
    lastFrameAtMs = frameAtMs;
    pace = paceAfter(pace, frame.tMs, frameAtMs);
    const out: SimMessage[] = [pace.perS === null ? { type: 'frame', runId, frame, busyShare } : { type: 'frame', runId, frame, busyShare, pace: pace.perS }];
    if (state !== 'done' && (frame.done || engine.isDone(live) || cursorMs >= durationMs)) {
      state = 'done';
      out.push(status());
    }
    return out;
  };

  /**
   * Advances to `targetMs` in chunks, stopping early when the wall budget is spent; returns the
   * wall time it stopped at. Each chunk is what should fit in the rest of the budget at the cost
   * the last chunk showed, capped at `chunkMs`.
   */
  const advanceTo = (live: Sim, targetMs: number, budgetMs: number): number => {
    const target = Math.min(targetMs, durationMs);
    const startedAt = now();
    let at = startedAt;
    while (cursorMs < target && !engine.isDone(live)) {
      const leftMs = budgetMs - (at - startedAt);
      const fits = wallPerSimMs > 0 ? leftMs / wallPerSimMs : chunkMs;
      const from = cursorMs;
      cursorMs = Math.min(cursorMs + Math.min(chunkMs, Math.max(MIN_CHUNK_MS, Math.floor(fits))), target);
      engine.advance(live, cursorMs);
      const before = at;
      at = now();
      if (cursorMs > from) wallPerSimMs = (at - before) / (cursorMs - from);
      if (at - startedAt >= budgetMs) break;
    }
    busyMs += at - startedAt;
    return at;
  };

  const load = (design: Design, seed: number, nextRunId: number, nextState: 'running' | 'paused', scenario?: FaultEvent[]): SimMessage[] => {
    runId = nextRunId;
    sim = null;
    cursorMs = 0;
    durationMs = design.sim.durationS * 1000;
    wallPerSimMs = 0;
    pace = null;
    busyMs = 0;
    lastFrameAtMs = now();
    return guarded('start', () => {
      const created = engine.createSimulation(design, { seed, maxEvents: LIVE_MAX_EVENTS, traceEvery: 'auto', ...(scenario && { scenario }) });
      sim = created;
      state = nextState;
      return [status(), ...frameMessages(created)];
    });
  };

  const whileLive = (what: string, id: string, act: (live: Sim) => boolean | void): SimMessage[] => {
    const live = sim;
    if (live === null || (state !== 'running' && state !== 'paused')) return [];
    return guarded(what, () => {
      // Not fatal: the node was probably added after the run started; the run goes on.
      const notice = act(live) === false ? [status(`Could not ${what}: "${id}" is not in the running simulation (restart the run to include it).`)] : [];
      // While running the next tick shows the change; while paused, show it now.
      return state === 'paused' ? [...notice, ...frameMessages(live)] : notice;
    });
  };

  const apply = (cmd: SimCommand): SimMessage[] => {
    switch (cmd.type) {
      case 'start':
        speed = cmd.speed;
        return load(cmd.design, cmd.seed, cmd.runId, 'running', cmd.scenario);
      case 'restart':
        return load(cmd.design, cmd.seed, cmd.runId, state === 'paused' ? 'paused' : 'running', cmd.scenario);
      case 'stop':
        sim = null;
        state = 'stopped';
        return [status()];
      case 'setSpeed':
        speed = cmd.speed;
        // The pace measured so far was the old speed's.
        pace = null;
        return [];
      case 'pause':
        if (state !== 'running') return [];
        state = 'paused';
        return [status()];
      case 'resume':
        if (state !== 'paused') return [];
        state = 'running';
        pace = paceResumed(pace);
        return [status()];
      case 'step': {
        const live = sim;
        if (live === null || (state !== 'running' && state !== 'paused')) return [];
        const out: SimMessage[] = [];
        if (state === 'running') {
          state = 'paused';
          out.push(status());
        }
        // A step is exact whatever it costs: the learner asked for this much simulated time.
        return [...out, ...guarded('step', () => {
          return frameMessages(live, advanceTo(live, cursorMs + cmd.ms, Infinity));
        })];
      }
      case 'kill':
        return whileLive('kill the node', cmd.id, (live) => engine.killNode(live, cmd.id));
      case 'restore':
        return whileLive('restore the node', cmd.id, (live) => engine.restoreNode(live, cmd.id));
      case 'fault':
        return whileLive(`apply the fault (${cmd.fault.action})`, cmd.fault.target, (live) => engine.injectFault?.(live, cmd.fault) ?? false);
      case 'scenario': {
        let lost = 0;
        const out = whileLive('replace the scenario', '', (live) => { lost = engine.replaceScenario?.(live, cmd.faults) || 0; });
        return lost > 0 ? [...out, { type: 'rebuild', runId, reason: HISTORY_CHANGED }] : out;
      }
      case 'updateParams':
        return whileLive('update the node', cmd.id, (live) => engine.updateNodeParams(live, cmd.id, cmd.params));
      case 'setClientRate':
        return whileLive('set the client rate', cmd.id, (live) => engine.setClientRate(live, cmd.id, cmd.rps));
    }
  };

  const tick = (wallElapsedMs: number): SimMessage[] => {
    const live = sim;
    if (live === null || state !== 'running') return [];
    return guarded('advance', () => {
      // Past the budget the rest is dropped: a heavy design runs slower than asked, not in bursts.
      const wallMs = Math.min(Math.max(wallElapsedMs, 0), maxWallElapsedMs);
      const targetMs = speed === 'max' ? durationMs : cursorMs + wallMs * speed;
      return frameMessages(live, advanceTo(live, targetMs, tickBudgetMs));
    });
  };

  return {
    apply,
    tick,
    get state() { return state; },
    get runId() { return runId; },
    get speed() { return speed; },
    get simCursorMs() { return cursorMs; },
  };
}
