/**
 * My designs in the store. The design on the canvas is always one entry of the list
 * (`library.currentId`): autosave writes it there as well as to the localStorage slot. Anything
 * that replaces the canvas (a link, a file, a stage, a gallery design, another saved design) goes
 * through replaceCanvas, which first keeps what was there as its own entry, and only once that is
 * stored lets the slot move on to the new design. When the keep fails, the previous design stays
 * in this tab and in the slot, and a notice that stays says so (documentSlice's notices).
 *
 * Writes to the library run one after another (one queue per tab), so a burst of links pasted in
 * a row keeps each design in order.
 */
import { serializeDesign, type Design } from '../../model';
import { loadDecoder } from '../decoder';
import { lazyChunk } from '../lazyChunk';
import { readRaw, readSlot, saveAutosave, STORAGE_KEYS } from '../persistence';
import type { LibrarySlice, SlotSave } from '../state/library';
import type { SliceCreator, StoreDeps } from '../types';
import type { BrowseActions } from './browse';
import { entryTitle, LIBRARY_REFUSED, newEntryId } from './entries';
import type { DesignLibrary, KeptNote, LibraryEntry, LibraryRecord } from './types';

/** What a dialog action says when its code cannot be fetched (the network may be down). */
const NOT_LOADED = 'The page could not load this part of the editor (the network may be down). Nothing was changed; try again in a moment.';


/**
 * How long a keep may take before it counts as failed. IndexedDB can stall (a database upgrade
 * blocked by another tab); the autosave slot waits for keeps, so it must not wait for ever.
 */
export const KEEP_DEADLINE_MS = 10_000;

const withDeadline = <T>(p: Promise<T>, ms: number): Promise<T> => new Promise<T>((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('The browser took too long to store the design.')), ms);
  p.then((v) => { clearTimeout(timer); resolve(v); }, (e: unknown) => { clearTimeout(timer); reject(e instanceof Error ? e : new Error(String(e))); });
});

