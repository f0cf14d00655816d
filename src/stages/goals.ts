import type { RunReport } from '../engine/api';
import { KIND_SPECS, type Design, type DesignNode, type Kind } from '../model';
import { findSpofs } from '../model/spof';
import { bottleneckClause, busiest, errorsClause, kindName, kindNames } from './diagnose';
import { count, joinWords, ms, pct, plural, ratio, rps, usdPerMonth } from './format';
import type { Goal, GoalResult, ParamMatch } from './types';

type Verdict = Omit<GoalResult, 'goal' | 'hint'>;
type Evaluators = { [T in Goal['type']]: (goal: Extract<Goal, { type: T }>, report: RunReport, design: Design) => Verdict };

/** Evaluates one goal on a run of the learner's design; a failed goal carries its hint. */
export function evaluateGoal(goal: Goal, report: RunReport, design: Design): GoalResult {
  const evaluate = EVALUATORS[goal.type] as (g: Goal, r: RunReport, d: Design) => Verdict;
  const verdict = evaluate(goal, report, design);
  return verdict.passed ? { goal, ...verdict } : { goal, ...verdict, hint: goal.hint };
}

/** Evaluates every goal, in order. */
export const evaluateGoals = (goals: readonly Goal[], report: RunReport, design: Design): GoalResult[] =>
  goals.map((g) => evaluateGoal(g, report, design));

const noTraffic = (report: RunReport): Verdict | undefined =>
  report.summary.requests === 0
    ? { passed: false, measured: 'no requests', message: 'No requests were sent: connect the users to the rest of the design.' }
    : undefined;

const atMost = (measured: number, max: number, what: (n: number) => string, subject: string, extra = ''): Verdict => ({
  passed: measured <= max,
  measured: what(measured),
  message: measured <= max
    ? `${subject} ${what(measured)}, within the goal of at most ${what(max)}.`
    : `${subject} ${what(measured)}; the goal is at most ${what(max)}${extra}.`,
});

