/**
 * The Web Worker behind the stage panel's Check button: grades one design per message, so the
 * page keeps drawing while the engine simulates the stage's load.
 */
import { failedCheck, gradeDesign } from '../store/stageCheck';
import type { CheckReply, CheckRequest } from '../store/stageCheckRunner';

/** The part of DedicatedWorkerGlobalScope used here (the project's lib mixes DOM and WebWorker). */
interface WorkerScope {
  postMessage(message: CheckReply): void;
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { requestId, stageId, design } = event.data;
  let view;
  try {
    view = gradeDesign(stageId, design);
  } catch (err) {
    // gradeDesign should never throw; if it does, the page still gets an answer it can show.
    view = failedCheck(stageId, `The check failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  scope.postMessage({ requestId, view });
};
