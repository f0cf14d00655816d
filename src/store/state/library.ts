/** My designs in the store (library/librarySlice.ts implements it). */
import type { Design } from '../../model';
import type { KeptReason, LibraryEntry } from '../library/types';

export interface LibraryState {
  /** The entry the canvas is saved as. */
  currentId: string;
  /** The last listing, newest first; null until the list is first read. */
  entries: LibraryEntry[] | null;
  /** Why the list could not be read, when it could not. */
  error: string | null;
  /** Keeps still being written: until they land, the autosave slot keeps what they keep. */
  keeping: number;
  /** The entry the newest replacement kept, for the banner's "Restore it". */
  lastKept: { id: string; title: string } | null;
  /** Whether the My designs dialog is open. */
  dialogOpen: boolean;
}

export interface ReplaceOptions {
  /** Why the canvas is replaced: names the kept entry. None when opening another saved design. */
  reason?: KeptReason;
  /** Undo brings the previous design back (files, gallery, stages); links start a fresh history. */
  undoable: boolean;
  /** The entry the new design is (opening a saved design); a new entry otherwise. */
  entryId?: string;
  /** `next` was read from that entry just now (My designs), so the entry holds it as it is. */
  readFromEntry?: boolean;
}

/** How a save of the slot went; 'held' when a notice or a pending keep asks it to wait. */
export type SlotSave = 'saved' | 'failed' | 'held' | 'none';

export interface LibrarySlice {
  library: LibraryState;
  /**
   * Puts `next` on the canvas after keeping what was there as its own entry. Resolves with the
   * kept entry, or null when nothing needed keeping (an empty canvas, the same design) or the keep
   * failed (then a notice says so and the design stays in this tab).
   */
  replaceCanvas: (next: Design, options: ReplaceOptions) => Promise<LibraryEntry | null>;
  /** Saves the canvas now: to the slot (unless held) and to its entry. */
  persistCanvas: () => SlotSave;
  /** Whether the slot must not be written now (a notice holds it, a keep is pending, a tab conflict). */
  slotHeld: () => boolean;
  /** Binds the canvas to entry `id` (startup, another tab's design); a fresh entry when absent. */
  adoptEntry: (id: string | undefined) => void;
  /** At startup: the canvas listed, and the old single backup slot moved into the list. */
  migrateLegacySlots: () => Promise<void>;
  setLibraryOpen: (open: boolean) => void;
  refreshLibrary: () => Promise<void>;
  openSavedDesign: (id: string) => Promise<boolean>;
  renameSavedDesign: (id: string, name: string) => Promise<boolean>;
  /** Returns the copy's id. */
  duplicateSavedDesign: (id: string) => Promise<string | null>;
  deleteSavedDesign: (id: string) => Promise<boolean>;
  /** Resolves once every library write started so far has landed or failed (tests, the e2e). */
  whenLibrarySettled: () => Promise<void>;
}

