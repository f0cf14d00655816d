/**
 * The live run: Run / Pause / Step / Reset, speed, faults and rates sent to the simulation worker,
 * and its frames folded into the store about 10 times a second. The worker owns time; this slice
 * only mirrors what it reports, so the page never blocks on the engine.
 *
 * Edits made while a run is going are forwarded: parameter changes live (updateParams), the
 * scenario's faults still to come live (scenario), structural changes by restarting the run from
 * the edited design (runEdits.ts says which is which). Faults clicked during the run are recorded
 * in run.liveFaults, at the simulated time they were sent, for the fault timeline.
 */
import type { Frame } from '../engine/api';
import { idTable, type Design, type FaultEvent } from '../model';
import type { SimRequest } from '../worker';
import type { SimStatus } from './simClient';
import { chooseSampleK } from '../engine/sampling';
import { classifyDesignChange, resampleNeed, withLiveRates, type ParamPatch } from './runEdits';
import { EMPTY_LIVE, EMPTY_SERIES, liveAfter, seriesAfter, type RunLive } from './runFrames';
import { RunTape } from './runTape';
import { workerSimPort, type SimPort, type SimPortFactory } from './simClientPort';
import type { SliceCreator, StoreDeps } from './types';
import type { RunControl, RunStatus, SimulationSlice } from './state/simulation';

const INITIAL_RUN: RunControl = {
  status: 'idle', speed: 1, error: null, durationMs: 0, killedIds: [], clientRates: idTable(), generation: 0, scheduledFaults: [], liveFaults: [],
};

/** One metrics bucket: the smallest step that changes a chart. */
export const STEP_MS = 1000;

const isActive = (status: RunStatus): boolean => status === 'running' || status === 'paused';

