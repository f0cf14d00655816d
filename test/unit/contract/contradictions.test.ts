/**
 * One regression test per contradiction issue 12 found between the SPOF panel and the engine
 * (docs/routing.md says what each now does and why).
 */
import { describe, expect, it } from 'vitest';
import type { Design, FaultEvent } from '../../../src/model';
import { CONNECT_RETRY_MS } from '../../../src/model/routing';
import { findSpofs } from '../../../src/model/spof';
import { advance, createSimulation, report } from '../../../src/engine';
import { build, type NodeSpec } from '../model/helpers';

const MIX = { mix: { static: 0, read: 1, write: 0, job: 0 }, rps: 100, users: 500 };

/** Share of the requests arriving in [fromS, toS) that were not done by the end of the run. */
function failedShare(design: Design, scenario: FaultEvent[], fromS: number, toS: number, durationS = toS + 5): number {
  const sim = createSimulation({ ...design, sim: { ...design.sim, durationS, seed: 3 } }, { scenario, sampleK: 1, series: false, outcomes: { fromS, toS } });
  advance(sim, durationS * 1000);
  const o = sim.outcomes!;
  let arrived = 0, done = 0;
  for (let i = 0; i < o.arrived.length; i++) { arrived += o.arrived[i]; done += o.done[i]; }
  expect(arrived).toBeGreaterThan(50);
  return (arrived - done) / arrived;
}

const spofIds = (design: Design) => findSpofs(design).map((f) => f.id).sort();

describe('users wired straight to two web servers (no balancer)', () => {
  const design = build([['users', 'client', MIX], ['web-1', 'web'], ['web-2', 'web']], [['users', 'web-1'], ['users', 'web-2']]);

  it('the panel finds no SPOF and killing one server fails nothing after the kill: browsers retry the other address', () => {
    expect(spofIds(design)).toEqual([]);
    expect(failedShare(design, [], 10, 60)).toBe(0);
    // Before this fix the users pinned to web-1 kept failing: 44% of all requests.
    expect(failedShare(design, [{ tS: 10, action: 'kill', target: 'web-1' }], 10, 60)).toBe(0);
  });

  it('the users whose server died pay one failed connect attempt each request', () => {
    const run = (scenario: FaultEvent[]) => {
      const sim = createSimulation({ ...design, sim: { ...design.sim, durationS: 40, seed: 3 } }, { scenario, sampleK: 1, series: false, warmupS: 10 });
      advance(sim, 40_000);
      return report(sim).summary;
    };
    const healthy = run([]);
    const killed = run([{ tS: 5, action: 'kill', target: 'web-1' }]);
    expect(killed.errors).toBe(0);
    // About half the users were pinned to web-1: the mean rises by about half a retry.
    expect(killed.latencyMs.mean - healthy.latencyMs.mean).toBeGreaterThan(CONNECT_RETRY_MS * 0.3);
    expect(killed.latencyMs.mean - healthy.latencyMs.mean).toBeLessThan(CONNECT_RETRY_MS * 0.7);
    expect(killed.latencyMs.p99).toBeGreaterThanOrEqual(CONNECT_RETRY_MS);
  });
});

describe('killing the only DNS, whose records have a TTL', () => {
  const nodes: NodeSpec[] = [['users', 'client', MIX], ['dns', 'dns', { ttlS: 30 }], ['lb', 'loadBalancer'], ['web-1', 'web'], ['web-2', 'web']];
  const edges: [string, string][] = [['users', 'dns'], ['dns', 'lb'], ['lb', 'web-1'], ['lb', 'web-2']];
  const design = build(nodes, edges);
  const kill: FaultEvent[] = [{ tS: 60, action: 'kill', target: 'dns' }];

  it('fails only users whose answer expired: few at first, everyone once a TTL has passed', () => {
    expect(failedShare(design, [], 60, 120)).toBe(0);
    // Right after the kill most users still hold a fresh answer (before the fix: 96% failed at once).
    const early = failedShare(design, kill, 60, 63, 130);
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(0.25);
    // Within a TTL, more answers expire as time goes by (users' lookups are bunched by the start
    // of the run, so not linearly).
    const later = failedShare(design, kill, 72, 75, 130);
    expect(later).toBeGreaterThan(early + 0.2);
    expect(later).toBeLessThan(1);
    // A TTL after the kill, nobody has an answer left.
    expect(failedShare(design, kill, 91, 120, 130)).toBe(1);
  });

  it('the panel lists the DNS, with the TTL in its hint', () => {
    const finding = findSpofs(design).find((f) => f.id === 'dns');
    expect(finding?.reason).toBe('If dns fails, users lose reads: nothing else can take over.');
    expect(finding?.hint).toMatch(/once their cached answer expires \(TTL 30 s\): use a second DNS provider/);
  });

  it('a second DNS fixes it: resolvers retry the other name server, and the panel agrees', () => {
    const two = build([...nodes, ['dns-2', 'dns', { ttlS: 30 }]], [...edges, ['users', 'dns-2'], ['dns-2', 'lb']]);
    expect(spofIds(two)).toEqual(['lb']);
    expect(failedShare(two, kill, 60, 120, 130)).toBe(0);
  });
});

