import { findSpofs, type Design, type DesignNode, type SpofFinding } from '../model';

/**
 * Values computed from the design, cached on the identity of what they read: every selector that
 * asks during one store update shares one computation, and an unchanged design costs nothing.
 */
const nodeIndexCache = new WeakMap<readonly DesignNode[], ReadonlyMap<string, DesignNode>>();
const spofCache = new WeakMap<Design, ReadonlyMap<string, SpofFinding>>();

/** The design's nodes by id. */
export function nodesById(design: Design): ReadonlyMap<string, DesignNode> {
  let index = nodeIndexCache.get(design.nodes);
  if (!index) {
    index = new Map(design.nodes.map((n) => [n.id, n]));
    nodeIndexCache.set(design.nodes, index);
  }
  return index;
}

/**
 * The single points of failure by node id (findSpofs). Cached per design object; a drag creates
 * a design per frame, but findSpofs on a playground-sized design is far below a millisecond.
 */
export function spofsById(design: Design): ReadonlyMap<string, SpofFinding> {
  let found = spofCache.get(design);
  if (!found) {
    found = new Map(findSpofs(design).map((f) => [f.id, f]));
    spofCache.set(design, found);
  }
  return found;
}
