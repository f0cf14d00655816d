import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { emptyDesign, makeNode, type Design } from '../../../src/model';
import { shareFragment } from '../../../src/model/shareLink';
import { createAppStore, memoryStorage, STORAGE_KEYS } from '../../../src/store';
import { formatWhen } from '../../../src/store/library/entries';
import { idbLibrary } from '../../../src/store/library/idbLibrary';
import { KEEP_DEADLINE_MS } from '../../../src/store/library/librarySlice';
import type { DesignLibrary } from '../../../src/store/library/types';
import { openDesignFromHash } from '../../../src/store/linkLoader';
import { loadAutosave, saveAutosave } from '../../../src/store/persistence';
import { decodeDesign } from '../../../src/model/decoding';

let dbCount = 0;
const design = (name: string, kind: 'web' | 'cache' = 'web'): Design => ({ ...emptyDesign(name), nodes: [makeNode(kind, `${kind}-${name.replace(/\W/g, '')}`, { x: 0, y: 0 })], edges: [] });

function setup(initial: Record<string, string> = {}, library: DesignLibrary = idbLibrary(`library-test-${++dbCount}`)) {
  const storage = memoryStorage(initial);
  const store = createAppStore({ storage, library });
  return { storage, library, store };
}

const listed = async (store: ReturnType<typeof setup>['store']) => {
  await store.getState().whenLibrarySettled();
  await store.getState().refreshLibrary();
  return store.getState().library.entries ?? [];
};

