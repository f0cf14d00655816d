/**
 * Opening designs from outside the editor: the autosave at startup, a share link, an imported
 * file, and the backup kept when a link replaced the user's work. Anything unreadable is refused
 * with the decoder's messages in the banner, and the current design is left alone.
 */
import { decodeDesignPayload, parseDesignJson } from '../model';
import { backupAutosave, loadAutosave, loadBackup, saveAutosave } from './persistence';
import type { KeyValueStorage, SliceCreator, StoreDeps } from './types';
import type { DocumentSlice } from './state/document';

/** The banner's title already names the source; its lines need not repeat it. */
const withoutSource = (errors: string[], source: string): string[] =>
  errors.map((e) => (e.startsWith(`${source}: `) ? e.slice(source.length + 2) : e));

export const createDocumentSlice = (deps: StoreDeps): SliceCreator<DocumentSlice> => (set, get) => {
  const storage: KeyValueStorage | undefined = deps.storage;

  return {
    tabConflict: false,

    loadOtherTab: () => {
      const theirs = storage ? loadAutosave(storage) : null;
      set({ tabConflict: false });
      get().dismissBanner();
      if (!theirs?.design) { get().showToast('The other tab’s design could not be read; this one is kept.', 'warning'); return; }
      get().loadDesign(theirs.design);
      get().requestFitView();
      get().showToast('Loaded the other tab’s design. Undo brings this tab’s back.', 'success');
    },

    keepThisTab: () => {
      set({ tabConflict: false });
      get().dismissBanner();
      get().showToast('Kept this tab’s design; it is saved again.', 'success');
    },

    hydrate: () => {
      if (!storage) return true;
      const loaded = loadAutosave(storage);
      if (loaded.design) get().resetDesign(loaded.design);
      if (loaded.errors) {
        get().showBanner({
          tone: 'warning',
          title: 'Your autosaved design could not be read, so you are starting from an empty canvas.',
          details: [
            ...loaded.errors,
            loaded.keptAsideKey
              ? `The unreadable copy is kept in this browser's storage under "${loaded.keptAsideKey}".`
              : 'It is left untouched in storage, and autosave is paused so nothing overwrites it.',
          ],
        });
      }
      return !loaded.mustNotSave;
    },

    openSharedPayload: (payload) => {
      const result = decodeDesignPayload(payload);
      if (!result.ok) {
        get().showBanner({
          tone: 'error',
          title: 'This link could not be opened. Your own design is unchanged.',
          details: withoutSource(result.errors, 'The link'),
        });
        return false;
      }
      const backedUp = storage ? backupAutosave(storage, result.value) : false;
      get().resetDesign(result.value);
      get().clearSelection();
      get().requestFitView();
      // Saved at once: a reload (the link is gone from the address bar by then) keeps showing it.
      if (storage) saveAutosave(storage, result.value);
      get().showBanner({
        tone: 'info',
        title: backedUp
          ? `Opened a shared design, “${result.value.name}”. Your previous work is saved.`
          : `Opened a shared design, “${result.value.name}”.`,
        details: result.warnings,
        ...(backedUp ? { action: { id: 'restoreBackup' as const, label: 'Restore it' } } : {}),
      });
      return true;
    },

    openDesignText: (text, sourceName) => {
      const result = parseDesignJson(text, sourceName);
      if (!result.ok) {
        get().showBanner({ tone: 'error', title: `${sourceName} could not be opened. Your design is unchanged.`, details: withoutSource(result.errors, sourceName) });
        return false;
      }
      get().loadDesign(result.value);
      get().requestFitView();
      if (result.warnings.length) {
        get().showBanner({ tone: 'info', title: `Opened ${sourceName}, with notes:`, details: result.warnings });
      } else {
        get().dismissBanner();
        get().showToast(`Opened ${sourceName}. Undo brings back what was here.`, 'success');
      }
      return true;
    },

    restoreBackup: () => {
      if (!storage) return;
      const backup = loadBackup(storage);
      if (!backup.ok) {
        get().showBanner({ tone: 'error', title: 'Your previous work could not be restored.', details: backup.errors });
        return;
      }
      get().loadDesign(backup.value);
      get().requestFitView();
      get().dismissBanner();
      get().showToast('Restored your previous work. Undo goes back to the shared design.', 'success');
    },
  };
};