describe('a web server with local sessions wired to a session store', () => {
  const nodes = (sessions: 'local' | 'shared'): NodeSpec[] => [['users', 'client', MIX], ['lb', 'loadBalancer'], ['web-1', 'web', { sessions }], ['web-2', 'web', { sessions }], ['sessions', 'sessionStore']];
  const edges: [string, string][] = [['users', 'lb'], ['lb', 'web-1'], ['lb', 'web-2'], ['web-1', 'sessions'], ['web-2', 'sessions']];
  const kill: FaultEvent[] = [{ tS: 10, action: 'kill', target: 'sessions' }];

  it('local: the store is unused, so the panel does not flag it and killing it costs nothing', () => {
    const design = build(nodes('local'), edges);
    expect(spofIds(design)).toEqual(['lb']);
    expect(failedShare(design, kill, 10, 40)).toBe(0);
  });

  it('shared: every request needs it, so the panel flags it and killing it fails everything', () => {
    const design = build(nodes('shared'), edges);
    expect(spofIds(design)).toEqual(['lb', 'sessions']);
    expect(failedShare(design, kill, 10, 40)).toBe(1);
  });
});

describe('a CDN whose object store dies falls back to two web servers, one of which reads static files from that store', () => {
  // Every key a miss (a million keys, uniform), so each static request goes on to the origin.
  const STATIC = { mix: { static: 1, read: 0, write: 0, job: 0 }, rps: 100, users: 500, keys: { count: 1_000_000, zipfAlpha: 0, hotKeys: 0 } };
  const design = build(
    [['users', 'client', STATIC], ['cdn', 'cdn'], ['objects', 'objectStore'], ['web-1', 'web'], ['web-2', 'web']],
    [['users', 'cdn'], ['cdn', 'objects'], ['cdn', 'web-1'], ['cdn', 'web-2'], ['web-2', 'objects']],
  );

  it('the panel flags the store, and the engine takes turns over both servers, so the half sent to web-2 fails', () => {
    expect(spofIds(design)).toContain('objects');
    // With the dead store's tries moving the turn, every miss went to web-1 and nothing failed.
    const failed = failedShare(design, [{ tS: 5, action: 'kill', target: 'objects' }], 10, 40);
    expect(failed).toBeGreaterThan(0.4);
    expect(failed).toBeLessThan(0.6);
  });
});

describe('a shard router beside a NoSQL store, both behind one keyed tier of a web server', () => {
  const WRITES = { mix: { static: 0, read: 0, write: 1, job: 0 }, rps: 100, users: 500 };
  const shards = ['shard-a', 'shard-b', 'shard-c', 'shard-d'];
  const design = build(
    [['users', 'client', WRITES], ['web', 'web'], ['router', 'shardRouter'], ['nosql', 'nosql'], ...shards.map((id): NodeSpec => [id, 'database', { role: 'shard' }])],
    [['users', 'web'], ['web', 'router'], ['web', 'nosql'], ...shards.map((id): [string, string] => ['router', id])],
  );

  it('every shard gets keys: the router hashes the keys the web server sent it independently of how it chose them', () => {
    // With one hash for both layers the router saw keys of one parity only, and two shards got nothing.
    const sim = createSimulation({ ...design, sim: { ...design.sim, durationS: 10, seed: 3 } }, { sampleK: 1, series: false });
    advance(sim, 10_000);
    const served = shards.map((id) => sim.nodes[sim.byId.get(id)!].served);
    for (const [i, n] of served.entries()) expect(n, `${shards[i]} served ${n} of ${served.join(', ')}`).toBeGreaterThan(50);
  });

  it('so the panel flags each shard, and killing one fails some writes', () => {
    expect(spofIds(design)).toEqual(expect.arrayContaining(shards));
    expect(failedShare(design, [{ tS: 5, action: 'kill', target: 'shard-a' }], 10, 30)).toBeGreaterThan(0.02);
  });
});
