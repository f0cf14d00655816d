/**
 * Teachers' stages in the store: kept in this browser beside the progress, opened from a
 * `#stage-def=` link, a stage file or the Make a stage form. What opens them (the decoder, the
 * banners) loads on first use from customStageOpen.ts, so the empty editor never pays for it.
 * Opening one puts its starting design on the canvas through replaceCanvas, which keeps the
 * learner's work in My designs first.
 */
import { isCustomStageId } from '../stages/custom/compile';
import { CUSTOM_STAGES_KEY, readCustomDefs, saveCustomDefs } from './customStageStorage';
import type { StageSlice } from './state/stage';
import type { KeyValueStorage, SliceCreator, StoreDeps, StoreState } from './types';

export { CUSTOM_STAGES_KEY };

type CustomActions = Pick<StageSlice, 'findStage' | 'openCourseText' | 'openCoursePayload' | 'addCourse' | 'removeCustomStage'>;

const opener = () => import('./customStageOpen');

export const createCustomStageActions = (deps: StoreDeps): SliceCreator<CustomActions> => (set, get) => ({
  findStage: (id) => (isCustomStageId(id) ? get().stages.custom.find((e) => e.stage.id === id)?.stage : undefined),
  openCourseText: async (text, sourceName) => (await opener()).openCourseText(get, text, sourceName),
  openCoursePayload: async (payload) => (await opener()).openCoursePayload(get, payload),
  addCourse: async (course, from) => { (await opener()).addCourse(get, set, deps.storage, course, from); },
  removeCustomStage: (id) => {
    if (get().stages.activeStageId === id) get().closeStage();
    set((s) => { s.stages.custom = s.stages.custom.filter((e) => e.stage.id !== id); });
    saveCustomDefs(deps.storage, get().stages.custom.map((e) => e.def));
  },
});

/** Reads the stages kept in this browser (when there are any, or one was left open) with their decoder, loaded for it. */
export function restoreSavedCustomStages(get: () => StoreState, set: (recipe: (s: StoreState) => void) => void, storage: KeyValueStorage | undefined, activeId: string | null): void {
  if (readCustomDefs(storage) === null && !(activeId && isCustomStageId(activeId))) return;
  void opener().then((m) => m.restoreSaved(get, set, storage));
}
