import { describe, expect, it } from 'vitest';
import { evaluateGoal } from '../../../src/stages/goals';
import type { Goal } from '../../../src/stages/types';
import { stage03 } from '../../../src/stages/stage03-load-balancer';
import { stage04 } from '../../../src/stages/stage04-replication';
import { fakeReport, node, point } from './fakeReport';

const design = stage03.start;
const hint = 'Do the chapter thing.';
const goal = <G extends Omit<Goal, 'label' | 'hint'>>(g: G) => ({ label: 'a goal', hint, ...g }) as Goal;

describe('goal evaluation on synthetic reports', () => {
  it('throughput: passes above the minimum, fails below with the top error cause', () => {
    const g = goal({ type: 'throughput', minRps: 300 });
    expect(evaluateGoal(g, fakeReport({ throughputRps: 320 }), design)).toMatchObject({ passed: true, measured: '320 req/s' });
    const r = evaluateGoal(g, fakeReport({ throughputRps: 240, errors: 1800, errorsByCause: { queueFull: 1800 } }, { nodes: { 'web-1': node('web', 1, { errors: 1800 }) } }), design);
    expect(r.passed).toBe(false);
    expect(r.message).toContain('240 req/s');
    expect(r.message).toContain('at least 300 req/s');
    expect(r.message).toContain('queue was full');
    expect(r.message).toContain('web-1');
    expect(r.hint).toBe(hint);
  });

  it('p99: names the busiest node when failing', () => {
    const g = goal({ type: 'p99', maxMs: 200 });
    const ok = evaluateGoal(g, fakeReport(), design);
    expect(ok).toMatchObject({ passed: true, measured: '120 ms' });
    expect(ok.hint).toBeUndefined();
    const r = evaluateGoal(g, fakeReport({ latencyMs: { mean: 400, p50: 300, p95: 900, p99: 1240 } }, {
      nodes: { users: node('client', 0), 'web-1': node('web', 1), 'db-primary': node('database', 0.2) },
    }), design);
    expect(r.passed).toBe(false);
    expect(r.message).toBe('p99 latency was 1,240 ms; the goal is under 200 ms — web-1 is 100% busy.');
  });

  it('p99 with no completed request fails instead of passing on a zero', () => {
    const r = evaluateGoal(goal({ type: 'p99', maxMs: 200 }), fakeReport({ completed: 0, errors: 10_000, errorRate: 1, errorsByCause: { nodeDown: 10_000 }, latencyMs: { mean: 0, p50: 0, p95: 0, p99: 0 } }), design);
    expect(r.passed).toBe(false);
    expect(r.message).toContain('was down');
  });

  it('errorRate: explains the errors by cause', () => {
    const g = goal({ type: 'errorRate', max: 0.01 });
    expect(evaluateGoal(g, fakeReport(), design).passed).toBe(true);
    const r = evaluateGoal(g, fakeReport({ errors: 420, errorRate: 0.042, errorsByCause: { nodeDown: 400, timeout: 20 } }, { nodes: { 'web-1': node('web', 0.5, { errors: 400 }) } }), design);
    expect(r.passed).toBe(false);
    expect(r.measured).toBe('4.2%');
    expect(r.message).toContain('most of them (400) reached a component that was down; web-1 failed the most (400)');
  });

  it('a run with no requests fails traffic goals with a clear message', () => {
    const r = evaluateGoal(goal({ type: 'errorRate', max: 0.01 }), fakeReport({ requests: 0, completed: 0, errors: 0, errorRate: 0 }), design);
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(/No requests/);
  });

  it('noSpof: reads the design, filtered by kind', () => {
    const g = goal({ type: 'noSpof', kinds: ['web'] });
    const r = evaluateGoal(g, fakeReport(), stage03.start);
    expect(r.passed).toBe(false);
    expect(r.message).toContain('web-1 is a single point of failure');
    expect(r.hint).toBe(hint);
    expect(evaluateGoal(g, fakeReport(), stage03.solution).passed).toBe(true);
    // The database is still a SPOF in stage 3's solution: a goal over all kinds sees it.
    expect(evaluateGoal(goal({ type: 'noSpof' }), fakeReport(), stage03.solution).message).toContain('db-primary');
  });

  it('hasKind: counts nodes, with parameter filters', () => {
    const g = goal({ type: 'hasKind', kind: 'database', min: 2, params: { role: 'replica' } });
    const r = evaluateGoal(g, fakeReport(), stage04.start);
    expect(r).toMatchObject({ passed: false, measured: '0 databases with role replica' });
    expect(evaluateGoal(g, fakeReport(), stage04.solution)).toMatchObject({ passed: true, measured: '2 databases with role replica' });
    expect(evaluateGoal(goal({ type: 'hasKind', kind: 'web', min: 2 }), fakeReport(), stage03.start).message)
      .toBe('The design has 1 web server; the goal needs at least 2.');
  });

  it('hitRatio: no cache in the run is a failure that says so', () => {
    const g = goal({ type: 'hitRatio', of: 'cache', min: 0.6 });
    expect(evaluateGoal(g, fakeReport(), design)).toMatchObject({ passed: false, measured: 'no lookups' });
    expect(evaluateGoal(g, fakeReport({ cacheHitRatio: 0.42 }), design).message).toContain('only 42%');
    expect(evaluateGoal(g, fakeReport({ cacheHitRatio: 0.8 }), design).passed).toBe(true);
    expect(evaluateGoal(goal({ type: 'hitRatio', of: 'cdn', min: 0.8 }), fakeReport({ cdnHitRatio: 0.5 }), design).message).toContain('the origin');
  });

  it('counted consistency goals: lost writes, stale reads, session misses', () => {
    expect(evaluateGoal(goal({ type: 'lostWrites', max: 5 }), fakeReport({ lostWrites: 12 }), design).message)
      .toMatch(/^Lost on failover: 12 writes; the goal is at most 5 writes/);
    expect(evaluateGoal(goal({ type: 'staleReads', max: 5 }), fakeReport({ staleReads: 1 }), design).passed).toBe(true);
    const s = evaluateGoal(goal({ type: 'sessionMisses', max: 0 }), fakeReport({ sessionMisses: 312 }), design);
    expect(s).toMatchObject({ passed: false, measured: '312 session misses', hint });
    expect(s.message).toContain('logged out');
  });

  it('shardSkew and keysMovedOnAdd read the shard report', () => {
    const shards = { router: { loadShare: { 'shard-1': 0.55, 'shard-2': 0.15, 'shard-3': 0.15, 'shard-4': 0.15 }, skew: 2.2, keysMovedOnAdd: 0.8 } };
    const skew = evaluateGoal(goal({ type: 'shardSkew', max: 1.5 }), fakeReport({}, { shards }), design);
    expect(skew.passed).toBe(false);
    expect(skew.message).toContain('shard-1 took 55%');
    expect(evaluateGoal(goal({ type: 'keysMovedOnAdd', max: 0.35 }), fakeReport({}, { shards }), design)).toMatchObject({ passed: false, measured: '80%' });
    expect(evaluateGoal(goal({ type: 'shardSkew', max: 1.5 }), fakeReport(), design)).toMatchObject({ passed: false, measured: 'no shards' });
  });

  it('queueFull, utilization and served', () => {
    expect(evaluateGoal(goal({ type: 'queueFull', max: 0 }), fakeReport({ errorsByCause: { queueFull: 30 } }, { nodes: { jobs: node('queue', 0, { errors: 30 }) } }), design).message)
      .toContain('refused at jobs');
    const nodes = { 'db-primary': node('database', 0.2), 'db-replica-1': node('database', 0.93) };
    const u = evaluateGoal(goal({ type: 'utilization', kind: 'database', max: 0.6 }), fakeReport({}, { nodes }), design);
    expect(u).toMatchObject({ passed: false, measured: '93%' });
    expect(u.message).toContain('db-replica-1');
    expect(evaluateGoal(goal({ type: 'utilization', kind: 'cache', max: 0.6 }), fakeReport({}, { nodes }), design).passed).toBe(false);
    expect(evaluateGoal(goal({ type: 'served', kind: 'database', min: 1500 }), fakeReport({}, { nodes }), design).passed).toBe(true);
    expect(evaluateGoal(goal({ type: 'served', kind: 'cache', min: 1 }), fakeReport({}, { nodes }), design).passed).toBe(false);
  });

  it('outage counts the seconds above the error threshold', () => {
    const series = [0, 1, 2, 3, 4, 5].map((t) => point(t, t >= 2 && t <= 4 ? 0.5 : 0));
    const g = goal({ type: 'outage', maxS: 2, errorRateAbove: 0.05 });
    const r = evaluateGoal(g, fakeReport({}, { series }), design);
    expect(r).toMatchObject({ passed: false, measured: '3 s' });
    // Points are stamped at the end of their bucket: the buckets ending at 2, 3 and 4 s span 1 s to 4 s.
    expect(r.message).toContain('from 1 s to 4 s');
    expect(evaluateGoal({ ...g, maxS: 3 } as Goal, fakeReport({}, { series }), design).passed).toBe(true);
  });

  it('budget: passes within the monthly budget, fails above it naming the priciest node', () => {
    const cost = { hourlyUsd: 2, monthlyUsd: 1460, perMillionRequestsUsd: 0.5, byNode: { 'web-1': 1.5, db: 0.5 } };
    const g = goal({ type: 'budget', maxMonthlyUsd: 1500 });
    expect(evaluateGoal(g, fakeReport({}, { cost }), design)).toMatchObject({ passed: true, measured: '$1,460 a month' });
    const over = evaluateGoal({ ...g, maxMonthlyUsd: 1000 } as Goal, fakeReport({}, { cost }), design);
    expect(over).toMatchObject({ passed: false, hint });
    expect(over.message).toContain('the budget is $1,000 a month — web-1 is 75% of it');
  });
});

