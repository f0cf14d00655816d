/** Banners, toasts, the fit of the view and the workspace's layout (uiSlice.ts implements them). */
import type { LayoutPrefs } from '../layoutPrefs';

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
  /** Whether the SPOF analysis has arrived (spofAnalysis.ts): turning true makes the canvas's markers read it. */
  spofAnalysisReady: boolean;
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
  /** The Traces panel, when open: the simulated second it shows (null: the slowest of the whole run). */
  traceView: { second: number | null } | null;
  openTraces: (second: number | null) => void;
  closeTraces: () => void;
  /** The editor's Record dialog (Export › Record a run…) is open. */
  recordOpen: boolean;
  /** Opens it (pausing a run going on, so its last seconds stay where they were) or closes it. */
  setRecordOpen: (open: boolean) => void;
  showBanner: (banner: Banner) => void;
  dismissBanner: () => void;
  showToast: (text: string, tone?: Tone) => number;
  dismissToast: (id: number) => void;
}