const EVALUATORS: Evaluators = {
  throughput(goal, report) {
    const none = noTraffic(report);
    if (none) return none;
    const got = report.summary.throughputRps;
    const passed = got >= goal.minRps;
    return {
      passed,
      measured: rps(got),
      message: passed
        ? `The design served ${rps(got)}, meeting the goal of ${rps(goal.minRps)}.`
        : `The design served only ${rps(got)}; the goal is at least ${rps(goal.minRps)}${errorsClause(report) || bottleneckClause(report)}.`,
    };
  },

  p99(goal, report) {
    const none = noTraffic(report);
    if (none) return none;
    if (report.summary.completed === 0) return { passed: false, measured: 'no answers', message: `No request completed, so there is no latency to measure${errorsClause(report)}.` };
    const got = report.summary.latencyMs.p99;
    const passed = got <= goal.maxMs;
    return {
      passed,
      measured: ms(got),
      message: passed
        ? `p99 latency was ${ms(got)}, under the goal of ${ms(goal.maxMs)}.`
        : `p99 latency was ${ms(got)}; the goal is under ${ms(goal.maxMs)}${bottleneckClause(report)}.`,
    };
  },

  meanLatency(goal, report) {
    const none = noTraffic(report);
    if (none) return none;
    if (report.summary.completed === 0) return { passed: false, measured: 'no answers', message: `No request completed, so there is no latency to measure${errorsClause(report)}.` };
    const got = report.summary.latencyMs.mean;
    const passed = got <= goal.maxMs;
    return {
      passed,
      measured: ms(got),
      message: passed
        ? `Requests took ${ms(got)} on average, under the goal of ${ms(goal.maxMs)}.`
        : `Requests took ${ms(got)} on average; the goal is under ${ms(goal.maxMs)}${bottleneckClause(report)}.`,
    };
  },

  errorRate(goal, report) {
    const none = noTraffic(report);
    if (none) return none;
    const { errorRate, errors, requests } = report.summary;
    const passed = errorRate <= goal.max;
    return {
      passed,
      measured: pct(errorRate),
      message: passed
        ? `${pct(errorRate)} of requests failed (${count(errors)} of ${count(requests)}), within the goal of ${pct(goal.max)}.`
        : `${pct(errorRate)} of requests failed (${count(errors)} of ${count(requests)}); the goal is at most ${pct(goal.max)}${errorsClause(report)}.`,
    };
  },

  noSpof(goal, _report, design) {
    const byId = new Map(design.nodes.map((n) => [n.id, n]));
    const spofs = findSpofs(design).filter((f) => !goal.kinds || goal.kinds.includes(byId.get(f.id)?.kind ?? 'client'));
    const scope = goal.kinds ? ` among the ${joinWords(goal.kinds.map(kindNames))}` : '';
    if (!spofs.length) return { passed: true, measured: 'none', message: `No single point of failure${scope}: any one of them can fail and users are still served.` };
    const named = spofs.slice(0, 3).map((f) => f.reason).join(' ');
    return {
      passed: false,
      measured: plural(spofs.length, 'single point of failure', 'single points of failure'),
      message: `${spofs.map((f) => f.id).join(', ')} ${spofs.length === 1 ? 'is a single point of failure' : 'are single points of failure'}${scope}. ${named}`,
    };
  },

  hasKind(goal, _report, design) {
    const matching = design.nodes.filter((n) => n.kind === goal.kind && matches(n, goal.params));
    const have = matching.length;
    const some = (n: number) => `${plural(n, kindName(goal.kind), kindNames(goal.kind))}${describeParams(goal.kind, goal.params)}`;
    return have >= goal.min
      ? { passed: true, measured: some(have), message: `The design has ${some(have)} (at least ${count(goal.min)} needed).` }
      : { passed: false, measured: some(have), message: `The design has ${some(have)}; the goal needs at least ${count(goal.min)}.` };
  },

  hitRatio(goal, report) {
    const got = goal.of === 'cache' ? report.summary.cacheHitRatio : report.summary.cdnHitRatio;
    const name = goal.of === 'cache' ? 'cache' : 'CDN';
    if (got === null) return { passed: false, measured: 'no lookups', message: `No request went through a ${name}, so nothing was answered from it.` };
    const passed = got >= goal.min;
    return {
      passed,
      measured: pct(got),
      message: passed
        ? `The ${name} answered ${pct(got)} of lookups itself (goal: at least ${pct(goal.min)}).`
        : `The ${name} answered only ${pct(got)} of lookups itself; the goal is at least ${pct(goal.min)}. Every miss goes on to ${goal.of === 'cache' ? 'the database' : 'the origin'}.`,
    };
  },

  lostWrites: (goal, report) => atMost(report.summary.lostWrites, goal.max, (n) => plural(n, 'write'), 'Lost on failover:',
    ' — writes the promoted replica had not yet received are gone'),
  staleReads: (goal, report) => atMost(report.summary.staleReads, goal.max, (n) => plural(n, 'stale read'), 'Readers saw',
    ' — a replica answered before the newest write reached it'),
  sessionMisses: (goal, report) => atMost(report.summary.sessionMisses, goal.max, (n) => plural(n, 'session miss', 'session misses'), 'Users had',
    ' — each one is a user logged out because their request landed on a server that did not hold their session'),

  shardSkew(goal, report) {
    const routers = Object.entries(report.shards);
    if (!routers.length) return { passed: false, measured: 'no shards', message: 'No shard router took traffic, so there are no shards to compare.' };
    const [worstId, worst] = routers.sort((a, b) => b[1].skew - a[1].skew)[0];
    const hottest = Object.entries(worst.loadShare).sort((a, b) => b[1] - a[1])[0];
    const passed = worst.skew <= goal.max;
    const where = hottest ? ` (${hottest[0]} took ${pct(hottest[1])} of ${worstId}'s load)` : '';
    return {
      passed,
      measured: `${ratio(worst.skew)}×`,
      message: passed
        ? `The busiest shard carried ${ratio(worst.skew)}× the average load${where}, within ${ratio(goal.max)}×.`
        : `The busiest shard carried ${ratio(worst.skew)}× the average load${where}; the goal is at most ${ratio(goal.max)}×.`,
    };
  },

  keysMovedOnAdd(goal, report) {
    const moved = Object.entries(report.shards).filter(([, s]) => typeof s.keysMovedOnAdd === 'number');
    if (!moved.length) return { passed: false, measured: 'no shards', message: 'No shard router took traffic, so resharding cannot be measured.' };
    const [id, worst] = moved.sort((a, b) => (b[1].keysMovedOnAdd ?? 0) - (a[1].keysMovedOnAdd ?? 0))[0];
    const got = worst.keysMovedOnAdd ?? 0;
    const passed = got <= goal.max;
    return {
      passed,
      measured: pct(got),
      message: passed
        ? `Adding a shard behind ${id} would move ${pct(got)} of the keys (goal: at most ${pct(goal.max)}).`
        : `Adding a shard behind ${id} would move ${pct(got)} of the keys; the goal is at most ${pct(goal.max)}. Every moved key is data copied between servers while the site runs.`,
    };
  },

  queueFull(goal, report) {
    const got = report.summary.errorsByCause.queueFull ?? 0;
    const full = Object.entries(report.nodes).filter(([, n]) => n.errors > 0).sort((a, b) => b[1].errors - a[1].errors).map(([id]) => id);
    const where = full.length ? ` — refused at ${full.slice(0, 2).join(', ')}` : '';
    return atMost(got, goal.max, (n) => plural(n, 'request'), 'Refused because a queue was full:', where);
  },

  utilization(goal, report) {
    const [top] = busiest(report, goal.kind);
    if (!top) return { passed: false, measured: 'none', message: `There is no ${kindName(goal.kind)} in the run.` };
    const passed = top.utilization <= goal.max;
    return {
      passed,
      measured: pct(top.utilization),
      message: passed
        ? `The busiest ${kindName(goal.kind)} (${top.id}) was ${pct(top.utilization)} busy, within ${pct(goal.max)}.`
        : `The busiest ${kindName(goal.kind)} (${top.id}) was ${pct(top.utilization)} busy; the goal is at most ${pct(goal.max)}, so it has no room for a burst.`,
    };
  },

  serviceP99(goal, report) {
    const none = noTraffic(report);
    if (none) return none;
    const s = report.services?.[goal.service];
    if (!s || s.completed === 0) return { passed: false, measured: 'no answers', message: `No request of the ${goal.service} service was answered: does a load balancer rule give it its requests?` };
    const got = s.latencyMs.p99;
    const passed = got <= goal.maxMs;
    return {
      passed,
      measured: ms(got),
      message: passed
        ? `The ${goal.service} service's p99 latency was ${ms(got)}, under the goal of ${ms(goal.maxMs)}.`
        : `The ${goal.service} service's p99 latency was ${ms(got)}; the goal is under ${ms(goal.maxMs)}${bottleneckClause(report)}.`,
    };
  },

  serviceErrorRate(goal, report) {
    const none = noTraffic(report);
    if (none) return none;
    const s = report.services?.[goal.service];
    if (!s || s.completed + s.errors === 0) return { passed: false, measured: 'no requests', message: `No request reached the ${goal.service} service: does a load balancer rule give it its requests?` };
    const passed = s.errorRate <= goal.max;
    return {
      passed,
      measured: pct(s.errorRate),
      message: passed
        ? `${pct(s.errorRate)} of the ${goal.service} service's requests failed, within the goal of ${pct(goal.max)}.`
        : `${pct(s.errorRate)} of the ${goal.service} service's requests failed (${count(s.errors)}); the goal is at most ${pct(goal.max)}.`,
    };
  },

  served(goal, report) {
    const got = Object.values(report.nodes).filter((n) => n.kind === goal.kind).reduce((sum, n) => sum + n.served, 0);
    const passed = got >= goal.min;
    return {
      passed,
      measured: plural(got, 'request'),
      message: passed
        ? `The ${kindNames(goal.kind)} answered ${plural(got, 'request')}.`
        : `The ${kindNames(goal.kind)} answered ${plural(got, 'request')}; the goal is at least ${count(goal.min)}. Is the tier in the design and wired into the path of requests?`,
    };
  },

  budget(goal, report) {
    const none = noTraffic(report);
    if (none) return none;
    const got = report.cost.monthlyUsd;
    const passed = got <= goal.maxMonthlyUsd;
    return {
      passed,
      measured: usdPerMonth(got),
      message: passed
        ? `The design costs ${usdPerMonth(got)} at this load, within the budget of ${usdPerMonth(goal.maxMonthlyUsd)}.`
        : `The design costs ${usdPerMonth(got)} at this load; the budget is ${usdPerMonth(goal.maxMonthlyUsd)}${priciest(report)}.`,
    };
  },

  outage(goal, report) {
    const none = noTraffic(report);
    if (none) return none;
    const bucketS = report.series.length > 1 ? report.series[1].tS - report.series[0].tS : 1;
    const bad = report.series.filter((p) => p.errorRate > goal.errorRateAbove);
    const got = bad.length * bucketS;
    const passed = got <= goal.maxS;
    // A point's tS is the end of its bucket: the first bad second started one bucket earlier.
    const span = bad.length ? ` (from ${count(bad[0].tS - bucketS)} s to ${count(bad[bad.length - 1].tS)} s)` : '';
    return {
      passed,
      measured: `${count(got)} s`,
      message: passed
        ? `More than ${pct(goal.errorRateAbove)} of requests failed during ${count(got)} s${span}, within the goal of ${count(goal.maxS)} s.`
        : `More than ${pct(goal.errorRateAbove)} of requests failed during ${count(got)} s${span}; the goal is at most ${count(goal.maxS)} s${errorsClause(report)}.`,
    };
  },

  rollback(goal, report) {
    const bad = (report.deploys ?? []).filter((d) => d.bad);
    if (!bad.length) return { passed: false, measured: 'no bad deploy', message: 'No bad version was deployed in this run, so nothing was rolled back: the deploy needs the servers it names (the event log says why it was refused).' };
    const { durationS } = report.summary;
    const took = bad.map((d) => (d.rolledBackS ?? durationS) - d.startedS);
    const worst = bad[took.indexOf(Math.max(...took))];
    const got = Math.max(...took);
    const passed = bad.every((d) => d.rolledBackS !== undefined) && got <= goal.maxS;
    const how = worst.rolledBackS === undefined
      ? `the bad version of ${worst.target} (deployed at ${count(worst.startedS)} s) was still in service when the run ended, ${count(got)} s later`
      : `the bad version of ${worst.target} (deployed at ${count(worst.startedS)} s) was rolled back by ${worst.rolledBackBy === 'person' ? 'a person' : 'monitoring'} ${count(got)} s later`;
    return {
      passed,
      measured: worst.rolledBackS === undefined ? `not rolled back (${count(got)} s)` : `${count(got)} s`,
      message: passed
        ? `${upper(how)}, within the goal of ${count(goal.maxS)} s.`
        : `${upper(how)}; the goal is a rollback within ${count(goal.maxS)} s. ${count(report.summary.errorsByCause.badVersion ?? 0)} requests failed on the bad version.`,
    };
  },
};

