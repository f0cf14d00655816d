import { clampShare, DEFAULT_DASHBOARD_SHARE, DEFAULT_SHEET_SHARE, loadLayoutPrefs, saveLayoutPrefs, type LayoutPrefs } from './layoutPrefs';
import type { SliceCreator, StoreDeps } from './types';
import { loadSpofAnalysis, onSpofAnalysis, spofAnalysisNow } from './spofAnalysis';
import type { UiSlice } from './state/ui';

/** Older toasts are dropped beyond this, so a burst of refusals cannot fill the screen. */
const MAX_TOASTS = 3;
let toastCounter = 0;

export const createUiSlice = (deps: StoreDeps): SliceCreator<UiSlice> => (set, get) => {
  // Asked for as the store is made, so it is here by the time a design needs it.
  if (!spofAnalysisNow()) {
    onSpofAnalysis(() => set({ spofAnalysisReady: true }));
    loadSpofAnalysis().catch(() => { /* fetched again when a design needs it (derived.ts) */ });
  }
  const saveLayout = (change: (layout: LayoutPrefs) => void): void => {
    set((s) => { change(s.layout); });
    saveLayoutPrefs(deps.storage, get().layout);
  };
  return {
    banner: null,
    toasts: [],
    fitViewRequest: 0,
    spofAnalysisReady: spofAnalysisNow() !== undefined,
    requestFitView: () => set((s) => { s.fitViewRequest += 1; s.viewMovedByUser = false; }),
    viewMovedByUser: false,
    markViewMoved: (moved) => { if (get().viewMovedByUser !== moved) set((s) => { s.viewMovedByUser = moved; }); },
    layout: loadLayoutPrefs(deps.storage, typeof window === 'undefined' ? Infinity : window.innerWidth),
    setPaletteOpen: (open) => saveLayout((l) => { l.paletteOpen = open; }),
    setInspectorOpen: (open) => saveLayout((l) => { l.inspectorOpen = open; }),
    setDashboardShare: (share) => saveLayout((l) => { l.dashboardShare = clampShare(share, DEFAULT_DASHBOARD_SHARE); }),
    setDashboardBeside: (beside) => saveLayout((l) => { l.dashboardBeside = beside; }),
    setChartsOpen: (open) => saveLayout((l) => { l.chartsOpen = open; }),
    setSheetShare: (share) => saveLayout((l) => { l.sheetShare = clampShare(share, DEFAULT_SHEET_SHARE); }),
    sheet: null,
    openSheet: (sheet) => set((s) => { s.sheet = sheet; }),
    traceView: null,
    openTraces: (second) => set((s) => { s.traceView = { second }; }),
    closeTraces: () => set((s) => { s.traceView = null; }),
    recordOpen: false,
    setRecordOpen: (open) => {
      if (open) get().pauseRun();
      set((s) => { s.recordOpen = open; });
    },
    showBanner: (banner) => set((s) => { s.banner = banner; }),
    dismissBanner: () => set((s) => { s.banner = null; }),
    showToast: (text, tone = 'info') => {
      const id = ++toastCounter;
      set((s) => {
        // The same message twice in a row replaces the old one instead of stacking.
        s.toasts = s.toasts.filter((t) => t.text !== text);
        s.toasts.push({ id, tone, text });
        if (s.toasts.length > MAX_TOASTS) s.toasts.splice(0, s.toasts.length - MAX_TOASTS);
      });
      return id;
    },
    dismissToast: (id) => set((s) => { s.toasts = s.toasts.filter((t) => t.id !== id); }),
  };
};
