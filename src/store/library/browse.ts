/**
 * The My designs dialog's actions: list, open, rename, copy and delete saved designs. A chunk of
 * its own (librarySlice.ts fetches it on first use), since the editor's first screen needs only
 * the keeping and saving half of the library. Every stored record is read through the decoder.
 */
import { DECODER_MISSING, loadDecoder } from '../decoder';
import { renameDesign } from '../designEdits';
import type { Design } from '../../model';
import type { LibrarySlice } from '../state/library';
import type { StoreState } from '../types';
import type { DecodeDesign } from '../persistence';
import { entryTitle, formatWhen, LIBRARY_REFUSED, newEntryId } from './entries';
import type { DesignLibrary, KeptNote, LibraryEntry, LibraryRecord } from './types';

/** Decodes a stored record; one that cannot be read is listed with its reasons, never dropped. */
export function toEntry(record: LibraryRecord, decode: DecodeDesign): LibraryEntry {
  const decoded = decode(record.design);
  const design: Design | null = decoded.ok ? decoded.value : null;
  const name = design?.name ?? 'Unreadable design';
  return {
    id: record.id,
    name,
    title: entryTitle(name, record.kept),
    design,
    errors: decoded.ok ? [] : decoded.errors,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    ...(record.kept ? { kept: record.kept } : {}),
  };
}

/** Newest first. */
export const byNewest = (a: LibraryEntry, b: LibraryEntry): number => b.updatedAt.localeCompare(a.updatedAt);

/** Entries whose title contains every word of `query` (any case); an empty query keeps all. */
export function searchEntries(entries: readonly LibraryEntry[], query: string): LibraryEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((e) => {
    const text = `${e.title} ${formatWhen(e.updatedAt)}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** What the slice shares with its dialog's actions: its write queue and what it knows. */
export interface LibraryContext {
  get: () => StoreState;
  set: (recipe: (s: StoreState) => void) => void;
  enqueue: <T>(op: (l: DesignLibrary) => Promise<T>) => Promise<T>;
  writeEntry: (id: string, design: Design, kept?: KeptNote | null) => Promise<void>;
  libraryRefused: () => void;
  known: Set<string>;
}

export type BrowseActions = Pick<LibrarySlice, 'refreshLibrary' | 'openSavedDesign' | 'renameSavedDesign' | 'duplicateSavedDesign' | 'deleteSavedDesign'>;

export function createBrowseActions({ get, set, enqueue, writeEntry, libraryRefused, known }: LibraryContext): BrowseActions {
  return {
    refreshLibrary: async () => {
      try {
        const records = await enqueue((l) => l.list());
        const decoder = await loadDecoder().catch(() => null);
        if (!decoder) { set((s) => { s.library.error = `My designs cannot be shown: ${DECODER_MISSING}`; }); return; }
        const entries = records.map((r) => toEntry(r, decoder.decodeDesign)).sort(byNewest);
        for (const e of entries) known.add(e.id);
        set((s) => { s.library.entries = entries; s.library.error = null; });
      } catch {
        set((s) => { s.library.error = `My designs cannot be read: ${LIBRARY_REFUSED.replace('store it', 'give access to its storage')}.`; });
      }
    },

    openSavedDesign: async (id) => {
      if (id === get().library.currentId) return true;
      let record: LibraryRecord | undefined;
      try { record = await enqueue((l) => l.get(id)); } catch { record = undefined; }
      if (!record) { get().showToast('That design is no longer in My designs.', 'warning'); return false; }
      const decoder = await loadDecoder().catch(() => null);
      if (!decoder) { get().showBanner({ tone: 'error', title: 'That design could not be opened. Your design is unchanged.', details: [DECODER_MISSING] }); return false; }
      const entry = toEntry(record, decoder.decodeDesign);
      if (!entry.design) {
        get().showBanner({ tone: 'error', title: `“${entry.name}” could not be opened. Your design is unchanged.`, details: entry.errors });
        return false;
      }
      get().resetRun();
      await get().replaceCanvas(entry.design, { undoable: true, entryId: id, readFromEntry: true });
      return true;
    },

    renameSavedDesign: async (id, name) => {
      if (!name.trim()) return false;
      if (id === get().library.currentId) {
        get().renameDesign(name);
        get().persistCanvas();
      } else {
        try {
          const record = await enqueue((l) => l.get(id));
          const entry = record && toEntry(record, (await loadDecoder()).decodeDesign);
          if (!entry?.design) return false;
          await writeEntry(id, renameDesign(entry.design, name));
        } catch {
          libraryRefused();
          return false;
        }
      }
      await get().whenLibrarySettled();
      await get().refreshLibrary();
      return true;
    },

    duplicateSavedDesign: async (id) => {
      const source = id === get().library.currentId ? get().design : await Promise.all([enqueue((l) => l.get(id)), loadDecoder()]).then(([r, d]) => (r ? toEntry(r, d.decodeDesign).design : null), () => null);
      if (!source) return null;
      const copyId = newEntryId();
      try {
        await writeEntry(copyId, renameDesign(source, `${source.name} (copy)`), null);
      } catch {
        libraryRefused();
        return null;
      }
      await get().refreshLibrary();
      return copyId;
    },

    deleteSavedDesign: async (id) => {
      if (id === get().library.currentId) {
        get().showToast('This design is open on the canvas: open another one before deleting it.', 'warning');
        return false;
      }
      try {
        await enqueue((l) => l.remove(id));
      } catch {
        libraryRefused();
        return false;
      }
      known.delete(id);
      if (get().library.lastKept?.id === id) set((s) => { s.library.lastKept = null; });
      await get().refreshLibrary();
      return true;
    },
  };
}
