/**
 * Deploys beyond a balancer's pool (docs/services.md): a web server reached without a balancer is
 * out while it boots (its connection refused, a DNS's health check failing it), and deploys that
 * cover some of the same servers are queued, one after the other, never taking a server out twice.
 */
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, runDesign, type Simulation } from '../../../src/engine';
import type { Design, DesignNode, FaultEvent } from '../../../src/model';
import { CONNECT_RETRY_MS } from '../../../src/model/routing';
import { design, READS_ONLY } from './helpers';

type Deploy = Extract<FaultEvent, { action: 'deploy' }>;
const deploy = (over: Partial<Deploy> = {}): Deploy => ({ tS: 10, action: 'deploy', target: 'api', strategy: 'rolling', batch: 1, bootS: 5, bad: false, ...over });
const api = (id: string, service = 'api') => ({ id, kind: 'web' as const, params: { service, workers: 8, serviceMs: 10 } });

/** `front` ('users', 'dns' or 'lb') → api-1 … api-n. */
function wired(front: 'users' | 'dns' | 'lb', servers: number, extra: Partial<DesignNode>[] = []): Design {
  const webs = Array.from({ length: servers }, (_, i) => api(`api-${i + 1}`));
  const nodes = [{ id: 'users', kind: 'client', params: { rps: 200, mix: READS_ONLY } }, ...webs, ...extra] as Partial<DesignNode>[];
  const edges: [string, string][] = webs.map((w) => [front, w.id]);
  if (front !== 'users') {
    nodes.splice(1, 0, front === 'dns' ? { id: 'dns', kind: 'dns' } : { id: 'lb', kind: 'loadBalancer', params: { healthCheckS: 1 } } as Partial<DesignNode>);
    edges.unshift(['users', front]);
  }
  return design(nodes as never, edges, { durationS: 80 });
}

const node = (sim: Simulation, id: string) => sim.nodes[sim.byId.get(id)!];

describe('a web server reached without a balancer, in a deploy', () => {
  it('users wired straight to two servers: the booting one takes no new request, its users connect to the other', () => {
    const sim = createSimulation(wired('users', 2), { seed: 1, scenario: [deploy()] });
    // api-1 boots from 10 s to 15 s. What it held at 10 s is done well within half a second.
    advance(sim, 10_500);
    const held = node(sim, 'api-1').served;
    const other = node(sim, 'api-2').served;
    advance(sim, 14_900);
    expect(node(sim, 'api-1').served).toBe(held);
    // Every request went to api-2 meanwhile: about 200 req/s for 4.4 s.
    expect(node(sim, 'api-2').served - other).toBeGreaterThan(800);
    const r = runDesign(wired('users', 2), { seed: 1, scenario: [deploy()] });
    expect(r.summary.errors).toBe(0);
    expect(r.deploys![0]).toMatchObject({ outcome: 'done', endedS: 20 });
    // Users whose address was the booting server paid one refused connect before the other answered.
    expect(r.summary.latencyMs.p99).toBeGreaterThanOrEqual(CONNECT_RETRY_MS);
    const plain = runDesign(wired('users', 2), { seed: 1 });
    expect(plain.summary.latencyMs.p99).toBeLessThan(CONNECT_RETRY_MS);
  });

  it('a lone server wired straight to its users: its requests fail as nodeDown, at the server, while it boots', () => {
    const r = runDesign(wired('users', 1), { seed: 2, durationS: 40, scenario: [deploy()] });
    // Five seconds of 200 req/s with nowhere else to go.
    expect(r.summary.errors).toBeGreaterThan(850);
    expect(r.summary.errors).toBeLessThan(1150);
    expect(Object.keys(r.summary.errorsByCause)).toEqual(['nodeDown']);
    expect(r.nodes['api-1'].errors).toBe(r.summary.errors);
    expect(r.series.find((p) => p.tS === 13)!.deploys!.api.inService).toBe(0);
  });

  it('behind a DNS: its health check fails the booting server, so users are sent to the other without a refused connect', () => {
    const sim = createSimulation(wired('dns', 2), { seed: 3, scenario: [deploy()] });
    advance(sim, 10_500);
    const held = node(sim, 'api-1').served;
    advance(sim, 14_900);
    expect(node(sim, 'api-1').served).toBe(held);
    const r = runDesign(wired('dns', 2), { seed: 3, durationS: 40, scenario: [deploy()] });
    expect(r.summary.errors).toBe(0);
    expect(r.summary.latencyMs.p99).toBeLessThan(CONNECT_RETRY_MS);
    // And it comes back: after the deploy both servers serve again.
    const after = createSimulation(wired('dns', 2), { seed: 3, scenario: [deploy()] });
    advance(after, 21_000);
    const back = node(after, 'api-1').served;
    advance(after, 25_000);
    expect(node(after, 'api-1').served - back).toBeGreaterThan(100);
  });
});

