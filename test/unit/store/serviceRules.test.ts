import { describe, expect, it } from 'vitest';
import { makeNode, emptyDesign, type Design, type DesignNode } from '../../../src/model';
import { setServiceRules } from '../../../src/store/designEdits';
import { classifyDesignChange } from '../../../src/store/runEdits';

function pool(): Design {
  const d = emptyDesign('pool');
  d.nodes = [makeNode('client', 'users', { x: 0, y: 0 }), makeNode('loadBalancer', 'lb', { x: 200, y: 0 }), makeNode('web', 'web-1', { x: 400, y: 0 }, { service: 'uploads' })];
  d.edges = [{ id: 'e1', source: 'users', target: 'lb', kind: 'request' }, { id: 'e2', source: 'lb', target: 'web-1', kind: 'request' }];
  return d;
}
const rulesOf = (d: Design) => (d.nodes[1] as Extract<DesignNode, { kind: 'loadBalancer' }>).rules;

describe('editing a balancer\'s service rules', () => {
  it('sets checked rules, and an empty list removes the field', () => {
    const set = setServiceRules(pool(), 'lb', [{ service: 'uploads', types: ['write'], routes: ['upload'] }]);
    expect(set.ok && rulesOf(set.value)).toEqual([{ service: 'uploads', types: ['write'], routes: ['upload'] }]);
    const cleared = set.ok ? setServiceRules(set.value, 'lb', []) : set;
    expect(cleared.ok && 'rules' in cleared.value.nodes[1]).toBe(false);
  });

  it('refuses what a design file would refuse, and changes nothing', () => {
    const before = pool();
    const result = setServiceRules(before, 'lb', [{ service: 'pages', types: ['read'], routes: [] }, { service: 'uploads', types: ['read'], routes: [] }]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join(' ')).toContain('type read is given to both pages and uploads');
    expect(setServiceRules(before, 'web-1', []).ok).toBe(false);
    expect(rulesOf(before)).toBeUndefined();
  });

  it('a running simulation restarts when the rules change (it built its routing from them)', () => {
    const before = pool();
    const after = setServiceRules(before, 'lb', [{ service: 'uploads', types: ['write'], routes: [] }]);
    expect(after.ok && classifyDesignChange(before, after.value)).toEqual({ kind: 'structure', reason: 'routes or service rules changed' });
  });
});
