/**
 * Common random numbers: every client and node draws from its own substream, named by its id, so
 * two designs run with one seed see the same arrivals wherever they share clients and the same
 * service times wherever they share nodes. Compare then measures the designs, not the noise.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeNode, type Design, type DesignNode, type Kind } from '../../../src/model';
import { runDesign, type BuildOptions, type RunReport } from '../../../src/engine';
import { substream } from '../../../src/engine/rng';
import { wiredDesignArb } from '../model/helpers';
import { design, READ_WRITE } from './helpers';

type Arrival = [tMs: number, type: number, key: number, user: number];

/** Runs `d` and returns its report and every arrival each client drew, in order. */
function runWatched(d: Design, options: BuildOptions = {}): { report: RunReport; arrivals: Map<string, Arrival[]> } {
  const arrivals = new Map<string, Arrival[]>();
  const report = runDesign(d, {
    ...options,
    onArrival: (clientId, tMs, type, key, user) => {
      let list = arrivals.get(clientId);
      if (!list) arrivals.set(clientId, (list = []));
      list.push([tMs, type, key, user]);
    },
  });
  return { report, arrivals };
}

/** Where two arrival lists first differ ("same" when they do not): a readable failure instead of a 60,000-line diff. */
function firstDifference(a: readonly Arrival[] | undefined, b: readonly Arrival[] | undefined): string {
  if (!a || !b) return a === b ? 'same' : 'one client is missing';
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i].some((x, j) => x !== b[i][j])) return `arrival #${i}: ${a[i].join(', ')} vs ${b[i].join(', ')}`;
  }
  return a.length === b.length ? 'same' : `${a.length} vs ${b.length} arrivals`;
}

/** The report's figures for the given nodes only. */
const nodesOf = (report: RunReport, ids: readonly string[]) => Object.fromEntries(ids.filter((id) => id in report.nodes).map((id) => [id, report.nodes[id]]));

/** Kinds that change nothing when they stand alone: not a client (it sends), not monitoring (it scales balancers). */
const BYSTANDER_KINDS: readonly Kind[] = ['dns', 'cdn', 'loadBalancer', 'web', 'cache', 'database', 'sessionStore', 'queue', 'worker', 'shardRouter', 'nosql', 'objectStore', 'dataCenter'];

describe('substreams', () => {
  it('depend on the seed and the name only', () => {
    const draws = (seed: number, name: string) => { const r = substream(seed, name); return Array.from({ length: 4 }, () => r.nextU32()); };
    expect(draws(7, 'node:web-1')).toEqual(draws(7, 'node:web-1'));
    expect(draws(7, 'node:web-1')).not.toEqual(draws(7, 'node:web-2'));
    expect(draws(7, 'node:web-1')).not.toEqual(draws(8, 'node:web-1'));
  });

  it('are uncorrelated across names of one seed (first draws of 2,000 streams look uniform)', () => {
    const n = 2000;
    const firsts = Array.from({ length: n }, (_, i) => substream(1, `node:web-${i}`).uniform());
    const mean = firsts.reduce((a, b) => a + b, 0) / n;
    // Uniform mean 0.5, sd of the mean √(1/12n) ≈ 0.0065: 4 sd.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.026);
    const lag1 = firsts.slice(1).reduce((acc, x, i) => acc + (x - 0.5) * (firsts[i] - 0.5), 0) / (n - 1) / (1 / 12);
    expect(Math.abs(lag1)).toBeLessThan(0.1);
  });
});

