/**
 * The design as React Flow nodes and edges. React Flow draws from these; the design in the store
 * stays the only source of truth. A cache keeps the previous object for every node or edge whose
 * inputs did not change, so React Flow's memoised node wrappers skip them (docs/performance.md).
 */
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { Design, DesignEdge, DesignNode } from '../../model';

export type ComponentNodeData = { node: DesignNode };
export type FlowNode = Node<ComponentNodeData>;
export type Dimensions = { width: number; height: number };

interface NodeCacheEntry { source: DesignNode; selected: boolean; measured: Dimensions | undefined; flow: FlowNode }
interface EdgeCacheEntry { source: DesignEdge; selected: boolean; level: number | undefined; animate: boolean; warning: string | undefined; flow: Edge }

/**
 * Above this many edges, traffic shows as line width only: a few hundred dashes animating at once
 * cost more frames than they are worth (measured with `npm run bench:ui`).
 */
export const MAX_ANIMATED_EDGES = 80;

/** Traffic level per edge id during a run (0–5, see liveFormat.trafficLevel); absent while editing. */
export type EdgeLevels = ReadonlyMap<string, number>;

export type NodeCache = Map<string, NodeCacheEntry>;
export type EdgeCache = Map<string, EdgeCacheEntry>;

/** How deep a node sits in nested data centers: React Flow needs parents listed before children. */
function depthOf(byId: ReadonlyMap<string, DesignNode>, node: DesignNode): number {
  let depth = 0;
  let p = node.parent;
  while (p && depth < 16) { depth++; p = byId.get(p)?.parent; }
  return depth;
}

function toFlowNode(node: DesignNode, selected: boolean, measured: Dimensions | undefined): FlowNode {
  const isGroup = node.kind === 'dataCenter';
  const flow: FlowNode = {
    id: node.id,
    type: isGroup ? 'dataCenter' : 'component',
    position: node.position,
    data: { node },
    selected,
    // Groups draw under everything; their members and edges stay clickable on top.
    ...(isGroup ? { zIndex: -1, width: node.size?.width, height: node.size?.height } : {}),
    ...(node.parent ? { parentId: node.parent } : {}),
    ...(measured ? { measured } : {}),
  };
  return flow;
}

/** React Flow nodes for the design, reusing the cached object of every unchanged node. */
export function buildFlowNodes(
  nodes: readonly DesignNode[],
  selectedIds: ReadonlySet<string>,
  measuredById: ReadonlyMap<string, Dimensions>,
  cache: NodeCache,
): FlowNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const needsSort = nodes.some((n) => n.parent);
  const ordered = needsSort ? [...nodes].sort((a, b) => depthOf(byId, a) - depthOf(byId, b)) : nodes;
  const seen = new Set<string>();
  const out = ordered.map((node) => {
    seen.add(node.id);
    const selected = selectedIds.has(node.id);
    const measured = measuredById.get(node.id);
    const hit = cache.get(node.id);
    if (hit && hit.source === node && hit.selected === selected && hit.measured === measured) return hit.flow;
    const flow = toFlowNode(node, selected, measured);
    cache.set(node.id, { source: node, selected, measured, flow });
    return flow;
  });
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  return out;
}

/** How each edge kind looks; the legend on the canvas uses the same classes. */
const EDGE_STYLE: Record<DesignEdge['kind'], { className: string; color: string; animated: boolean }> = {
  request: { className: 'edge-request', color: '#64748b', animated: false },
  replication: { className: 'edge-replication', color: '#7c3aed', animated: false },
  async: { className: 'edge-async', color: '#ea580c', animated: true },
};

/** Why edges carry nothing (edgeWarnings in the model), by edge id. */
export type EdgeWarnings = ReadonlyMap<string, string>;

function toFlowEdge(edge: DesignEdge, selected: boolean, level: number | undefined, animate: boolean, warning: string | undefined): Edge {
  const style = EDGE_STYLE[edge.kind];
  const kindClass = warning === undefined ? style.className : `${style.className} edge-unused`;
  // During a run, traffic animates the edge (faster with more of it); idle edges keep their kind's look.
  const animated = animate && (level === undefined ? style.animated : level > 0);
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    selected,
    className: level === undefined ? kindClass : `${kindClass} traffic-${level}`,
    animated,
    markerEnd: { type: MarkerType.ArrowClosed, color: style.color, width: 18, height: 18 },
    ariaLabel: `${edge.kind} edge from ${edge.source} to ${edge.target}${warning === undefined ? '' : `. ${warning}`}`,
    data: { kind: edge.kind, warning },
    ...(warning === undefined ? {} : { label: 'unused' }),
  };
}

/** React Flow edges for the design, reusing the cached object of every unchanged edge. */
export function buildFlowEdges(design: Pick<Design, 'edges'>, selectedIds: ReadonlySet<string>, cache: EdgeCache, levels?: EdgeLevels, warnings?: EdgeWarnings): Edge[] {
  const seen = new Set<string>();
  const animate = design.edges.length <= MAX_ANIMATED_EDGES;
  const out = design.edges.map((edge) => {
    seen.add(edge.id);
    const selected = selectedIds.has(edge.id);
    const level = levels ? (levels.get(edge.id) ?? 0) : undefined;
    const warning = warnings?.get(edge.id);
    const hit = cache.get(edge.id);
    if (hit && hit.source === edge && hit.selected === selected && hit.level === level && hit.animate === animate && hit.warning === warning) return hit.flow;
    const flow = toFlowEdge(edge, selected, level, animate, warning);
    cache.set(edge.id, { source: edge, selected, level, animate, warning, flow });
    return flow;
  });
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  return out;
}
