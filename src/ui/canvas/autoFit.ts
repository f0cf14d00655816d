import { getViewportForBounds, type Viewport } from '@xyflow/react';
import { FIT_MAX_ZOOM, flowPadding, MIN_ZOOM, type PxPadding } from './fitOptions';
import type { Box } from './minimapRoom';

/** A fit whose zoom is within 1% of the view's would only pan: it draws the design at the same size. */
const SAME_ZOOM = 0.01;
/** Room kept between a node and the zoom controls. */
const CONTROLS_GAP_PX = 8;

export interface FitInput {
  /** The canvas's size in screen pixels, as it is now. */
  canvas: { width: number; height: number };
  /** Every node's box, in the canvas's units. */
  nodes: readonly Box[];
  padding: PxPadding;
  /** The zoom controls' box in the canvas's screen pixels (null: none shown). */
  controls: Box | null;
}

const boundsOf = (nodes: readonly Box[]): Box | null => {
  if (nodes.length === 0) return null;
  let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
  for (const box of nodes) {
    minX = Math.min(minX, box.x); minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + box.width); maxY = Math.max(maxY, box.y + box.height);
  }
  return { x: minX, y: minY, width: Math.max(maxX - minX, 1), height: Math.max(maxY - minY, 1) };
};

const onScreen = (box: Box, { x, y, zoom }: Viewport): Box => ({ x: box.x * zoom + x, y: box.y * zoom + y, width: box.width * zoom, height: box.height * zoom });
const overlaps = (a: Box, b: Box, gap: number): boolean =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/**
 * The view a fit gives: the design centred and as large as the padding lets it be (at most life
 * size). Where that would put a node under the zoom controls (bottom left), the left padding
 * grows to clear them, so no fitted node hides behind a button. Null for an empty canvas.
 */
export function fitViewport({ canvas, nodes, padding, controls }: FitInput): Viewport | null {
  const bounds = boundsOf(nodes);
  if (!bounds) return null;
  const fitted = getViewportForBounds(bounds, canvas.width, canvas.height, MIN_ZOOM, FIT_MAX_ZOOM, flowPadding(padding));
  if (!controls || !nodes.some((n) => overlaps(onScreen(n, fitted), controls, CONTROLS_GAP_PX))) return fitted;
  const left = Math.max(padding.left, controls.x + controls.width + CONTROLS_GAP_PX);
  return getViewportForBounds(bounds, canvas.width, canvas.height, MIN_ZOOM, FIT_MAX_ZOOM, flowPadding({ ...padding, left }));
}

export type AutoFit = { keep: true; viewport: Viewport } | { keep: false };

export interface AutoFitInput extends FitInput {
  /** React Flow's pan and zoom, as they are now. */
  viewport: Viewport;
  /** How far the canvas's top-left corner moved on the screen since the view was last looked at (a strip inserted above it, a panel opened to its left). */
  originShift: { dx: number; dy: number };
}

/**
 * What an automatic fit (the canvas resized, the fit's padding changed, a run started) should do.
 * A fit centres the design, so it moves every node even when nothing was hidden: after a click on
 * the palette the new node slid sideways as the inspector opened, and a handle the user was about
 * to drag from moved from under the pointer. So the view is kept, with every node where it was on
 * the screen (the pan takes up any move of the canvas's corner), unless that would hide part of the
 * design or the fit would draw it at another size (the canvas grew or shrank past it). Then it fits.
 */
export function autoFit(input: AutoFitInput): AutoFit {
  const { canvas, viewport, originShift, nodes } = input;
  const kept: Viewport = { x: viewport.x - originShift.dx, y: viewport.y - originShift.dy, zoom: viewport.zoom };
  const bounds = boundsOf(nodes);
  const fitted = fitViewport(input);
  if (!bounds || !fitted) return { keep: true, viewport: kept };
  if (Math.abs(fitted.zoom - viewport.zoom) > SAME_ZOOM * viewport.zoom) return { keep: false };
  const shown = onScreen(bounds, kept);
  const inView = shown.x >= 0 && shown.y >= 0 && shown.x + shown.width <= canvas.width && shown.y + shown.height <= canvas.height;
  return inView ? { keep: true, viewport: kept } : { keep: false };
}
