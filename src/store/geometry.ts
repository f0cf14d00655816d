import { LIMITS, type Design, type DesignNode, type Position, type Size } from '../model';

/**
 * The size the canvas draws a component at. The store needs it to centre a dropped node on the
 * cursor and to decide whether a dragged node landed inside a data center; the CSS of
 * ComponentNode uses the same width, and a few pixels of height difference do not matter here.
 */
export const COMPONENT_NODE_SIZE: Size = { width: 184, height: 68 };

/** Positions are stored like React Flow's: relative to the parent data center, if any. */
export function absolutePosition(byId: ReadonlyMap<string, DesignNode>, node: DesignNode): Position {
  let x = node.position.x;
  let y = node.position.y;
  const seen = new Set([node.id]);
  let parent = node.parent ? byId.get(node.parent) : undefined;
  while (parent && !seen.has(parent.id)) {
    seen.add(parent.id);
    x += parent.position.x;
    y += parent.position.y;
    parent = parent.parent ? byId.get(parent.parent) : undefined;
  }
  return { x, y };
}

export const sizeOf = (node: DesignNode): Size => node.size ?? COMPONENT_NODE_SIZE;

/** The centre of a node on the canvas, in flow coordinates. */
export function centreOf(byId: ReadonlyMap<string, DesignNode>, node: DesignNode): Position {
  const at = absolutePosition(byId, node);
  const size = sizeOf(node);
  return { x: at.x + size.width / 2, y: at.y + size.height / 2 };
}

/**
 * The innermost data center whose box holds `point`, skipping `exclude` and anything inside it
 * (a group cannot be dropped into itself or its own members).
 */
export function groupAt(design: Design, point: Position, exclude?: string): DesignNode | undefined {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  let best: DesignNode | undefined;
  let bestArea = Infinity;
  for (const node of design.nodes) {
    if (node.kind !== 'dataCenter' || node.id === exclude) continue;
    if (exclude && isInside(byId, node, exclude)) continue;
    const at = absolutePosition(byId, node);
    const size = sizeOf(node);
    const inside = point.x >= at.x && point.x <= at.x + size.width && point.y >= at.y && point.y <= at.y + size.height;
    const area = size.width * size.height;
    if (inside && area < bestArea) { best = node; bestArea = area; }
  }
  return best;
}

/** Whether `node` sits (directly or nested) inside the group `groupId`. */
export function isInside(byId: ReadonlyMap<string, DesignNode>, node: DesignNode, groupId: string): boolean {
  const seen = new Set<string>();
  let parentId = node.parent;
  while (parentId && !seen.has(parentId)) {
    if (parentId === groupId) return true;
    seen.add(parentId);
    parentId = byId.get(parentId)?.parent;
  }
  return false;
}

/** Keeps a coordinate inside what the design decoder accepts, so a save always reloads. */
export const clampCoordinate = (value: number): number =>
  Math.round(Math.min(LIMITS.maxCoordinate, Math.max(-LIMITS.maxCoordinate, value)) * 10) / 10;

export const clampPosition = (p: Position): Position => ({ x: clampCoordinate(p.x), y: clampCoordinate(p.y) });
