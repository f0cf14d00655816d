import { getViewportForBounds, type FitViewOptions, type Viewport } from '@xyflow/react';
import type { Box } from './minimapRoom';

type Padding = NonNullable<FitViewOptions['padding']>;

/** A fit whose zoom is within 1% of the view's would only pan: it draws the design at the same size. */
const SAME_ZOOM = 0.01;

export type AutoFit = { keep: true; viewport: Viewport } | { keep: false };

export interface AutoFitInput {
  /** The canvas's size in screen pixels, as it is now. */
  canvas: { width: number; height: number };
  /** React Flow's pan and zoom, as they are now. */
  viewport: Viewport;
  /** How far the canvas's top-left corner moved on the screen since the view was last looked at (a strip inserted above it, a panel opened to its left). */
  originShift: { dx: number; dy: number };
  /** Every node's box, in the canvas's units. */
  nodes: Iterable<Box>;
  padding: Padding;
  minZoom: number;
  maxZoom: number;
}

/**
 * What an automatic fit (the canvas resized, the fit's padding changed, a run started) should do.
 * A fit centres the design, so it moves every node even when nothing was hidden: after a click on
 * the palette the new node slid sideways as the inspector opened, and a handle the user was about
 * to drag from moved from under the pointer. So the view is kept, with every node where it was on
 * the screen (the pan takes up any move of the canvas's corner), unless that would hide part of the
 * design or the fit would draw it at another size (the canvas grew or shrank past it). Then it fits.
 */
export function autoFit({ canvas, viewport, originShift, nodes, padding, minZoom, maxZoom }: AutoFitInput): AutoFit {
  const kept: Viewport = { x: viewport.x - originShift.dx, y: viewport.y - originShift.dy, zoom: viewport.zoom };
  let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
  for (const box of nodes) {
    minX = Math.min(minX, box.x); minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + box.width); maxY = Math.max(maxY, box.y + box.height);
  }
  if (minX === Infinity) return { keep: true, viewport: kept };
  const bounds = { x: minX, y: minY, width: Math.max(maxX - minX, 1), height: Math.max(maxY - minY, 1) };
  const fitted = getViewportForBounds(bounds, canvas.width, canvas.height, minZoom, maxZoom, padding);
  if (Math.abs(fitted.zoom - viewport.zoom) > SAME_ZOOM * viewport.zoom) return { keep: false };
  const { zoom, x, y } = kept;
  const inView = minX * zoom + x >= 0 && minY * zoom + y >= 0 && maxX * zoom + x <= canvas.width && maxY * zoom + y <= canvas.height;
  return inView ? { keep: true, viewport: kept } : { keep: false };
}