const upper = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The node costing the most per hour, for a budget message. */
function priciest(report: RunReport): string {
  const [top] = Object.entries(report.cost.byNode).sort((a, b) => b[1] - a[1]);
  return top && report.cost.hourlyUsd > 0 ? ` — ${top[0]} is ${pct(top[1] / report.cost.hourlyUsd)} of it` : '';
}

/** Every goal type the Check can evaluate, read off the evaluators (custom stages choose from these). */
export const GOAL_TYPES = Object.keys(EVALUATORS) as Goal['type'][];

function matches(node: DesignNode, params: ParamMatch | undefined): boolean {
  if (!params) return true;
  const own = node.params as Record<string, unknown>;
  return Object.entries(params).every(([k, v]) => own[k] === v);
}

/** " with role replica", " with GeoDNS on": the parameter labels the inspector shows. */
function describeParams(kind: Kind, params: ParamMatch | undefined): string {
  if (!params) return '';
  const specs = KIND_SPECS[kind].params as Record<string, { label?: string }>;
  const parts = Object.entries(params).map(([k, v]) => {
    const label = specs[k]?.label ?? k;
    return typeof v === 'boolean' ? `${label} ${v ? 'on' : 'off'}` : `${label.toLowerCase()} ${v}`;
  });
  return ` with ${parts.join(', ')}`;
}
