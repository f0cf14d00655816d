import { describe, expect, it } from 'vitest';
import { canConnect, impliedEdgeKind, KINDS, makeNode, type DesignEdge, type DesignNode, type Kind } from '../../../src/model';
import { decodeDesign } from '../../../src/model/decoding';

const node = (kind: Kind, id: string = kind, params: Record<string, unknown> = {}) => makeNode(kind, id, { x: 0, y: 0 }, params as never) as DesignNode;
const db = (id: string, role: 'primary' | 'replica' | 'shard') => node('database', id, { role });
const edge = (source: string, target: string, kind: DesignEdge['kind'] = 'request'): DesignEdge => ({ id: `${source}~${target}`, source, target, kind });

describe('canConnect: the table', () => {
  it.each([
    ['client', 'dns', 'request'], ['client', 'cdn', 'request'], ['client', 'loadBalancer', 'request'], ['client', 'web', 'request'],
    ['dns', 'cdn', 'request'], ['dns', 'loadBalancer', 'request'], ['dns', 'web', 'request'],
    ['cdn', 'objectStore', 'request'], ['cdn', 'loadBalancer', 'request'], ['cdn', 'web', 'request'],
    ['loadBalancer', 'web', 'request'], ['loadBalancer', 'loadBalancer', 'request'],
    ['web', 'cache', 'request'], ['web', 'database', 'request'], ['web', 'sessionStore', 'request'], ['web', 'queue', 'async'],
    ['web', 'shardRouter', 'request'], ['web', 'nosql', 'request'], ['web', 'objectStore', 'request'],
    ['cache', 'database', 'request'], ['cache', 'shardRouter', 'request'], ['cache', 'nosql', 'request'],
    ['queue', 'worker', 'async'],
    ['worker', 'database', 'request'], ['worker', 'cache', 'request'], ['worker', 'nosql', 'request'], ['worker', 'shardRouter', 'request'], ['worker', 'objectStore', 'request'],
    ['shardRouter', 'database', 'request'], ['shardRouter', 'nosql', 'request'],
  ] as const)('allows %s → %s as %s', (s, t, kind) => {
    expect(canConnect(node(s, 's'), node(t, 't'))).toEqual({ ok: true, kind });
  });

  it.each([
    ['cache', 'client', /Users only send requests; nothing connects into them/],
    ['web', 'client', /nothing connects into them/],
    ['client', 'client', /nothing connects into them/],
    ['client', 'database', /Users never reach a database directly: connect them to a web server/],
    ['client', 'cache', /Users never reach a cache directly/],
    ['client', 'queue', /connect users → web server → message queue → worker pool/],
    ['client', 'objectStore', /Users do not send requests to an object store\. Users can connect to DNS, a CDN, a load balancer or a web server\./],
    ['database', 'web', /Requests flow the other way: connect a web server to a database, not a database to a web server/],
    ['web', 'loadBalancer', /other way: connect a load balancer to a web server/],
    ['objectStore', 'cdn', /other way: connect a CDN to an object store/],
    ['web', 'web', /put a load balancer in front of both/],
    ['web', 'worker', /through a queue/],
    ['web', 'dns', /other way: connect DNS to a web server/],
    ['cache', 'objectStore', /^A cache does not send requests to an object store\. A cache can connect to a database, a shard router or a NoSQL store\.$/],
    ['cache', 'cache', /A cache does not send requests to a cache/],
    ['nosql', 'database', /A NoSQL store answers requests; it does not send any onward/],
    ['sessionStore', 'database', /A session store answers requests/],
    ['loadBalancer', 'database', /A load balancer does not send requests to a database/],
    ['dataCenter', 'web', /A data center is a group: drop components inside it/],
    ['web', 'dataCenter', /A data center is a group/],
    ['monitoring', 'web', /Monitoring watches every node on its own/],
    ['web', 'monitoring', /Monitoring watches every node/],
  ] as const)('refuses %s → %s, saying why', (s, t, reason) => {
    const verdict = canConnect(node(s, 's'), node(t, 't'));
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(reason);
  });

  it('every refusal reads as a sentence: capitalised, ends with a full stop, no "a users" or "a object"', () => {
    for (const s of KINDS) {
      for (const t of KINDS) {
        const verdict = canConnect(node(s, 's'), node(t, 't'));
        if (verdict.ok) continue;
        expect(verdict.reason, `${s} → ${t}`).toMatch(/^[A-Z].*\.$/);
        expect(verdict.reason, `${s} → ${t}`).not.toMatch(/\ba users\b|\ba object\b|\ba workers\b|\bundefined\b/i);
      }
    }
  });

  it('impliedEdgeKind agrees with canConnect on every allowed pair', () => {
    for (const s of KINDS) {
      for (const t of KINDS) {
        const verdict = canConnect(node(s, 's', s === 'database' ? { role: 'primary' } : {}), node(t, 't', t === 'database' ? { role: 'replica' } : {}));
        if (verdict.ok) expect(impliedEdgeKind(node(s, 's'), node(t, 't'))).toBe(verdict.kind);
      }
    }
  });
});

