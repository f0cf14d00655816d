/**
 * The plan and the reading of a load sweep ("Find the limit"): which loads to run, and the knee read
 * off their points. No engine here, so the page can plan and summarise without loading it; running
 * a load is sweep.ts. The CLI spreads the loads over worker threads, the page over Web Workers,
 * tests run them in line: all use these functions and so agree to the last digit.
 */
import type { Design } from '../model';
import type { Bottleneck } from './bottleneck';

export type { Bottleneck } from './bottleneck';

export interface SweepOptions {
  /** Lowest offered load in req/s (default a tenth of the design's rate). */
  fromRps?: number;
  /** Highest offered load in req/s (default twenty times the design's rate). */
  toRps?: number;
  /** How many loads, log-spaced between the two (default 12). */
  steps?: number;
  /** Simulated seconds per load (default 30). */
  seconds?: number;
}

/** What a load must meet to count as handled; `services` overrides either figure for one service's knee. */
export interface SweepTargets { p99Ms: number; errorRate: number; services?: Record<string, ServiceTargets> }
/** One service's own targets (docs/services.md); what it leaves out is the design's. */
export interface ServiceTargets { p99Ms?: number; errorRate?: number }
export const DEFAULT_TARGETS: SweepTargets = { p99Ms: 500, errorRate: 0.01 };

export const SWEEP_DEFAULTS = { fromFactor: 0.1, toFactor: 20, steps: 12, seconds: 30 } as const;
export const MAX_SWEEP_STEPS = 40;

/** One run of the sweep, as every runner hands it out: plain data, safe to post to a worker. */
export interface SweepTask { index: number; offeredRps: number; design: Design; seconds: number; seed: number }

/** What a load costs: the run report's figures (docs/cost.md), and per request answered. */
export interface SweepCost {
  monthlyUsd: number;
  /** Dollars per million requests sent, failed ones too (the report's figure). */
  perMillionRequestsUsd: number;
  /** Dollars per million requests answered (null when none were): past the knee, more load buys nothing. */
  perMillionAnsweredUsd: number | null;
}

export interface SweepPoint {
  offeredRps: number;
  throughputRps: number;
  errorRate: number;
  latencyMs: { p50: number; p95: number; p99: number; mean: number };
  /** The node that limits this load (see bottleneck.ts); null when no node does any work. */
  bottleneck: Bottleneck | null;
  /** The design's cost at this load: a dearer box shows up beside its latency. */
  cost: SweepCost;
  /** Per service, when the design names services (serviceSweep.ts; "(none)": requests no service took). */
  services?: Record<string, ServiceSweepPoint>;
}

/** One service at one load: its own requests' figures, the node that limits them, its own servers' cost. */
export interface ServiceSweepPoint {
  throughputRps: number;
  errorRate: number;
  latencyMs: { p50: number; p95: number; p99: number; mean: number };
  bottleneck: Bottleneck | null;
  /** What the service's own web servers cost (shared parts left out); null for "(none)", which owns no server. */
  cost: SweepCost | null;
}

export interface Knee {
  /** The highest offered load that met the targets; null when even the lowest did not. */
  rps: number | null;
  reason: string;
  /** What the design costs at the knee's load (null with no knee): the price of the most it carries well. */
  cost: SweepCost | null;
}

export interface SweepResult {
  points: SweepPoint[];
  knee: Knee;
  /** Each service's knee, when the design names services: the highest offered load (of the whole design) at which that service met the targets. */
  services?: Record<string, Knee>;
}

/** What the knee is read from: a load's figures, for the whole design or for one service. */
interface KneePoint {
  offeredRps: number;
  errorRate: number;
  latencyMs: { p99: number };
  bottleneck: Bottleneck | null;
  cost: SweepCost | null;
}

/** The rate the design's users send now: the sum of every client's base rate. */
export const designRateRps = (design: Design): number =>
  design.nodes.reduce((sum, n) => sum + (n.kind === 'client' ? n.params.rps : 0), 0);

/** `steps` loads from `from` to `to`, evenly spaced on a log scale (rounded to 0.1 req/s). */
export function logSpaced(from: number, to: number, steps: number): number[] {
  if (steps === 1) return [from];
  const ratio = Math.log(to / from) / (steps - 1);
  return Array.from({ length: steps }, (_, i) => Math.round(from * Math.exp(ratio * i) * 10) / 10);
}

/** The design with every client's rate scaled so together they send `offeredRps`; faults left out. */
export function designAtLoad(design: Design, offeredRps: number): Design {
  const base = designRateRps(design);
  const factor = base > 0 ? offeredRps / base : 0;
  return {
    ...design,
    // A sweep measures capacity: the design's own kills would only blur where the limit is.
    scenario: [],
    nodes: design.nodes.map((n) => (n.kind === 'client' ? { ...n, params: { ...n.params, rps: n.params.rps * factor } } : n)),
  };
}

