/** Opening designs from outside the editor, and the saved-work notices (documentSlice.ts implements it). */
import type { Design } from '../../model';
import type { Tone } from './ui';

/** What a notice's buttons do; the view does the downloads, the store the rest. */
export type NoticeAction = 'exportDesign' | 'exportUnreadable' | 'saveOverUnreadable' | 'restoreUnkept' | 'exportUnkept' | 'discardUnkept';

export interface SavedWorkNotice {
  id: 'unreadable-autosave' | 'unkept' | 'library-refused';
  tone: Tone;
  title: string;
  details: string[];
  actions: { id: NoticeAction; label: string }[];
  /** While true the autosave slot is not written, and the notice cannot be dismissed, only answered. */
  holdsSlot: boolean;
  /** The design a notice is about, held in memory (one that could not be kept). */
  design?: Design;
}

export interface DocumentSlice {
  /** Loads the autosave; returns false when what the slot holds could not be read and stays there. */
  hydrate: () => boolean;
  /**
   * Opens the `d=` payload of a share link; what was on the canvas is kept in My designs first.
   * Like openDesignText it needs the decoder (src/store/decoder.ts) already here: without it a
   * banner says so and nothing changes.
   */
  openSharedPayload: (payload: string) => boolean;
  /** Opens the text of a design file as one undoable step, keeping what was there. */
  openDesignText: (text: string, sourceName: string) => boolean;
  /** Brings back the work the newest link, file or stage replaced (the banner's "Restore it"). */
  restoreBackup: () => void;
  /** True while another tab's save differs from this tab's design: autosave waits for a choice. */
  tabConflict: boolean;
  /** Continues from the other tab's saved design (this one stays one Undo away, and in My designs). */
  loadOtherTab: () => void;
  /** Keeps this tab's design: autosave resumes and saves it, as an entry apart from the other tab's. */
  keepThisTab: () => void;
  notices: SavedWorkNotice[];
  /** Adds a notice, or replaces the one with the same id. */
  addNotice: (notice: SavedWorkNotice) => void;
  removeNotice: (id: SavedWorkNotice['id']) => void;
  /** A design that could not be kept: held here, and the slot left alone, until the user chooses. */
  holdUnkept: (design: Design) => void;
  /** Carries out a notice's button (downloads are the view's part). */
  answerNotice: (id: SavedWorkNotice['id'], action: NoticeAction) => void;
  /** The unreadable autosave's text, for download; null when the browser will not give it. */
  unreadableAutosaveText: () => string | null;
}