describe('canConnect: replication', () => {
  it('primary → replica and shard → replica are replication', () => {
    expect(canConnect(db('p', 'primary'), db('r', 'replica'))).toEqual({ ok: true, kind: 'replication' });
    expect(canConnect(db('s', 'shard'), db('r', 'replica'))).toEqual({ ok: true, kind: 'replication' });
  });

  it('refuses replication out of a replica', () => {
    for (const role of ['primary', 'replica', 'shard'] as const) {
      const verdict = canConnect(db('r', 'replica'), db('x', role));
      expect(!verdict.ok && verdict.reason).toMatch(/A replica does not copy its data onward/);
    }
  });

  it('refuses replication into a primary or a shard, and says to set the role', () => {
    expect(canConnect(db('p', 'primary'), db('p2', 'primary'))).toEqual({ ok: false, reason: expect.stringMatching(/this target is a primary: set the target's role to replica/) });
    expect(canConnect(db('p', 'primary'), db('s', 'shard'))).toEqual({ ok: false, reason: expect.stringMatching(/this target is a shard/) });
    expect(canConnect(db('s', 'shard'), db('s2', 'shard')).ok).toBe(false);
  });

  it('a replica follows one primary', () => {
    const verdict = canConnect(db('p2', 'primary'), db('r', 'replica'), [edge('p1', 'r', 'replication')]);
    expect(!verdict.ok && verdict.reason).toMatch(/already copies "p1"; a replica follows one primary/);
  });

  it('a shard router sends to shards, not to their replicas', () => {
    const verdict = canConnect(node('shardRouter', 'router'), db('r', 'replica'));
    expect(!verdict.ok && verdict.reason).toMatch(/connect the router to the shard, and the shard to its replica/);
  });

  it('the decoder infers replication for database → database even when the file says request', () => {
    const result = decodeDesign({ version: 1, nodes: [{ id: 'p', kind: 'database' }, { id: 'r', kind: 'database', params: { role: 'replica' } }], edges: [{ id: 'e', source: 'p', target: 'r' }] });
    expect(result.ok && result.value.edges[0].kind).toBe('replication');
  });
});

describe('canConnect: loops and duplicates', () => {
  it('refuses a self-loop for every kind', () => {
    for (const kind of KINDS) {
      const n = node(kind, 'same');
      const verdict = canConnect(n, n);
      expect(verdict.ok, kind).toBe(false);
      if (!verdict.ok && kind !== 'client' && kind !== 'dataCenter' && kind !== 'monitoring') expect(verdict.reason).toBe('A component cannot connect to itself.');
    }
  });

  it('refuses a duplicate and a reverse duplicate', () => {
    const lb1 = node('loadBalancer', 'lb1');
    const lb2 = node('loadBalancer', 'lb2');
    expect(canConnect(lb1, lb2, [edge('lb1', 'lb2')])).toEqual({ ok: false, reason: 'These two are already connected.' });
    expect(canConnect(lb2, lb1, [edge('lb1', 'lb2')])).toEqual({ ok: false, reason: expect.stringMatching(/already connected the other way/) });
    expect(canConnect(node('web', 'w'), node('cache', 'c'), [edge('w', 'c')])).toEqual({ ok: false, reason: 'These two are already connected.' });
  });

  it('refuses a longer loop of load balancers', () => {
    const existing = [edge('lb1', 'lb2'), edge('lb2', 'lb3')];
    const verdict = canConnect(node('loadBalancer', 'lb3'), node('loadBalancer', 'lb1'), existing);
    expect(!verdict.ok && verdict.reason).toMatch(/loop of load balancers/);
    expect(canConnect(node('loadBalancer', 'lb1'), node('loadBalancer', 'lb3'), existing)).toEqual({ ok: true, kind: 'request' });
  });

  it('no allowed pair can close a loop: the allowed graph between distinct nodes is acyclic by kind except balancers', () => {
    // Every kind cycle in the table goes through loadBalancer → loadBalancer or database → database;
    // the first is checked for loops and the second only runs primary → replica, and a replica sends nothing.
    const sources = KINDS.flatMap((s) => KINDS.filter((t) => s !== t && canConnect(node(s, 's'), node(t, 't')).ok).map((t) => [s, t] as const));
    const next = new Map<Kind, Kind[]>();
    for (const [s, t] of sources) next.set(s, [...(next.get(s) ?? []), t]);
    const onStack = new Set<Kind>();
    const done = new Set<Kind>();
    const visit = (k: Kind): boolean => {
      if (onStack.has(k)) return true;
      if (done.has(k)) return false;
      onStack.add(k);
      const cyclic = (next.get(k) ?? []).some(visit);
      onStack.delete(k);
      done.add(k);
      return cyclic;
    };
    expect(KINDS.some(visit)).toBe(false);
  });
});
