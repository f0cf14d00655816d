import { describe, expect, it } from 'vitest';
import { createAppStore, DASHBOARD_SHARE_MAX, DASHBOARD_SHARE_MIN, LAYOUT_STORAGE_KEY, memoryStorage } from '../../../src/store';
import { defaultLayoutPrefs, loadLayoutPrefs, PALETTE_OPEN_MIN_SCREEN } from '../../../src/store/layoutPrefs';

describe('layout preferences', () => {
  it('are remembered per browser: a new store on the same storage opens the panels as they were left', () => {
    const storage = memoryStorage();
    const first = createAppStore({ storage });
    first.getState().setPaletteOpen(false);
    first.getState().setInspectorOpen(false);
    first.getState().setDashboardShare(0.5);
    first.getState().setChartsOpen(false);
    first.getState().setDashboardBeside(true);
    const again = createAppStore({ storage }).getState().layout;
    expect(again).toMatchObject({ paletteOpen: false, inspectorOpen: false, dashboardShare: 0.5, chartsOpen: false, dashboardBeside: true });
  });

  it('keep the split within its limits, whatever is asked', () => {
    const store = createAppStore({ storage: memoryStorage() });
    store.getState().setDashboardShare(5);
    expect(store.getState().layout.dashboardShare).toBe(DASHBOARD_SHARE_MAX);
    store.getState().setDashboardShare(-1);
    expect(store.getState().layout.dashboardShare).toBe(DASHBOARD_SHARE_MIN);
    store.getState().setSheetShare(Number.NaN);
    expect(store.getState().layout.sheetShare).toBe(defaultLayoutPrefs().sheetShare);
  });

  it('read what they can from a damaged value and default the rest, without throwing', () => {
    const storage = memoryStorage({ [LAYOUT_STORAGE_KEY]: JSON.stringify({ paletteOpen: 'yes', inspectorOpen: false, dashboardShare: 99 }) });
    expect(loadLayoutPrefs(storage)).toEqual({ ...defaultLayoutPrefs(), inspectorOpen: false, dashboardShare: DASHBOARD_SHARE_MAX });
    expect(loadLayoutPrefs(memoryStorage({ [LAYOUT_STORAGE_KEY]: '{not json' }))).toEqual(defaultLayoutPrefs());
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => {} };
    const store = createAppStore({ storage: refusing });
    store.getState().setInspectorOpen(false);
    expect(store.getState().layout.inspectorOpen).toBe(false);
  });

  it('show the palette with names on wide screens until the user chooses', () => {
    expect(defaultLayoutPrefs(PALETTE_OPEN_MIN_SCREEN).paletteOpen).toBe(true);
    expect(defaultLayoutPrefs(1366).paletteOpen).toBe(false);
    const storage = memoryStorage({ [LAYOUT_STORAGE_KEY]: JSON.stringify({ paletteOpen: true }) });
    expect(loadLayoutPrefs(storage, 1366).paletteOpen).toBe(true);
  });

  it('a fit clears the "user moved the view" mark', () => {
    const store = createAppStore({ storage: memoryStorage() });
    store.getState().markViewMoved(true);
    expect(store.getState().viewMovedByUser).toBe(true);
    store.getState().requestFitView();
    expect(store.getState().viewMovedByUser).toBe(false);
  });
});
