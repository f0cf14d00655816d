import { describe, expect, it } from 'vitest';
import { demoForStage, scriptFaults } from '../../../src/classroom';
import { runDesign } from '../../../src/engine';
import type { RunReport } from '../../../src/engine/api';
import type { Design } from '../../../src/model';
import { findSpofs } from '../../../src/model/spof';
import { evolve } from '../../../src/stages/build';
import { checkStage } from '../../../src/stages/check';
import { stageById, type Stage } from '../../../src/stages';

/**
 * What the stages' words say, measured: each test runs a stage's design the way the Check (or the
 * classroom demo) does and checks the number a sentence of its explanation, hints or narration
 * stands on.
 */

const stage = (id: string): Stage => stageById(id)!;

/** The demo's run, as classroom mode plays it: the design it plays on, with the script's actions. */
function demoRun(id: string): RunReport {
  const demo = demoForStage(id)!;
  return runDesign(demo.design, { scenario: scriptFaults(demo.script), series: true });
}

const secondsOf = (report: RunReport, text: string): number[] =>
  report.events.filter((e) => e.text.includes(text)).map((e) => e.tMs / 1000);

describe('stage 8 "More than one data center"', () => {
  const s = stage('8');
  /** The design's first seconds with no fault, with only one coast's users sending. */
  const onlyFrom = (d: Design, who: 'users' | 'users-west'): RunReport =>
    runDesign(evolve(d, { name: who, params: { [who === 'users' ? 'users-west' : 'users']: { rps: 0 } } }), { seed: s.check.seed, durationS: 15, series: false });

  it('starts with the whole site in one data center in US East, so the dark East takes it down for everyone', () => {
    const east = s.start.nodes.filter((n) => n.kind === 'dataCenter');
    expect(east.map((n) => n.id)).toEqual(['dc-east']);
    const outside = s.start.nodes.filter((n) => !n.parent && n.kind !== 'dataCenter').map((n) => n.kind).sort();
    expect(outside).toEqual(['cdn', 'client', 'client', 'dns', 'objectStore']);
    const r = checkStage(s, s.start);
    expect(r.notes.map((n) => n.appliedTo)).toEqual(['dc-east']);
    const failed = r.results.filter((g) => !g.passed).map((g) => g.goal.type);
    expect(failed).toEqual(expect.arrayContaining(['noSpof', 'errorRate']));
    // Every dynamic request fails once the East is gone; only the CDN's static files are left.
    expect(r.report!.summary.errorRate).toBeGreaterThan(0.3);
  });

  it('in the start every West request crosses the country; in the solution West users are answered near them', () => {
    const westStart = onlyFrom(s.start, 'users-west').summary.latencyMs;
    const eastStart = onlyFrom(s.start, 'users').summary.latencyMs;
    const westSolution = onlyFrom(s.solution, 'users-west').summary.latencyMs;
    console.info('p50 / mean ms: West start', westStart.p50, westStart.mean, 'East start', eastStart.p50, eastStart.mean, 'West solution', westSolution.p50, westSolution.mean);
    // The data center's inter-region latency is 80 ms: a West page in the start pays it.
    expect(westStart.p50 - eastStart.p50).toBeGreaterThan(50);
    expect(westStart.mean - westSolution.mean).toBeGreaterThan(15);
    expect(westStart.p50 - westSolution.p50).toBeGreaterThan(40);
  });

  it('in the solution the reads are shared by both replicas, so East reads cross to the West replica too', () => {
    const r = onlyFrom(s.solution, 'users');
    const local = r.nodes['db-replica-1'].served;
    const across = r.nodes['db-replica-2'].served;
    console.info('East users only: db-replica-1 served', local, 'db-replica-2 (West) served', across);
    expect(across).toBeGreaterThan(0.35 * (local + across));
    expect(onlyFrom(s.solution, 'users').summary.latencyMs.mean).toBeGreaterThan(onlyFrom(s.start, 'users').summary.latencyMs.mean);
  });

  it('demo: when the East comes back, its balancer fails requests for a moment, until its next health check', () => {
    const r = demoRun('8');
    const restore = s.demo.find((d) => d.action && 'restore' in d.action)!.tS;
    const after = r.series.filter((p) => p.tS > restore);
    console.info('errors after the restore, by second:', after.slice(0, 4).map((p) => p.errors));
    expect(after[0].errors).toBeGreaterThan(0);
    expect(after.slice(2).every((p) => p.errors === 0)).toBe(true);
    expect(s.demo.find((d) => d.tS === restore)!.say).toContain('health check');
  });
});

