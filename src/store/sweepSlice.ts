/**
 * "Find the limit" in the store: sweeps the current design over a range of offered loads in
 * parallel workers (sweepRunner.ts), counts finished loads for the progress bar, and keeps the
 * newest sweep and the one before it, so a change can be judged before and after on one chart.
 */
import { designRateRps, planSweep, summarizeSweep, SWEEP_DEFAULTS } from '../analysis/sweepPlan';
import { CANCELLED, defaultSweepRunner, type SweepRunner } from './sweepRunner';
import type { SweepSlice, SweepState } from './state/sweep';
import type { SliceCreator, StoreDeps } from './types';

const IDLE: SweepState = { status: 'idle', done: 0, total: 0, latest: null, previous: null, message: null };

export const createSweepSlice = (deps: StoreDeps): SliceCreator<SweepSlice> => (set, get) => {
  let runner: SweepRunner | null = deps.sweepRunner ?? null;
  let abort: AbortController | null = null;
  let sweeps = 0;

  return {
    sweep: IDLE,

    startSweep: async () => {
      if (get().sweep.status === 'running') return;
      const design = get().design;
      const plan = planSweep(design);
      if (!plan.ok) { set((s) => { s.sweep.message = plan.error; }); return; }
      const controller = new AbortController();
      abort = controller;
      set((s) => { s.sweep.status = 'running'; s.sweep.done = 0; s.sweep.total = plan.tasks.length; s.sweep.message = null; });
      runner ??= defaultSweepRunner();
      try {
        const points = await runner(plan.tasks, () => {
          if (abort === controller) set((s) => { s.sweep.done += 1; });
        }, controller.signal);
        if (abort !== controller) return;
        const run = { number: ++sweeps, designName: design.name, baseRps: designRateRps(design), secondsPerLoad: SWEEP_DEFAULTS.seconds, result: summarizeSweep(points) };
        set((s) => {
          s.sweep.previous = s.sweep.latest;
          s.sweep.latest = run;
        });
      } catch (err) {
        if (abort !== controller) return;
        const text = err instanceof Error ? err.message : String(err);
        set((s) => { s.sweep.message = text === CANCELLED ? 'Cancelled: the sweep was stopped.' : `The sweep could not finish: ${text}`; });
      } finally {
        if (abort === controller) {
          abort = null;
          set((s) => { s.sweep.status = 'idle'; });
        }
      }
    },

    cancelSweep: () => {
      const running = abort;
      if (!running) return;
      // The runner rejects on abort; the slice says "Cancelled" when it does.
      running.abort();
    },

    clearSweeps: () => set((s) => { s.sweep.latest = null; s.sweep.previous = null; s.sweep.message = null; }),
  };
};
