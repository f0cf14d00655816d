import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, memoryStorage, startAutosave, STORAGE_KEYS } from '../../../src/store';

describe('startAutosave', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('saves once after a burst of edits, not on every change, and not at start', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const setItem = vi.spyOn(storage, 'setItem');
    const store = createAppStore({ storage });
    const stop = startAutosave(store, storage, 500);
    expect(setItem).not.toHaveBeenCalled();
    store.getState().addNode('web', { x: 0, y: 0 });
    for (let i = 0; i < 20; i++) store.getState().moveNodes([{ id: 'web-1', position: { x: i, y: 0 } }], 'g');
    vi.advanceTimersByTime(499);
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(storage.getItem(STORAGE_KEYS.autosave)).toContain('"x":19');
    stop();
  });
});