describe('stage 9 "A message queue and workers": the full-queue goal on the start', () => {
  it('the refusals come from web servers’ queues (the start has no message queue), and the hint says so', () => {
    const s = stage('9');
    expect(s.start.nodes.some((n) => n.kind === 'queue')).toBe(false);
    const r = checkStage(s, s.start);
    const refusing = Object.entries(r.report!.nodes).filter(([, n]) => n.errors > 0);
    expect(r.report!.summary.errorsByCause.queueFull).toBeGreaterThan(1000);
    expect(new Set(refusing.map(([, n]) => n.kind))).toEqual(new Set(['web']));
    const goal = r.results.find((g) => g.goal.type === 'queueFull')!;
    expect(goal.passed).toBe(false);
    expect(goal.hint).toContain('web servers’ queues');
  });
});

describe('stage 10 "Logs, metrics and automation"', () => {
  const s = stage('10');

  it('the errors-goal hint names every cause that fails at least a tenth of the start’s requests', () => {
    const r = checkStage(s, s.start);
    const { errors, errorsByCause } = r.report!.summary;
    const big = Object.entries(errorsByCause).filter(([, n]) => (n ?? 0) >= 0.1 * errors).map(([c]) => c).sort();
    console.info('start errors by cause', errorsByCause);
    expect(big).toEqual(['badVersion', 'nodeDown', 'queueFull']);
    const hint = r.results.find((g) => g.goal.type === 'errorRate')!.hint!;
    for (const words of ['bad version', 'new primary', 'full web server queues']) expect(hint).toContain(words);
  });

  it('demo: monitoring has added a fourth web server by 16 s and starts a fifth only at the end of the run', () => {
    const r = demoRun('10');
    const added = secondsOf(r, 'autoscale: added');
    const starting = secondsOf(r, 'autoscale: web tier');
    console.info('autoscale added at', added, 'starting at', starting);
    expect(added).toEqual([16]);
    expect(starting.filter((t) => t > 20)).toEqual([40]);
    expect(s.demo.find((d) => d.tS === 35)!.say).toContain('fourth web server at 16 s');
  });
});

describe('the verdict counts attempts when users retried', () => {
  it('retry storm: the node that failed the most is counted in attempts, which pass the failed requests', () => {
    const s = stage('retry-storm');
    const r = checkStage(s, s.start);
    const { errors, retries } = r.report!.summary;
    const worst = Math.max(...Object.values(r.report!.nodes).map((n) => n.errors));
    expect(retries).toBeGreaterThan(0);
    expect(worst).toBeGreaterThan(errors);
    const message = r.results.find((g) => g.goal.type === 'errorRate')!.message;
    expect(message).toContain(`db failed the most attempts (${worst.toLocaleString('en-US')}, retries included)`);
  });

  it('without retries the count is the failed requests', () => {
    const s = stage('1');
    const r = checkStage(s, s.start);
    expect(r.report!.summary.retries).toBe(0);
    const message = r.results.find((g) => g.goal.type === 'errorRate')!.message;
    expect(message).toContain(`web-1 failed the most (${r.report!.summary.errors.toLocaleString('en-US')})`);
  });
});

describe('stage 9 demo: the burst and the queue', () => {
  it('the queue still holds jobs when the narration says it drains, and is empty when it says so', () => {
    const s = stage('9');
    const r = demoRun('9');
    const at = (t: number) => r.series.find((p) => p.tS === t)!;
    const drains = s.demo.find((d) => d.say.includes('queue drains'))!.tS;
    const empty = s.demo.find((d) => d.say.includes('queue is empty'))!.tS;
    console.info('queue depth by second 34..41:', r.series.filter((p) => p.tS >= 34 && p.tS <= 41).map((p) => p.queueDepth));
    // The burst doubles the traffic from 24 s; it is over at the step that says so.
    expect(at(30).throughputRps).toBeGreaterThan(1.7 * at(20).throughputRps);
    expect(at(drains + 1).throughputRps).toBeLessThan(1.2 * at(20).throughputRps);
    expect(at(drains).queueDepth).toBeGreaterThan(50);
    expect(at(empty).queueDepth).toBe(0);
  });
});

