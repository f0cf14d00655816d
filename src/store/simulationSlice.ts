/**
 * The live run: Run / Pause / Step / Reset, speed, faults and rates sent to the simulation worker,
 * and its frames folded into the store about 10 times a second. The worker owns time; this slice
 * only mirrors what it reports, so the page never blocks on the engine.
 *
 * Edits made while a run is going are forwarded: parameter changes live (updateParams), structural
 * changes by restarting the run from the edited design (runEdits.ts says which is which).
 */
import type { Frame } from '../engine/api';
import { idTable, type Design } from '../model';
import type { SimRequest, SimSpeed, SimStatus } from '../worker';
import { classifyDesignChange, type ParamPatch } from './runEdits';
import { EMPTY_LIVE, EMPTY_SERIES, liveAfter, seriesAfter, type RunLive, type RunSeries } from './runFrames';
import { workerSimPort, type SimPort, type SimPortFactory } from './simClientPort';
import type { SliceCreator, StoreDeps } from './types';

/** idle: no run loaded (the editor as it was); the others mirror the worker. */
export type RunStatus = 'idle' | 'running' | 'paused' | 'done' | 'error';

export interface RunControl {
  status: RunStatus;
  speed: SimSpeed;
  /** Why the run stopped, when status is 'error'. */
  error: string | null;
  /** Simulated length of the current run. */
  durationMs: number;
  /** Nodes the user killed in this run (the canvas greys them at once, before the next frame). */
  killedIds: readonly string[];
  /** Live client rates set with the slider, by client id; they override the design's rps. */
  clientRates: Readonly<Record<string, number>>;
  /** Bumped on every start and restart, so views that hold per-run state can reset. */
  generation: number;
}

export interface RunSettingsPatch { seed?: number; durationS?: number }

export interface SimulationSlice {
  run: RunControl;
  live: RunLive;
  series: RunSeries;
  /** Starts a fresh run of the current design (also from 'done' or 'error'). */
  startRun: () => void;
  pauseRun: () => void;
  resumeRun: () => void;
  /** Advances `ms` of simulated time and pauses (starting a paused run first when idle). */
  stepRun: (ms?: number) => void;
  /** Stops the run and forgets it: the canvas is the plain editor again. */
  resetRun: () => void;
  setSpeed: (speed: SimSpeed) => void;
  killNode: (id: string) => void;
  restoreNode: (id: string) => void;
  /** Sets a client's rate live (not saved in the design). */
  setClientRate: (id: string, rps: number) => void;
  /** Changes the seed or length in the design (a structural change: a running run restarts). */
  setRunSettings: (patch: RunSettingsPatch) => void;
  /** After a worker failure: a new worker, and the run started again. */
  restartAfterError: () => void;
  /** Folds one frame in (called by the worker client; exposed for tests). */
  applyFrame: (frame: Frame) => void;
}

const INITIAL_RUN: RunControl = {
  status: 'idle', speed: 1, error: null, durationMs: 0, killedIds: [], clientRates: idTable(), generation: 0,
};

/** One metrics bucket: the smallest step that changes a chart. */
export const STEP_MS = 1000;

const isActive = (status: RunStatus): boolean => status === 'running' || status === 'paused';

