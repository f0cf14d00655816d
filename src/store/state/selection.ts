/** What is selected (selectionSlice.ts implements it). */

export interface Selection {
  nodeIds: string[];
  edgeIds: string[];
}

/** A change of one element's selected flag, as the canvas reports it. */
export interface SelectChange {
  id: string;
  selected: boolean;
}

export interface SelectionSlice {
  /** What is selected; view state, never saved or shared. */
  selection: Selection;
  /** Replaces the selection. */
  select: (nodeIds: string[], edgeIds?: string[]) => void;
  /** Applies per-element select/deselect changes (from the canvas). */
  applySelectChanges: (nodeChanges: SelectChange[], edgeChanges: SelectChange[]) => void;
  clearSelection: () => void;
  /** Drops ids that are no longer in the design (after undo, delete, load). */
  pruneSelection: () => void;
}