describe('stage 11 demo: the load share of the shards', () => {
  const s = stage('11');
  const shares = (patch: Record<string, Record<string, unknown>>): Record<string, number> =>
    runDesign(evolve(s.solution, { name: 'shares', params: patch }), { seed: s.check.seed, durationS: s.check.durationS, series: false }).shards['shard-router'].loadShare;
  const busiestOf = (share: Record<string, number>): string => Object.entries(share).sort((a, b) => b[1] - a[1])[0][0];

  it('roughly a quarter each, from about a fifth to under a third; more virtual nodes even them out', () => {
    const share = Object.values(shares({}));
    expect(Math.min(...share)).toBeGreaterThan(0.17);
    expect(Math.max(...share)).toBeLessThan(1 / 3);
    const even = Object.values(shares({ 'shard-router': { virtualNodes: 1000 } }));
    expect(Math.max(...even) - Math.min(...even)).toBeLessThan(0.05);
  });

  it('the celebrity key lives on the shard the narration names, and raising its share pulls that shard ahead', () => {
    const named = /lives on (shard-\d)/.exec(s.demo.find((d) => d.say.includes('celebrity'))!.say)![1];
    const users = s.solution.nodes.find((n) => n.id === 'users')!;
    expect(users.kind === 'client' && users.params.keys.hotKeys).toBe(2);
    const none = shares({ users: { keys: { hotKeys: 0 } } });
    const many = shares({ users: { keys: { hotKeys: 20 } } });
    console.info('share with no celebrity', none, 'with a 20% celebrity', many);
    expect(busiestOf(many)).toBe(named);
    expect(many[named] - none[named]).toBeGreaterThan(0.1);
  });
});

describe('stage 12 "Millions of users and beyond": what is still single', () => {
  it('the single points of failure left in the solution are the ones the explanation names', () => {
    const s = stage('12');
    const left = findSpofs(s.solution).map((f) => s.solution.nodes.find((n) => n.id === f.id)!.kind);
    expect(new Set(left)).toEqual(new Set(['dns', 'queue', 'worker', 'database']));
    for (const words of ['shards are still one machine each', 'DNS', 'the queue with its workers']) expect(s.explanation).toContain(words);
    expect(s.summary).not.toContain('last single points of failure');
  });
});

describe('the outage goal’s span', () => {
  it('stays inside the run: the series is stamped at the end of each bucket', () => {
    const s = stage('10');
    const r = checkStage(s, s.start);
    const { series, summary } = r.report!;
    expect(series[0].tS).toBe(1);
    expect(series[series.length - 1].tS).toBe(summary.durationS);
    const [, from, to] = /from (\d+) s to (\d+) s/.exec(r.results.find((g) => g.goal.type === 'outage')!.message)!.map(Number);
    expect(to).toBeLessThanOrEqual(summary.durationS);
    // The first bad bucket is the one the bad canary took traffic in: it starts at 8 s.
    expect(from).toBe(8);
  });
});

describe('the verdict names what was down when a live node failed the requests', () => {
  it('stage 4’s start: the balancer fails the reads and writes, and the verdict says the primary was down', () => {
    const s = stage('4');
    const r = checkStage(s, s.start);
    const { nodes } = r.report!;
    expect(nodes.lb.down).toBeFalsy();
    expect(nodes['db-primary'].down).toBe(true);
    const message = r.results.find((g) => g.goal.type === 'errorRate')!.message;
    expect(message).toContain(`lb failed the most (${nodes.lb.errors.toLocaleString('en-US')}), while db-primary was down`);
  });

  it('stage 3’s start: the node that failed the most is the dead one, so nothing more is said', () => {
    const s = stage('3');
    const message = checkStage(s, s.start).results.find((g) => g.goal.type === 'errorRate')!.message;
    expect(message).toMatch(/web-1 failed the most \([\d,]+\)\.$/);
  });
});
