import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { decodeCourse, encodeCoursePayload } from '../../../src/stages/custom';
import { createAppStore, memoryStorage, type StageChecker } from '../../../src/store';
import { CUSTOM_STAGES_KEY } from '../../../src/store/customStages';
import { idbLibrary } from '../../../src/store/library/idbLibrary';
import { gradeDesign } from '../../../src/worker/stageGrade';
import { stageFile } from '../stages/custom/fixture';

const inlineChecker: StageChecker = (stageId, design, stage) => Promise.resolve(gradeDesign(stageId, design, stage));

function course() {
  const result = decodeCourse(stageFile());
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
}

let db = 0;
const setup = (storage = memoryStorage()) => ({ storage, store: createAppStore({ storage, stageChecker: inlineChecker, library: idbLibrary(`custom-stages-${++db}`) }) });

describe('teachers’ stages in the store', () => {
  it('a stage link opens the stage with its start, keeping the learner’s work in My designs', async () => {
    const { store } = setup();
    store.getState().addNode('web', { x: 0, y: 0 });
    const mine = store.getState().design;
    expect(await store.getState().openCoursePayload(encodeCoursePayload(course()))).toBe(true);
    expect(store.getState().stages.activeStageId).toBe('custom:two-web');
    expect(store.getState().design.nodes.map((n) => n.id)).toEqual(course().stages[0].start.nodes.map((n) => n.id));
    await store.getState().whenLibrarySettled();
    const kept = store.getState().library.lastKept;
    expect(kept).not.toBeNull();
    expect(store.getState().banner?.title).toMatch(/Opened the stage “Two web servers” from a link\. The design you had open is saved in My designs\./);
    expect(await store.getState().openSavedDesign(kept!.id)).toBe(true);
    expect(store.getState().design.nodes).toEqual(mine.nodes);
  });

  it('a refused stage link names the problem and changes nothing', async () => {
    const { store, storage } = setup();
    store.getState().addNode('web', { x: 0, y: 0 });
    const before = store.getState().design;
    const hostile = { ...stageFile(), goals: [{ type: 'teleport', label: 'x' }] };
    const payload = encodeCoursePayload({ stages: [hostile as never] });
    expect(await store.getState().openCoursePayload(payload)).toBe(false);
    expect(store.getState().banner).toMatchObject({ tone: 'error', title: 'This stage link could not be opened. Your design is unchanged.' });
    expect(store.getState().banner?.details[0]).toMatch(/goal 1 › type: "teleport" is not a goal type/);
    expect(store.getState().design).toBe(before);
    expect(store.getState().stages.custom).toEqual([]);
    expect(storage.getItem(CUSTOM_STAGES_KEY)).toBeNull();
  });

  it('Check grades the custom stage; progress and the stage survive a reload', async () => {
    const { store, storage } = setup();
    await store.getState().addCourse(course(), 'test');
    expect((await store.getState().checkActiveStage())?.passed).toBe(false);
    store.getState().loadStageDesign('solution');
    expect((await store.getState().checkActiveStage())?.passed).toBe(true);
    expect(store.getState().stages.progress.stages['custom:two-web']).toMatchObject({ passed: true, checks: 2 });

    const again = createAppStore({ storage });
    expect(again.getState().stages.progress.stages['custom:two-web']?.passed).toBe(true);
    await expect.poll(() => again.getState().stages.custom.length).toBe(1);
    expect(again.getState().stages.activeStageId).toBe('custom:two-web');
    expect(again.getState().findStage('custom:two-web')?.title).toBe('Two web servers');

    again.getState().removeCustomStage('custom:two-web');
    expect(again.getState().stages.activeStageId).toBeNull();
    expect(storage.getItem(CUSTOM_STAGES_KEY)).toBeNull();
  });

  it('a stage file with a newer version is refused by name', async () => {
    const { store } = setup();
    const text = JSON.stringify({ ...stageFile(), version: 99 });
    expect(await store.getState().openCourseText(text, 'week3.json')).toBe(false);
    expect(store.getState().banner?.title).toBe('week3.json could not be opened as a stage. Your design is unchanged.');
    expect(store.getState().banner?.details[0]).toMatch(/newer Scale Playground/);
  });
});
