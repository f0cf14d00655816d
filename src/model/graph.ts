import type { Design, DesignEdge, DesignNode } from './design';

/** An index over a design for fast neighbour queries; build once per design, not per query. */
export interface DesignGraph {
  readonly design: Design;
  readonly byId: ReadonlyMap<string, DesignNode>;
  readonly outEdges: ReadonlyMap<string, readonly DesignEdge[]>;
  readonly inEdges: ReadonlyMap<string, readonly DesignEdge[]>;
}

export function buildGraph(design: Design): DesignGraph {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const outEdges = new Map<string, DesignEdge[]>();
  const inEdges = new Map<string, DesignEdge[]>();
  for (const n of design.nodes) { outEdges.set(n.id, []); inEdges.set(n.id, []); }
  for (const e of design.edges) {
    outEdges.get(e.source)?.push(e);
    inEdges.get(e.target)?.push(e);
  }
  return { design, byId, outEdges, inEdges };
}

/** Successors of a node over request and async edges (what it sends work to). */
export function workTargets(graph: DesignGraph, id: string): DesignNode[] {
  return (graph.outEdges.get(id) ?? [])
    .filter((e) => e.kind !== 'replication')
    .map((e) => graph.byId.get(e.target))
    .filter((n): n is DesignNode => n !== undefined);
}

/** Replicas a primary (or shard) copies its writes to. */
export function replicasOf(graph: DesignGraph, id: string): DesignNode[] {
  return (graph.outEdges.get(id) ?? [])
    .filter((e) => e.kind === 'replication')
    .map((e) => graph.byId.get(e.target))
    .filter((n): n is DesignNode => n !== undefined);
}

/** The chain of data centers a node sits in, innermost first. */
export function ancestorsOf(graph: DesignGraph, id: string): string[] {
  const chain: string[] = [];
  let current = graph.byId.get(id)?.parent;
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = graph.byId.get(current)?.parent;
  }
  return chain;
}

/** The data center that holds a node, if any. */
export function dataCenterOf(graph: DesignGraph, id: string): DesignNode | undefined {
  for (const a of ancestorsOf(graph, id)) {
    const n = graph.byId.get(a);
    if (n?.kind === 'dataCenter') return n;
  }
  return undefined;
}

/** The nodes inside a data center (directly or nested). */
export function membersOf(graph: DesignGraph, groupId: string): DesignNode[] {
  return graph.design.nodes.filter((n) => ancestorsOf(graph, n.id).includes(groupId));
}

/** Every node reachable from `id` over any edge. */
export function reachableFrom(graph: DesignGraph, id: string): Set<string> {
  const seen = new Set<string>([id]);
  const stack = [id];
  while (stack.length) {
    const cur = stack.pop()!;
    for (const e of graph.outEdges.get(cur) ?? []) {
      if (!seen.has(e.target) && graph.byId.has(e.target)) { seen.add(e.target); stack.push(e.target); }
    }
  }
  return seen;
}
