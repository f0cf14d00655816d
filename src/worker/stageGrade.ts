/**
 * Grading a design against a stage, trimmed to what the panel shows. Pure (stages + engine only),
 * so the Web Worker and the main-thread fallback run exactly the same code.
 */
import type { Design } from '../model';
import { stageById, type Stage } from '../stages';
import { checkStage } from '../stages/check';
import { failedCheck, type StageCheckView } from './stageCheckView';

export { failedCheck, type StageCheckView };

/** Checks `design` against stage `stageId` (a built-in one, or `custom`, a teacher's); never throws. */
export function gradeDesign(stageId: string, design: Design, custom?: Stage): StageCheckView {
  const stage = custom ?? stageById(stageId);
  if (!stage) return failedCheck(stageId, `There is no stage “${stageId}”.`);
  let result: ReturnType<typeof checkStage>;
  try {
    result = checkStage(stage, design);
  } catch (err) {
    // A teacher's goal the evaluators cannot read (a goal type from a newer file) fails the Check, not the page.
    return failedCheck(stageId, `The check could not grade this stage: ${err instanceof Error ? err.message : String(err)}`);
  }
  const view: StageCheckView = { stageId, passed: result.passed, results: result.results, notes: result.notes };
  if (result.error !== undefined) view.error = result.error;
  if (result.report) {
    const { throughputRps, errorRate, latencyMs, durationS, cacheHitRatio, cdnHitRatio } = result.report.summary;
    view.summary = { throughputRps, errorRate, p99Ms: latencyMs.p99, durationS, cacheHitRatio, cdnHitRatio };
  }
  return view;
}

