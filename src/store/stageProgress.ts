/**
 * Stage progress in the browser's storage: which stages passed, and where the learner was (the
 * stage open in the panel), so a reload carries on. Reading never throws: anything unreadable is
 * treated as a fresh start, and the stored value is left as it was until the next save.
 */
import { isStageId, STAGE_IDS } from '../stages/catalog';
import { decodeProgress, emptyProgress, type StageProgress } from '../stages/progress';
import { isCustomStageId } from '../stages/custom/compile';
import type { KeyValueStorage } from './types';

/** One key for both, versioned like the autosave (`v1` is the layout of this key). */
export const STAGE_STORAGE_KEY = 'scale-playground:stages:v1';

export interface SavedStageState {
  progress: StageProgress;
  /** The stage shown in the panel, or null for the list of stages. */
  activeStageId: string | null;
  panelOpen: boolean;
}

const freshStageState = (): SavedStageState => ({ progress: emptyProgress(), activeStageId: null, panelOpen: false });

/** The saved progress and panel state; a fresh start when there is none or it cannot be read. */
export function loadStageState(storage: KeyValueStorage | undefined): SavedStageState {
  if (!storage) return freshStageState();
  let data: unknown;
  try {
    const raw = storage.getItem(STAGE_STORAGE_KEY);
    if (raw === null) return freshStageState();
    data = JSON.parse(raw);
  } catch {
    return freshStageState();
  }
  if (typeof data !== 'object' || data === null) return freshStageState();
  const { progress, activeStageId, panelOpen } = data as Record<string, unknown>;
  // Teachers' stages keep their records too; their definitions load later (customStages.ts).
  const stages = (progress as { stages?: unknown } | null)?.stages;
  const customIds = typeof stages === 'object' && stages !== null ? Object.keys(stages).filter(isCustomStageId) : [];
  return {
    progress: decodeProgress(progress, [...STAGE_IDS, ...customIds]),
    // A stage that no longer exists opens the list instead (a teacher's is judged once the stages are read).
    activeStageId: typeof activeStageId === 'string' && (isStageId(activeStageId) || isCustomStageId(activeStageId)) ? activeStageId : null,
    panelOpen: panelOpen === true,
  };
}

/** Writes progress and panel state; false when the browser refuses (quota, private mode). */
export function saveStageState(storage: KeyValueStorage | undefined, state: SavedStageState): boolean {
  if (!storage) return false;
  try {
    storage.setItem(STAGE_STORAGE_KEY, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}
