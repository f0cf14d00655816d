/**
 * Opening designs from outside the editor: the autosave at startup, a share link, an imported
 * file, and the work kept when one of them replaced the canvas. Anything unreadable is refused
 * with the decoder's messages in the banner, and the current design is left alone.
 *
 * Saved-work notices stand beside the banner and stay until the user chooses: an autosave that
 * could not be read, a design that could not be kept. While one "holds the slot", nothing writes
 * the autosave slot, so what it holds is not lost.
 */
import { DECODER_MISSING, decoderNow, requireDecoder } from './decoder';
import { loadAutosave, readRaw, saveAutosave, STORAGE_KEYS } from './persistence';
import type { DocumentSlice } from './state/document';
import type { Banner } from './state/ui';
import type { KeyValueStorage, SliceCreator, StoreDeps } from './types';

/** The banner's title already names the source; its lines need not repeat it. */
const withoutSource = (errors: string[], source: string): string[] =>
  errors.map((e) => (e.startsWith(`${source}: `) ? e.slice(source.length + 2) : e));

export const createDocumentSlice = (deps: StoreDeps): SliceCreator<DocumentSlice> => (set, get) => {
  const storage: KeyValueStorage | undefined = deps.storage;
  /** Where the unreadable autosave is now: its own key once moved aside, else the slot itself. */
  let unreadableKey: string | null = null;

  /** "Opened …." then, once the previous design is stored, which entry holds it and a Restore. */
  const announceKept = (opened: Banner, kept: Promise<{ title: string } | null>): void => {
    void kept.then((entry) => {
      if (!entry || get().banner?.title !== opened.title) return;
      get().showBanner({
        ...opened,
        title: `${opened.title} The design you had open is saved in My designs.`,
        details: [`It is kept as “${entry.title}”.`, ...opened.details],
        action: { id: 'restoreBackup', label: 'Restore it' },
      });
    });
  };

  return {
    tabConflict: false,
    notices: [],

    addNotice: (notice) => set((s) => {
      const i = s.notices.findIndex((n) => n.id === notice.id);
      if (i >= 0) s.notices[i] = notice; else s.notices.push(notice);
    }),

    removeNotice: (id) => {
      if (!get().notices.some((n) => n.id === id)) return;
      set((s) => { s.notices = s.notices.filter((n) => n.id !== id); });
    },

    holdUnkept: (design) => {
      // The first design that could not be kept is the one the slot still holds: it stays the one offered back.
      if (get().notices.some((n) => n.id === 'unkept')) return;
      get().addNotice({
        id: 'unkept',
        tone: 'warning',
        title: `Your previous design, “${design.name}”, could not be kept in My designs: this browser refused to store it (storage full, or blocked in private mode).`,
        details: ['It is still here in this tab, and autosave leaves your saved copy alone until you choose: bring it back, export it, or let it go.'],
        actions: [
          { id: 'restoreUnkept', label: 'Bring it back' },
          { id: 'exportUnkept', label: 'Export it' },
          { id: 'discardUnkept', label: 'Let it go' },
        ],
        holdsSlot: true,
        design,
      });
    },

    answerNotice: (id, action) => {
      const notice = get().notices.find((n) => n.id === id);
      if (!notice) return;
      if (action === 'restoreUnkept' && notice.design) {
        // Not through replaceCanvas: that would try to keep the opened design, and fail the same way.
        get().loadDesign(notice.design);
        get().requestFitView();
        get().removeNotice(id);
        get().persistCanvas();
        get().showToast(`Brought back “${notice.design.name}”. Undo goes back to what you had opened.`, 'success');
      } else if (action === 'discardUnkept' || action === 'saveOverUnreadable') {
        get().removeNotice(id);
        get().persistCanvas();
      }
    },

    unreadableAutosaveText: () => (storage && unreadableKey ? readRaw(storage, unreadableKey) : null),

    loadOtherTab: () => {
      const decoder = decoderNow();
      // Without the decoder theirs cannot be read: saving stays paused rather than overwrite it.
      if (!decoder) { get().showToast(DECODER_MISSING, 'warning'); return; }
      const theirs = storage ? loadAutosave(storage, decoder.decodeDesign) : null;
      set({ tabConflict: false });
      get().dismissBanner();
      if (!theirs?.design) { get().showToast('The other tab’s design could not be read; this one is kept.', 'warning'); return; }
      void get().replaceCanvas(theirs.design, { undoable: true, entryId: theirs.entryId ?? get().library.currentId });
      get().showToast('Loaded the other tab’s design. Undo brings this tab’s back.', 'success');
    },

    keepThisTab: () => {
      // Both tabs were saving into one entry: this one becomes an entry of its own, so neither is lost.
      get().adoptEntry(undefined);
      set({ tabConflict: false });
      get().dismissBanner();
      get().showToast('Kept this tab’s design; it is saved again.', 'success');
    },

    hydrate: () => {
      if (!storage) return true;
      // Boot fetched the decoder when the slot held something (beforeBoot); an empty slot needs none.
      const loaded = loadAutosave(storage, (input) => requireDecoder().decodeDesign(input));
      if (loaded.design) get().resetDesign(loaded.design);
      get().adoptEntry(loaded.entryId);
      if (loaded.errors) {
        unreadableKey = loaded.keptAsideKey ?? (loaded.mustNotSave ? STORAGE_KEYS.autosave : null);
        const canDownload = unreadableAutosaveTextAvailable(storage, unreadableKey);
        get().addNotice({
          id: 'unreadable-autosave',
          tone: 'warning',
          title: 'Your autosaved design could not be read, so it was not opened.',
          details: [
            ...loaded.errors,
            loaded.keptAsideKey
              ? `The unreadable copy is kept in this browser's storage under "${loaded.keptAsideKey}"; nothing overwrites it.`
              : 'It is left untouched in storage, and autosave is paused so nothing overwrites it until you choose.',
          ],
          actions: [
            ...(canDownload ? [{ id: 'exportUnreadable' as const, label: 'Download it' }] : []),
            ...(loaded.mustNotSave ? [{ id: 'saveOverUnreadable' as const, label: 'Save over it' }] : []),
          ],
          holdsSlot: loaded.mustNotSave === true,
        });
      }
      const untagged = loaded.design !== null && loaded.entryId === undefined;
      void get().migrateLegacySlots().then(() => {
        // A slot from before My designs learns which entry it is, so a reload finds the same one.
        if (untagged && !get().slotHeld()) saveAutosave(storage, get().design, { entryId: get().library.currentId });
      });
      return !loaded.mustNotSave;
    },

    openSharedPayload: (payload) => {
      const result = decoderNow()?.decodeDesignPayload(payload) ?? { ok: false as const, errors: [DECODER_MISSING] };
      if (!result.ok) {
        get().showBanner({
          tone: 'error',
          title: 'This link could not be opened. Your own design is unchanged.',
          details: withoutSource(result.errors, 'The link'),
        });
        return false;
      }
      const opened: Banner = { tone: 'info', title: `Opened a shared design, “${result.value.name}”.`, details: result.warnings };
      get().showBanner(opened);
      announceKept(opened, get().replaceCanvas(result.value, { reason: 'link', undoable: false }));
      return true;
    },

    openDesignText: (text, sourceName) => {
      const result = decoderNow()?.parseDesignJson(text, sourceName) ?? { ok: false as const, errors: [DECODER_MISSING] };
      if (!result.ok) {
        get().showBanner({ tone: 'error', title: `${sourceName} could not be opened. Your design is unchanged.`, details: withoutSource(result.errors, sourceName) });
        return false;
      }
      const kept = get().replaceCanvas(result.value, { reason: 'file', undoable: true });
      if (result.warnings.length) {
        const opened: Banner = { tone: 'info', title: `Opened ${sourceName}, with notes:`, details: result.warnings };
        get().showBanner(opened);
        announceKept(opened, kept);
      } else {
        get().dismissBanner();
        get().showToast(`Opened ${sourceName}. Undo brings back what was here; My designs keeps it too.`, 'success');
      }
      return true;
    },

    restoreBackup: () => {
      const kept = get().library.lastKept;
      if (!kept) {
        get().showBanner({ tone: 'error', title: 'Your previous work could not be restored.', details: ['There is no previous work kept in this browser. Open My designs to see what is.'] });
        return;
      }
      get().dismissBanner();
      void get().openSavedDesign(kept.id).then((opened) => {
        if (opened) get().showToast(`Restored your previous work, “${kept.title}”. Undo goes back to what you had opened.`, 'success');
      });
    },
  };
};

function unreadableAutosaveTextAvailable(storage: KeyValueStorage, key: string | null): boolean {
  return key !== null && readRaw(storage, key) !== null;
}
