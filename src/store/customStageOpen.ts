/**
 * Opening teachers' stages: decoding a file or link, keeping the stages, opening the first one.
 * Loaded on first use (customStages.ts delegates here), so the empty editor never carries it.
 */
import { parseHash, type Result } from '../model';
import { isCustomStageId } from '../stages/custom/compile';
import { compileStage } from '../stages/custom/compileStage';
import { decodeCoursePayload, parseCourseJson } from '../stages/custom/file';
import type { Course, StageDefinition } from '../stages/custom/types';
import { readCustomDefs, saveCustomDefs } from './customStageStorage';
import type { CustomStageEntry } from './state/stage';
import type { Banner } from './state/ui';
import type { KeyValueStorage, StoreState } from './types';

type Get = () => StoreState;
type Set = (recipe: (s: StoreState) => void) => void;

const entryOf = (def: StageDefinition): CustomStageEntry => ({ def, stage: compileStage(def) });

/** The saved stages, read with the same decoder as a file; an unreadable copy is left in storage untouched. */
function readSavedCustomStages(storage: KeyValueStorage | undefined): CustomStageEntry[] {
  const raw = readCustomDefs(storage);
  if (raw === null) return [];
  const result = parseCourseJson(raw, 'Your saved stages');
  return result.ok ? result.value.stages.map(entryOf) : [];
}

/** Puts the saved stages in the store (before any opened meanwhile); a stage left open that is gone shows the list. */
export function restoreSaved(get: Get, set: Set, storage: KeyValueStorage | undefined): void {
  const custom = readSavedCustomStages(storage);
  if (custom.length) set((s) => { s.stages.custom = [...custom.filter((c) => !s.stages.custom.some((e) => e.stage.id === c.stage.id)), ...s.stages.custom]; });
  const active = get().stages.activeStageId;
  if (active && isCustomStageId(active) && !get().findStage(active)) get().closeStage();
}

/** `#stage-def=…` in the address: opens it and takes it out of the address (stageDefLink.ts). */
export function openStageDefHash(get: Get, hash: string): boolean {
  const payload = parseHash(hash).extras['stage-def'];
  if (payload === undefined) return false;
  void openCoursePayload(get, payload);
  const rest = window.location.hash.replace(/^#/, '').split('&').filter((part) => !part.startsWith('stage-def=')).join('&');
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search + (rest ? `#${rest}` : ''));
  return true;
}

export function addCourse(get: Get, set: Set, storage: KeyValueStorage | undefined, course: Course, from: string): void {
  const incoming = course.stages.map(entryOf);
  const ids = new Set(incoming.map((e) => e.stage.id));
  // The same stage again (a teacher's corrected link) replaces the old one; its progress stays.
  set((s) => { s.stages.custom = [...s.stages.custom.filter((e) => !ids.has(e.stage.id)), ...incoming]; });
  saveCustomDefs(storage, get().stages.custom.map((e) => e.def));
  const first = incoming[0].stage;
  const keptBefore = get().library.lastKept;
  void get().openStage(first.id, { loadStart: true });
  const what = course.stages.length > 1 ? `a course of ${course.stages.length} stages${course.title ? `, “${course.title}”` : ''}` : `the stage “${first.title}”`;
  const opened: Banner = { tone: 'info', title: `Opened ${what} from ${from}.`, details: [] };
  get().showBanner(opened);
  void get().whenLibrarySettled().then(() => {
    const kept = get().library.lastKept;
    if (!kept || kept === keptBefore || get().banner?.title !== opened.title) return;
    get().showBanner({ ...opened, title: `${opened.title} The design you had open is saved in My designs.`, details: [`It is kept as “${kept.title}”.`], action: { id: 'restoreBackup', label: 'Restore it' } });
  });
}

async function open(get: Get, result: Result<Course>, refusedTitle: string, from: string): Promise<boolean> {
  if (!result.ok) {
    get().showBanner({ tone: 'error', title: refusedTitle, details: result.errors.slice(0, 12) });
    return false;
  }
  await get().addCourse(result.value, from);
  if (result.warnings.length) get().showToast(`Opened with notes: ${result.warnings.slice(0, 2).join(' ')}`, 'info');
  return true;
}

export const openCourseText = (get: Get, text: string, sourceName: string): Promise<boolean> =>
  open(get, parseCourseJson(text, sourceName), `${sourceName} could not be opened as a stage. Your design is unchanged.`, sourceName);

export const openCoursePayload = (get: Get, payload: string): Promise<boolean> =>
  open(get, decodeCoursePayload(payload), 'This stage link could not be opened. Your design is unchanged.', 'a link');
