/** Opening designs from outside the editor (documentSlice.ts implements it). */

export interface DocumentSlice {
  /** Loads the autosave; returns false when autosaving would overwrite something unreadable. */
  hydrate: () => boolean;
  /** Opens the `d=` payload of a share link; on success the previous autosave becomes the backup. */
  openSharedPayload: (payload: string) => boolean;
  /** Opens the text of a design file as one undoable step. */
  openDesignText: (text: string, sourceName: string) => boolean;
  /** Brings back the work a shared link replaced. */
  restoreBackup: () => void;
  /** True while another tab's save differs from this tab's design: autosave waits for a choice. */
  tabConflict: boolean;
  /** Continues from the other tab's saved design (this one stays one Undo away). */
  loadOtherTab: () => void;
  /** Keeps this tab's design: autosave resumes and saves it over the other tab's. */
  keepThisTab: () => void;
}
