/** Derived values: the SPOF findings survive a drag, and follow every change that matters. */
import { describe, expect, it } from 'vitest';
import { spofsById } from '../../../src/store/derived';
import { design } from '../engine/helpers';
import type { Design } from '../../../src/model';

const base = (): Design => design(
  [{ id: 'users', kind: 'client' }, { id: 'web', kind: 'web' }, { id: 'db', kind: 'database' }],
  [['users', 'web'], ['web', 'db']],
);

const moved = (d: Design): Design => ({ ...d, nodes: d.nodes.map((n) => (n.id === 'web' ? { ...n, position: { x: 999, y: 5 } } : n)) });

describe('spofsById', () => {
  it('moving a node keeps the very same findings (no recomputation on a drag)', () => {
    const d = base();
    const first = spofsById(d);
    expect([...first.keys()].sort()).toEqual(['db', 'web']);
    expect(spofsById(moved(d))).toBe(first);
  });

  it('a rename, a parameter, a group or an edge change is seen', () => {
    const d = base();
    const first = spofsById(d);
    const renamed = { ...d, nodes: d.nodes.map((n) => (n.id === 'web' ? { ...n, label: 'Front end' } : n)) };
    expect(spofsById(renamed).get('web')?.reason).toContain('Front end');
    const silent = { ...d, nodes: d.nodes.map((n) => (n.kind === 'client' ? { ...n, params: { ...n.params, rps: 0 } } : n)) } as Design;
    expect(spofsById(silent).size).toBe(0);
    const rewired = { ...d, edges: d.edges.slice(0, 1) };
    expect(spofsById(rewired)).not.toBe(first);
    expect(spofsById(rewired).has('db')).toBe(false);
  });
});
