import { describe, expect, it } from 'vitest';
import { emptyDesign, makeNode, type Design } from '../../../src/model';
import { buildFlowEdges, buildFlowNodes, type EdgeCache, type NodeCache } from '../../../src/ui/canvas/flowElements';

const design = (): Design => ({
  ...emptyDesign(),
  nodes: [
    makeNode('web', 'web-1', { x: 10, y: 10 }, {}),
    { ...makeNode('cache', 'cache-1', { x: 20, y: 20 }), parent: 'dc-1' },
    makeNode('dataCenter', 'dc-1', { x: 0, y: 0 }),
    makeNode('database', 'db-1', { x: 400, y: 0 }),
    { ...makeNode('database', 'db-2', { x: 700, y: 0 }, { role: 'replica' }) },
  ],
  edges: [{ id: 'e1', source: 'db-1', target: 'db-2', kind: 'replication' }],
});

describe('flow elements', () => {
  it('lists groups before their members and carries parent and size', () => {
    const nodes = buildFlowNodes(design().nodes, new Set(), new Map(), new Map());
    const ids = nodes.map((n) => n.id);
    expect(ids.indexOf('dc-1')).toBeLessThan(ids.indexOf('cache-1'));
    expect(nodes.find((n) => n.id === 'cache-1')?.parentId).toBe('dc-1');
    expect(nodes.find((n) => n.id === 'dc-1')).toMatchObject({ type: 'dataCenter', width: 520, height: 360 });
  });

  it('reuses the object of every node whose inputs did not change', () => {
    const cache: NodeCache = new Map();
    const d = design();
    const first = buildFlowNodes(d.nodes, new Set(), new Map(), cache);
    const moved = d.nodes.map((n) => (n.id === 'db-1' ? { ...n, position: { x: 1, y: 1 } } : n));
    const second = buildFlowNodes(moved, new Set(['web-1']), new Map(), cache);
    const byId = (list: typeof first, id: string) => list.find((n) => n.id === id);
    expect(byId(second, 'cache-1')).toBe(byId(first, 'cache-1'));
    expect(byId(second, 'db-1')).not.toBe(byId(first, 'db-1'));
    expect(byId(second, 'web-1')).not.toBe(byId(first, 'web-1'));
    expect(byId(second, 'web-1')?.selected).toBe(true);
  });

  it('styles edges by kind and keeps unchanged edges', () => {
    const cache: EdgeCache = new Map();
    const d = design();
    const [edge] = buildFlowEdges(d, new Set(), cache);
    expect(edge.className).toBe('edge-replication');
    expect(buildFlowEdges(d, new Set(), cache)[0]).toBe(edge);
    expect(buildFlowEdges(d, new Set(['e1']), cache)[0].selected).toBe(true);
  });
});