/** The runs of a sweep, or a message saying why there can be none. */
export function planSweep(design: Design, options: SweepOptions = {}): { ok: true; tasks: SweepTask[] } | { ok: false; error: string } {
  const base = designRateRps(design);
  if (!(base > 0)) return { ok: false, error: 'The design sends no traffic: give its users a request rate above 0 first.' };
  const from = options.fromRps ?? base * SWEEP_DEFAULTS.fromFactor;
  const to = options.toRps ?? base * SWEEP_DEFAULTS.toFactor;
  const steps = options.steps ?? SWEEP_DEFAULTS.steps;
  const seconds = options.seconds ?? SWEEP_DEFAULTS.seconds;
  if (!(from > 0) || !(to > from)) return { ok: false, error: `The loads must rise from above 0 (got ${from} to ${to} req/s).` };
  if (!Number.isInteger(steps) || steps < 2 || steps > MAX_SWEEP_STEPS) return { ok: false, error: `A sweep takes 2 to ${MAX_SWEEP_STEPS} steps (got ${steps}).` };
  if (!(seconds >= 1)) return { ok: false, error: `Each step needs at least 1 simulated second (got ${seconds}).` };
  const tasks = logSpaced(from, to, steps).map((offeredRps, index) => ({ index, offeredRps, design: designAtLoad(design, offeredRps), seconds, seed: design.sim.seed }));
  return { ok: true, tasks };
}

const meets = (p: KneePoint, t: SweepTargets): boolean => p.latencyMs.p99 < t.p99Ms && p.errorRate < t.errorRate;

const rate = (rps: number): string => `${rps >= 100 ? Math.round(rps).toLocaleString('en-US') : rps.toFixed(1)} req/s`;

/** Why a load missed the targets, in words. */
function missed(p: KneePoint, t: SweepTargets): string {
  const parts: string[] = [];
  if (p.latencyMs.p99 >= t.p99Ms) parts.push(`p99 is ${Math.round(p.latencyMs.p99)} ms (target under ${t.p99Ms} ms)`);
  if (p.errorRate >= t.errorRate) parts.push(`${(p.errorRate * 100).toFixed(1)}% of requests fail (target under ${(t.errorRate * 100).toFixed(0)}%)`);
  const b = p.bottleneck;
  const by = b ? `; ${b.id} is ${b.why === 'errors' ? 'where requests fail' : `${Math.round(b.utilization * 100)}% busy`}` : '';
  return `at ${rate(p.offeredRps)} ${parts.join(' and ')}${by}`;
}

/** The knee: the highest load that met the targets, and what went wrong at the next one. */
export function findKnee(points: readonly KneePoint[], targets: SweepTargets = DEFAULT_TARGETS): Knee {
  const sorted = [...points].sort((a, b) => a.offeredRps - b.offeredRps);
  if (sorted.length === 0) return { rps: null, reason: 'No load was run.', cost: null };
  let knee: KneePoint | null = null;
  for (const p of sorted) if (meets(p, targets)) knee = p;
  if (knee === null) return { rps: null, reason: `Even the lowest load misses the targets: ${missed(sorted[0], targets)}.`, cost: null };
  const next = sorted.find((p) => p.offeredRps > knee.offeredRps && !meets(p, targets));
  const cost = knee.cost === null ? null : { ...knee.cost };
  if (!next) return { rps: knee.offeredRps, reason: `Every load up to ${rate(knee.offeredRps)} met the targets: the limit is higher.`, cost };
  return { rps: knee.offeredRps, reason: `${rate(knee.offeredRps)} is the highest load meeting the targets; ${missed(next, targets)}.`, cost };
}

/** One service's figures at each load that has them, as knee points at the design's offered load. */
export const serviceCurve = (points: readonly SweepPoint[], service: string): (ServiceSweepPoint & { offeredRps: number })[] =>
  points.flatMap((p) => { const s = p.services?.[service]; return s ? [{ ...s, offeredRps: p.offeredRps }] : []; });

/** Points in load order, the knee and, when the design names services, each service's knee (by its own targets, where it has any). */
export function summarizeSweep(points: readonly SweepPoint[], targets: SweepTargets = DEFAULT_TARGETS): SweepResult {
  const sorted = [...points].sort((a, b) => a.offeredRps - b.offeredRps);
  const names = [...new Set(sorted.flatMap((p) => Object.keys(p.services ?? {})))];
  if (names.length === 0) return { points: sorted, knee: findKnee(sorted, targets) };
  const services: Record<string, Knee> = {};
  for (const name of names) services[name] = findKnee(serviceCurve(sorted, name), { ...targets, ...targets.services?.[name] });
  return { points: sorted, knee: findKnee(sorted, targets), services };
}

