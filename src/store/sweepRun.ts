/**
 * One "Find the limit" sweep of the current design (sweepSlice.ts starts it): plans the loads, runs
 * them through the runner, counts each finished load for the progress bar, and files the result as
 * the newest sweep, the one before it kept to draw under it. Loaded on the first sweep.
 */
import { designRateRps, planSweep, summarizeSweep, SWEEP_DEFAULTS } from '../analysis/sweepPlan';
import { defaultSweepRunner, type SweepRunner } from './sweepRunner';
import { CANCELLED } from './state/sweep';
import type { StoreState } from './types';

/** What a sweep needs of the store; `abort` is the slice's hold on the running sweep. */
export interface SweepContext {
  get: () => StoreState;
  set: (change: (s: StoreState) => void) => void;
  runner: SweepRunner | null;
  /** The running sweep's controller (null when none): a sweep whose controller was replaced lands nothing. */
  abort: { current: AbortController | null };
  nextNumber: () => number;
}

export async function runSweepNow(ctx: SweepContext): Promise<SweepRunner> {
  const { get, set, abort } = ctx;
  const runner = ctx.runner ?? defaultSweepRunner();
  const design = get().design;
  const plan = planSweep(design);
  if (!plan.ok) { set((s) => { s.sweep.message = plan.error; }); return runner; }
  const controller = new AbortController();
  abort.current = controller;
  const mine = (): boolean => abort.current === controller;
  set((s) => { s.sweep.status = 'running'; s.sweep.done = 0; s.sweep.total = plan.tasks.length; s.sweep.message = null; });
  try {
    const points = await runner(plan.tasks, () => { if (mine()) set((s) => { s.sweep.done += 1; }); }, controller.signal);
    if (!mine()) return runner;
    const run = { number: ctx.nextNumber(), designName: design.name, baseRps: designRateRps(design), secondsPerLoad: SWEEP_DEFAULTS.seconds, result: summarizeSweep(points) };
    set((s) => { s.sweep.previous = s.sweep.latest; s.sweep.latest = run; });
  } catch (err) {
    if (!mine()) return runner;
    const text = err instanceof Error ? err.message : String(err);
    set((s) => { s.sweep.message = text === CANCELLED ? 'Cancelled: the sweep was stopped.' : `The sweep could not finish: ${text}`; });
  } finally {
    if (mine()) {
      abort.current = null;
      set((s) => { s.sweep.status = 'idle'; });
    }
  }
  return runner;
}