describe('links opened in a row keep every design they replaced', () => {
  it('after links A, B and C the user’s own design and A and B are each an entry, named and dated, restorable', async () => {
    const { storage, store } = setup();
    saveAutosave(storage, design('Mine'));
    store.getState().hydrate();
    for (const name of ['A', 'B', 'C']) expect(openDesignFromHash(store, shareFragment(design(name)))).toBe(true);
    const entries = await listed(store);
    const titles = entries.map((e) => e.title);
    for (const name of ['Mine', 'A', 'B']) {
      const entry = entries.find((e) => e.name === name)!;
      expect(entry.title).toBe(`${name} — kept before opening a link, ${formatWhen(entry.kept!.at)}`);
      expect(entry.design?.nodes[0].id).toBe(`web-${name}`);
    }
    // C is on the canvas, and is an entry too (the open one), with no "kept" note.
    expect(titles).toContain('C');
    expect(entries.find((e) => e.name === 'C')!.id).toBe(store.getState().library.currentId);
    expect(loadAutosave(storage, decodeDesign).design?.name).toBe('C');

    // The banner says where the previous work went and brings it back.
    expect(store.getState().banner?.title).toBe('Opened a shared design, “C”. The design you had open is saved in My designs.');
    expect(store.getState().banner?.details[0]).toMatch(/^It is kept as “B — kept before opening a link, /);
    store.getState().restoreBackup();
    await store.getState().whenLibrarySettled();
    expect(store.getState().design.name).toBe('B');

    // The user's original, from the list; C is kept on the way.
    const mine = entries.find((e) => e.name === 'Mine')!;
    expect(await store.getState().openSavedDesign(mine.id)).toBe(true);
    await store.getState().whenLibrarySettled();
    expect(store.getState().design).toEqual(design('Mine'));
    expect(loadAutosave(storage, decodeDesign)).toMatchObject({ design: design('Mine'), entryId: mine.id });
    const after = await listed(store);
    expect(after.map((e) => e.name).sort()).toEqual(['A', 'B', 'C', 'Mine']);
    // Open again, it no longer reads "kept before…".
    expect(after.find((e) => e.id === mine.id)!.title).toBe('Mine');
  });

  it('switching between saved designs moves the slot on at once when the one left is stored as it is', async () => {
    const { storage, store, library } = setup();
    store.getState().hydrate();
    openDesignFromHash(store, shareFragment(design('A')));
    openDesignFromHash(store, shareFragment(design('B')));
    const entries = await listed(store);
    const a = entries.find((e) => e.name === 'A')!;
    const b = entries.find((e) => e.name === 'B')!;
    expect(await store.getState().openSavedDesign(a.id)).toBe(true);
    await store.getState().whenLibrarySettled();

    // A as it was read: nothing to keep, so the slot moves on with the canvas (a reload straight after shows B).
    const asSwitched = new Promise<{ held: boolean; slot: string | undefined }>((resolve) => {
      const stop = store.subscribe((state) => {
        if (state.design.name !== 'B') return;
        stop();
        queueMicrotask(() => resolve({ held: store.getState().slotHeld(), slot: loadAutosave(storage, decodeDesign).entryId }));
      });
    });
    expect(await store.getState().openSavedDesign(b.id)).toBe(true);
    expect(await asSwitched).toEqual({ held: false, slot: b.id });

    // An edit not yet saved is kept first (opening waits for the keep), and A's entry has it.
    expect(await store.getState().openSavedDesign(a.id)).toBe(true);
    store.getState().addNode('cache', { x: 300, y: 0 });
    expect(await store.getState().openSavedDesign(b.id)).toBe(true);
    const after = await listed(store);
    expect(after.find((e) => e.id === a.id)!.design?.nodes.map((n) => n.kind)).toEqual(['web', 'cache']);
    expect(after.map((e) => e.title).sort()).toEqual(['A', 'B']);
    expect(loadAutosave(storage, decodeDesign)).toMatchObject({ design: { name: 'B' }, entryId: b.id });

    // Another tab deleted B while it was open here: switching away writes it again instead of dropping it.
    await library.remove(b.id);
    expect(await store.getState().openSavedDesign(a.id)).toBe(true);
    const last = await listed(store);
    expect(last.find((e) => e.id === b.id)?.design?.name).toBe('B');
  });

  it('edits made just before a link are kept too, and the slot waits for the keep', async () => {
    const { storage, store } = setup();
    store.getState().hydrate();
    store.getState().addNode('web', { x: 0, y: 0 });
    store.getState().addNode('cache', { x: 300, y: 0 });
    openDesignFromHash(store, shareFragment(design('Theirs')));
    // Until the keep has landed, the slot is not moved on (it has nothing yet here: it stays empty).
    expect(store.getState().slotHeld()).toBe(true);
    expect(storage.getItem(STORAGE_KEYS.autosave)).toBeNull();
    const entries = await listed(store);
    const kept = entries.find((e) => e.kept)!;
    expect(kept.design?.nodes.map((n) => n.kind)).toEqual(['web', 'cache']);
    expect(loadAutosave(storage, decodeDesign).design?.name).toBe('Theirs');
  });

  it('an empty canvas or the same design again is not kept', async () => {
    const { store } = setup();
    store.getState().hydrate();
    openDesignFromHash(store, shareFragment(design('A')));
    openDesignFromHash(store, shareFragment(design('A')));
    const entries = await listed(store);
    expect(entries.map((e) => e.title)).toEqual(['A']);
  });

  it('files and stages keep what was there, and Undo still brings it back without mixing entries', async () => {
    const { store } = setup();
    store.getState().hydrate();
    store.getState().addNode('web', { x: 0, y: 0 });
    store.getState().persistCanvas();
    const mineId = store.getState().library.currentId;
    expect(store.getState().openDesignText(JSON.stringify(design('From a file', 'cache')), '“f.json”')).toBe(true);
    await store.getState().whenLibrarySettled();
    const fileId = store.getState().library.currentId;
    expect(fileId).not.toBe(mineId);
    // Undo: back to my design, and to my entry; an edit then lands there, not in the file's entry.
    store.getState().undo();
    expect(store.getState().library.currentId).toBe(mineId);
    store.getState().addNode('database', { x: 0, y: 300 });
    store.getState().persistCanvas();
    let entries = await listed(store);
    expect(entries.find((e) => e.id === fileId)!.design?.name).toBe('From a file');
    expect(entries.find((e) => e.id === mineId)!.design?.nodes.map((n) => n.kind)).toEqual(['web', 'database']);
    expect(entries.find((e) => e.id === mineId)!.title).toMatch(/kept before opening a file, /);

    await store.getState().openStage('3', { loadStart: true });
    entries = await listed(store);
    expect(entries.some((e) => /kept before opening a stage, /.test(e.title) && e.id === mineId)).toBe(true);
  });
});

