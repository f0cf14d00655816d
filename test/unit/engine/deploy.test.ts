import { describe, expect, it } from 'vitest';
import { advance, createSimulation, runDesign, type RunReport } from '../../../src/engine';
import type { Design, DesignNode, FaultEvent } from '../../../src/model';
import { MANUAL_ROLLBACK_S } from '../../../src/model/deploys';
import { touch } from '../../../src/engine/nodeTime';
import { design } from './helpers';

type Deploy = Extract<FaultEvent, { action: 'deploy' }>;
const deploy = (over: Partial<Deploy> = {}): Deploy => ({ tS: 10, action: 'deploy', target: 'api', strategy: 'rolling', batch: 1, bootS: 5, bad: false, ...over });

/** Users → balancer → `servers` api web servers (lightly loaded), optionally with monitoring. */
function apiPool(servers = 4, monitoring: false | { autoRollback: boolean } = false, rps = 200): Design {
  const webs = Array.from({ length: servers }, (_, i) => ({ id: `api-${i + 1}`, kind: 'web' as const, params: { service: 'api', workers: 8, serviceMs: 10 } }));
  const nodes: Partial<DesignNode>[] = [
    { id: 'users', kind: 'client', params: { rps, mix: { static: 0, read: 1, write: 0, job: 0 } } } as Partial<DesignNode>,
    { id: 'lb', kind: 'loadBalancer', params: { healthCheckS: 1 } } as Partial<DesignNode>,
    ...(webs as Partial<DesignNode>[]),
  ];
  if (monitoring) nodes.push({ id: 'mon', kind: 'monitoring', params: { autoRollback: monitoring.autoRollback } } as Partial<DesignNode>);
  return design(nodes as never, [['users', 'lb'], ...webs.map((w): [string, string] => ['lb', w.id])], { durationS: 80 });
}

const inService = (r: RunReport, tS: number) => r.series.find((p) => p.tS === tS)?.deploys?.api?.inService;

