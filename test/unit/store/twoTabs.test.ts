// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { emptyDesign } from '../../../src/model';
import { createAppStore, memoryStorage, startAutosave, STORAGE_KEYS } from '../../../src/store';

/** What another tab does: writes its design to the shared storage, and the browser tells this tab. */
function otherTabSaves(storage: ReturnType<typeof memoryStorage>, name: string) {
  const design = { ...emptyDesign(name) };
  const value = JSON.stringify({ savedAt: '2026-11-25T00:00:00.000Z', design });
  storage.setItem(STORAGE_KEYS.autosave, value);
  window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEYS.autosave, newValue: value }));
}

describe('two tabs on one design', () => {
  it('stops saving and asks, instead of overwriting the other tab’s work; “Keep mine” saves', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const store = createAppStore({ storage });
    const stop = startAutosave(store, storage, 100);
    store.getState().addNode('web', { x: 0, y: 0 });
    vi.advanceTimersByTime(100);
    otherTabSaves(storage, 'Their design');
    expect(store.getState().tabConflict).toBe(true);
    expect(store.getState().banner?.title).toContain('changed in another tab');
    // Edits here do not overwrite theirs while the question is open.
    store.getState().addNode('cache', { x: 300, y: 0 });
    vi.advanceTimersByTime(1000);
    expect(storage.getItem(STORAGE_KEYS.autosave)).toContain('Their design');
    store.getState().keepThisTab();
    expect(store.getState().tabConflict).toBe(false);
    expect(storage.getItem(STORAGE_KEYS.autosave)).toContain('"cache"');
    stop();
    vi.useRealTimers();
  });

  it('“Load theirs” continues from the other tab’s design, this one an Undo away', () => {
    const storage = memoryStorage();
    const store = createAppStore({ storage });
    const stop = startAutosave(store, storage, 100);
    store.getState().addNode('web', { x: 0, y: 0 });
    otherTabSaves(storage, 'Their design');
    store.getState().loadOtherTab();
    expect(store.getState().design.name).toBe('Their design');
    expect(store.getState().tabConflict).toBe(false);
    store.getState().undo();
    expect(store.getState().design.nodes.map((n) => n.kind)).toEqual(['web']);
    stop();
  });

  it('an identical save from another tab is no conflict', () => {
    const storage = memoryStorage();
    const store = createAppStore({ storage });
    const stop = startAutosave(store, storage, 100);
    otherTabSaves(storage, store.getState().design.name);
    expect(store.getState().tabConflict).toBe(false);
    stop();
  });
});
