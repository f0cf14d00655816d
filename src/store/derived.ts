import { edgeWarnings, type Design, type DesignNode } from '../model';
import type { SpofFinding } from '../model/spof';
import { loadSpofAnalysis, spofAnalysisNow } from './spofAnalysis';

/**
 * Values computed from the design, cached on the identity of what they read: every selector that
 * asks during one store update shares one computation, and an unchanged design costs nothing.
 */
const nodeIndexCache = new WeakMap<readonly DesignNode[], ReadonlyMap<string, DesignNode>>();
/** The analysis as the canvas reads it: findings by node id, and how many client flows it checked. */
interface SpofView { byId: ReadonlyMap<string, SpofFinding>; served: number | undefined }
const spofCache = new WeakMap<Design, SpofView>();
const NOT_YET: SpofView = { byId: new Map(), served: undefined };

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
 * Everything the analysis reads — ids, kinds, names, groups, parameters — and nothing it does not:
 * positions. Dragging a node changes the design on every frame but not this key.
 */
function structureKey(design: Design): string {
  let key = '';
  for (const n of design.nodes) key += `${n.id}\u0001${n.kind}\u0001${n.label ?? ''}\u0001${n.parent ?? ''}\u0001${JSON.stringify(n.params)}\u0002`;
  return key;
}

/** The last analysis per edge list, with the node structure it was made for. */
const spofByEdges = new WeakMap<Design['edges'], { key: string; view: SpofView }>();

/**
 * The single-point-of-failure analysis (analyseSpofs, fetched on demand: spofAnalysis.ts), cached per design object and, across
 * designs, per structure: a drag of a node in a 200-node design makes a design per frame, and
 * the analysis of it takes several milliseconds, while the answer cannot change.
 */
function spofView(design: Design): SpofView {
  let view = spofCache.get(design);
  if (view) return view;
  const analyseSpofs = spofAnalysisNow();
  // Not here yet: nothing is marked, and the store re-reads once it arrives (uiSlice's spofAnalysisReady).
  if (!analyseSpofs) {
    if (design.nodes.length > 0) loadSpofAnalysis().catch(() => { /* the next design tries again */ });
    return NOT_YET;
  }
  const key = structureKey(design);
  const previous = spofByEdges.get(design.edges);
  if (previous && previous.key === key) view = previous.view;
  else {
    const { findings, served } = analyseSpofs(design);
    view = { byId: new Map(findings.map((f) => [f.id, f])), served };
  }
  spofByEdges.set(design.edges, { key, view });
  spofCache.set(design, view);
  return view;
}

/** The single points of failure by node id (empty until the analysis has arrived). */
export function spofsById(design: Design): ReadonlyMap<string, SpofFinding> {
  return spofView(design).byId;
}

/**
 * How many (client, request type or route) pairs the analysis found served with every node up,
 * so could check: 0 when no users reach a server yet. Undefined until the analysis has arrived.
 */
export function spofServedFlows(design: Design): number | undefined {
  return spofView(design).served;
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