describe('deploys', () => {
  it('rolling, one at a time: capacity is the servers in service at each moment (three of four while one boots)', () => {
    const r = runDesign(apiPool(), { seed: 1, scenario: [deploy()] });
    // Batches leave at 10, 15, 20, 25 s and each boots for 5 s; the deploy ends at 30 s.
    for (const t of [11, 14, 16, 19, 21, 24, 26, 29]) expect(inService(r, t), `at ${t} s`).toBe(3);
    // An event at a bucket's edge belongs to the next bucket: the end at 30 s shows in the point at 31 s, the last one.
    expect(r.series.find((p) => p.tS === 31)?.deploys?.api).toMatchObject({ inService: 4, newVersion: 4 });
    expect(r.series.find((p) => p.tS === 32)?.deploys).toBeUndefined();
    expect(r.deploys).toEqual([{ target: 'api', strategy: 'rolling', bad: false, startedS: 10, endedS: 30, outcome: 'done' }]);
    // Light load and deregistration before each boot: no request is lost.
    expect(r.summary.errors).toBe(0);
    expect(r.series.find((p) => p.tS === 30)!.deploys!.api.newVersion).toBe(3);
  });

  it('rolling two at a time halves the capacity while a batch boots, and ends sooner', () => {
    const r = runDesign(apiPool(), { seed: 1, scenario: [deploy({ batch: 2 })] });
    for (const t of [11, 14, 16, 19]) expect(inService(r, t)).toBe(2);
    expect(r.deploys![0].endedS).toBe(20);
  });

  it('the capacity the engine counts matches: a booting server adds no worker-seconds', () => {
    const plain = createSimulation(apiPool(), { seed: 2 });
    advance(plain, 40_000);
    const rolled = createSimulation(apiPool(), { seed: 2, scenario: [deploy()] });
    advance(rolled, 40_000);
    for (const id of ['api-1', 'api-2', 'api-3', 'api-4']) {
      const n = (s: typeof plain) => { const node = s.nodes[s.byId.get(id)!]; touch(s, node); return node; };
      // Eight workers missing for a 5 s boot: 40,000 worker-milliseconds, exactly.
      expect(n(plain).capArea - n(rolled).capArea).toBe(8 * 5000);
    }
  });

  it('blue/green keeps every server in service (zero downtime) and switches all at once after the boot', () => {
    const r = runDesign(apiPool(), { seed: 1, scenario: [deploy({ strategy: 'blue-green', bootS: 8 })] });
    for (let t = 11; t <= 19; t++) expect(inService(r, t)).toBe(4);
    expect(r.series.find((p) => p.tS === 18)!.deploys!.api.newVersion).toBe(0);
    expect(r.series.find((p) => p.tS === 19)!.deploys!.api.newVersion).toBe(4);
    expect(r.deploys![0]).toMatchObject({ outcome: 'done', endedS: 18 });
    expect(r.summary.errors).toBe(0);
  });

  it('canary: one server takes the new version and its share first, the rest follow after the watch', () => {
    const r = runDesign(apiPool(), { seed: 1, scenario: [deploy({ strategy: 'canary' })] });
    const at = (t: number) => r.series.find((p) => p.tS === t)!.deploys!.api;
    expect(at(16)).toMatchObject({ inService: 4, newVersion: 1 });
    expect(at(44)).toMatchObject({ inService: 4, newVersion: 1 });
    // Watch ends at 15 + 30 = 45 s; three more batches of 5 s.
    expect(r.deploys![0].endedS).toBe(60);
  });

  it('a bad canary is rolled back within its alert window when monitoring is present', () => {
    const r = runDesign(apiPool(4, { autoRollback: true }), { seed: 1, scenario: [deploy({ strategy: 'canary', bad: true })] });
    const d = r.deploys![0];
    expect(d.outcome).toBe('rolled back');
    expect(d.rolledBackBy).toBe('monitoring');
    // The canary took traffic at 15 s; the first one-second bucket after it sees its errors.
    expect(d.rolledBackS!).toBeGreaterThan(15);
    expect(d.rolledBackS!).toBeLessThanOrEqual(17);
    // Only the canary's share failed, for about a second, and only with the bad version's cause.
    expect(Object.keys(r.summary.errorsByCause)).toEqual(['badVersion']);
    expect(r.summary.errors).toBeLessThan(0.3 * 200 * 3 / 4);
    expect(r.summary.errors).toBeGreaterThan(0);
  });

  it('without automatic rollback, a person rolls back only after the manual delay', () => {
    for (const monitoring of [false, { autoRollback: false }] as const) {
      const r = runDesign(apiPool(4, monitoring), { seed: 1, durationS: 120, scenario: [deploy({ strategy: 'canary', bad: true })] });
      const d = r.deploys![0];
      expect(d.rolledBackBy).toBe('person');
      expect(d.rolledBackS).toBe(15 + MANUAL_ROLLBACK_S);
      expect(d.outcome).toBe('rolled back');
      // By then the canary watch had ended and the whole rollout ran bad for a while: many more errors.
      expect(r.summary.errorsByCause.badVersion).toBeGreaterThan(1000);
    }
  });

  it('a bad version fails about 30% of the requests it serves and is slower', () => {
    const good = runDesign(apiPool(1), { seed: 4, durationS: 40, scenario: [deploy({ bootS: 0, tS: 5 })] });
    const bad = runDesign(apiPool(1), { seed: 4, durationS: 40, scenario: [deploy({ bootS: 0, tS: 5, bad: true })] });
    expect(good.summary.errors).toBe(0);
    expect(bad.summary.errorRate).toBeGreaterThan(0.25);
    expect(bad.summary.errorRate).toBeLessThan(0.35);
    expect(bad.summary.latencyMs.p50).toBeGreaterThan(2 * good.summary.latencyMs.p50);
  });

  it('across data centers, one region at a time', () => {
    const d = design([
      { id: 'users', kind: 'client', params: { rps: 100, mix: { static: 0, read: 1, write: 0, job: 0 } } },
      { id: 'east', kind: 'dataCenter', params: { region: 'us-east' } },
      { id: 'west', kind: 'dataCenter', params: { region: 'eu-west' } },
      { id: 'lb-e', kind: 'loadBalancer', parent: 'east' },
      { id: 'lb-w', kind: 'loadBalancer', parent: 'west' },
      { id: 'api-w1', kind: 'web', parent: 'west', params: { service: 'api' } },
      { id: 'api-e1', kind: 'web', parent: 'east', params: { service: 'api' } },
      { id: 'api-e2', kind: 'web', parent: 'east', params: { service: 'api' } },
      { id: 'api-w2', kind: 'web', parent: 'west', params: { service: 'api' } },
    ] as never, [['users', 'lb-e'], ['lb-e', 'api-e1'], ['lb-e', 'api-e2'], ['lb-w', 'api-w1'], ['lb-w', 'api-w2']], { durationS: 40 });
    const sim = createSimulation(d, { seed: 1, scenario: [deploy({ batch: 2 })] });
    advance(sim, 12_000);
    const out = ['api-e1', 'api-e2', 'api-w1', 'api-w2'].filter((id) => !sim.nodes[sim.byId.get(id)!].active);
    // A batch of two never spans regions: both servers of one data center boot, the other's serve.
    expect(out.length).toBe(2);
    expect(new Set(out.map((id) => id.slice(0, 5))).size).toBe(1);
    advance(sim, 17_000);
    const second = ['api-e1', 'api-e2', 'api-w1', 'api-w2'].filter((id) => !sim.nodes[sim.byId.get(id)!].active);
    expect(second.length).toBe(2);
    expect(second.some((id) => out.includes(id))).toBe(false);
  });

  it('is deterministic, and a design without deploys reports none', () => {
    const a = runDesign(apiPool(4, { autoRollback: true }), { seed: 9, scenario: [deploy({ strategy: 'canary', bad: true })] });
    const b = runDesign(apiPool(4, { autoRollback: true }), { seed: 9, scenario: [deploy({ strategy: 'canary', bad: true })] });
    expect(b).toEqual(a);
    const none = runDesign(apiPool(), { seed: 9 });
    expect(none.deploys).toBeUndefined();
    expect(none.series.some((p) => p.deploys !== undefined)).toBe(false);
  });

  it('a balancer id deploys every web server behind it', () => {
    const r = runDesign(apiPool(2), { seed: 1, scenario: [deploy({ target: 'lb' })] });
    expect(r.deploys![0]).toMatchObject({ target: 'lb', outcome: 'done', endedS: 20 });
  });
});