export const createSimulationSlice = (deps: StoreDeps): SliceCreator<SimulationSlice> => (set, get, api) => {
  const makePort: SimPortFactory = deps.simPort ?? workerSimPort;
  let port: SimPort | null = null;
  /** The design the running simulation reflects (built from, then patched): edits are diffed against it. */
  let simDesign: Design | null = null;
  /** Real requests per simulated one in the running simulation (1: exact), so a rate change can tell when to re-sample. */
  let simK = 1;
  /** The run's last minute as data, for "Record the last N seconds" (runTape.ts). */
  const tape = new RunTape();
  /** What the canvas showed before a kept frame was put on it, while one is (showKeptFrame). */
  let beforeKept: { live: RunLive; killedIds: readonly string[] } | null = null;

  const onFrame = (frame: Frame, _runId: number, pace?: number | null): void => {
    if (get().run.status === 'idle') return; // in flight when the run was reset
    get().applyFrame(frame, pace);
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
    // Whatever failed, the next Run, Restart or Step gets a new worker: a crashed or silent one
    // would take commands and never answer them.
    port?.terminate();
    port = null;
    if (get().run.status === 'idle') return;
    set((s) => { s.run.status = 'error'; s.run.error = message; });
  };

  // The worker asks for a rebuild when an edit changed what already happened (`restart` is below; this runs only during a run).
  const onRebuild = (reason: string): void => {
    if (!isActive(get().run.status) || simDesign === null) return;
    restart(simDesign, `Design changed: the run restarted (${reason}).`);
  };

  const send = (request: SimRequest): void => {
    port ??= makePort({ onFrame, onStatus, onError, onRebuild });
    port.send(request);
  };

  /** Clears what the previous run showed; object assignment keeps immer out of the big arrays. */
  const freshRun = (status: RunStatus, design: Design, keepRates: boolean): void => {
    const { run } = get();
    tape.clear();
    beforeKept = null;
    set({
      run: {
        ...run,
        status,
        error: null,
        durationMs: design.sim.durationS * 1000,
        killedIds: [],
        liveFaults: [],
        clientRates: keepRates ? run.clientRates : idTable(),
        generation: run.generation + 1,
      },
      live: EMPTY_LIVE,
      series: EMPTY_SERIES,
      pace: null,
    });
  };

  /** The scheduled faults as a start/restart field (absent when there are none). */
  const scheduled = (): { scenario?: FaultEvent[] } => {
    const faults = get().run.scheduledFaults;
    return faults.length > 0 ? { scenario: faults.map((f) => ({ ...f })) } : {};
  };

  const start = (paused: boolean): void => {
    const { design, run } = get();
    simDesign = design;
    simK = chooseSampleK(design);
    freshRun(paused ? 'paused' : 'running', design, false);
    send({ type: 'start', design, seed: design.sim.seed, speed: run.speed, ...scheduled() });
  };

  /** Live rate overrides survive a restart, for the clients that still exist. */
  const resendRates = (design: Design): void => {
    const ids = new Set(design.nodes.map((n) => n.id));
    for (const [id, rps] of Object.entries(get().run.clientRates)) if (ids.has(id)) send({ type: 'setClientRate', id, rps });
  };

  /** Sends live patches; a client edit other than its rate keeps the slider's rate (onDesignChanged dropped those the design's rate overrules). */
  const forwardParams = (patches: ParamPatch[]): void => {
    for (const patch of patches) {
      send({ type: 'updateParams', id: patch.id, params: patch.params });
      const override = get().run.clientRates[patch.id];
      if (override !== undefined) send({ type: 'setClientRate', id: patch.id, rps: override });
    }
  };

  /** Rebuilds the run from t = 0 with the live rates in the design, so the engine samples and checks what it will really run. */
  const restart = (design: Design, message: string): void => {
    freshRun(get().run.status, design, true);
    const simulated = withLiveRates(design, get().run.clientRates);
    simK = chooseSampleK(simulated);
    send({ type: 'restart', design: simulated, seed: design.sim.seed, ...scheduled() });
    resendRates(design);
    get().showToast(message, 'info');
  };

  /** A rate change (slider or design) that the running sample size cannot show restarts the run; true when it did. */
  const resampleIfNeeded = (design: Design): boolean => {
    const need = resampleNeed(simK, withLiveRates(design, get().run.clientRates));
    if (need) restart(design, need.message);
    return need !== undefined;
  };

  const onDesignChanged = (design: Design): void => {
    if (!isActive(get().run.status) || simDesign === null) return;
    const change = classifyDesignChange(simDesign, design, get().live.tMs);
    simDesign = design;
    if (change.kind === 'params') {
      if (change.scenario) send({ type: 'scenario', faults: change.scenario });
      // The design's new rate wins over the slider before the sample size is judged.
      const redesigned = change.patches.filter((p) => p.rpsChanged && get().run.clientRates[p.id] !== undefined).map((p) => p.id);
      if (redesigned.length) set((s) => { for (const id of redesigned) delete s.run.clientRates[id]; });
      if (!resampleIfNeeded(design)) forwardParams(change.patches);
    }
    if (change.kind !== 'structure') return;
    restart(design, `Design changed: the run restarted (${change.reason}).`);
  };

  // Edits reach the run through the design, whoever made them (inspector, canvas, undo).
  api.subscribe((state, prev) => { if (state.design !== prev.design) onDesignChanged(state.design); });

  const whileActive = (act: () => void): void => { if (isActive(get().run.status)) act(); };

  /** Records a fault clicked during the run at the simulated time it was sent (what the page last heard: a frame at most behind). */
  const recordLive = (fault: FaultEvent): void => {
    const tS = get().live.tMs / 1000;
    set((s) => { s.run.liveFaults.push({ ...fault, tS }); });
  };

  return {
    run: INITIAL_RUN,
    live: EMPTY_LIVE,
    series: EMPTY_SERIES,
    pace: null,

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
      port?.send({ type: 'stop' });
      const { speed, generation, scheduledFaults } = get().run;
      tape.clear();
      beforeKept = null;
      set({ run: { ...INITIAL_RUN, speed, generation: generation + 1, scheduledFaults }, live: EMPTY_LIVE, series: EMPTY_SERIES, pace: null });
    },

    setSpeed: (speed) => {
      if (get().run.speed === speed) return;
      // The pace measured so far was the old speed's (the worker starts measuring again too).
      set((s) => { s.run.speed = speed; s.pace = null; });
      if (port) send({ type: 'setSpeed', speed });
    },

    killNode: (id) => whileActive(() => {
      send({ type: 'kill', id });
      recordLive({ tS: 0, action: 'kill', target: id });
      if (!get().run.killedIds.includes(id)) set((s) => { s.run.killedIds.push(id); });
    }),

    restoreNode: (id) => whileActive(() => {
      send({ type: 'restore', id });
      recordLive({ tS: 0, action: 'restore', target: id });
      set((s) => { s.run.killedIds = s.run.killedIds.filter((k) => k !== id); });
    }),

    injectFault: (fault) => whileActive(() => {
      send({ type: 'fault', fault: { ...fault } });
      recordLive(fault);
      if (fault.action === 'heal') set((s) => { s.run.killedIds = s.run.killedIds.filter((k) => k !== fault.target); });
    }),

    setScheduledFaults: (faults) => set((s) => { s.run.scheduledFaults = faults.map((f) => ({ ...f })); }),

    setClientRate: (id, rps) => {
      const rate = Math.max(0, rps);
      set((s) => { s.run.clientRates[id] = rate; });
      whileActive(() => { if (simDesign === null || !resampleIfNeeded(simDesign)) send({ type: 'setClientRate', id, rps: rate }); });
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

    applyFrame: (frame, pace) => {
      // The worker speaking again ends any kept frame on show: its frames are the truth.
      beforeKept = null;
      const { live, series } = get();
      const next = liveAfter(live, frame);
      set({ live: next, series: seriesAfter(series, frame), pace: pace ?? null });
      tape.push({ tMs: next.tMs, live: next, killedIds: get().run.killedIds });
    },

    keptFrames: () => tape.frames(),

    showKeptFrame: (frame) => {
      const { run, live } = get();
      if (frame === null) {
        if (beforeKept) set({ live: beforeKept.live, run: { ...run, killedIds: beforeKept.killedIds } });
        beforeKept = null;
        return;
      }
      // Only over a run that is not moving: a running one's next frame would cover it at once.
      if (run.status === 'idle' || run.status === 'running') return;
      beforeKept ??= { live, killedIds: run.killedIds };
      set({ live: frame.live, run: { ...run, killedIds: frame.killedIds } });
    },
  };
};
