import { describe, expect, it } from 'vitest';
import { STAGE_IDS, stageBadge } from '../../../src/stages/catalog';
import { STAGES, stageById } from '../../../src/stages';
import { createAppStore, memoryStorage } from '../../../src/store';
import { openStageFromHash } from '../../../src/store/stageLink';
import type { StageContent } from '../../../src/store/state/stage';

const realContent = (): Promise<StageContent> => import('../../../src/store/stageContent');
/** A chunk that cannot be fetched the first `failures` times (the network), then loads. */
function flakyContent(failures: number) {
  let calls = 0;
  return { load: () => (++calls <= failures ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : realContent()), calls: () => calls };
}

describe('the stages’ chunk', () => {
  it('holds a stage for every id the first load knows, in its order, and nothing else', () => {
    expect(STAGES.map((s) => s.id)).toEqual(STAGE_IDS);
    for (const id of STAGE_IDS) expect(stageById(id)?.id).toBe(id);
    expect(stageById('toString')).toBeUndefined();
    expect(stageById('99')).toBeUndefined();
    expect(STAGE_IDS.map(stageBadge)).toContain('11b');
  });

  it('is not loaded until a stage is opened, then says so and opens it', async () => {
    const store = createAppStore({ storage: memoryStorage() });
    expect(store.getState().stages.content).toBe('idle');
    expect(store.getState().stageContent()).toBeNull();
    const opening = store.getState().openStage('5', { loadStart: true });
    expect(store.getState().stages.content).toBe('loading');
    expect(await opening).toBe(true);
    expect(store.getState().stages.content).toBe('ready');
    expect(store.getState().stages.activeStageId).toBe('5');
    expect(store.getState().design).toEqual(stageById('5')!.start);
  });

  it('opening the stage list starts loading it', async () => {
    const store = createAppStore({ storage: memoryStorage() });
    store.getState().setStagePanelOpen(true);
    expect(store.getState().stages.content).toBe('loading');
    expect(await store.getState().loadStageContent()).not.toBeNull();
    expect(store.getState().stages.content).toBe('ready');
  });

  it('an unknown stage is refused without loading anything', async () => {
    const chunk = flakyContent(0);
    const store = createAppStore({ storage: memoryStorage(), stageContent: chunk.load });
    expect(await store.getState().openStage('99')).toBe(false);
    expect(chunk.calls()).toBe(0);
    expect(store.getState().toasts.at(-1)?.text).toContain('There is no stage “99”');
  });

  it('a chunk that fails to load leaves the design and panel as they were, says so, and is tried again next time', async () => {
    const chunk = flakyContent(1);
    const store = createAppStore({ storage: memoryStorage(), stageContent: chunk.load });
    store.getState().addNode('web', { x: 0, y: 0 });
    const before = store.getState().design;
    expect(await store.getState().openStage('3', { loadStart: true })).toBe(false);
    const s = store.getState();
    expect(s.stages.content).toBe('failed');
    expect(s.stages.activeStageId).toBeNull();
    expect(s.design).toBe(before);
    expect(s.banner).toMatchObject({ tone: 'error', title: 'The stages could not be loaded. Your design is unchanged.' });
    expect(s.banner?.details[0]).toContain('Failed to fetch');
    expect(await store.getState().openStage('3', { loadStart: true })).toBe(true);
    expect(chunk.calls()).toBe(2);
    expect(store.getState().stages.content).toBe('ready');
    expect(store.getState().stages.activeStageId).toBe('3');
  });

  it('presenter mode and #stage= links wait for it, and refuse cleanly when it fails', async () => {
    const store = createAppStore({ storage: memoryStorage(), stageContent: flakyContent(2).load });
    expect(await store.getState().enterClassroom('3')).toBe(false);
    expect(store.getState().classroom.active).toBe(false);
    const link = openStageFromHash(store, '#stage=4');
    expect(link.named).toBe(true);
    expect(await link.opened).toBe(false);
    expect(store.getState().stages.activeStageId).toBeNull();
    expect(await store.getState().enterClassroom('3')).toBe(true);
    expect(store.getState().classroom).toMatchObject({ active: true, stageId: '3' });
  });
});
