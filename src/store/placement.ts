/** Where new and copied nodes go, so they never land on top of existing ones. */
import type { Design, DesignNode, Position, Size } from '../model';
import { absolutePosition, sizeOf } from './geometry';

const indexById = (design: Design) => new Map(design.nodes.map((n) => [n.id, n]));

/**
 * Where a new node goes: the requested spot, or, when a component already sits there (repeated
 * palette clicks), the nearest free slot around it, so nodes never stack and stay near the view's centre.
 */
export function freeSpot(design: Design, at: Position, size: Size): Position {
  const byId = indexById(design);
  const boxes = design.nodes.filter((n) => n.kind !== 'dataCenter').map((n) => ({ ...absolutePosition(byId, n), ...sizeOf(n) }));
  const overlaps = (p: Position) => boxes.some((b) => p.x < b.x + b.width + 16 && b.x < p.x + size.width + 16 && p.y < b.y + b.height + 16 && b.y < p.y + size.height + 16);
  for (const spot of SLOT_OFFSETS.map(([col, row]) => ({ x: at.x + col * (size.width + 56), y: at.y + row * (size.height + 40) }))) {
    if (!overlaps(spot)) return spot;
  }
  return at;
}

/**
 * Grid offsets around a spot, nearest first. The right-hand slot comes first (designs read left to
 * right, so Users then Web server land ready to wire), then below and above, then the left.
 */
const SLOT_OFFSETS: [number, number][] = (() => {
  const slots: [number, number][] = [];
  for (let col = -3; col <= 3; col++) for (let row = -4; row <= 4; row++) slots.push([col, row]);
  const cost = ([col, row]: [number, number]) => Math.hypot(col * (col < 0 ? 1.5 : 0.9), row);
  return slots.sort((a, b) => cost(a) - cost(b) || b[0] - a[0] || b[1] - a[1]);
})();

/**
 * How far below the originals copies go: one selection-height plus a gap, further while that
 * spot is taken (duplicating the same node twice must not stack the copies).
 */
export function duplicateOffset(design: Design, originals: DesignNode[]): number {
  const byId = indexById(design);
  const boxes = (nodes: DesignNode[], dy: number) => nodes.filter((n) => n.kind !== 'dataCenter').map((n) => {
    const at = absolutePosition(byId, n);
    return { x: at.x, y: at.y + dy, ...sizeOf(n) };
  });
  const tops = originals.map((n) => absolutePosition(byId, n).y);
  const bottoms = originals.map((n) => absolutePosition(byId, n).y + sizeOf(n).height);
  const step = Math.max(...bottoms) - Math.min(...tops) + 32;
  const others = boxes(design.nodes.filter((n) => !originals.includes(n)), 0);
  const hit = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  for (let k = 1; k < 20; k++) {
    if (!boxes(originals, k * step).some((c) => others.some((o) => hit(c, o)))) return k * step;
  }
  return step;
}
