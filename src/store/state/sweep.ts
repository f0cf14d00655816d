/** "Find the limit": the load sweeps' state and actions (sweepSlice.ts implements them). */
import type { SweepResult } from '../../analysis/sweepPlan';

/** A finished sweep and what it was run on. */
export interface SweepRun {
  /** Which sweep of the session this is (1, 2, …), for the chart's legend. */
  number: number;
  designName: string;
  /** The design's rate when it was swept (req/s), so the chart can mark it. */
  baseRps: number;
  secondsPerLoad: number;
  result: SweepResult;
}

export interface SweepState {
  status: 'idle' | 'running';
  /** Loads finished and asked for in the running sweep. */
  done: number;
  total: number;
  /** The newest finished sweep, and the one before it (drawn under it: before and after). */
  latest: SweepRun | null;
  previous: SweepRun | null;
  /** Why the last sweep did not finish (refused, cancelled, a worker died); null when it did. */
  message: string | null;
}

export interface SweepSlice {
  sweep: SweepState;
  /** Sweeps the current design (its users' rate from a tenth to twenty times); resolves when it ends. */
  startSweep: () => Promise<void>;
  /** Stops the running sweep; what it had is dropped. */
  cancelSweep: () => void;
  /** Forgets both sweeps. */
  clearSweeps: () => void;
}

/** The message a runner rejects with when its sweep was cancelled. */
export const CANCELLED = 'Cancelled.';