export const createSimulationSlice = (deps: StoreDeps): SliceCreator<SimulationSlice> => (set, get, api) => {
  const makePort: SimPortFactory = deps.simPort ?? workerSimPort;
  let port: SimPort | null = null;
  /** The design the running simulation reflects (built from, then patched): edits are diffed against it. */
  let simDesign: Design | null = null;

  const onFrame = (frame: Frame): void => {
    if (get().run.status === 'idle') return; // in flight when the run was reset
    get().applyFrame(frame);
  };

  const onStatus = ({ state, message }: SimStatus): void => {
    const { status } = get().run;
    if (status === 'idle' || state === 'stopped') return;
    if (state === 'error') {
      set((s) => { s.run.status = 'error'; s.run.error = message ?? 'The simulation stopped.'; });
      return;
    }
    if (status !== 'error' && status !== state) set((s) => { s.run.status = state; });
    // A status with a message while running is a notice (a kill of a node the run does not have).
    if (message) get().showToast(message, 'warning');
  };

  const onError = (message: string): void => {
    if (get().run.status === 'idle') return;
    set((s) => { s.run.status = 'error'; s.run.error = message; });
  };

  const send = (request: SimRequest): void => {
    port ??= makePort({ onFrame, onStatus, onError });
    port.send(request);
  };

  /** Clears what the previous run showed; object assignment keeps immer out of the big arrays. */
  const freshRun = (status: RunStatus, design: Design, keepRates: boolean): void => {
    const { run } = get();
    set({
      run: {
        ...run,
        status,
        error: null,
        durationMs: design.sim.durationS * 1000,
        killedIds: [],
        clientRates: keepRates ? run.clientRates : idTable(),
        generation: run.generation + 1,
      },
      live: EMPTY_LIVE,
      series: EMPTY_SERIES,
    });
  };

  const start = (paused: boolean): void => {
    const { design, run } = get();
    simDesign = design;
    freshRun(paused ? 'paused' : 'running', design, false);
    send({ type: 'start', design, seed: design.sim.seed, speed: run.speed });
  };

  /** Live rate overrides survive a restart, for the clients that still exist. */
  const resendRates = (design: Design): void => {
    const ids = new Set(design.nodes.map((n) => n.id));
    for (const [id, rps] of Object.entries(get().run.clientRates)) if (ids.has(id)) send({ type: 'setClientRate', id, rps });
  };

  const forwardParams = (patches: ParamPatch[]): void => {
    const dropped: string[] = [];
    for (const patch of patches) {
      send({ type: 'updateParams', id: patch.id, params: patch.params });
      const override = get().run.clientRates[patch.id];
      if (override === undefined) continue;
      // The design's new rate wins over the slider; any other client edit keeps the slider's rate.
      if (patch.rpsChanged) dropped.push(patch.id);
      else send({ type: 'setClientRate', id: patch.id, rps: override });
    }
    if (dropped.length) set((s) => { for (const id of dropped) delete s.run.clientRates[id]; });
  };

  const onDesignChanged = (design: Design): void => {
    if (!isActive(get().run.status) || simDesign === null) return;
    const change = classifyDesignChange(simDesign, design);
    simDesign = design;
    if (change.kind === 'params') forwardParams(change.patches);
    if (change.kind !== 'structure') return;
    freshRun(get().run.status, design, true);
    send({ type: 'restart', design, seed: design.sim.seed });
    resendRates(design);
    get().showToast(`Design changed: the run restarted (${change.reason}).`, 'info');
  };

  // Edits reach the run through the design, whoever made them (inspector, canvas, undo).
  api.subscribe((state, prev) => { if (state.design !== prev.design) onDesignChanged(state.design); });

  const whileActive = (act: () => void): void => { if (isActive(get().run.status)) act(); };

  return {
    run: INITIAL_RUN,
    live: EMPTY_LIVE,
    series: EMPTY_SERIES,

    startRun: () => start(false),

    pauseRun: () => {
      if (get().run.status !== 'running') return;
      send({ type: 'pause' });
      set((s) => { s.run.status = 'paused'; });
    },

    resumeRun: () => {
      if (get().run.status !== 'paused') return;
      send({ type: 'resume' });
      set((s) => { s.run.status = 'running'; });
    },

    stepRun: (ms = STEP_MS) => {
      if (!isActive(get().run.status)) start(true);
      else set((s) => { s.run.status = 'paused'; });
      send({ type: 'step', ms });
    },

    resetRun: () => {
      if (get().run.status === 'idle') return;
      simDesign = null;
      send({ type: 'stop' });
      set({ run: { ...INITIAL_RUN, speed: get().run.speed, generation: get().run.generation + 1 }, live: EMPTY_LIVE, series: EMPTY_SERIES });
    },

    setSpeed: (speed) => {
      if (get().run.speed === speed) return;
      set((s) => { s.run.speed = speed; });
      if (port) send({ type: 'setSpeed', speed });
    },

    killNode: (id) => whileActive(() => {
      send({ type: 'kill', id });
      if (!get().run.killedIds.includes(id)) set((s) => { s.run.killedIds.push(id); });
    }),

    restoreNode: (id) => whileActive(() => {
      send({ type: 'restore', id });
      set((s) => { s.run.killedIds = s.run.killedIds.filter((k) => k !== id); });
    }),

    setClientRate: (id, rps) => {
      const rate = Math.max(0, rps);
      set((s) => { s.run.clientRates[id] = rate; });
      whileActive(() => send({ type: 'setClientRate', id, rps: rate }));
    },

    setRunSettings: (patch) => {
      const { design } = get();
      const sim = { ...design.sim, ...patch };
      if (sim.seed === design.sim.seed && sim.durationS === design.sim.durationS) return;
      get().commit({ ...design, sim });
    },

    restartAfterError: () => {
      // The old worker may be wedged or dead: start over with a new one.
      port?.terminate();
      port = null;
      start(false);
    },

    applyFrame: (frame) => {
      const { live, series } = get();
      set({ live: liveAfter(live, frame), series: seriesAfter(series, frame) });
    },
  };
};
