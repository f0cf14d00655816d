/**
 * Grading a design against a stage, trimmed to what the panel shows. Pure (stages + engine only),
 * so the Web Worker and the main-thread fallback run exactly the same code.
 */
import type { Design } from '../model';
import { stageById } from '../stages';
import { checkStage } from '../stages/check';
import { failedCheck, type StageCheckView } from './stageCheckView';

export { failedCheck, type StageCheckView };

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

