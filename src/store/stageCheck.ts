/**
 * Grading a design against a stage, trimmed to what the panel shows. Pure (stages + engine only),
 * so the Web Worker and the main-thread fallback run exactly the same code.
 */
import type { Design } from '../model';
import { checkStage, stageById, type GoalResult, type ScenarioNote } from '../stages';

/** One Check as the panel shows it: the per-goal verdicts and a few headline numbers, not the whole run. */
export interface StageCheckView {
  stageId: string;
  passed: boolean;
  results: GoalResult[];
  /** What the Check did with the stage's faults (including the ones it had to skip). */
  notes: ScenarioNote[];
  /** Set when the design could not be checked at all (unknown stage, engine or worker failure). */
  error?: string;
  /** Headline numbers of the run; absent when it could not run. */
  summary?: { throughputRps: number; errorRate: number; p99Ms: number; durationS: number };
}

/** Checks `design` against stage `stageId`; never throws. */
export function gradeDesign(stageId: string, design: Design): StageCheckView {
  const stage = stageById(stageId);
  if (!stage) return failedCheck(stageId, `There is no stage “${stageId}”.`);
  const result = checkStage(stage, design);
  const view: StageCheckView = { stageId, passed: result.passed, results: result.results, notes: result.notes };
  if (result.error !== undefined) view.error = result.error;
  if (result.report) {
    const { throughputRps, errorRate, latencyMs, durationS } = result.report.summary;
    view.summary = { throughputRps, errorRate, p99Ms: latencyMs.p99, durationS };
  }
  return view;
}

/** A Check that could not run: no goal results, just the reason. */
export const failedCheck = (stageId: string, error: string): StageCheckView =>
  ({ stageId, passed: false, results: [], notes: [], error });
