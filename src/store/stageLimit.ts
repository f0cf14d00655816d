/**
 * The highest load a design takes, for a "highest load" prediction (stageSlice.ts asks for it after
 * the Check): the design's load sweep, planned as Find the limit plans it (planSweep: the users'
 * rate from a tenth to twenty times, 12 loads of 30 s, the design's seed), run in the sweep's Web
 * Workers, its knee read by the stage's targets. Loaded on the first such Check, so a Check without
 * that prediction neither loads nor runs any of it.
 */
import { DEFAULT_TARGETS, planSweep, summarizeSweep, type SweepTargets } from '../analysis/sweepPlan';
import type { Goal, ScoredPrediction, Stage } from '../stages';
import type { Design } from '../model';
import { defaultSweepRunner, type SweepRunner } from './sweepRunner';
import { CANCELLED } from './state/sweep';

/**
 * The targets a stage's highest load is read by: its p99 and error-rate goals (the strictest of
 * each), the sweep's defaults (p99 under 500 ms, under 1% failing) for what it does not set.
 */
export function stageLoadTargets(goals: readonly Goal[]): SweepTargets {
  let { p99Ms, errorRate } = DEFAULT_TARGETS;
  const p99 = goals.flatMap((g) => (g.type === 'p99' ? [g.maxMs] : []));
  const errors = goals.flatMap((g) => (g.type === 'errorRate' ? [g.max] : []));
  if (p99.length) p99Ms = Math.min(...p99);
  if (errors.length) errorRate = Math.min(...errors);
  return { p99Ms, errorRate };
}

export interface HighestLoadRequest {
  stage: Stage;
  design: Design;
  /** The learner's predicted highest load, req/s. */
  value: number;
  /** Null: the app's runner (Web Workers, or this thread where there are none). */
  runner: SweepRunner | null;
  /** After each finished load, and once with 0 done when the sweep starts. */
  onLoad: (done: number, total: number) => void;
  signal: AbortSignal;
}

export type HighestLoadOutcome = { ok: true; scored: ScoredPrediction } | { ok: false; error: string };

/** Sweeps the design and scores the prediction against the knee; never rejects. */
export async function scoreHighestLoad(req: HighestLoadRequest): Promise<HighestLoadOutcome> {
  const plan = planSweep(req.design);
  if (!plan.ok) return { ok: false, error: `The highest load could not be measured: ${plan.error}` };
  const targets = stageLoadTargets(req.stage.goals);
  const total = plan.tasks.length;
  let done = 0;
  req.onLoad(0, total);
  try {
    const points = await (req.runner ?? defaultSweepRunner())(plan.tasks, () => req.onLoad(++done, total), req.signal);
    const { knee } = summarizeSweep(points, targets);
    const top = Math.max(...points.map((p) => p.offeredRps));
    const scored: ScoredPrediction = { metric: 'highestLoadRps', value: req.value, actual: knee.rps, targets };
    if (knee.rps !== null && knee.rps === top) scored.limitAbove = true;
    return { ok: true, scored };
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    return { ok: false, error: text === CANCELLED ? 'Stopped: the highest load was not measured.' : `The highest load could not be measured: ${text}` };
  }
}