describe('common random numbers', () => {
  it('a random design and the same design plus an unconnected node: identical arrivals, summary and node figures', () => {
    const runnable = wiredDesignArb.map((d): Design => ({ ...d, sim: { ...d.sim, durationS: 4 } }));
    fc.assert(fc.property(
      runnable, fc.constantFrom(...BYSTANDER_KINDS), fc.boolean(), fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.constantFrom<number | 'auto'>('auto', 1, 10),
      (d, kind, atFront, seed, sampleK) => {
        const extra = makeNode(kind, 'bystander', { x: 0, y: 0 }) as DesignNode;
        // At the front, every other node's index moves by one: streams are named by id, not index.
        const withExtra: Design = { ...d, nodes: atFront ? [extra, ...d.nodes] : [...d.nodes, extra] };
        const options = { seed, sampleK };
        const a = runWatched(d, options);
        const b = runWatched(withExtra, options);
        expect([...b.arrivals.keys()]).toEqual([...a.arrivals.keys()]);
        for (const [id, list] of a.arrivals) expect(firstDifference(b.arrivals.get(id), list), id).toBe('same');
        // A lone cache or CDN turns "no caches" (null) into "a hit ratio of 0": reporting, not traffic.
        const summary = (r: RunReport) => (kind === 'cache' || kind === 'cdn' ? { ...r.summary, cacheHitRatio: 0, cdnHitRatio: 0 } : r.summary);
        expect(summary(b.report)).toEqual(summary(a.report));
        expect(nodesOf(b.report, Object.keys(a.report.nodes))).toEqual(a.report.nodes);
      },
    ), { numRuns: 40 });
  });

  it('a design with more behind its balancer sees the same arrivals, request types, keys and users', () => {
    const small = design(
      [
        { id: 'users', kind: 'client', params: { rps: 400, users: 500, mix: READ_WRITE(0.2), keys: { count: 1000, zipfAlpha: 0.9, hotKeys: 5 } } },
        { id: 'lb', kind: 'loadBalancer', params: { algorithm: 'random' } },
        { id: 'web-1', kind: 'web' },
        { id: 'db', kind: 'database' },
      ],
      [['users', 'lb'], ['lb', 'web-1'], ['web-1', 'db']],
      { durationS: 10 },
    );
    const bigger = design(
      [
        { id: 'users', kind: 'client', params: { rps: 400, users: 500, mix: READ_WRITE(0.2), keys: { count: 1000, zipfAlpha: 0.9, hotKeys: 5 } } },
        { id: 'lb', kind: 'loadBalancer', params: { algorithm: 'random' } },
        { id: 'web-1', kind: 'web' },
        { id: 'web-2', kind: 'web' },
        { id: 'cache', kind: 'cache' },
        { id: 'db', kind: 'database' },
      ],
      [['users', 'lb'], ['lb', 'web-1'], ['lb', 'web-2'], ['web-1', 'cache'], ['web-2', 'cache'], ['cache', 'db']],
      { durationS: 10 },
    );
    const a = runWatched(small, { seed: 3 });
    const b = runWatched(bigger, { seed: 3 });
    const arrivals = a.arrivals.get('users')!;
    expect(arrivals.length).toBeGreaterThan(3500);
    expect(firstDifference(b.arrivals.get('users'), arrivals)).toBe('same');
    // The designs do differ downstream: the cache answers reads the database would have served.
    expect(b.report.nodes.db.served).toBeLessThan(a.report.nodes.db.served * 0.8);
    // Another seed is other traffic.
    expect(firstDifference(runWatched(small, { seed: 4 }).arrivals.get('users'), arrivals)).not.toBe('same');
  });

  it('a part of the design another part does not touch gives the same figures when the rest changes', () => {
    const shop = (withSecondBranch: boolean) => design(
      [
        { id: 'users', kind: 'client', params: { rps: 150 } },
        { id: 'web', kind: 'web', params: { workers: 2, serviceMs: 10, serviceDist: 'lognormal' } },
        { id: 'db', kind: 'database', params: { workers: 2 } },
        ...(withSecondBranch ? [
          { id: 'admins', kind: 'client' as const, params: { rps: 300 } },
          { id: 'admin-web', kind: 'web' as const },
        ] : []),
      ],
      [['users', 'web'], ['web', 'db'], ...(withSecondBranch ? [['admins', 'admin-web'] as [string, string]] : [])],
      { durationS: 20 },
    );
    const a = runDesign(shop(false), { seed: 11 });
    const b = runDesign(shop(true), { seed: 11 });
    // With one stream for the whole run, the second branch's draws would shift every service time here.
    expect(nodesOf(b, ['web', 'db'])).toEqual(nodesOf(a, ['web', 'db']));
    expect(b.summary.requests).toBeGreaterThan(a.summary.requests);
  });

  it('keeps sampled runs sampled: 1/k of the arrivals, the same ones in both designs', () => {
    const busy = (extra: boolean) => design(
      [
        { id: 'users', kind: 'client', params: { rps: 200_000, users: 100_000 } },
        { id: 'lb', kind: 'loadBalancer' },
        ...['web-1', 'web-2', 'web-3', 'web-4'].map((id) => ({ id, kind: 'web' as const, params: { workers: 2000, serviceMs: 10 } })),
        // A server with a long-tailed service time: two uniforms per draw instead of one.
        ...(extra ? [{ id: 'web-5', kind: 'web' as const, params: { workers: 2000, serviceMs: 10, serviceDist: 'lognormal' as const } }] : []),
      ],
      [['users', 'lb'], ['lb', 'web-1'], ['lb', 'web-2'], ['lb', 'web-3'], ['lb', 'web-4'], ...(extra ? [['lb', 'web-5'] as [string, string]] : [])],
      { durationS: 3 },
    );
    const a = runWatched(busy(false), { seed: 5 });
    const b = runWatched(busy(true), { seed: 5 });
    const k = a.report.summary.sampleK;
    expect(k).toBe(10);
    const simulated = a.arrivals.get('users')!;
    // 200,000 req/s for 3 s is 60,000 simulated arrivals at k = 10 (Poisson: sd ≈ 245).
    expect(Math.abs(simulated.length - 60_000)).toBeLessThan(1500);
    // Users are sampled too: ids stay below 100,000 / k.
    expect(Math.max(...simulated.map((x) => x[3]))).toBeLessThan(100_000 / k);
    expect(firstDifference(b.arrivals.get('users'), simulated)).toBe('same');
  });
});
