import { clampShare, DEFAULT_DASHBOARD_SHARE, DEFAULT_SHEET_SHARE, loadLayoutPrefs, saveLayoutPrefs, type LayoutPrefs } from './layoutPrefs';
import type { SliceCreator, StoreDeps } from './types';

export type Tone = 'info' | 'success' | 'warning' | 'error';

/** Store actions a banner button may trigger; named, so the banner stays plain data. */
export type BannerAction = 'restoreBackup' | 'loadOtherTab' | 'keepThisTab' | 'exportDesign';

export interface Banner {
  tone: Tone;
  title: string;
  /** Each problem on its own line, e.g. the Result errors of a refused link. */
  details: string[];
  action?: { id: BannerAction; label: string };
  /** A second choice beside the first ("Keep mine" beside "Load theirs"). */
  secondary?: { id: BannerAction; label: string };
}

export interface Toast {
  id: number;
  tone: Tone;
  text: string;
}

/** On a phone or a tablet, the one panel shown as a sheet under the canvas. */
export type Sheet = 'palette' | 'stages' | 'inspector' | 'dashboard';

export interface UiSlice {
  /** One banner at a time above the canvas: load errors, "opened a shared design". */
  banner: Banner | null;
  /** Short messages near the canvas (a refused connection); the view dismisses them after a while. */
  toasts: Toast[];
  /** Bumped when a whole new design arrives (link, file, restore), so the canvas fits it in view. */
  fitViewRequest: number;
  requestFitView: () => void;
  /**
   * True once the user zoomed or panned the canvas: from then on a panel opening or a run starting
   * leaves the view where they put it. A fit (asked for, or the fit button) clears it.
   */
  viewMovedByUser: boolean;
  markViewMoved: (moved: boolean) => void;
  /** Panel arrangement, remembered per browser. */
  layout: LayoutPrefs;
  setPaletteOpen: (open: boolean) => void;
  setInspectorOpen: (open: boolean) => void;
  setDashboardShare: (share: number) => void;
  setDashboardBeside: (beside: boolean) => void;
  setChartsOpen: (open: boolean) => void;
  setSheetShare: (share: number) => void;
  /** The sheet open on a narrow screen (not remembered: a reload shows the canvas). */
  sheet: Sheet | null;
  openSheet: (sheet: Sheet | null) => void;
  showBanner: (banner: Banner) => void;
  dismissBanner: () => void;
  showToast: (text: string, tone?: Tone) => number;
  dismissToast: (id: number) => void;
}

/** Older toasts are dropped beyond this, so a burst of refusals cannot fill the screen. */
const MAX_TOASTS = 3;
let toastCounter = 0;

export const createUiSlice = (deps: StoreDeps): SliceCreator<UiSlice> => (set, get) => {
  const saveLayout = (change: (layout: LayoutPrefs) => void): void => {
    set((s) => { change(s.layout); });
    saveLayoutPrefs(deps.storage, get().layout);
  };
  return {
    banner: null,
    toasts: [],
    fitViewRequest: 0,
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
