/**
 * The messages between the page and the simulation worker. Everything here is plain data, so it
 * survives structured cloning. Every run carries a `runId` chosen by the page: after a restart
 * the page knows the new id at once, so frames still in flight from the old run are dropped.
 */
import { parseFault, type Design, type FaultEvent } from '../model';
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

/** Worker → page. `runId` is the run the message belongs to (0 before any start). */
export type SimMessage =
  /** `busyShare`: the share of wall time since the previous frame the worker spent in the engine (0–1). */
  | { type: 'frame'; runId: number; frame: Frame; busyShare?: number }
  | { type: 'beat'; runId: number }
  | { type: 'status'; runId: number; state: RunState; message?: string }
  | { type: 'error'; runId: number; message: string };

export type StatusMessage = Extract<SimMessage, { type: 'status' }>;

const COMMAND_TYPES: ReadonlySet<string> = new Set<SimCommandType>([
  'start', 'restart', 'pause', 'resume', 'step', 'setSpeed', 'kill', 'restore', 'fault', 'scenario', 'updateParams', 'setClientRate', 'stop',
]);

export const isSimSpeed = (value: unknown): value is SimSpeed =>
  value === 'max' || value === 1 || value === 10 || value === 100;

/**
 * A shallow check of a message arriving at the worker; returns a reason when it is not a command.
 * The page is trusted code, so this guards against version skew and typos, not hostile input.
 */
export function checkCommand(data: unknown): { ok: true; command: SimCommand } | { ok: false; reason: string } {
  if (typeof data !== 'object' || data === null) return { ok: false, reason: 'a command must be an object' };
  const { type } = data as { type?: unknown };
  if (typeof type !== 'string' || !COMMAND_TYPES.has(type)) return { ok: false, reason: `unknown command "${String(type)}"` };
  const cmd = data as SimCommand;
  switch (cmd.type) {
    case 'start':
    case 'restart':
      if (!Number.isInteger(cmd.runId)) return { ok: false, reason: `${cmd.type} needs a whole-number runId` };
      if (typeof cmd.design !== 'object' || cmd.design === null) return { ok: false, reason: `${cmd.type} needs a design` };
      if (cmd.type === 'start' && !isSimSpeed(cmd.speed)) return { ok: false, reason: `unknown speed "${String(cmd.speed)}"` };
      if (cmd.scenario !== undefined && !Array.isArray(cmd.scenario)) return { ok: false, reason: `${cmd.type}'s scenario must be a list of faults` };
      break;
    case 'setSpeed':
      if (!isSimSpeed(cmd.speed)) return { ok: false, reason: `unknown speed "${String(cmd.speed)}"` };
      break;
    case 'step':
      if (!(Number.isFinite(cmd.ms) && cmd.ms > 0)) return { ok: false, reason: 'step needs a positive number of ms' };
      break;
    case 'setClientRate':
      if (!(Number.isFinite(cmd.rps) && cmd.rps >= 0)) return { ok: false, reason: 'setClientRate needs rps ≥ 0' };
      if (typeof cmd.id !== 'string') return { ok: false, reason: 'setClientRate needs a node id' };
      break;
    case 'fault': {
      const parsed = parseFault(cmd.fault, 'fault');
      if (!parsed.ok) return { ok: false, reason: parsed.errors.join('; ') };
      break;
    }
    case 'scenario': {
      if (!Array.isArray(cmd.faults)) return { ok: false, reason: 'scenario needs a list of faults' };
      for (const [i, fault] of cmd.faults.entries()) {
        const parsed = parseFault(fault, `scenario fault #${i + 1}`);
        if (!parsed.ok) return { ok: false, reason: parsed.errors.join('; ') };
      }
      break;
    }
    case 'kill':
    case 'restore':
    case 'updateParams':
      if (typeof cmd.id !== 'string') return { ok: false, reason: `${cmd.type} needs a node id` };
      if (cmd.type === 'updateParams' && (typeof cmd.params !== 'object' || cmd.params === null)) return { ok: false, reason: 'updateParams needs params' };
      break;
    default:
      break;
  }
  return { ok: true, command: cmd };
}
