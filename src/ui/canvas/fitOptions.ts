import type { ReactFlowState } from '@xyflow/react';

// A phone fits a tall design whole rather than stopping at a zoom that cuts it.
export const MIN_ZOOM = 0.05;
/** A fit never draws a small design larger than life: zooming in is the user's choice. */
export const FIT_MAX_ZOOM = 1;

/** A fit's room around the design, in screen pixels. */
export interface PxPadding { top: number; right: number; bottom: number; left: number }

// Padding in pixels, not a share of the canvas: a small canvas keeps its design as large as it can be.
// The top leaves room for the canvas's overlays: on a canvas SIDE_BY_SIDE_MIN_PX wide or more the
// edge legend and the SPOF panel share one row (warnings.css), on a narrower one the panel sits
// under the legend (they end about 92 px down). A short canvas (a phone on its side, or a phone's
// canvas above the run's results) gives up at most a quarter of its height: a fifth left the top
// row of a fitted design under the SPOF panel there. The zoom controls (bottom left) are cleared
// only when a node would sit under them (autoFit.ts), so a design with nothing there keeps the width.
const SIDE_BY_SIDE_MIN_PX = 640;
const FIT_TOP_ONE_ROW_PX = 48;
const FIT_TOP_STACKED_PX = 100;
const FIT_SIDE_PX = 20;

export const selectFitTop = (s: ReactFlowState): number =>
  Math.round(Math.min(s.width >= SIDE_BY_SIDE_MIN_PX ? FIT_TOP_ONE_ROW_PX : FIT_TOP_STACKED_PX, Math.max(24, s.height * 0.25)));

export const fitPadding = (topPx: number): PxPadding => ({ top: topPx, right: FIT_SIDE_PX, bottom: FIT_SIDE_PX, left: FIT_SIDE_PX });

/** The padding as React Flow reads it. */
export const flowPadding = (p: PxPadding) => ({ top: `${p.top}px`, right: `${p.right}px`, bottom: `${p.bottom}px`, left: `${p.left}px` } as const);
