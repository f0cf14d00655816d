import { describe, expect, it } from 'vitest';
import { ancestorsOf, buildGraph, dataCenterOf, membersOf, reachableFrom, replicasOf, workTargets } from '../../../src/model/graph';
import { build } from './helpers';

const design = build(
  [
    ['users', 'client'], ['dc', 'dataCenter'], ['lb', 'loadBalancer', {}, 'dc'], ['web', 'web', {}, 'dc'], ['cache', 'cache', {}, 'dc'],
    ['db', 'database', {}, 'dc'], ['r1', 'database', { role: 'replica' }, 'dc'], ['r2', 'database', { role: 'replica' }],
    ['queue', 'queue', {}, 'dc'], ['jobs', 'worker', {}, 'dc'], ['lonely', 'nosql'],
  ],
  [['users', 'lb'], ['lb', 'web'], ['web', 'cache'], ['web', 'db'], ['web', 'queue'], ['queue', 'jobs'], ['cache', 'db'], ['db', 'r1'], ['db', 'r2']],
);
const graph = buildGraph(design);
const idsOf = (nodes: { id: string }[]) => nodes.map((n) => n.id);

describe('graph queries', () => {
  it('workTargets: request and async successors, not replicas, in edge order', () => {
    expect(idsOf(workTargets(graph, 'web'))).toEqual(['cache', 'db', 'queue']);
    expect(idsOf(workTargets(graph, 'queue'))).toEqual(['jobs']);
    expect(idsOf(workTargets(graph, 'db'))).toEqual([]);
    expect(idsOf(workTargets(graph, 'lonely'))).toEqual([]);
    expect(idsOf(workTargets(graph, 'no-such-node'))).toEqual([]);
  });

  it('replicasOf: only replication successors', () => {
    expect(idsOf(replicasOf(graph, 'db'))).toEqual(['r1', 'r2']);
    expect(idsOf(replicasOf(graph, 'web'))).toEqual([]);
    expect(idsOf(replicasOf(graph, 'r1'))).toEqual([]);
  });

  it('ancestorsOf, dataCenterOf and membersOf', () => {
    expect(ancestorsOf(graph, 'web')).toEqual(['dc']);
    expect(ancestorsOf(graph, 'r2')).toEqual([]);
    expect(ancestorsOf(graph, 'dc')).toEqual([]);
    expect(dataCenterOf(graph, 'web')?.id).toBe('dc');
    expect(dataCenterOf(graph, 'users')).toBeUndefined();
    expect(idsOf(membersOf(graph, 'dc'))).toEqual(['lb', 'web', 'cache', 'db', 'r1', 'queue', 'jobs']);
    expect(membersOf(graph, 'web')).toEqual([]);
  });

  it('nested data centers: innermost first, members include the nested ones', () => {
    const nested = build([['outer', 'dataCenter'], ['inner', 'dataCenter', {}, 'outer'], ['web', 'web', {}, 'inner']]);
    const g = buildGraph(nested);
    expect(ancestorsOf(g, 'web')).toEqual(['inner', 'outer']);
    expect(dataCenterOf(g, 'web')?.id).toBe('inner');
    expect(idsOf(membersOf(g, 'outer'))).toEqual(['inner', 'web']);
  });

  it('ancestorsOf stops on a parent loop instead of spinning', () => {
    const looped = build([['a', 'dataCenter'], ['b', 'dataCenter']]);
    looped.nodes[0].parent = 'b';
    looped.nodes[1].parent = 'a';
    expect(ancestorsOf(buildGraph(looped), 'a')).toEqual(['b', 'a']);
  });

  it('reachableFrom follows every edge kind', () => {
    expect([...reachableFrom(graph, 'users')].sort()).toEqual(['cache', 'db', 'jobs', 'lb', 'queue', 'r1', 'r2', 'users', 'web']);
    expect([...reachableFrom(graph, 'lonely')]).toEqual(['lonely']);
  });

  it('edges to missing nodes are skipped by every query', () => {
    const broken = build([['web', 'web']]);
    broken.edges.push({ id: 'x', source: 'web', target: 'ghost', kind: 'request' }, { id: 'y', source: 'ghost', target: 'web', kind: 'request' });
    const g = buildGraph(broken);
    expect(workTargets(g, 'web')).toEqual([]);
    expect([...reachableFrom(g, 'web')]).toEqual(['web']);
  });
});
