/**
 * The Web Worker behind the stage panel's Check button: grades one design per call, so the page
 * keeps drawing while the engine simulates the stage's load.
 */
import { serveCalls, type CallScope } from './rpc';
import type { CheckRequest, StageCheckView } from './stageCheckView';
import { failedCheck, gradeDesign } from './stageGrade';

serveCalls(globalThis as unknown as CallScope<CheckRequest, StageCheckView>, ({ stageId, design, stage }) => {
  try {
    return gradeDesign(stageId, design, stage);
  } catch (err) {
    // gradeDesign should never throw; if it does, the page still gets an answer it can show.
    return failedCheck(stageId, `The check failed: ${err instanceof Error ? err.message : String(err)}`);
  }
});