describe('My designs: list, rename, duplicate, delete, search', () => {
  it('does each, and refuses to delete the design on the canvas', async () => {
    const { store } = setup();
    store.getState().hydrate();
    openDesignFromHash(store, shareFragment(design('Checkout')));
    openDesignFromHash(store, shareFragment(design('Search service')));
    let entries = await listed(store);
    const checkout = entries.find((e) => e.name === 'Checkout')!;
    expect(await store.getState().renameSavedDesign(checkout.id, 'Payments')).toBe(true);
    entries = store.getState().library.entries!;
    expect(entries.find((e) => e.id === checkout.id)!.name).toBe('Payments');

    const copyId = await store.getState().duplicateSavedDesign(checkout.id);
    entries = store.getState().library.entries!;
    expect(entries.find((e) => e.id === copyId)!.title).toBe('Payments (copy)');
    expect(entries.find((e) => e.id === copyId)!.design?.nodes).toEqual(checkout.design!.nodes);

    const { searchEntries } = await import('../../../src/store/library/browse');
    expect(searchEntries(entries, 'pay').map((e) => e.name).sort()).toEqual(['Payments', 'Payments (copy)']);
    expect(searchEntries(entries, 'SEARCH serv').map((e) => e.name)).toEqual(['Search service']);
    expect(searchEntries(entries, 'nothing like it')).toEqual([]);

    expect(await store.getState().deleteSavedDesign(copyId!)).toBe(true);
    expect(store.getState().library.entries!.some((e) => e.id === copyId)).toBe(false);
    expect(await store.getState().deleteSavedDesign(store.getState().library.currentId)).toBe(false);
    expect(store.getState().library.entries!.some((e) => e.name === 'Search service')).toBe(true);

    // Renaming the open design renames the canvas too.
    expect(await store.getState().renameSavedDesign(store.getState().library.currentId, 'Search v2')).toBe(true);
    expect(store.getState().design.name).toBe('Search v2');
  });

  it('lists an unreadable record with its reasons instead of dropping it', async () => {
    const library = idbLibrary(`library-test-${++dbCount}`);
    await library.update('broken', () => ({ id: 'broken', design: { version: 1, nodes: [{ id: 'x', kind: 'rocket' }] }, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }));
    const { store } = setup({}, library);
    const [entry] = await listed(store);
    expect(entry.design).toBeNull();
    expect(entry.errors.join(' ')).toMatch(/rocket/);
    expect(await store.getState().openSavedDesign('broken')).toBe(false);
    expect(store.getState().banner?.tone).toBe('error');
  });
});