describe('the rollback goal', () => {
  const g = goal({ type: 'rollback', maxS: 10 });
  const deploy = { target: 'lb', strategy: 'canary' as const, bad: true, startedS: 5, endedS: null, outcome: 'running' as const };
  const withDeploys = (deploys: NonNullable<ReturnType<typeof fakeReport>['deploys']>, badVersion = 0) =>
    ({ ...fakeReport({ durationS: 40, errorsByCause: { badVersion } }), deploys });

  it('passes when monitoring rolls a bad version back in time, and ignores good deploys', () => {
    const r = evaluateGoal(g, withDeploys([{ ...deploy, outcome: 'rolled back', endedS: 12, rolledBackS: 9, rolledBackBy: 'monitoring' }, { ...deploy, bad: false, outcome: 'done', endedS: 30 }]), design);
    expect(r).toMatchObject({ passed: true, measured: '4 s' });
    expect(r.message).toContain('rolled back by monitoring 4 s later');
  });

  it('fails a late rollback and a bad version still serving at the end, saying how many requests it failed', () => {
    const late = evaluateGoal(g, withDeploys([{ ...deploy, outcome: 'rolled back', endedS: 80, rolledBackS: 68, rolledBackBy: 'person' }], 900), design);
    expect(late).toMatchObject({ passed: false, measured: '63 s', hint });
    expect(late.message).toContain('by a person 63 s later');
    expect(late.message).toContain('900 requests failed on the bad version');
    const never = evaluateGoal(g, withDeploys([deploy], 1200), design);
    expect(never).toMatchObject({ passed: false, measured: 'not rolled back (35 s)' });
    expect(never.message).toContain('still in service when the run ended');
  });

  it('fails, with the reason, when no bad version went out', () => {
    expect(evaluateGoal(g, fakeReport(), design)).toMatchObject({ passed: false, measured: 'no bad deploy' });
  });
});
