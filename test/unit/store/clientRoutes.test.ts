import { describe, expect, it } from 'vitest';
import { emptyDesign, makeNode, type Design, type DesignNode } from '../../../src/model';
import { setClientRoutes } from '../../../src/store/designEdits';
import { classifyDesignChange } from '../../../src/store/runEdits';

function users(): Design {
  const d = emptyDesign('routes');
  d.nodes = [makeNode('client', 'users', { x: 0, y: 0 }), makeNode('web', 'web-1', { x: 200, y: 0 })];
  d.edges = [{ id: 'e1', source: 'users', target: 'web-1', kind: 'request' }];
  return d;
}
const routesOf = (d: Design) => (d.nodes[0] as Extract<DesignNode, { kind: 'client' }>).routes;

describe('editing a client\'s routes', () => {
  it('sets valid routes (cost defaults to one page), and an empty list removes the field', () => {
    const set = setClientRoutes(users(), 'users', [{ name: 'upload', type: 'write', share: 0.5, cost: 20 }, { name: 'feed', type: 'read', share: 0.25 }]);
    expect(set.ok && routesOf(set.value)).toEqual([{ name: 'upload', type: 'write', share: 0.5, cost: 20 }, { name: 'feed', type: 'read', share: 0.25, cost: 1 }]);
    const cleared = set.ok ? setClientRoutes(set.value, 'users', []) : set;
    expect(cleared.ok && 'routes' in cleared.value.nodes[0]).toBe(false);
  });

  it('refuses what a design file would refuse, with the reason, and changes nothing', () => {
    const before = users();
    const twice = setClientRoutes(before, 'users', [{ name: 'a', type: 'write', share: 0.6, cost: 1 }, { name: 'a', type: 'read', share: 0.1, cost: 1 }]);
    expect(!twice.ok && twice.errors.join(' ')).toContain('"a" is declared twice');
    const over = setClientRoutes(before, 'users', [{ name: 'a', type: 'write', share: 0.6, cost: 1 }, { name: 'b', type: 'write', share: 0.6, cost: 1 }]);
    expect(!over.ok && over.errors.join(' ')).toContain('the write routes take 120% of the write requests');
    const badName = setClientRoutes(before, 'users', [{ name: 'Up Load', type: 'write', share: 0.1, cost: 1 }]);
    expect(!badName.ok && badName.errors.join(' ')).toContain('is not a route name');
    const typed = setClientRoutes(before, 'users', [{ name: 'x', type: 'write', share: Number.NaN, cost: 1 }]);
    expect(typed.ok).toBe(false);
    expect(setClientRoutes(before, 'web-1', []).ok).toBe(false);
    expect(routesOf(before)).toBeUndefined();
  });

  it('a running simulation restarts when routes change (its flow classes come from them)', () => {
    const before = users();
    const after = setClientRoutes(before, 'users', [{ name: 'upload', type: 'write', share: 0.5, cost: 20 }]);
    expect(after.ok && classifyDesignChange(before, after.value).kind).toBe('structure');
  });
});