export const createLibrarySlice = (deps: StoreDeps): SliceCreator<LibrarySlice> => (set, get, api) => {
  const lib: DesignLibrary | undefined = deps.library;
  const storage = deps.storage;
  let tail: Promise<unknown> = Promise.resolve();
  const inflight = new Set<Promise<unknown>>();
  /** Ids this tab knows exist, so an emptied canvas still updates its entry. */
  const known = new Set<string>();
  /**
   * The entry each replaced or incoming design belongs to. Undo and Redo bring back these very
   * objects, so the canvas follows them back to their own entries instead of writing one design
   * into another's entry.
   */
  const bindings = new WeakMap<Design, string>();
  /**
   * Built-in designs (gallery, stage, presenter) as they were opened, untouched: the app has them
   * anyway, so they get no entry of their own until the user changes them, and are not kept.
   */
  const pristine = new WeakSet<Design>();
  /**
   * The design each entry is known to hold, as stored (the object written, or the one read from it).
   * Switching away from an entry that holds the canvas's very design has nothing to keep, so the
   * slot does not wait for a write: a reload right after opening another saved design shows that
   * one, not the one before it.
   */
  const holds = new Map<string, Design>();
  /** Writes of each entry queued and not yet settled: while there are any, what it holds is open. */
  const writesPending = new Map<string, number>();

  const track = <T>(p: Promise<T>): Promise<T> => {
    inflight.add(p);
    const done = () => { inflight.delete(p); };
    p.then(done, done);
    return p;
  };
  /** Runs `op` after every earlier library operation of this tab. */
  const enqueue = <T>(op: (l: DesignLibrary) => Promise<T>): Promise<T> => {
    const run = tail.then(() => {
      if (!lib) throw new Error('No library in this browser.');
      return op(lib);
    });
    tail = run.catch(() => undefined);
    return track(run);
  };

  const writeEntry = (id: string, design: Design, kept?: KeptNote | null): Promise<void> => {
    const at = new Date().toISOString();
    writesPending.set(id, (writesPending.get(id) ?? 0) + 1);
    const settled = (stored: boolean) => {
      const left = (writesPending.get(id) ?? 1) - 1;
      if (left > 0) { writesPending.set(id, left); return; }
      writesPending.delete(id);
      // Writes run in order, so the last to settle decides what the entry holds.
      if (stored) holds.set(id, design); else holds.delete(id);
    };
    return enqueue((l) => l.update(id, (old): LibraryRecord => {
      const note = kept === null ? undefined : kept ?? old?.kept;
      return { id, design, createdAt: old?.createdAt ?? at, updatedAt: at, ...(note ? { kept: note } : {}) };
    })).then(
      () => { settled(true); known.add(id); get().removeNotice('library-refused'); },
      (e: unknown) => { settled(false); throw e; },
    );
  };

  const libraryRefused = (): void => {
    get().addNotice({
      id: 'library-refused',
      tone: 'warning',
      title: `My designs cannot save to this browser: ${LIBRARY_REFUSED}.`,
      details: ['The design on the canvas is still autosaved where the browser allows it. Export designs you want to keep; saving is tried again after every edit.'],
      actions: [{ id: 'exportDesign', label: 'Export design' }],
      holdsSlot: false,
    });
  };

  const setKeeping = (delta: number) => set((s) => { s.library.keeping += delta; });

  api.subscribe((state, previous) => {
    if (state.design === previous.design) return;
    const id = bindings.get(state.design);
    if (id && id !== state.library.currentId) set((s) => { s.library.currentId = id; });
  });

  const browseChunk = lazyChunk<BrowseActions>(() => import('./browse').then(
    (m) => m.createBrowseActions({ get, set, enqueue, writeEntry, libraryRefused, known }),
  ));
  /**
   * The dialog's actions, fetched once; a failed fetch is forgotten so the next use tries again.
   * Once here they run at once, as before the split. Until then the fetch counts as library work
   * up to the action's start, so whenLibrarySettled waits for it and for what the action queues
   * (not for the action's end: renaming itself waits for the library to settle).
   */
  const withBrowse = <T>(run: (b: BrowseActions) => Promise<T>, failed: () => T): Promise<T> => {
    const browse = browseChunk.now();
    if (browse) return run(browse);
    const started = track(browseChunk.load().then((b) => ({ pending: run(b) })));
    return started.then((s) => s.pending, failed);
  };

  /** An entry opened from the list is open again: its "kept before…" note no longer applies. */
  const clearKeptNote = (id: string, design: Design): Promise<void> => {
    const at = new Date().toISOString();
    return enqueue((l) => l.update(id, (old) => ({ ...(old ?? { id, design, createdAt: at, updatedAt: at }), kept: undefined })));
  };

  const slice: LibrarySlice = {
    library: { currentId: newEntryId(), entries: null, error: null, keeping: 0, lastKept: null, dialogOpen: false },

    slotHeld: () => get().library.keeping > 0 || get().tabConflict || get().notices.some((n) => n.holdsSlot),

    adoptEntry: (id) => set((s) => { s.library.currentId = id ?? newEntryId(); }),

    persistCanvas: () => {
      const { design, library } = get();
      let slot: SlotSave = 'none';
      if (storage) slot = get().slotHeld() ? 'held' : saveAutosave(storage, design, { entryId: library.currentId }) ? 'saved' : 'failed';
      // An empty canvas is not worth an entry of its own, but an entry that exists follows it.
      if (lib && !pristine.has(design) && (design.nodes.length > 0 || known.has(library.currentId))) {
        writeEntry(library.currentId, design).catch(libraryRefused);
      }
      return slot;
    },

    replaceCanvas: (next, options) => {
      const prev = get().design;
      const prevId = get().library.currentId;
      const switching = options.entryId !== undefined;
      if (!switching && serializeDesign(prev) === serializeDesign(next)) return Promise.resolve(null);
      // Opening another tab's copy of this same entry: what is here is kept apart, not over it.
      const keptId = options.entryId === prevId ? newEntryId() : prevId;
      const nextId = options.entryId ?? newEntryId();
      bindings.set(prev, keptId);
      bindings.set(next, nextId);
      if (options.reason === 'gallery' || options.reason === 'stage' || options.reason === 'presenter') pristine.add(next);
      if (options.undoable) get().loadDesign(next);
      else { get().resetDesign(next); get().clearSelection(); }
      set((s) => { s.library.currentId = nextId; });
      get().requestFitView();

      // Switching entries (from My designs): the entry left behind may already hold this design.
      const storedAlready = switching && options.reason === undefined && keptId === prevId && !writesPending.has(prevId) && holds.get(prevId) === prev;
      if (switching && options.readFromEntry) holds.set(nextId, next);
      const mustKeep = prev.nodes.length > 0 && !pristine.has(prev) && !storedAlready;
      if (!mustKeep) {
        if (switching) clearKeptNote(nextId, next).catch(libraryRefused);
        // Another tab may have deleted that entry since: then it is written again, as a keep would.
        if (storedAlready) enqueue((l) => l.get(prevId)).then((r) => (r ? undefined : writeEntry(prevId, prev))).catch(libraryRefused);
        get().persistCanvas();
        return Promise.resolve(null);
      }
      const at = new Date().toISOString();
      const note: KeptNote | null = options.reason ? { reason: options.reason, at } : null;
      setKeeping(1);
      const kept = withDeadline(writeEntry(keptId, prev, note), KEEP_DEADLINE_MS).then(async (): Promise<LibraryEntry> => {
        if (switching) await clearKeptNote(nextId, next);
        const title = entryTitle(prev.name, note ?? undefined);
        set((s) => { s.library.keeping -= 1; s.library.lastKept = { id: keptId, title }; });
        get().persistCanvas();
        if (get().library.dialogOpen) void get().refreshLibrary();
        return { id: keptId, name: prev.name, title, design: prev, errors: [], createdAt: at, updatedAt: at, ...(note ? { kept: note } : {}) };
      });
      return track(kept.catch(() => {
        setKeeping(-1);
        get().holdUnkept(prev);
        return null;
      }));
    },

    migrateLegacySlots: () => {
      if (!lib) return Promise.resolve();
      const { design, library } = get();
      const currentId = library.currentId;
      const listed = design.nodes.length > 0
        ? enqueue((l) => l.update(currentId, (old) => old ?? { id: currentId, design, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() })).then(() => { known.add(currentId); })
        : Promise.resolve();
      // Few browsers still hold this slot, so the decoder is fetched only for one; if it cannot be, the slot waits for the next start.
      const backupSlot = storage && readRaw(storage, STORAGE_KEYS.backup) !== null
        ? loadDecoder().then((d) => readSlot(storage, STORAGE_KEYS.backup, d.decodeDesign), () => null)
        : Promise.resolve(null);
      const migrated = listed.then(() => backupSlot).then((backup) => enqueue(async (l) => {
        if (!storage || !backup?.ok || !backup.value || (await l.getMeta('legacyBackup'))) return;
        const { design: old, savedAt = new Date().toISOString() } = backup.value;
        const id = newEntryId();
        await l.update(id, () => ({ id, design: old, createdAt: savedAt, updatedAt: savedAt, kept: { reason: 'link', at: savedAt } }));
        await l.setMeta('legacyBackup', new Date().toISOString());
        // Only once it is safely in the list: the old slot is not needed any more.
        try { storage.removeItem(STORAGE_KEYS.backup); } catch { /* it stays; the list has it */ }
      }));
      return track(migrated.catch(libraryRefused));
    },

    setLibraryOpen: (open) => {
      set((s) => { s.library.dialogOpen = open; });
      if (open) void get().refreshLibrary();
    },

    // What only the My designs dialog asks for: its code loads with the first of these (browse.ts).
    refreshLibrary: () => withBrowse((b) => b.refreshLibrary(), () => { set((s) => { s.library.error = `My designs cannot be shown: ${NOT_LOADED}`; }); }),
    openSavedDesign: (id) => withBrowse((b) => b.openSavedDesign(id), () => {
      get().showBanner({ tone: 'error', title: 'That design could not be opened. Your design is unchanged.', details: [NOT_LOADED] });
      return false;
    }),
    renameSavedDesign: (id, name) => withBrowse((b) => b.renameSavedDesign(id, name), () => false),
    duplicateSavedDesign: (id) => withBrowse((b) => b.duplicateSavedDesign(id), () => null),
    deleteSavedDesign: (id) => withBrowse((b) => b.deleteSavedDesign(id), () => false),

    whenLibrarySettled: async () => {
      while (inflight.size > 0) await Promise.allSettled([...inflight]);
    },
  };
  return slice;
};
