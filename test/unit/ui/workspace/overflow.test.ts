import { describe, expect, it } from 'vitest';
import { actionsInBar, chooseBarLayout } from '../../../../src/ui/toolbar/overflow';
import { TOOLBAR_ACTIONS } from '../../../../src/ui/toolbar/actions';

const actions = [
  { id: 'stages', width: 90, keep: 7 },
  { id: 'gallery', width: 40, keep: 3 },
  { id: 'undo', width: 32, keep: 8 },
  { id: 'share', width: 80, keep: 9 },
  { id: 'palette', width: 120, keep: 0 },
];

describe('toolbar overflow', () => {
  it('shows every bar action when there is room, never a menu-only one', () => {
    expect([...actionsInBar(actions, 1000, 0, 6)].sort()).toEqual(['gallery', 'share', 'stages', 'undo']);
  });

  it('drops the least kept first as the room shrinks', () => {
    // share 80 + 6 + undo 32 + 6 + stages 90 = 214: gallery (40 more) no longer fits.
    expect([...actionsInBar(actions, 230, 0, 6)].sort()).toEqual(['share', 'stages', 'undo']);
    expect([...actionsInBar(actions, 120, 0, 6)].sort()).toEqual(['share', 'undo']);
    expect([...actionsInBar(actions, 50, 0, 6)]).toEqual([]);
  });

  it('never shows a lower-kept action while hiding a higher one, even a narrow one that would fit', () => {
    // stages does not fit after share and undo; gallery would, but stays in the menu with it.
    expect([...actionsInBar(actions, 200, 0, 6)].sort()).toEqual(['share', 'undo']);
  });

  it('counts the More button when asked to', () => {
    expect([...actionsInBar(actions, 130, 40, 6)]).toEqual(['share']);
    expect([...actionsInBar(actions, 120, 40, 6)]).toEqual([]);
  });

  it('keeps the labels only while every bar action fits with them, else shows them all as icons', () => {
    const icons = actions.map((a) => ({ ...a, width: a.id === 'stages' ? a.width : 32 }));
    // Labelled: share 80 + undo 32 + stages 90 + gallery 40 and three gaps = 260.
    expect(chooseBarLayout(actions, icons, 260, 0, 6)).toEqual({ labels: true, inBar: new Set(['share', 'undo', 'stages', 'gallery']) });
    // One pixel less drops gallery with labels; as icons (32 + 32 + 90 + 32 and gaps = 204) all four fit.
    expect(chooseBarLayout(actions, icons, 259, 0, 6)).toEqual({ labels: false, inBar: new Set(['share', 'undo', 'stages', 'gallery']) });
    // Narrower than the icons need: icons still, the least kept in the menu.
    expect(chooseBarLayout(actions, icons, 180, 0, 6)).toEqual({ labels: false, inBar: new Set(['share', 'undo', 'stages']) });
  });

  it('the action list has unique ids, and every keyed action runs without the toolbar', () => {
    const ids = TOOLBAR_ACTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const action of TOOLBAR_ACTIONS) {
      expect(Boolean(action.run) !== Boolean(action.panel)).toBe(true);
      if (action.key) expect(action.run).toBeTypeOf('function');
    }
  });
});
