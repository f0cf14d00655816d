/**
 * The messages between the page and the simulation worker. Everything here is plain data, so it
 * survives structured cloning. Every run carries a `runId` chosen by the page: after a restart
 * the page knows the new id at once, so frames still in flight from the old run are dropped.
 */
import type { Design, FaultEvent } from '../model';
import type { Frame } from '../engine/api';

/** Simulated seconds per wall-clock second; 'max' runs as fast as the wall-time budget allows. */
export type SimSpeed = 1 | 10 | 100 | 'max';
export const SIM_SPEEDS: readonly SimSpeed[] = [1, 10, 100, 'max'];

/** Parameters for one node, as the inspector edits them (validated by the model before sending). */
export type NodeParamsPatch = Record<string, unknown>;

/**
 * Page → worker. `scenario` on start and restart: faults the engine schedules on top of the
 * design's own scenario, at their exact simulated times (a classroom script's kills and restores).
 */
export type SimCommand =
  | { type: 'start'; runId: number; design: Design; seed: number; speed: SimSpeed; scenario?: FaultEvent[] }
  /** A structural edit (nodes or edges changed): rebuild the simulation from t = 0, keep speed and pause state. */
  | { type: 'restart'; runId: number; design: Design; seed: number; scenario?: FaultEvent[] }
  | { type: 'pause' }
  | { type: 'resume' }
  /** Advance exactly `ms` of simulated time, then stay paused. */
  | { type: 'step'; ms: number }
  | { type: 'setSpeed'; speed: SimSpeed }
  | { type: 'kill'; id: string }
  | { type: 'restore'; id: string }
  /** A partial fault now (slow, loss, partition, flap, heal); its tS is ignored. */
  | { type: 'fault'; fault: FaultEvent }
  /** The design's scenario edited during the run: it replaces the engine's from now on (engine/scenario.ts). */
  | { type: 'scenario'; faults: FaultEvent[] }
  | { type: 'updateParams'; id: string; params: NodeParamsPatch }
  | { type: 'setClientRate'; id: string; rps: number }
  | { type: 'stop' };

export type SimCommandType = SimCommand['type'];

/** What the page sends: start and restart get their runId from the client. */
export type SimRequest =
  | Omit<Extract<SimCommand, { type: 'start' }>, 'runId'>
  | Omit<Extract<SimCommand, { type: 'restart' }>, 'runId'>
  | Exclude<SimCommand, { type: 'start' } | { type: 'restart' }>;

/** 'stopped' means no simulation is loaded (before start, or after stop). */
export type RunState = 'running' | 'paused' | 'done' | 'error' | 'stopped';

/** While running, the worker posts a beat at least this often (ms), so the page can tell it is alive. */
export const BEAT_MS = 500;

/**
 * Why a run restarts when an edit changes a fault that has already happened: the store says it
 * when it can tell from its own clock, the worker (a `rebuild` message) when only it can.
 */
export const HISTORY_CHANGED = 'a fault that already happened changed';

/** Worker → page. `runId` is the run the message belongs to (0 before any start). */
export type SimMessage =
  /**
   * `busyShare`: the share of wall time since the previous frame the worker spent in the engine (0–1).
   * `pace`: simulated seconds per wall second lately (pace.ts); absent until two frames have been taken.
   */
  | { type: 'frame'; runId: number; frame: Frame; busyShare?: number; pace?: number }
  | { type: 'beat'; runId: number }
  | { type: 'status'; runId: number; state: RunState; message?: string }
  /**
   * The last command changed what already happened in this run (a fault that has landed was taken
   * off the scenario, by an undo say), which the engine cannot take back: only a rebuild from
   * t = 0 shows the design as it now is. `reason` finishes "the run restarted (…)".
   */
  | { type: 'rebuild'; runId: number; reason: string }
  | { type: 'error'; runId: number; message: string };

export type StatusMessage = Extract<SimMessage, { type: 'status' }>;

export const isSimSpeed = (value: unknown): value is SimSpeed =>
  value === 'max' || value === 1 || value === 10 || value === 100;
