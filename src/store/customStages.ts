/**
 * Teachers' stages in the store: kept in this browser beside the progress, opened from a
 * `#stage-def=` link, a stage file or the Make a stage form. The decoder loads on first use, so the
 * empty editor never pays for it. Opening one puts its starting design on the canvas through
 * replaceCanvas, which keeps the learner's work in My designs first.
 */
import type { Stage } from '../stages';
import { compileStage, isCustomStageId } from '../stages/custom/compile';
import { CUSTOM_STAGE_VERSION, type Course, type StageDefinition } from '../stages/custom/types';
import type { Result } from '../model';
import type { Banner } from './state/ui';
import type { CustomStageEntry, StageSlice } from './state/stage';
import type { KeyValueStorage, SliceCreator, StoreDeps } from './types';

/** The definitions, as a course file (`v1` is the layout of this key, not the stage format). */
export const CUSTOM_STAGES_KEY = 'scale-playground:custom-stages:v1';

type CustomActions = Pick<StageSlice, 'findStage' | 'openCourseText' | 'openCoursePayload' | 'addCourse' | 'removeCustomStage'>;

const entryOf = (def: StageDefinition): CustomStageEntry => ({ def, stage: compileStage(def) });

function saveDefs(storage: KeyValueStorage | undefined, defs: readonly StageDefinition[]): void {
  if (!storage) return;
  try {
    if (defs.length) storage.setItem(CUSTOM_STAGES_KEY, JSON.stringify({ version: CUSTOM_STAGE_VERSION, stages: defs }));
    else storage.removeItem(CUSTOM_STAGES_KEY);
  } catch {
    // Storage full or blocked: the stages stay open in this tab; the file or link still holds them.
  }
}

/** The saved stages, read with the same decoder as a file; unreadable ones are left in storage untouched. */
export async function loadSavedCustomStages(storage: KeyValueStorage | undefined): Promise<CustomStageEntry[]> {
  const raw = storage?.getItem(CUSTOM_STAGES_KEY) ?? null;
  if (raw === null) return [];
  const { parseCourseJson } = await import('../stages/custom/file');
  const result = parseCourseJson(raw, 'Your saved stages');
  return result.ok ? result.value.stages.map(entryOf) : [];
}

export const createCustomStageActions = (deps: StoreDeps): SliceCreator<CustomActions> => (set, get) => {
  const persist = () => saveDefs(deps.storage, get().stages.custom.map((e) => e.def));

  const refuse = (title: string, errors: string[]): false => {
    get().showBanner({ tone: 'error', title, details: errors.slice(0, 12) });
    return false;
  };

  const open = (result: Result<Course>, refusedTitle: string, from: string): boolean => {
    if (!result.ok) return refuse(refusedTitle, result.errors);
    get().addCourse(result.value, from);
    if (result.warnings.length) get().showToast(`Opened with notes: ${result.warnings.slice(0, 2).join(' ')}`, 'info');
    return true;
  };

  return {
    findStage: (id) => (isCustomStageId(id) ? get().stages.custom.find((e) => e.stage.id === id)?.stage : undefined),

    openCourseText: async (text, sourceName) => {
      const { parseCourseJson } = await import('../stages/custom/file');
      return open(parseCourseJson(text, sourceName), `${sourceName} could not be opened as a stage. Your design is unchanged.`, sourceName);
    },

    openCoursePayload: async (payload) => {
      const { decodeCoursePayload } = await import('../stages/custom/file');
      return open(decodeCoursePayload(payload), 'This stage link could not be opened. Your design is unchanged.', 'a link');
    },

    addCourse: (course, from) => {
      const incoming = course.stages.map(entryOf);
      const ids = new Set(incoming.map((e) => e.stage.id));
      // The same stage again (a teacher's corrected link) replaces the old one; its progress stays.
      set((s) => { s.stages.custom = [...s.stages.custom.filter((e) => !ids.has(e.stage.id)), ...incoming]; });
      persist();
      const first: Stage = incoming[0].stage;
      const keptBefore = get().library.lastKept;
      get().openStage(first.id, { loadStart: true });
      const what = course.stages.length > 1 ? `a course of ${course.stages.length} stages${course.title ? `, “${course.title}”` : ''}` : `the stage “${first.title}”`;
      const opened: Banner = { tone: 'info', title: `Opened ${what} from ${from}.`, details: [] };
      get().showBanner(opened);
      void get().whenLibrarySettled().then(() => {
        const kept = get().library.lastKept;
        if (!kept || kept === keptBefore || get().banner?.title !== opened.title) return;
        get().showBanner({ ...opened, title: `${opened.title} Your previous work is saved in My designs.`, details: [`It is kept as “${kept.title}”.`], action: { id: 'restoreBackup', label: 'Restore it' } });
      });
    },

    removeCustomStage: (id) => {
      if (get().stages.activeStageId === id) get().closeStage();
      set((s) => { s.stages.custom = s.stages.custom.filter((e) => e.stage.id !== id); });
      persist();
    },
  };
};
