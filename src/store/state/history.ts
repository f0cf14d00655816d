/** The design and its undo history (historySlice.ts implements them). */
import type { Design } from '../../model';

export interface CommitOptions {
  /**
   * Consecutive commits with the same key fold into one undo step: a node drag, typing in one
   * field. Any commit with another key (or none) closes the step.
   */
  coalesceKey?: string;
}

export interface HistorySlice {
  /** The design being edited: the single source of truth the canvas and inspector draw. */
  design: Design;
  history: {
    /** Earlier designs, oldest first. */
    past: Design[];
    /** Designs undone, the next redo last. */
    future: Design[];
    /** The key of the undo step still open for coalescing, if any. */
    openStepKey: string | null;
  };
  /** Makes `next` the design and records the previous one for undo; no-op when nothing changed. */
  commit: (next: Design, options?: CommitOptions) => void;
  /** Replaces the design and forgets history (startup, opening a link). */
  resetDesign: (design: Design) => void;
  undo: () => void;
  redo: () => void;
}