/** How many of api-1 … api-4 take traffic, every quarter second from `fromS` to `toS`. */
function inServiceOver(sim: Simulation, fromS: number, toS: number): number[] {
  const out: number[] = [];
  for (let ms = fromS * 1000; ms <= toS * 1000; ms += 250) {
    advance(sim, ms);
    out.push(['api-1', 'api-2', 'api-3', 'api-4'].filter((id) => node(sim, id).active).length);
  }
  return out;
}

describe('overlapping deploys', () => {
  it('a service and the balancer in front of it: the second waits until the first ends, never two servers out', () => {
    const scenario = [deploy(), deploy({ tS: 12, target: 'lb' })];
    const sim = createSimulation(wired('lb', 4), { seed: 1, scenario });
    const counts = inServiceOver(sim, 9, 56);
    expect(Math.min(...counts)).toBe(3);
    const r = runDesign(wired('lb', 4), { seed: 1, scenario });
    // api rolls from 10 to 30 s; lb was asked for at 12 s and rolls from 30 to 50 s.
    expect(r.deploys).toEqual([
      { target: 'api', strategy: 'rolling', bad: false, startedS: 10, endedS: 30, outcome: 'done' },
      { target: 'lb', strategy: 'rolling', bad: false, startedS: 30, queuedS: 12, endedS: 50, outcome: 'done' },
    ]);
    expect(r.events.some((e) => e.tMs === 12_000 && /deploy of lb queued: it waits for the deploy of api/.test(e.text))).toBe(true);
    expect(r.summary.errors).toBe(0);
  });

  it('two deploys of one service run one after the other, each with its own batch', () => {
    const scenario = [deploy({ batch: 2 }), deploy({ tS: 11, batch: 1 })];
    const sim = createSimulation(wired('lb', 4), { seed: 1, scenario });
    const counts = inServiceOver(sim, 9, 45);
    // The first takes two out at a time (10–20 s), the second one (20–40 s): never more.
    expect(Math.min(...counts.slice(0, 40))).toBe(2);
    expect(Math.min(...counts.slice(46))).toBe(3);
    const r = runDesign(wired('lb', 4), { seed: 1, scenario });
    expect(r.deploys!.map((d) => [d.startedS, d.endedS])).toEqual([[10, 20], [20, 40]]);
  });

  it('a queued deploy waits for a rollback to finish, then starts', () => {
    const mon = { id: 'mon', kind: 'monitoring', params: { autoRollback: true } } as Partial<DesignNode>;
    const r = runDesign(wired('lb', 4, [mon]), { seed: 1, scenario: [deploy({ strategy: 'canary', bad: true }), deploy({ tS: 14, target: 'lb' })] });
    const [first, second] = r.deploys!;
    expect(first.outcome).toBe('rolled back');
    expect(second).toMatchObject({ queuedS: 14, startedS: first.endedS, outcome: 'done' });
  });

  it('deploys of two services behind one balancer share no server, so they run side by side', () => {
    const d = wired('lb', 2);
    d.nodes.push(...[api('up-1', 'uploads'), api('up-2', 'uploads')].map((spec) => ({ ...d.nodes[2], ...spec, params: { ...(d.nodes[2].params as object), ...spec.params } }) as DesignNode));
    d.edges.push({ id: 'x1', source: 'lb', target: 'up-1', kind: 'request' }, { id: 'x2', source: 'lb', target: 'up-2', kind: 'request' });
    const r = runDesign(d, { seed: 1, scenario: [deploy(), deploy({ target: 'uploads' })] });
    expect(r.deploys!.map((x) => [x.target, x.startedS, x.endedS, x.queuedS])).toEqual([['api', 10, 20, undefined], ['uploads', 10, 20, undefined]]);
  });
});
