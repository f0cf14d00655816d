import { describe, expect, it } from 'vitest';
import { MINIMAP_MIN_CANVAS, minimapHasRoom } from '../../../../src/ui/canvas/minimapRoom';
import { shareAfterKey, SPLIT_STEP } from '../../../../src/ui/shell/splitKeys';

const canvas = { width: 1000, height: 600 };
const node = (x: number, y: number) => ({ x, y, width: 184, height: 68 });

describe('minimap room', () => {
  it('shows in the bottom-right corner when no node is drawn there', () => {
    expect(minimapHasRoom(canvas, [0, 0, 1], [node(0, 0), node(300, 200)])).toBe(true);
  });

  it('hides when a node is drawn under it, as the view is now (pan and zoom count)', () => {
    // The map covers x 817..985, y 473..585 on screen.
    expect(minimapHasRoom(canvas, [0, 0, 1], [node(0, 0), node(800, 500)])).toBe(false);
    expect(minimapHasRoom(canvas, [400, 300, 1], [node(450, 200)])).toBe(false);
    expect(minimapHasRoom(canvas, [0, 0, 0.5], [node(800, 500)])).toBe(true);
    expect(minimapHasRoom(canvas, [0, 0, 2], [node(420, 250)])).toBe(false);
  });

  it('hides on a canvas too small for it to help', () => {
    expect(minimapHasRoom({ width: MINIMAP_MIN_CANVAS.width - 1, height: 600 }, [0, 0, 1], [])).toBe(false);
    expect(minimapHasRoom({ width: 1000, height: MINIMAP_MIN_CANVAS.height - 1 }, [0, 0, 1], [])).toBe(false);
  });
});

describe('split keys', () => {
  it('Up grows the dashboard under the canvas, Left grows it beside the canvas', () => {
    expect(shareAfterKey('ArrowUp', 0.3, false, 0.15, 0.75)).toBeCloseTo(0.3 + SPLIT_STEP);
    expect(shareAfterKey('ArrowDown', 0.3, false, 0.15, 0.75)).toBeCloseTo(0.3 - SPLIT_STEP);
    expect(shareAfterKey('ArrowLeft', 0.3, true, 0.15, 0.75)).toBeCloseTo(0.3 + SPLIT_STEP);
    expect(shareAfterKey('ArrowLeft', 0.3, false, 0.15, 0.75)).toBeNull();
  });

  it('stays within its limits; Home and End go to them', () => {
    expect(shareAfterKey('PageUp', 0.7, false, 0.15, 0.75)).toBe(0.75);
    expect(shareAfterKey('ArrowDown', 0.15, false, 0.15, 0.75)).toBe(0.15);
    expect(shareAfterKey('Home', 0.3, false, 0.15, 0.75)).toBe(0.75);
    expect(shareAfterKey('End', 0.3, false, 0.15, 0.75)).toBe(0.15);
    expect(shareAfterKey('Enter', 0.3, false, 0.15, 0.75)).toBeNull();
  });
});
