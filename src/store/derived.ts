import { edgeWarnings, type Design, type DesignNode } from '../model';
import type { SpofFinding } from '../model/spof';
import { loadSpofAnalysis, spofAnalysisNow } from './spofAnalysis';

/**
 * Values computed from the design, cached on the identity of what they read: every selector that
 * asks during one store update shares one computation, and an unchanged design costs nothing.
 */
const nodeIndexCache = new WeakMap<readonly DesignNode[], ReadonlyMap<string, DesignNode>>();
const spofCache = new WeakMap<Design, ReadonlyMap<string, SpofFinding>>();
const NO_FINDINGS: ReadonlyMap<string, SpofFinding> = new Map();

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
 * Everything findSpofs reads — ids, kinds, names, groups, parameters — and nothing it does not:
 * positions. Dragging a node changes the design on every frame but not this key.
 */
function structureKey(design: Design): string {
  let key = '';
  for (const n of design.nodes) key += `${n.id}\u0001${n.kind}\u0001${n.label ?? ''}\u0001${n.parent ?? ''}\u0001${JSON.stringify(n.params)}\u0002`;
  return key;
}

/** The last findings per edge list, with the node structure they were computed for. */
const spofByEdges = new WeakMap<Design['edges'], { key: string; found: ReadonlyMap<string, SpofFinding> }>();

/**
 * The single points of failure by node id (findSpofs, fetched on demand: spofAnalysis.ts), cached per design object and, across
 * designs, per structure: a drag of a node in a 200-node design makes a design per frame, and
 * findSpofs on it takes several milliseconds, while the answer cannot change.
 */
export function spofsById(design: Design): ReadonlyMap<string, SpofFinding> {
  let found = spofCache.get(design);
  if (found) return found;
  const findSpofs = spofAnalysisNow();
  // Not here yet: nothing is marked, and the store re-reads once it arrives (uiSlice's spofAnalysisReady).
  if (!findSpofs) {
    if (design.nodes.length > 0) loadSpofAnalysis().catch(() => { /* the next design tries again */ });
    return NO_FINDINGS;
  }
  const key = structureKey(design);
  const previous = spofByEdges.get(design.edges);
  found = previous && previous.key === key ? previous.found : new Map(findSpofs(design).map((f) => [f.id, f]));
  spofByEdges.set(design.edges, { key, found });
  spofCache.set(design, found);
  return found;
}

const edgeWarningCache = new WeakMap<Design, ReadonlyMap<string, string>>();
const edgeWarningsByEdges = new WeakMap<Design['edges'], ReadonlyMap<string, string>>();

const sameWarnings = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean =>
  a.size === b.size && [...a].every(([id, text]) => b.get(id) === text);

/**
 * Why an edge carries nothing (edgeWarnings), by edge id. The same Map comes back while the
 * warnings stay the same, so dragging a node does not hand the canvas a new edge list each frame.
 */
export function edgeWarningsById(design: Design): ReadonlyMap<string, string> {
  let found = edgeWarningCache.get(design);
  if (found) return found;
  const fresh = new Map(edgeWarnings(design).map((w) => [w.edgeId, w.text]));
  const previous = edgeWarningsByEdges.get(design.edges);
  found = previous && sameWarnings(previous, fresh) ? previous : fresh;
  edgeWarningsByEdges.set(design.edges, found);
  edgeWarningCache.set(design, found);
  return found;
}
