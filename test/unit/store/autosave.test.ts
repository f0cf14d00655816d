import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, memoryStorage, startAutosave, STORAGE_KEYS } from '../../../src/store';
import { SAVE_FAILED_BANNER } from '../../../src/store/autosave';

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

describe('a full or blocked storage', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('warns with a banner that stays, offers an export, retries on each edit, and says when saving works again', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    let full = true;
    const realSet = storage.setItem.bind(storage);
    vi.spyOn(storage, 'setItem').mockImplementation((key, value) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      realSet(key, value);
    });
    const store = createAppStore({ storage });
    const stop = startAutosave(store, storage, 100);
    store.getState().addNode('web', { x: 0, y: 0 });
    vi.advanceTimersByTime(100);
    expect(store.getState().banner).toEqual(SAVE_FAILED_BANNER);
    expect(store.getState().banner?.action).toEqual({ id: 'exportDesign', label: 'Export design' });
    // The design itself is untouched, and a second failure does not stack another message.
    expect(store.getState().design.nodes).toHaveLength(1);
    const toasts = store.getState().toasts.length;
    store.getState().addNode('cache', { x: 100, y: 0 });
    vi.advanceTimersByTime(100);
    expect(store.getState().toasts.length).toBe(toasts);
    // Room again: the next edit saves, the warning goes, and the user is told.
    full = false;
    store.getState().addNode('database', { x: 200, y: 0 });
    vi.advanceTimersByTime(100);
    expect(storage.getItem(STORAGE_KEYS.autosave)).toContain('database');
    expect(store.getState().banner).toBeNull();
    expect(store.getState().toasts.at(-1)?.text).toMatch(/Saving works again/);
    stop();
  });
});
