/** Replication: lag makes stale reads; failover loses exactly the promoted replica's backlog. */
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, killNode, replicaBacklog, report, runDesign } from '../../../src/engine';
import { design, READ_WRITE } from './helpers';

function replicated(lagMs: number, extra: { monitoring?: boolean; hotKeys?: number } = {}) {
  const nodes: Parameters<typeof design>[0] = [
    { id: 'users', kind: 'client', params: { rps: 400, mix: READ_WRITE(0.3), keys: { count: 200, zipfAlpha: 1, hotKeys: extra.hotKeys ?? 0 }, users: 50 } },
    { id: 'web', kind: 'web', params: { workers: 64, serviceMs: 1 } },
    { id: 'db', kind: 'database', params: { workers: 32, readMs: 2, writeMs: 2, replicationLagMs: lagMs, failoverS: 5 } },
    { id: 'db-2', kind: 'database', params: { role: 'replica', workers: 32, readMs: 2, writeMs: 2, replicationLagMs: lagMs } },
  ];
  if (extra.monitoring) nodes.push({ id: 'mon', kind: 'monitoring' });
  return design(nodes, [['users', 'web'], ['web', 'db'], ['web', 'db-2'], ['db', 'db-2']], { durationS: 40, hopLatencyMs: 0 });
}

describe('replication', () => {
  it('stale reads rise with replication lag', () => {
    const rates = [0, 50, 500, 5000].map((lagMs) => {
      const s = runDesign(replicated(lagMs), { series: false }).summary;
      return s.staleReads / s.completed;
    });
    for (let i = 1; i < rates.length; i++) expect(rates[i]).toBeGreaterThan(rates[i - 1]);
    expect(rates[3]).toBeGreaterThan(0.05);
  });

  it('counts read-your-writes violations among stale reads', () => {
    const s = runDesign(replicated(2000), { series: false }).summary;
    expect(s.readYourWritesViolations).toBeGreaterThan(0);
    expect(s.readYourWritesViolations).toBeLessThanOrEqual(s.staleReads);
  });

  it('reports the replica lag (network delay plus apply backlog)', () => {
    const r = runDesign(replicated(100), { series: false });
    const lag = r.nodes['db-2'].replicationLagMs!;
    expect(lag.mean).toBeGreaterThan(100);
    expect(lag.mean).toBeLessThan(110);
  });

  it('lag matches the queue model: E[lag] = d + 1/(μa − λw), p99 = d − ln(0.01)/(μa − λw)', () => {
    // 300 writes/s; apply time writeMs × APPLY_FACTOR = 2 ms (μa = 0.5/ms); network delay 50 ms.
    const d = design(
      [
        { id: 'users', kind: 'client', params: { rps: 300, mix: { static: 0, read: 0, write: 1, job: 0 } } },
        { id: 'web', kind: 'web', params: { workers: 64, serviceMs: 1, queueLimit: 100_000 } },
        { id: 'db', kind: 'database', params: { workers: 64, writeMs: 4 } },
        { id: 'db-2', kind: 'database', params: { role: 'replica', writeMs: 4, replicationLagMs: 50 } },
      ],
      [['users', 'web'], ['web', 'db'], ['db', 'db-2']],
      { durationS: 400, hopLatencyMs: 0, seed: 3 },
    );
    const lag = runDesign(d, { warmupS: 40, series: false }).nodes['db-2'].replicationLagMs!;
    const gap = 0.5 - 0.3; // μa − λw per ms
    expect(Math.abs(lag.mean - (50 + 1 / gap)) / (50 + 1 / gap)).toBeLessThan(0.01);
    expect(Math.abs(lag.p99 - (50 - Math.log(0.01) / gap)) / (50 - Math.log(0.01) / gap)).toBeLessThan(0.03);
  });

  it('loses exactly the writes the promoted replica had not applied when the primary died', () => {
    const sim = createSimulation(replicated(300, { monitoring: true }), { series: false });
    advance(sim, 15_000);
    const backlog = replicaBacklog(sim, 'db-2');
    expect(backlog).toBeGreaterThan(5);
    killNode(sim, 'db');
    advance(sim, Infinity);
    const r = report(sim);
    expect(r.summary.lostWrites).toBe(backlog);
    expect(r.events.some((e) => /replica db-2 promoted to primary; \d+ writes lost/.test(e.text))).toBe(true);
    // While no primary, writes fail nodeDown; after the promotion they succeed on db-2.
    expect(r.summary.errorsByCause.nodeDown).toBeGreaterThan(0);
    expect(r.nodes['db-2'].served).toBeGreaterThan(0);
  });

  it('fails over 5× slower without monitoring', () => {
    const errorsWith = (monitoring: boolean) => {
      const d = replicated(100, { monitoring });
      d.scenario = [{ tS: 5, action: 'kill', target: 'db' }];
      return runDesign(d, { series: false }).summary.errorsByCause.nodeDown ?? 0;
    };
    const fast = errorsWith(true);
    const slow = errorsWith(false);
    expect(slow / fast).toBeGreaterThan(4);
    expect(slow / fast).toBeLessThan(6);
  });
});
