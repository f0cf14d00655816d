/**
 * Presenter mode survives a reload of its window: the demo and the step shown are kept in this
 * tab's session storage while presenting, and a reload opens the demo again at that step, so the
 * audience window (which waits for it) rejoins. Leaving presenter mode forgets them.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { StoreState } from '../../store';
import { PRESENTER_SESSION_KEY as KEY } from './presenterSessionKey';
/** How long a reload waits for a teacher's stage to be read back before giving up. */
const CUSTOM_STAGE_WAIT_MS = 15_000;

interface PresenterSession { stageId: string; stepIndex: number }

const session = (): Storage | null => {
  try { return window.sessionStorage; } catch { return null; }
};

export function rememberPresenter(state: PresenterSession): void {
  try { session()?.setItem(KEY, JSON.stringify({ stageId: state.stageId, stepIndex: state.stepIndex })); } catch { /* full or refused: a reload starts in the editor */ }
}

export function forgetPresenter(): void {
  try { session()?.removeItem(KEY); } catch { /* refused: nothing was kept */ }
}

function readPresenter(): PresenterSession | null {
  try {
    const raw: unknown = JSON.parse(session()?.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const { stageId, stepIndex } = raw as Record<string, unknown>;
    if (typeof stageId !== 'string' || typeof stepIndex !== 'number' || !Number.isInteger(stepIndex)) return null;
    return { stageId, stepIndex };
  } catch { return null; }
}

/**
 * After a reload: presenter mode again on the kept demo, the run stepped to the kept step (paused),
 * once the stages' chunk is here ("Loading stage…" until then; a message if it cannot be loaded).
 */
export async function resumePresenter(store: StoreApi<StoreState>): Promise<void> {
  const saved = readPresenter();
  if (!saved) return;
  if (!(await store.getState().loadStageContent())) return;
  const resume = (): boolean => {
    const demo = store.getState().classroomDemo(saved.stageId);
    if (!demo) return false;
    // With the chunk here, presenter mode opens at once, so the step below lands on its run.
    void store.getState().enterClassroom(saved.stageId);
    const step = demo.script.steps[saved.stepIndex];
    // The narration follows the clock there (classroomSlice), as it does when → is pressed.
    if (step) store.getState().stepRun(Math.max(1, step.tS * 1000));
    return true;
  };
  if (resume()) return;
  // A teacher's stage is back once its decoder has loaded and read it (restoreSavedCustomStages).
  const stop = store.subscribe((state, prev) => { if (state.stages.custom !== prev.stages.custom && resume()) stop(); });
  window.setTimeout(stop, CUSTOM_STAGE_WAIT_MS);
}
