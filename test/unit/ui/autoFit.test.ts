import { describe, expect, it } from 'vitest';
import { autoFit, fitViewport, type AutoFitInput } from '../../../src/ui/canvas/autoFit';
import { fitPadding } from '../../../src/ui/canvas/fitOptions';

// The canvas's own fit (fitOptions.ts): at most zoom 1, 48 px at the top, 20 px elsewhere.
const padding = fitPadding(48);
// React Flow's zoom controls as they sit at the bottom left of a 680 px tall canvas: four buttons.
const controls = { x: 15, y: 547, width: 26, height: 118 };
const base = (over: Partial<AutoFitInput>): AutoFitInput => ({
  canvas: { width: 1013, height: 680 },
  viewport: { x: 0, y: 0, zoom: 1 },
  originShift: { dx: 0, dy: 0 },
  nodes: [{ x: 565, y: 306, width: 184, height: 68 }],
  padding, controls,
  ...over,
});

describe('autoFit: an automatic fit keeps the view when it can', () => {
  it('the inspector opening beside one new node: the node stays where it appeared, not centred', () => {
    // Placed at the centre of a 1313 px canvas, which the inspector then narrows to 1013 px.
    expect(autoFit(base({}))).toEqual({ keep: true, viewport: { x: 0, y: 0, zoom: 1 } });
  });

  it('a strip inserted above the canvas: the pan takes up the move, so each node stays put on the screen', () => {
    const d = autoFit(base({ canvas: { width: 1013, height: 651 }, originShift: { dx: 0, dy: 29 } }));
    expect(d).toEqual({ keep: true, viewport: { x: 0, y: -29, zoom: 1 } });
  });

  it('a node that the narrower canvas would cut off: fit', () => {
    expect(autoFit(base({ nodes: [{ x: 900, y: 300, width: 184, height: 68 }] }))).toEqual({ keep: false });
  });

  it('a node pushed out of the top by the taken-up move: fit', () => {
    expect(autoFit(base({ nodes: [{ x: 100, y: 10, width: 184, height: 68 }], originShift: { dx: 0, dy: 29 } }))).toEqual({ keep: false });
  });

  it('a design that a fit would draw at another size: fit, even if all of it shows', () => {
    // Fitted at 0.5 in a small canvas; the canvas grew, so it can be drawn larger.
    const nodes = [{ x: 0, y: 0, width: 1600, height: 400 }];
    expect(autoFit(base({ canvas: { width: 1800, height: 680 }, viewport: { x: 10, y: 60, zoom: 0.5 }, nodes }))).toEqual({ keep: false });
    // Drawn at the size a fit would give (within 1%): kept.
    expect(autoFit(base({ canvas: { width: 1800, height: 680 }, viewport: { x: 100, y: 60, zoom: 1 }, nodes }))).toEqual({ keep: true, viewport: { x: 100, y: 60, zoom: 1 } });
  });

  it('a design that fits only smaller after the canvas shrank: fit', () => {
    const nodes = [{ x: 0, y: 0, width: 900, height: 300 }, { x: 0, y: 500, width: 100, height: 60 }];
    expect(autoFit(base({ canvas: { width: 1013, height: 400 }, nodes }))).toEqual({ keep: false });
  });

  it('an empty canvas keeps its view', () => {
    expect(autoFit(base({ nodes: [], originShift: { dx: 12, dy: 0 } }))).toEqual({ keep: true, viewport: { x: -12, y: 0, zoom: 1 } });
  });
});

describe('fitViewport: a fit keeps nodes clear of the zoom controls', () => {
  const canvas = { width: 1013, height: 680 };
  // A wide design with a node at its bottom left (stage 8's West users): the plain fit puts it
  // 20 px from the left edge, under the buttons.
  const nodes = [{ x: 0, y: 0, width: 1900, height: 60 }, { x: 0, y: 900, width: 120, height: 40 }];

  it('moves the design right of the controls when a node would sit under them', () => {
    const plain = fitViewport({ canvas, nodes, padding, controls: null })!;
    expect(plain.x).toBeCloseTo(20, 0);
    const clear = fitViewport({ canvas, nodes, padding, controls })!;
    // The design now starts right of the buttons (15 + 26 px, and a gap), a little smaller.
    expect(clear.x + nodes[1].x * clear.zoom).toBeGreaterThanOrEqual(controls.x + controls.width + 8 - 0.5);
    expect(clear.zoom).toBeLessThan(plain.zoom);
  });

  it('leaves a design alone that has nothing under the controls', () => {
    const high = [{ x: 0, y: 0, width: 400, height: 60 }];
    expect(fitViewport({ canvas, nodes: high, padding, controls })).toEqual(fitViewport({ canvas, nodes: high, padding, controls: null }));
  });

  it('an empty canvas has no fit', () => {
    expect(fitViewport({ canvas, nodes: [], padding, controls })).toBeNull();
  });

  it('a view fitted clear of the controls is kept on a resize that changes nothing for it', () => {
    const fitted = fitViewport({ canvas, nodes, padding, controls })!;
    expect(autoFit({ canvas, nodes, padding, controls, viewport: fitted, originShift: { dx: 0, dy: 0 } })).toEqual({ keep: true, viewport: fitted });
  });
});
