/** Banners and toasts (uiSlice.ts implements them). */

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

export interface UiSlice {
  /** One banner at a time above the canvas: load errors, "opened a shared design". */
  banner: Banner | null;
  /** Short messages near the canvas (a refused connection); the view dismisses them after a while. */
  toasts: Toast[];
  /** Bumped when a whole new design arrives (link, file, restore), so the canvas fits it in view. */
  fitViewRequest: number;
  requestFitView: () => void;
  showBanner: (banner: Banner) => void;
  dismissBanner: () => void;
  showToast: (text: string, tone?: Tone) => number;
  dismissToast: (id: number) => void;
}