describe('the old autosave and backup slots move into the list without loss', () => {
  it('both become entries once; the backup slot is emptied only after; the slot learns its entry', async () => {
    const envelope = (d: Design, savedAt: string) => JSON.stringify({ savedAt, design: d });
    const initial = {
      [STORAGE_KEYS.autosave]: envelope(design('Current work'), '2026-11-30T10:00:00.000Z'),
      [STORAGE_KEYS.backup]: envelope(design('Before a link'), '2026-11-29T09:30:00.000Z'),
    };
    const library = idbLibrary(`library-test-${++dbCount}`);
    const { storage, store } = setup(initial, library);
    store.getState().hydrate();
    const entries = await listed(store);
    expect(entries.map((e) => e.name).sort()).toEqual(['Before a link', 'Current work']);
    const backup = entries.find((e) => e.name === 'Before a link')!;
    expect(backup.kept).toEqual({ reason: 'link', at: '2026-11-29T09:30:00.000Z' });
    expect(backup.design).toEqual(design('Before a link'));
    expect(storage.getItem(STORAGE_KEYS.backup)).toBeNull();
    expect(loadAutosave(storage, decodeDesign).entryId).toBe(store.getState().library.currentId);

    // A second start (reload) adds nothing.
    const again = createAppStore({ storage, library });
    again.getState().hydrate();
    expect((await listed(again)).length).toBe(2);
    expect(again.getState().library.currentId).toBe(store.getState().library.currentId);
  });

  it('keeps the backup slot when the list refuses it, and tries again next time', async () => {
    const backupText = JSON.stringify({ savedAt: '2026-11-29T09:30:00.000Z', design: design('Before a link') });
    const { storage, store } = setup({ [STORAGE_KEYS.backup]: backupText }, refusingLibrary());
    store.getState().hydrate();
    await store.getState().whenLibrarySettled();
    expect(storage.getItem(STORAGE_KEYS.backup)).toBe(backupText);
    expect(store.getState().notices.map((n) => n.id)).toContain('library-refused');
  });
});

/** A library whose every call fails, as IndexedDB does when storage is full or blocked. */
function refusingLibrary(): DesignLibrary {
  const no = () => Promise.reject(new DOMException('quota', 'QuotaExceededError'));
  return { list: no, get: no, update: no, remove: no, getMeta: no, setMeta: no };
}

describe('a full or refused storage: a notice that stays, and nothing lost', () => {
  it('when the previous design cannot be kept, it stays in this tab and in the slot until the user chooses', async () => {
    const { storage, store } = setup({}, refusingLibrary());
    saveAutosave(storage, design('Mine'));
    const slotBefore = storage.getItem(STORAGE_KEYS.autosave);
    store.getState().hydrate();
    openDesignFromHash(store, shareFragment(design('A')));
    openDesignFromHash(store, shareFragment(design('B')));
    await store.getState().whenLibrarySettled();
    const notice = store.getState().notices.find((n) => n.id === 'unkept')!;
    expect(notice.title).toMatch(/“Mine”, could not be kept in My designs/);
    expect(notice.holdsSlot).toBe(true);
    // The link's own banner is there too, beside it.
    expect(store.getState().banner?.title).toBe('Opened a shared design, “B”.');
    // Autosave leaves the slot alone meanwhile.
    store.getState().addNode('cache', { x: 0, y: 0 });
    expect(store.getState().persistCanvas()).toBe('held');
    expect(storage.getItem(STORAGE_KEYS.autosave)).toBe(slotBefore);
    // Bring it back: the user's design returns, and saving resumes.
    store.getState().answerNotice('unkept', 'restoreUnkept');
    expect(store.getState().design).toEqual(design('Mine'));
    expect(store.getState().notices.some((n) => n.id === 'unkept')).toBe(false);
    expect(loadAutosave(storage, decodeDesign).design).toEqual(design('Mine'));
  });
});

