/**
 * The canvas as a PNG or SVG picture, the way React Flow documents it: render the viewport
 * element with html-to-image, framed to the bounds of all nodes, the edges' paint written on them
 * for the picture (svgStyles.ts). html-to-image is loaded on demand.
 */
import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { withSvgPaint } from './svgStyles';

const PADDING = 0.08;
const MAX_SIDE = 4096;

export type ImageFormat = 'png' | 'svg';

/** A data URL of the design as a picture, or throws with a reason a person can read. */
export async function renderCanvasImage(nodes: Node[], format: ImageFormat): Promise<string> {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport || nodes.length === 0) throw new Error('There is nothing on the canvas to export.');
  const bounds = getNodesBounds(nodes);
  const width = Math.min(MAX_SIDE, Math.max(320, Math.ceil(bounds.width * 1.25)));
  const height = Math.min(MAX_SIDE, Math.max(200, Math.ceil(bounds.height * 1.25)));
  const { x, y, zoom } = getViewportForBounds(bounds, width, height, 0.1, 2, PADDING);
  const { toPng, toSvg } = await import('html-to-image');
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${x}px, ${y}px) scale(${zoom})` },
  };
  return withSvgPaint(viewport, () => (format === 'png' ? toPng(viewport, options) : toSvg(viewport, options)));
}

/** A data URL as a Blob, for download. */
export async function dataUrlToBlob(dataUrl: string): Promise<Blob> {
  return (await fetch(dataUrl)).blob();
}
