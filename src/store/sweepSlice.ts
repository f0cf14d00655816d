/**
 * "Find the limit" in the store: the newest load sweep, the one before it (for before and after),
 * and the running sweep's progress. The work is in sweepRun.ts, loaded on the first sweep, so the
 * first paint carries only this.
 */
import type { SweepRunner } from './sweepRunner';
import type { SweepSlice, SweepState } from './state/sweep';
import type { SliceCreator, StoreDeps } from './types';

const IDLE: SweepState = { status: 'idle', done: 0, total: 0, latest: null, previous: null, message: null };

export const createSweepSlice = (deps: StoreDeps): SliceCreator<SweepSlice> => (set, get) => {
  let runner: SweepRunner | null = deps.sweepRunner ?? null;
  const abort = { current: null as AbortController | null };
  let sweeps = 0;
  let starting = false;

  return {
    sweep: IDLE,

    startSweep: async () => {
      if (starting || get().sweep.status === 'running') return;
      starting = true;
      try {
        const { runSweepNow } = await import('./sweepRun');
        runner = await runSweepNow({ get, set, runner, abort, nextNumber: () => ++sweeps });
      } finally {
        starting = false;
      }
    },

    // The runner rejects on abort, and the sweep then says it was cancelled.
    cancelSweep: () => abort.current?.abort(),

    clearSweeps: () => set((s) => { s.sweep.latest = null; s.sweep.previous = null; s.sweep.message = null; }),
  };
};
