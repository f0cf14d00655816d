/** The live run's state and actions (simulationSlice.ts implements them). */
import type { Frame } from '../../engine/api';
import type { FaultEvent } from '../../model';
import type { SimSpeed } from '../../worker';
import type { RunLive, RunSeries } from '../runFrames';
import type { TapeFrame } from '../runTape';

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
  /**
   * Faults every start and restart hands the engine on top of the design's scenario, so they land
   * at their exact simulated times at any speed: a classroom script's. Kept across runs; empty otherwise.
   */
  scheduledFaults: readonly FaultEvent[];
  /**
   * Faults clicked during this run (inspector, shortcuts), each with the simulated second it was
   * sent at as its tS: what the fault timeline draws as having happened. Cleared by every start,
   * restart and reset; not part of the design.
   */
  liveFaults: readonly FaultEvent[];
}

export interface RunSettingsPatch { seed?: number; durationS?: number }

export interface SimulationSlice {
  run: RunControl;
  live: RunLive;
  series: RunSeries;
  /** Simulated seconds per wall second the run is going at, as the worker measures it (worker/pace.ts); null until it is known. */
  pace: number | null;
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
  /** A partial fault now in the running simulation (slow, loss, partition, flap; heal ends them and restores). The design is not changed. */
  injectFault: (fault: FaultEvent) => void;
  /** Sets the faults later runs schedule (see RunControl.scheduledFaults); a run going on keeps its own. */
  setScheduledFaults: (faults: readonly FaultEvent[]) => void;
  /** Sets a client's rate live (not saved in the design). */
  setClientRate: (id: string, rps: number) => void;
  /** Changes the seed or length in the design (a structural change: a running run restarts). */
  setRunSettings: (patch: RunSettingsPatch) => void;
  /** After a worker failure: a new worker, and the run started again. */
  restartAfterError: () => void;
  /** Folds one frame in (called by the worker client; exposed for tests). */
  applyFrame: (frame: Frame, pace?: number | null) => void;
  /** The frames kept of the run's last minute, oldest first (runTape.ts; tapeClip.ts picks a recording's from them). */
  keptFrames: () => TapeFrame[];
  /**
   * Puts a kept frame on the canvas (the recorder draws the past with it) over a paused or
   * finished run; null puts back what was there. A frame from the worker ends it too.
   */
  showKeptFrame: (frame: TapeFrame | null) => void;
}