describe('a library that stalls (IndexedDB blocked)', () => {
  it('counts a keep as failed after the deadline, so the slot does not wait for ever', async () => {
    vi.useFakeTimers();
    try {
      const never = () => new Promise<never>(() => {});
      const { storage, store } = setup({}, { list: never, get: never, update: never, remove: never, getMeta: never, setMeta: never });
      saveAutosave(storage, design('Mine'));
      store.getState().hydrate();
      openDesignFromHash(store, shareFragment(design('A')));
      expect(store.getState().library.keeping).toBe(1);
      await vi.advanceTimersByTimeAsync(KEEP_DEADLINE_MS);
      expect(store.getState().library.keeping).toBe(0);
      expect(store.getState().notices.find((n) => n.id === 'unkept')?.design).toEqual(design('Mine'));
      expect(loadAutosave(storage, decodeDesign).design).toEqual(design('Mine'));
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('an unreadable autosave stays untouched until the user chooses', () => {
  const raw = '{"savedAt":"x","design":{"version":1,"nodes":[{"id":"a","kind":"rocket"}]}}';

  it('could not be moved aside: a link neither saves over it nor hides its warning; “Save over it” resumes saving', async () => {
    const { storage, store } = setup({ [STORAGE_KEYS.autosave]: raw });
    const setItem = storage.setItem.bind(storage);
    let refuse = true;
    storage.setItem = (k, v) => { if (refuse) throw new DOMException('quota', 'QuotaExceededError'); setItem(k, v); };
    expect(store.getState().hydrate()).toBe(false);
    refuse = false;
    openDesignFromHash(store, shareFragment(design('A')));
    await store.getState().whenLibrarySettled();
    expect(storage.getItem(STORAGE_KEYS.autosave)).toBe(raw);
    const notice = store.getState().notices.find((n) => n.id === 'unreadable-autosave')!;
    expect(notice.details.join(' ')).toMatch(/left untouched/);
    expect(notice.actions.map((a) => a.id)).toEqual(['exportUnreadable', 'saveOverUnreadable']);
    expect(store.getState().unreadableAutosaveText()).toBe(raw);
    expect(store.getState().banner?.title).toMatch(/Opened a shared design, “A”/);
    // The link's design is still kept in My designs meanwhile.
    expect((await listed(store)).map((e) => e.name)).toEqual(['A']);
    store.getState().answerNotice('unreadable-autosave', 'saveOverUnreadable');
    expect(loadAutosave(storage, decodeDesign).design?.name).toBe('A');
  });

  it('when storage reads throw, the warning is still shown beside a link’s banner', async () => {
    const { storage, store } = setup();
    storage.getItem = () => { throw new DOMException('denied', 'SecurityError'); };
    store.getState().hydrate();
    openDesignFromHash(store, shareFragment(design('A')));
    await store.getState().whenLibrarySettled();
    const notice = store.getState().notices.find((n) => n.id === 'unreadable-autosave')!;
    expect(notice.details[0]).toBe('The browser refused access to its storage.');
    expect(store.getState().banner?.title).toMatch(/Opened a shared design/);
  });

  it('moved aside: the copy under its own key is never overwritten by what opens next', async () => {
    const { storage, store } = setup({ [STORAGE_KEYS.autosave]: raw });
    store.getState().hydrate();
    openDesignFromHash(store, shareFragment(design('A')));
    await store.getState().whenLibrarySettled();
    const aside = Object.entries(storage.dump()).filter(([k]) => k.startsWith(STORAGE_KEYS.brokenPrefix));
    expect(aside.map(([, v]) => v)).toEqual([raw]);
    expect(store.getState().notices.map((n) => n.id)).toContain('unreadable-autosave');
  });
});

describe('built-in designs as they come', () => {
  it('an untouched gallery or stage design is not kept (the app has it), an edited one is', async () => {
    const { store } = setup();
    store.getState().hydrate();
    store.getState().addNode('web', { x: 0, y: 0 });
    await store.getState().replaceCanvas(design('Gallery one'), { reason: 'gallery', undoable: true });
    await store.getState().replaceCanvas(design('Gallery two'), { reason: 'gallery', undoable: true });
    let entries = await listed(store);
    expect(entries.map((e) => e.name)).toEqual(['Untitled design']);
    store.getState().addNode('cache', { x: 300, y: 0 });
    store.getState().persistCanvas();
    await store.getState().replaceCanvas(design('Gallery three'), { reason: 'gallery', undoable: true });
    entries = await listed(store);
    expect(entries.map((e) => e.title).sort()).toEqual([
      expect.stringMatching(/^Gallery two — kept before opening a gallery design, /),
      expect.stringMatching(/^Untitled design — kept before opening a gallery design, /),
    ]);
  });
});
