import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { stageById } from '../../../src/stages';
import { createAppStore, memoryStorage, type StageChecker } from '../../../src/store';
import { idbLibrary } from '../../../src/store/library/idbLibrary';
import { gradeDesign } from '../../../src/worker/stageGrade';
import { STAGE_STORAGE_KEY } from '../../../src/store/stageProgress';
import { openStageFromHash } from '../../../src/store/stageLink';

/** Grades on this thread, as the Worker would. */
const inlineChecker: StageChecker = (stageId, design) => Promise.resolve(gradeDesign(stageId, design));

describe('stage slice', () => {
  it('opens a stage with its starting design, one undo away from the learner’s work', async () => {
    const store = createAppStore({ storage: memoryStorage(), stageChecker: inlineChecker });
    store.getState().addNode('web', { x: 0, y: 0 });
    expect(await store.getState().openStage('3', { loadStart: true })).toBe(true);
    expect(store.getState().design).toEqual(stageById('3')!.start);
    expect(store.getState().toasts.at(-1)?.text).toContain('Undo brings your previous design back');
    store.getState().undo();
    expect(store.getState().design.nodes.map((n) => n.kind)).toEqual(['web']);
  });

  it('refuses an unknown stage with a message and keeps the panel as it was', async () => {
    const store = createAppStore({ storage: memoryStorage() });
    expect(await store.getState().openStage('99')).toBe(false);
    expect(store.getState().stages.activeStageId).toBeNull();
    expect(store.getState().toasts.at(-1)?.text).toContain('There is no stage “99”');
  });

  it('checks the canvas: the start fails, the solution passes, and progress is saved', async () => {
    const storage = memoryStorage();
    const store = createAppStore({ storage, stageChecker: inlineChecker });
    await store.getState().openStage('2', { loadStart: true });
    const failed = await store.getState().checkActiveStage();
    expect(failed?.passed).toBe(false);
    expect(failed?.results.some((r) => !r.passed && r.hint)).toBe(true);
    expect(store.getState().stages.progress.stages['2']).toMatchObject({ passed: false, checks: 1 });

    store.getState().loadStageDesign('solution');
    const passed = await store.getState().checkActiveStage();
    expect(passed?.passed).toBe(true);
    expect(store.getState().stages.progress.stages['2']).toMatchObject({ passed: true, checks: 2 });

    // A new store on the same storage (a reload) carries on where the learner was.
    const again = createAppStore({ storage });
    expect(again.getState().stages.activeStageId).toBe('2');
    expect(again.getState().stages.progress.stages['2']?.passed).toBe(true);
    expect(JSON.parse(storage.getItem(STAGE_STORAGE_KEY)!)).toMatchObject({ activeStageId: '2', panelOpen: true });
  });

  it('drops the verdict of a Check that finishes after the learner moved to another stage', async () => {
    let release: () => void = () => {};
    const slowChecker: StageChecker = (stageId, design) => new Promise((resolve) => { release = () => resolve(gradeDesign(stageId, design)); });
    const store = createAppStore({ storage: memoryStorage(), stageChecker: slowChecker });
    await store.getState().openStage('1', { loadStart: true });
    const pending = store.getState().checkActiveStage();
    expect(store.getState().stages.checking).toBe(true);
    await store.getState().openStage('4');
    release();
    expect(await pending).toBeNull();
    expect(store.getState().stages.lastCheck).toBeNull();
    expect(store.getState().stages.progress.stages['1']).toBeUndefined();
  });

  it('#stage= links keep the autosaved work in My designs before replacing it', async () => {
    const storage = memoryStorage();
    const store = createAppStore({ storage, library: idbLibrary('stage-link-test') });
    store.getState().addNode('cache', { x: 0, y: 0 });
    storage.setItem('scale-playground:autosave:v1', JSON.stringify({ savedAt: 'x', design: store.getState().design }));
    const link = openStageFromHash(store, '#stage=4', storage);
    expect(link.named).toBe(true);
    expect(await link.opened).toBe(true);
    expect(store.getState().stages.activeStageId).toBe('4');
    expect(store.getState().design).toEqual(stageById('4')!.start);
    await store.getState().whenLibrarySettled();
    expect(store.getState().banner?.action?.id).toBe('restoreBackup');
    expect(store.getState().banner?.details[0]).toMatch(/kept before opening a stage, /);
    store.getState().restoreBackup();
    await store.getState().whenLibrarySettled();
    expect(store.getState().design.nodes.map((n) => n.kind)).toEqual(['cache']);
    expect(openStageFromHash(store, '#d=abc', storage).named).toBe(false);
  });
});
