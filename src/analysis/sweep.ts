/**
 * Running the loads of a sweep (sweepPlan.ts plans them and reads the knee): each load a short run
 * of the engine with the design's seed, its first tenth left out as warm-up.
 */
import { runDesign, type RunReport } from '../engine';
import type { Design } from '../model';
import { findBottleneck } from './bottleneck';
import { servicePoints } from './serviceSweep';
import { DEFAULT_TARGETS, planSweep, summarizeSweep, type SweepOptions, type SweepPoint, type SweepResult, type SweepTargets, type SweepTask } from './sweepPlan';

export * from './sweepPlan';

/** The point of a sweep a report stands for. */
export function pointFromReport(offeredRps: number, design: Design, r: RunReport): SweepPoint {
  const { summary, cost } = r;
  const services = servicePoints(design, r);
  return {
    offeredRps,
    throughputRps: summary.throughputRps,
    errorRate: summary.errorRate,
    latencyMs: { p50: summary.latencyMs.p50, p95: summary.latencyMs.p95, p99: summary.latencyMs.p99, mean: summary.latencyMs.mean },
    bottleneck: findBottleneck(design, r),
    cost: {
      monthlyUsd: cost.monthlyUsd,
      perMillionRequestsUsd: cost.perMillionRequestsUsd,
      perMillionAnsweredUsd: summary.completed > 0 ? Math.round((cost.perMillionRequestsUsd * summary.requests / summary.completed) * 1e6) / 1e6 : null,
    },
    ...(services ? { services } : {}),
  };
}

/** Runs one load of the sweep (the first tenth of it is warm-up, left out of the figures). */
export function runSweepPoint(task: SweepTask): SweepPoint {
  const r = runDesign(task.design, { seed: task.seed, durationS: task.seconds, warmupS: task.seconds / 10, series: false });
  return pointFromReport(task.offeredRps, task.design, r);
}

/** The whole sweep in this thread (tests, and anywhere without workers). */
export function runSweep(design: Design, options: SweepOptions = {}, targets: SweepTargets = DEFAULT_TARGETS): SweepResult {
  const plan = planSweep(design, options);
  if (!plan.ok) throw new Error(plan.error);
  return summarizeSweep(plan.tasks.map(runSweepPoint), targets);
}
