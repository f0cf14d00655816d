/**
 * Tidy: lays the design out left to right with elkjs (layered), data centers kept as groups with
 * their members inside. elkjs is large, so it is loaded on the first Tidy.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Design, DesignNode } from '../../model';
import { COMPONENT_NODE_SIZE } from '../../store';

const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.layered.spacing.nodeNodeBetweenLayers': '80',
  'elk.spacing.nodeNode': '40',
  'elk.padding': '[top=56,left=28,bottom=28,right=28]',
};

function toElk(node: DesignNode, children: Map<string | undefined, DesignNode[]>): ElkNode {
  const kids = children.get(node.id) ?? [];
  if (node.kind === 'dataCenter') return { id: node.id, children: kids.map((k) => toElk(k, children)) };
  return { id: node.id, width: COMPONENT_NODE_SIZE.width, height: COMPONENT_NODE_SIZE.height };
}

/** The design with every node placed by the layout (members relative to their data center). */
export async function layoutDesign(design: Design): Promise<Design> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const children = new Map<string | undefined, DesignNode[]>();
  const ids = new Set(design.nodes.map((n) => n.id));
  for (const n of design.nodes) {
    const parent = n.parent && ids.has(n.parent) ? n.parent : undefined;
    children.set(parent, [...(children.get(parent) ?? []), n]);
  }
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: LAYOUT_OPTIONS,
    children: (children.get(undefined) ?? []).map((n) => toElk(n, children)),
    edges: design.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const laid = await new ELK().layout(graph);
  const placed = new Map<string, ElkNode>();
  const walk = (n: ElkNode) => { placed.set(n.id, n); n.children?.forEach(walk); };
  laid.children?.forEach(walk);
  return {
    ...design,
    nodes: design.nodes.map((n) => {
      const p = placed.get(n.id);
      if (!p) return n;
      const moved: DesignNode = { ...n, position: { x: Math.round(p.x ?? 0), y: Math.round(p.y ?? 0) } };
      if (n.kind === 'dataCenter' && p.width && p.height) moved.size = { width: Math.round(p.width), height: Math.round(p.height) };
      return moved;
    }),
  };
}
