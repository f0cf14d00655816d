import { describe, expect, it } from 'vitest';
import { createAppStore, memoryStorage } from '../../../src/store';

const fresh = () => createAppStore({ storage: memoryStorage() });

describe('design slice', () => {
  it('adds nodes with readable ids, defaults filled, and selects the new one', () => {
    const store = fresh();
    const users = store.getState().addNode('client', { x: 0, y: 0 });
    const web = store.getState().addNode('web', { x: 300, y: 0 });
    const { design, selection } = store.getState();
    expect(users).toBe('users-1');
    expect(web).toBe('web-1');
    expect(design.nodes.map((n) => n.label)).toEqual(['Users 1', 'Web server 1']);
    expect(design.nodes[1].params).toMatchObject({ workers: 8, serviceMs: 20 });
    expect(selection.nodeIds).toEqual(['web-1']);
  });

  it('does not stack nodes added at the same spot', () => {
    const store = fresh();
    store.getState().addNode('web', { x: 0, y: 0 });
    store.getState().addNode('web', { x: 0, y: 0 });
    const [a, b] = store.getState().design.nodes;
    expect(a.position).not.toEqual(b.position);
  });

  it('connects what makes sense, with the implied edge kind', () => {
    const store = fresh();
    const s = store.getState();
    s.addNode('client', { x: 0, y: 0 });
    s.addNode('web', { x: 300, y: 0 });
    s.addNode('queue', { x: 600, y: 0 });
    expect(s.connect('users-1', 'web-1')).toEqual({ ok: true, id: 'e1' });
    expect(s.connect('web-1', 'queue-1')).toEqual({ ok: true, id: 'e2' });
    expect(store.getState().design.edges.map((e) => e.kind)).toEqual(['request', 'async']);
  });

  it('refuses a connection that makes no sense, shows the reason, and changes nothing', () => {
    const store = fresh();
    store.getState().addNode('cache', { x: 0, y: 0 });
    store.getState().addNode('client', { x: 300, y: 0 });
    const before = store.getState().design;
    const verdict = store.getState().connect('cache-1', 'users-1');
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(/nothing connects into them/);
    expect(store.getState().design).toBe(before);
    expect(store.getState().toasts.at(-1)?.text).toMatch(/nothing connects into them/);
  });

  it('validates parameters with the schema and commits only valid values', () => {
    const store = fresh();
    store.getState().addNode('web', { x: 0, y: 0 });
    expect(store.getState().updateParam('web-1', 'workers', 0)?.join()).toMatch(/between 1 and 1000/);
    expect(store.getState().design.nodes[0].params).toMatchObject({ workers: 8 });
    expect(store.getState().updateParam('web-1', 'workers', 32)).toBeUndefined();
    expect(store.getState().design.nodes[0].params).toMatchObject({ workers: 32 });
    expect(store.getState().updateParam('web-1', 'nope', 1)?.join()).toMatch(/no parameter "nope"/);
  });

  it('sets grouped parameters by path', () => {
    const store = fresh();
    store.getState().addNode('client', { x: 0, y: 0 });
    store.getState().updateParam('users-1', 'mix.job', 0.4);
    const node = store.getState().design.nodes[0];
    expect(node.kind === 'client' && node.params.mix).toEqual({ static: 0.3, read: 0.5, write: 0.2, job: 0.4 });
  });

  it('refuses a parameter change that would break an existing edge', () => {
    const store = fresh();
    const s = store.getState();
    s.addNode('database', { x: 0, y: 0 });
    s.addNode('database', { x: 400, y: 0 });
    s.updateParam('db-2', 'role', 'replica');
    expect(s.connect('db-1', 'db-2').ok).toBe(true);
    expect(store.getState().design.edges[0].kind).toBe('replication');
    expect(store.getState().updateParam('db-2', 'role', 'primary')?.join()).toMatch(/remove it first/);
  });

  it('undoes and redoes every edit, a drag being one step', () => {
    const store = fresh();
    const s = store.getState();
    s.addNode('web', { x: 0, y: 0 });
    const afterAdd = store.getState().design;
    for (let i = 1; i <= 5; i++) s.moveNodes([{ id: 'web-1', position: { x: i * 10, y: 0 } }], 'gesture:1');
    expect(store.getState().design.nodes[0].position.x).toBe(50);
    s.undo();
    expect(store.getState().design).toBe(afterAdd);
    s.redo();
    expect(store.getState().design.nodes[0].position.x).toBe(50);
    s.undo();
    s.undo();
    expect(store.getState().design.nodes).toEqual([]);
    expect(store.getState().selection.nodeIds).toEqual([]);
    s.redo();
    expect(store.getState().design).toBe(afterAdd);
  });

  it('keeps the identity of unchanged nodes', () => {
    const store = fresh();
    store.getState().addNode('web', { x: 0, y: 0 });
    store.getState().addNode('cache', { x: 400, y: 0 });
    const [web, cache] = store.getState().design.nodes;
    store.getState().moveNodes([{ id: 'cache-1', position: { x: 500, y: 10 } }]);
    const [web2, cache2] = store.getState().design.nodes;
    expect(web2).toBe(web);
    expect(cache2).not.toBe(cache);
  });

  it('duplicates the selection with its inner edges, and selects the copies', () => {
    const store = fresh();
    const s = store.getState();
    s.addNode('web', { x: 0, y: 0 });
    s.addNode('cache', { x: 400, y: 0 });
    s.connect('web-1', 'cache-1');
    s.select(['web-1', 'cache-1']);
    s.duplicate();
    const { design, selection } = store.getState();
    expect(design.nodes.map((n) => n.id)).toEqual(['web-1', 'cache-1', 'web-2', 'cache-2']);
    expect(design.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['web-1>cache-1', 'web-2>cache-2']);
    expect(selection.nodeIds).toEqual(['web-2', 'cache-2']);
  });

  it('deletes the selection with the edges that touch it', () => {
    const store = fresh();
    const s = store.getState();
    s.addNode('client', { x: 0, y: 0 });
    s.addNode('web', { x: 400, y: 0 });
    s.connect('users-1', 'web-1');
    s.select(['web-1']);
    s.deleteElements();
    expect(store.getState().design.nodes.map((n) => n.id)).toEqual(['users-1']);
    expect(store.getState().design.edges).toEqual([]);
    expect(store.getState().selection.nodeIds).toEqual([]);
  });

  it('puts nodes dropped on a data center inside it (relative position) and releases them when dragged out', () => {
    const store = fresh();
    const s = store.getState();
    s.addNode('dataCenter', { x: 400, y: 300 }); // 520×360 box at (140, 120)
    s.addNode('web', { x: 300, y: 300 });
    let web = store.getState().design.nodes.find((n) => n.id === 'web-1')!;
    expect(web.parent).toBe('dc-1');
    expect(web.position).toEqual({ x: 300 - 92 - 140, y: 300 - 34 - 120 });

    // Dragged far out: released, keeping its place on screen.
    s.moveNodes([{ id: 'web-1', position: { x: 900, y: 0 } }], 'g');
    s.settleDropped(['web-1'], 'g');
    web = store.getState().design.nodes.find((n) => n.id === 'web-1')!;
    expect(web.parent).toBeUndefined();
    expect(web.position).toEqual({ x: 1040, y: 120 });

    // Drag + release is one undo step.
    s.undo();
    expect(store.getState().design.nodes.find((n) => n.id === 'web-1')!.parent).toBe('dc-1');

    s.setParent('web-1', undefined);
    expect(store.getState().design.nodes.find((n) => n.id === 'web-1')!.parent).toBeUndefined();
    s.setParent('web-1', 'dc-1');
    expect(store.getState().design.nodes.find((n) => n.id === 'web-1')!.parent).toBe('dc-1');
  });

  it('releases the members of a deleted data center in place', () => {
    const store = fresh();
    const s = store.getState();
    s.addNode('dataCenter', { x: 400, y: 300 });
    s.addNode('web', { x: 300, y: 300 });
    s.deleteElements(['dc-1']);
    const web = store.getState().design.nodes[0];
    expect(web.parent).toBeUndefined();
    expect(web.position).toEqual({ x: 300 - 92, y: 300 - 34 });
  });

  it('renames nodes and the design; an empty label falls back to the id', () => {
    const store = fresh();
    store.getState().addNode('web', { x: 0, y: 0 });
    store.getState().rename('web-1', '  App server  ');
    expect(store.getState().design.nodes[0].label).toBe('App server');
    store.getState().rename('web-1', '   ');
    expect(store.getState().design.nodes[0].label).toBeUndefined();
    store.getState().renameDesign('My first scale-out');
    expect(store.getState().design.name).toBe('My first scale-out');
  });

  it('resets parameters to the defaults', () => {
    const store = fresh();
    store.getState().addNode('web', { x: 0, y: 0 });
    store.getState().updateParam('web-1', 'workers', 64);
    store.getState().resetParams('web-1');
    expect(store.getState().design.nodes[0].params).toMatchObject({ workers: 8 });
  });
});

describe('duplicate placement', () => {
  it('puts copies clear of the originals, and a copy that leaves its data center is released', () => {
    const store = fresh();
    const s = store.getState();
    s.addNode('dataCenter', { x: 400, y: 300 }); // box (140, 120) – (660, 480)
    s.addNode('cache', { x: 400, y: 420 });
    s.duplicate(['cache-1']);
    s.duplicate(['cache-1']);
    const nodes = store.getState().design.nodes;
    const [c1, c2, c3] = ['cache-1', 'cache-2', 'cache-3'].map((id) => nodes.find((n) => n.id === id)!);
    expect(c1.parent).toBe('dc-1');
    expect(c2.parent).toBeUndefined();
    expect(new Set([c1, c2, c3].map((n) => JSON.stringify(n.position))).size).toBe(3);
  });
});
