import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyDesign, makeNode, type Design } from '../../../src/model';
import { shareFragment } from '../../../src/model/shareLink';
import { createAppStore, memoryStorage, STORAGE_KEYS } from '../../../src/store';
import { openDesignFromHash } from '../../../src/store/linkLoader';
import { idbLibrary } from '../../../src/store/library/idbLibrary';
import { loadAutosave, saveAutosave } from '../../../src/store/persistence';
import { decodeDesign } from '../../../src/model/decoding';

const notice = (store: ReturnType<typeof createAppStore>) => store.getState().notices.find((n) => n.id === 'unreadable-autosave');

function sampleDesign(name = 'Mine'): Design {
  return { ...emptyDesign(name), nodes: [makeNode('client', 'users', { x: 0, y: 0 }), makeNode('web', 'web-1', { x: 300, y: 0 }, { workers: 12 })], edges: [{ id: 'e1', source: 'users', target: 'web-1', kind: 'request' }] };
}

describe('autosave', () => {
  it('round-trips a design through storage', () => {
    const storage = memoryStorage();
    expect(saveAutosave(storage, sampleDesign())).toBe(true);
    expect(loadAutosave(storage, decodeDesign).design).toEqual(sampleDesign());
  });

  it('loads the autosave into a new store at startup', () => {
    const storage = memoryStorage();
    saveAutosave(storage, sampleDesign());
    const store = createAppStore({ storage });
    expect(store.getState().hydrate()).toBe(true);
    expect(store.getState().design).toEqual(sampleDesign());
    expect(store.getState().history.past).toEqual([]);
  });

  it('keeps a broken autosave aside instead of deleting it, and says so', () => {
    const storage = memoryStorage({ [STORAGE_KEYS.autosave]: '{"savedAt":"x","design":{"version":1,"nodes":[{"id":"a","kind":"rocket"}]' });
    const store = createAppStore({ storage });
    store.getState().hydrate();
    const kept = Object.entries(storage.dump()).find(([k]) => k.startsWith(STORAGE_KEYS.brokenPrefix));
    expect(kept?.[1]).toContain('rocket');
    expect(storage.getItem(STORAGE_KEYS.autosave)).toBeNull();
    expect(notice(store)?.details.join(' ')).toMatch(/not valid JSON/);
    expect(notice(store)?.details.join(' ')).toContain(STORAGE_KEYS.brokenPrefix);
  });

  it('names the node and field when the autosave holds an invalid design', () => {
    const bad = { savedAt: 'x', design: { version: 1, nodes: [{ id: 'w', kind: 'web', params: { workers: -3 } }], edges: [] } };
    const storage = memoryStorage({ [STORAGE_KEYS.autosave]: JSON.stringify(bad) });
    const store = createAppStore({ storage });
    store.getState().hydrate();
    expect(notice(store)?.details[0]).toMatch(/node "w".*workers/);
  });
});

describe('share links', () => {
  it('opens a valid link, keeps the previous work in My designs, and can restore it', async () => {
    const storage = memoryStorage();
    saveAutosave(storage, sampleDesign('Mine'));
    const store = createAppStore({ storage, library: idbLibrary('persistence-test') });
    store.getState().hydrate();
    const shared = { ...sampleDesign('Theirs'), nodes: [makeNode('cache', 'c', { x: 0, y: 0 })], edges: [] };

    expect(openDesignFromHash(store, shareFragment(shared))).toBe(true);
    expect(store.getState().design.name).toBe('Theirs');
    await store.getState().whenLibrarySettled();
    expect(store.getState().banner?.action?.id).toBe('restoreBackup');
    expect(loadAutosave(storage, decodeDesign).design?.name).toBe('Theirs');

    store.getState().restoreBackup();
    await store.getState().whenLibrarySettled();
    expect(store.getState().design.name).toBe('Mine');
    expect(store.getState().banner).toBeNull();
  });

  it('refuses a broken link with the decoder messages and leaves the autosave untouched', () => {
    const storage = memoryStorage();
    saveAutosave(storage, sampleDesign('Mine'));
    const savedBefore = storage.getItem(STORAGE_KEYS.autosave);
    const store = createAppStore({ storage });
    store.getState().hydrate();
    const designBefore = store.getState().design;

    for (const hash of ['#d=garbage', '#d=', '#d=%%%', `#d=${shareFragment(sampleDesign()).slice(3, 40)}`]) {
      expect(openDesignFromHash(store, hash)).toBe(true);
      expect(store.getState().banner?.tone).toBe('error');
      expect(store.getState().banner?.details.length).toBeGreaterThan(0);
      expect(store.getState().design).toBe(designBefore);
      expect(storage.getItem(STORAGE_KEYS.autosave)).toBe(savedBefore);
      expect(storage.getItem(STORAGE_KEYS.backup)).toBeNull();
    }
  });

  it('refuses a design from a newer version, saying so', () => {
    const store = createAppStore({ storage: memoryStorage() });
    expect(store.getState().openDesignText(JSON.stringify({ ...sampleDesign(), version: 99 }), '“x.json”')).toBe(false);
    expect(store.getState().banner?.details.join(' ')).toMatch(/newer Scale Playground/);
  });

  it('ignores fragments that are not design links', () => {
    const store = createAppStore({ storage: memoryStorage() });
    expect(openDesignFromHash(store, '#stage=stage-1')).toBe(false);
    expect(openDesignFromHash(store, '')).toBe(false);
    expect(store.getState().banner).toBeNull();
  });
});

describe('import', () => {
  it('opens a design file as an undoable step', () => {
    const store = createAppStore({ storage: memoryStorage(), library: idbLibrary('persistence-import') });
    store.getState().addNode('web', { x: 0, y: 0 });
    expect(store.getState().openDesignText(JSON.stringify(sampleDesign('Imported')), '“a.json”')).toBe(true);
    expect(store.getState().design.name).toBe('Imported');
    store.getState().undo();
    expect(store.getState().design.nodes.map((n) => n.id)).toEqual(['web-1']);
  });
});
