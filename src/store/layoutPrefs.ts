/**
 * How this browser's user arranged the workspace: which side panels are open and how much of the
 * column the dashboard takes. Reading never throws: a missing or unreadable value gives the
 * defaults, field by field, so a half-broken value keeps what it can.
 */
import type { KeyValueStorage } from './types';

/** `v1` is the layout of this key, versioned like the autosave's. */
export const LAYOUT_STORAGE_KEY = 'scale-playground:layout:v1';

export interface LayoutPrefs {
  /** The palette with its labels; false leaves a rail of icons. */
  paletteOpen: boolean;
  /** The inspector beside the canvas while something is selected. */
  inspectorOpen: boolean;
  /** The dashboard's share of the column it splits with the canvas (DASHBOARD_SHARE_MIN to _MAX). */
  dashboardShare: number;
  /** The dashboard beside the canvas rather than under it (wide screens). */
  dashboardBeside: boolean;
  /** The charts and the event log under the headline numbers during a run. */
  chartsOpen: boolean;
  /** On a narrow screen, the open sheet's share of the column under the toolbar. */
  sheetShare: number;
}

/**
 * Until the user chooses, the palette shows its names only on screens this wide: narrower ones keep
 * a rail of icons, so a fitted design stays readable beside the stage panel (1366 px: 9 px labels).
 */
export const PALETTE_OPEN_MIN_SCREEN = 1500;

export const DASHBOARD_SHARE_MIN = 0.15;
export const DASHBOARD_SHARE_MAX = 0.75;
/** Under the canvas, the dashboard starts small enough for a fitted design to stay readable at 1366×768. */
export const DEFAULT_DASHBOARD_SHARE = 0.3;
/** A phone's sheet starts under half the screen: the canvas keeps the larger part. */
export const DEFAULT_SHEET_SHARE = 0.42;

/** `screenWidth`: the window's width in CSS pixels (Infinity where there is no window, as in tests). */
export const defaultLayoutPrefs = (screenWidth = Infinity): LayoutPrefs => ({
  paletteOpen: screenWidth >= PALETTE_OPEN_MIN_SCREEN,
  inspectorOpen: true,
  dashboardShare: DEFAULT_DASHBOARD_SHARE,
  dashboardBeside: false,
  chartsOpen: true,
  sheetShare: DEFAULT_SHEET_SHARE,
});

export const clampShare = (share: number, fallback: number): number =>
  Number.isFinite(share) ? Math.min(DASHBOARD_SHARE_MAX, Math.max(DASHBOARD_SHARE_MIN, share)) : fallback;

export function loadLayoutPrefs(storage: KeyValueStorage | undefined, screenWidth = Infinity): LayoutPrefs {
  const prefs = defaultLayoutPrefs(screenWidth);
  if (!storage) return prefs;
  let data: unknown;
  try {
    const raw = storage.getItem(LAYOUT_STORAGE_KEY);
    data = raw === null ? null : JSON.parse(raw);
  } catch {
    return prefs;
  }
  if (typeof data !== 'object' || data === null) return prefs;
  const saved = data as Record<string, unknown>;
  if (typeof saved.paletteOpen === 'boolean') prefs.paletteOpen = saved.paletteOpen;
  if (typeof saved.inspectorOpen === 'boolean') prefs.inspectorOpen = saved.inspectorOpen;
  if (typeof saved.dashboardShare === 'number') prefs.dashboardShare = clampShare(saved.dashboardShare, DEFAULT_DASHBOARD_SHARE);
  if (typeof saved.dashboardBeside === 'boolean') prefs.dashboardBeside = saved.dashboardBeside;
  if (typeof saved.chartsOpen === 'boolean') prefs.chartsOpen = saved.chartsOpen;
  if (typeof saved.sheetShare === 'number') prefs.sheetShare = clampShare(saved.sheetShare, DEFAULT_SHEET_SHARE);
  return prefs;
}

/** False when the browser refuses (quota, private mode): the layout then lasts until the reload. */
export function saveLayoutPrefs(storage: KeyValueStorage | undefined, prefs: LayoutPrefs): boolean {
  if (!storage) return false;
  try {
    storage.setItem(LAYOUT_STORAGE_KEY, JSON.stringify(prefs));
    return true;
  } catch {
    return false;
  }
}
