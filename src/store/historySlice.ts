import { emptyDesign } from '../model';
import type { SliceCreator } from './types';
import type { HistorySlice } from './state/history';

/** How many undo steps are kept; designs share structure, so each step costs little. */
const HISTORY_LIMIT = 200;

export const createHistorySlice: SliceCreator<HistorySlice> = (set, get) => ({
  design: emptyDesign(),
  history: { past: [], future: [], openStepKey: null },

  commit: (next, options = {}) => {
    const previous = get().design;
    if (next === previous) return;
    const key = options.coalesceKey ?? null;
    set((s) => {
      const h = s.history;
      const coalesce = key !== null && h.openStepKey === key && h.past.length > 0;
      if (!coalesce) {
        h.past.push(previous);
        if (h.past.length > HISTORY_LIMIT) h.past.splice(0, h.past.length - HISTORY_LIMIT);
      }
      if (h.future.length) h.future = [];
      h.openStepKey = key;
      s.design = next;
    });
  },

  resetDesign: (design) => set((s) => {
    s.design = design;
    s.history = { past: [], future: [], openStepKey: null };
  }),

  undo: () => {
    const { past } = get().history;
    if (!past.length) return;
    const current = get().design;
    set((s) => {
      s.design = past[past.length - 1];
      s.history.past.pop();
      s.history.future.push(current);
      s.history.openStepKey = null;
    });
    get().pruneSelection();
  },

  redo: () => {
    const { future } = get().history;
    if (!future.length) return;
    const current = get().design;
    set((s) => {
      s.design = future[future.length - 1];
      s.history.future.pop();
      s.history.past.push(current);
      s.history.openStepKey = null;
    });
    get().pruneSelection();
  },
});
