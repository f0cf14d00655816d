import type { SliceCreator } from './types';
import type { SelectChange, SelectionSlice } from './state/selection';

/** Applies changes to a list, returning the same array when nothing changed (identity for memo). */
function applyChanges(ids: string[], changes: SelectChange[]): string[] {
  if (!changes.length) return ids;
  const next = new Set(ids);
  for (const c of changes) {
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  if (next.size === ids.length && ids.every((id) => next.has(id))) return ids;
  return [...next];
}

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set, get) => ({
  selection: { nodeIds: [], edgeIds: [] },

  select: (nodeIds, edgeIds = []) => {
    const current = get().selection;
    if (sameIds(current.nodeIds, nodeIds) && sameIds(current.edgeIds, edgeIds)) return;
    set((s) => { s.selection = { nodeIds, edgeIds }; });
  },

  applySelectChanges: (nodeChanges, edgeChanges) => {
    const current = get().selection;
    const nodeIds = applyChanges(current.nodeIds, nodeChanges);
    const edgeIds = applyChanges(current.edgeIds, edgeChanges);
    if (nodeIds === current.nodeIds && edgeIds === current.edgeIds) return;
    set((s) => { s.selection = { nodeIds, edgeIds }; });
  },

  clearSelection: () => get().select([], []),

  pruneSelection: () => {
    const { design, selection } = get();
    const nodes = new Set(design.nodes.map((n) => n.id));
    const edges = new Set(design.edges.map((e) => e.id));
    const nodeIds = selection.nodeIds.filter((id) => nodes.has(id));
    const edgeIds = selection.edgeIds.filter((id) => edges.has(id));
    if (nodeIds.length !== selection.nodeIds.length || edgeIds.length !== selection.edgeIds.length) get().select(nodeIds, edgeIds);
  },
});
