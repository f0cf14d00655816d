import { describe, expect, it } from 'vitest';
import { defaultParams, DESIGN_VERSION, KIND_SPECS, KINDS, LIMITS, type Design } from '../../../src/model';
import { decodeDesign } from '../../../src/model/decoding';
import v1Fixture from '../../fixtures/model-v1-load-balancer.json';

const doc = (patch: Record<string, unknown> = {}) => ({ version: 1, nodes: [], edges: [], ...patch });
const oneNode = (node: Record<string, unknown>) => doc({ nodes: [{ id: 'web-1', kind: 'web', ...node }] });

/** Decodes and expects failure; returns the messages. */
function errorsOf(input: unknown): string[] {
  const result = decodeDesign(input);
  if (result.ok) throw new Error(`expected the design to be refused, got ${JSON.stringify(result.value).slice(0, 200)}`);
  expect(result.errors.length).toBeGreaterThan(0);
  return result.errors;
}

/** Expects one message that names every fragment (node id, field, …). */
function expectMessage(errors: string[], ...fragments: string[]) {
  const hit = errors.find((e) => fragments.every((f) => e.includes(f)));
  expect(hit, `no message naming ${fragments.join(' + ')} in:\n${errors.join('\n')}`).toBeDefined();
}

describe('decodeDesign: what it accepts', () => {
  it.each(KINDS)('a %s node with params {} gets every default', (kind) => {
    const result = decodeDesign(doc({ nodes: [{ id: 'n1', kind, params: {} }] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nodes[0].params).toEqual(defaultParams(kind));
    expect(result.warnings).toEqual([]);
  });

  it.each(KINDS)('a %s node with no params field gets every default', (kind) => {
    const result = decodeDesign(doc({ nodes: [{ id: 'n1', kind }] }));
    expect(result.ok && result.value.nodes[0].params).toEqual(defaultParams(kind));
  });

  it('fills the design-level defaults: name, edges, sim, scenario, positions, data-center size', () => {
    const result = decodeDesign({ version: 1, nodes: [{ id: 'dc', kind: 'dataCenter' }, { id: 'w', kind: 'web', parent: 'dc' }] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ name: 'Untitled design', edges: [], scenario: [], sim: { seed: 1, durationS: 60, hopLatencyMs: 1 } });
    expect(result.value.nodes[0].size).toEqual({ width: 520, height: 360 });
    expect(result.value.nodes[1].position).toEqual({ x: 220, y: 0 });
  });

  it('accepts the original version-1 example (kept as a fixture) and a fully spelled-out design', () => {
    const example = decodeDesign(v1Fixture);
    expect(example.ok, JSON.stringify(example)).toBe(true);
    const full: Design = {
      version: 1,
      name: 'Every field',
      nodes: KINDS.map((kind, i) => ({ id: `${kind}-1`, kind, label: `A ${kind}`, position: { x: i * 10, y: 100 - i }, params: defaultParams(kind), ...(kind === 'dataCenter' ? { size: { width: 600, height: 400 } } : { parent: 'dataCenter-1' }) })) as Design['nodes'],
      edges: [
        { id: 'e1', source: 'client-1', target: 'dns-1', kind: 'request' },
        { id: 'e2', source: 'dns-1', target: 'loadBalancer-1', kind: 'request' },
        { id: 'e3', source: 'loadBalancer-1', target: 'web-1', kind: 'request' },
        { id: 'e4', source: 'web-1', target: 'queue-1', kind: 'async' },
        { id: 'e5', source: 'queue-1', target: 'worker-1', kind: 'async' },
      ],
      sim: { seed: 42, durationS: 120, hopLatencyMs: 0 },
      scenario: [{ tS: 30, action: 'kill', target: 'web-1' }, { tS: 45, action: 'restore', target: 'web-1' }],
    };
    for (const n of full.nodes) if (n.kind === 'client') delete n.parent;
    const result = decodeDesign(JSON.parse(JSON.stringify(full)));
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
    expect(result.ok && result.value).toEqual({ ...full, version: DESIGN_VERSION });
  });

  it('reads an edge kind that does not fit the pair as the right kind, with a warning', () => {
    const result = decodeDesign(doc({ nodes: [{ id: 'u', kind: 'client' }, { id: 'w', kind: 'web' }], edges: [{ id: 'e', source: 'u', target: 'w', kind: 'replication' }] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.edges[0].kind).toBe('request');
    expect(result.warnings.join()).toContain('"e"');
  });

  it('is idempotent: a decoded design decodes to itself', () => {
    const first = decodeDesign(v1Fixture);
    expect(first.ok).toBe(true);
    if (first.ok) expect(decodeDesign(first.value)).toEqual(first);
  });
});

describe('decodeDesign: bad fields name the node and the field', () => {
  it.each([
    ['wrong type', { params: { workers: 'eight' } }, ['"web-1"', 'workers', 'must be a number', '"eight"']],
    ['below min', { params: { workers: 0 } }, ['"web-1"', 'workers', 'between 1 and 1000', 'got 0']],
    ['above max', { params: { serviceMs: 70_000 } }, ['"web-1"', 'serviceMs', '60000 ms', 'got 70000']],
    ['non-integer', { params: { workers: 2.5 } }, ['"web-1"', 'workers', 'whole number', '2.5']],
    ['negative', { params: { queueLimit: -1 } }, ['"web-1"', 'queueLimit', 'got -1']],
    ['bad choice', { params: { serviceDist: 'gaussian' } }, ['"web-1"', 'serviceDist', 'exponential, constant, lognormal', '"gaussian"']],
    ['bad toggle', { kind: 'dns', params: { geo: 'yes' } }, ['"web-1"', 'geo', 'true or false']],
    ['params not an object', { params: [1, 2] }, ['"web-1"', 'params', 'must be an object']],
    ['label too long', { label: 'x'.repeat(81) }, ['"web-1"', 'label', 'at most 80']],
    ['label not text', { label: 5 }, ['"web-1"', 'label', 'must be text']],
    ['position not a point', { position: [0, 0] }, ['"web-1"', 'position']],
    ['position off the canvas', { position: { x: 2e6, y: 0 } }, ['"web-1"', 'position.x', 'too far off']],
    ['size too small', { kind: 'dataCenter', size: { width: 10, height: 100 } }, ['"web-1"', 'size.width', 'between 40 and 20000']],
  ] as const)('%s', (_, node, fragments) => {
    expectMessage(errorsOf(oneNode(node)), ...fragments);
  });

  it('a bad field inside a group (client mix) names the group path', () => {
    const errors = errorsOf(doc({ nodes: [{ id: 'users', kind: 'client', params: { mix: { read: 2 } } }] }));
    expectMessage(errors, '"users"', 'mix.read', 'between 0 and 1');
  });

  it('an unknown parameter is left out with a warning (typos.test.ts has the rest)', () => {
    const result = decodeDesign(oneNode({ params: { wrokers: 4 } }));
    expect(result.ok && result.warnings).toEqual(['node "web-1" (web): unknown parameter "wrokers", did you mean "workers"? It was left out.']);
  });

  it('an unknown kind lists the kinds', () => {
    expectMessage(errorsOf(oneNode({ kind: 'mainframe' })), '"web-1"', 'kind', '"mainframe"', 'loadBalancer');
  });

  it('a kind named like an Object.prototype key is still unknown', () => {
    for (const kind of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expectMessage(errorsOf(oneNode({ kind })), 'kind', 'not a component kind');
  });

  it('a missing id, a missing kind and an empty id', () => {
    expectMessage(errorsOf(doc({ nodes: [{ kind: 'web' }] })), 'node #1', 'id', 'missing');
    expectMessage(errorsOf(doc({ nodes: [{ id: 'w' }] })), 'node "w"', 'kind', 'missing');
    expectMessage(errorsOf(doc({ nodes: [{ id: '', kind: 'web' }] })), 'node #1', 'id', 'empty');
    expectMessage(errorsOf(doc({ nodes: [{ id: 'has space'.repeat(10), kind: 'web' }] })), 'node #1', 'id', 'at most 64');
  });

  it('a node that is not an object', () => {
    expectMessage(errorsOf(doc({ nodes: [null] })), 'node #1', 'must be an object', 'null');
    expectMessage(errorsOf(doc({ nodes: ['web'] })), 'node #1', 'must be an object', '"web"');
  });

  it('duplicate ids', () => {
    expectMessage(errorsOf(doc({ nodes: [{ id: 'a', kind: 'web' }, { id: 'a', kind: 'cache' }] })), 'node "a"', 'used twice');
    const edges = [{ id: 'e', source: 'u', target: 'w' }, { id: 'e', source: 'u', target: 'w2' }];
    expectMessage(errorsOf(doc({ nodes: [{ id: 'u', kind: 'client' }, { id: 'w', kind: 'web' }, { id: 'w2', kind: 'web' }], edges })), 'edge "e"', 'used twice');
  });

  it('an edge to a missing node names the edge and the missing end', () => {
    const errors = errorsOf(doc({ nodes: [{ id: 'u', kind: 'client' }], edges: [{ id: 'e1', source: 'u', target: 'ghost' }, { id: 'e2', source: 'nobody', target: 'u' }] }));
    expectMessage(errors, 'edge "e1"', 'target "ghost"', 'not a node');
    expectMessage(errors, 'edge "e2"', 'source "nobody"', 'not a node');
  });

  it('an edge to a node that is itself invalid is not reported twice', () => {
    const errors = errorsOf(doc({ nodes: [{ id: 'u', kind: 'client' }, { id: 'w', kind: 'web', params: { workers: -1 } }], edges: [{ id: 'e1', source: 'u', target: 'w' }], scenario: [{ tS: 1, action: 'kill', target: 'w' }] }));
    expect(errors).toHaveLength(1);
    expectMessage(errors, '"w"', 'workers');
  });

  it('an edge that makes no sense gives the edge rule reason', () => {
    const errors = errorsOf(doc({ nodes: [{ id: 'c', kind: 'cache' }, { id: 'u', kind: 'client' }], edges: [{ id: 'e1', source: 'c', target: 'u' }] }));
    expectMessage(errors, 'edge "e1"', 'c → u', 'nothing connects into them');
    const reverse = errorsOf(doc({ nodes: [{ id: 'db', kind: 'database' }, { id: 'w', kind: 'web' }], edges: [{ id: 'e2', source: 'db', target: 'w' }] }));
    expectMessage(reverse, 'edge "e2"', 'other way', 'connect a web server to a database');
  });

  it('an edge that is not an object, or misses its ends', () => {
    const errors = errorsOf(doc({ nodes: [], edges: [7, { id: 'e2' }] }));
    expectMessage(errors, 'edge #1', 'must be an object', '7');
    expectMessage(errors, 'edge #2', 'source', 'missing');
  });

  it('a parent that is not a data center, or not there', () => {
    const errors = errorsOf(doc({ nodes: [{ id: 'w', kind: 'web', parent: 'lb' }, { id: 'lb', kind: 'loadBalancer' }, { id: 'c', kind: 'cache', parent: 'nowhere' }] }));
    expectMessage(errors, 'node "w"', 'parent "lb"', 'only a data center');
    expectMessage(errors, 'node "c"', 'parent "nowhere"', 'not a node');
  });

  it('parent cycles among data centers', () => {
    expectMessage(errorsOf(doc({ nodes: [{ id: 'dc1', kind: 'dataCenter', parent: 'dc2' }, { id: 'dc2', kind: 'dataCenter', parent: 'dc1' }] })), 'parent', 'loop');
    expectMessage(errorsOf(doc({ nodes: [{ id: 'dc1', kind: 'dataCenter', parent: 'dc1' }] })), 'node "dc1"', 'parent', 'loop');
  });

  it.each([
    ['seed not whole', { seed: 1.5 }, ['sim.seed', 'whole number']],
    ['seed negative', { seed: -1 }, ['sim.seed', '0 or more']],
    ['seed too big', { seed: 2 ** 32 }, ['sim.seed', '2^32']],
    ['duration zero', { durationS: 0 }, ['sim.durationS', 'at least 1 s']],
    ['duration too long', { durationS: 1e9 }, ['sim.durationS', 'at most']],
    ['hop latency text', { hopLatencyMs: 'fast' }, ['sim.hopLatencyMs', 'must be a number', '"fast"']],
    ['unknown sim field', { speed: 2 }, ['unknown field', '"speed"', 'sim']],
  ] as const)('bad sim field: %s', (_, sim, fragments) => {
    expectMessage(errorsOf(doc({ sim })), 'Design', ...fragments);
  });

  it('sim that is not an object', () => {
    expectMessage(errorsOf(doc({ sim: 'fast' })), 'sim', 'must be an object');
  });

  it.each([
    ['negative time', { tS: -1, action: 'kill', target: 'w' }, ['scenario event #1', 'tS', '0 or more']],
    ['time past the longest run', { tS: 1e7, action: 'kill', target: 'w' }, ['scenario event #1', 'tS', 'longest run']],
    ['unknown action', { tS: 1, action: 'explode', target: 'w' }, ['scenario event #1', 'action', 'kill, restore']],
    ['missing target', { tS: 1, action: 'kill' }, ['scenario event #1', 'target', 'missing']],
    ['target not in the design', { tS: 1, action: 'kill', target: 'ghost' }, ['scenario event #1', 'target "ghost"', 'not a node']],
    ['unknown field', { tS: 1, action: 'kill', target: 'w', when: 'now' }, ['scenario event #1', 'unknown field', '"when"']],
    ['not an object', 'kill w', ['scenario event #1', 'must be an object', '"kill w"']],
  ] as const)('bad scenario event: %s', (_, event, fragments) => {
    expectMessage(errorsOf(doc({ nodes: [{ id: 'w', kind: 'web' }], scenario: [event] })), ...fragments);
  });

  it('design-level shapes: not an object, nodes missing, lists that are not lists, too many', () => {
    for (const input of [null, 3, 'design', [], true, undefined]) expectMessage(errorsOf(input), 'JSON object');
    expectMessage(errorsOf({ version: 1 }), 'nodes', 'missing');
    expectMessage(errorsOf(doc({ edges: {} })), 'edges', 'list of edges');
    expectMessage(errorsOf(doc({ scenario: 'none' })), 'scenario', 'list');
    expectMessage(errorsOf(doc({ name: 7 })), 'name', 'must be text');
    expectMessage(errorsOf(doc({ nodes: Array.from({ length: LIMITS.maxNodes + 1 }, (_, i) => ({ id: `n${i}`, kind: 'web' })) })), 'nodes', `${LIMITS.maxNodes + 1} nodes`, `at most ${LIMITS.maxNodes}`);
  });

  it('reports every problem at once, but caps a flood of them', () => {
    const errors = errorsOf(doc({ nodes: [{ id: 'a', kind: 'web', params: { workers: 0 } }, { id: 'b', kind: 'cache', params: { ttlS: -1 } }] }));
    expect(errors).toHaveLength(2);
    const flood = errorsOf(doc({ nodes: Array.from({ length: 200 }, (_, i) => ({ id: `n${i}`, kind: 'web', params: { workers: 0 } })) }));
    expect(flood).toHaveLength(LIMITS.maxErrors);
    expect(flood[flood.length - 1]).toMatch(/and 171 more problems/);
  });

  it('every kind spec is self-consistent: defaults sit within their ranges and choices', () => {
    for (const kind of KINDS) {
      for (const [key, spec] of Object.entries(KIND_SPECS[kind].params)) {
        const leaves = spec.type === 'group' ? Object.entries(spec.fields) : [[key, spec] as const];
        for (const [, leaf] of leaves) {
          if (leaf.type === 'number') {
            expect(leaf.default, `${kind}.${key}`).toBeGreaterThanOrEqual(leaf.min);
            expect(leaf.default, `${kind}.${key}`).toBeLessThanOrEqual(leaf.max);
            if (leaf.integer) expect(Number.isInteger(leaf.default)).toBe(true);
          }
          if (leaf.type === 'choice') expect(leaf.options).toContain(leaf.default);
        }
      }
    }
  });
});
