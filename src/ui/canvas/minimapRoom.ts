/** The minimap's size and its distance from the canvas's bottom-right corner (React Flow's panel margin). */
export const MINIMAP_SIZE = { width: 168, height: 112 };
const MINIMAP_MARGIN = 15;
/** Below this the minimap would take too much of the canvas to be worth it. */
export const MINIMAP_MIN_CANVAS = { width: 520, height: 320 };

export interface Box { x: number; y: number; width: number; height: number }

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Whether the minimap may show: the canvas is big enough for it, and where it sits (bottom right)
 * it covers no node as the view is now. `nodes` are in flow coordinates, `transform` is React
 * Flow's [x, y, zoom], and the canvas size is in screen pixels.
 */
export function minimapHasRoom(canvas: { width: number; height: number }, transform: readonly [number, number, number], nodes: Iterable<Box>): boolean {
  if (canvas.width < MINIMAP_MIN_CANVAS.width || canvas.height < MINIMAP_MIN_CANVAS.height) return false;
  const map: Box = {
    x: canvas.width - MINIMAP_MARGIN - MINIMAP_SIZE.width,
    y: canvas.height - MINIMAP_MARGIN - MINIMAP_SIZE.height,
    ...MINIMAP_SIZE,
  };
  const [tx, ty, zoom] = transform;
  for (const node of nodes) {
    const onScreen = { x: node.x * zoom + tx, y: node.y * zoom + ty, width: node.width * zoom, height: node.height * zoom };
    if (overlaps(map, onScreen)) return false;
  }
  return true;
}
