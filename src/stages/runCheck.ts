import type { RunOptions, RunReport } from '../engine/api';
import type { Design } from '../model';
import { evaluateGoals } from './goals';
import { resolveScenario } from './scenario';
import type { Stage, StageCheckResult } from './types';

/** The part of the engine a Check needs; tests pass a fake. */
export interface CheckEngine {
  runDesign(design: Design, options?: RunOptions): RunReport;
}

/**
 * Runs the learner's design headless with the stage's faults, seed and duration, and evaluates
 * the stage's goals. The learner's own scenario is left out, so every Check of a stage is the
 * same test. Never throws: an engine failure comes back as a failed check with `error`.
 */
export function runStageCheck(stage: Stage, design: Design, engine: CheckEngine): StageCheckResult {
  const { events, notes } = resolveScenario(stage, design);
  const runnable: Design = { ...design, scenario: [] };
  let report: RunReport;
  try {
    report = engine.runDesign(runnable, { seed: stage.check.seed, durationS: stage.check.durationS, scenario: events, series: true });
  } catch (err) {
    const error = `The simulation could not run this design: ${err instanceof Error ? err.message : String(err)}`;
    const results = stage.goals.map((goal) => ({ goal, passed: false, measured: '—', message: error, hint: goal.hint }));
    return { passed: false, results, report: null, scenario: events, notes, error };
  }
  const results = evaluateGoals(stage.goals, report, design);
  return { passed: results.every((r) => r.passed), results, report, scenario: events, notes };
}
