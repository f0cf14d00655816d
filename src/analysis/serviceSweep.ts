/**
 * A sweep's load read per service (docs/services.md): each service's throughput, error rate,
 * latency, cost and bottleneck at one load, from the run report's `services` and `cost.byService`.
 * A service's bottleneck is looked for among the nodes its requests can pass: the users, DNS, CDNs
 * and balancers in front of its servers, its servers, and what they call (caches, databases…),
 * but never another service's servers.
 */
import type { RunReport, ServiceReport } from '../engine';
import { NO_SERVICE, type Design } from '../model';
import { HOURS_PER_MONTH } from '../model/pricing';
import { findBottleneck } from './bottleneck';
import type { ServiceSweepPoint, SweepCost } from './sweepPlan';

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The web servers that serve `service`: its own, else the shared pool (servers of no service), else every web server. */
function serversOf(design: Design, service: string): Set<string> {
  const webs = design.nodes.filter((n) => n.kind === 'web');
  const of = (name: string) => webs.filter((n) => n.kind === 'web' && n.params.service === name);
  const own = service === NO_SERVICE ? [] : of(service);
  const pool = own.length > 0 ? own : of('');
  return new Set((pool.length > 0 ? pool : webs).map((n) => n.id));
}

/** Every node reached from `from` along the edges (forward) or against them (backward), `from` included. */
function reach(design: Design, from: ReadonlySet<string>, forward: boolean, skip: ReadonlySet<string>): Set<string> {
  const next = new Map<string, string[]>();
  for (const e of design.edges) {
    const [a, b] = forward ? [e.source, e.target] : [e.target, e.source];
    next.set(a, [...(next.get(a) ?? []), b]);
  }
  const seen = new Set(from);
  const stack = [...from];
  while (stack.length > 0) {
    for (const t of next.get(stack.pop()!) ?? []) if (!seen.has(t) && !skip.has(t)) { seen.add(t); stack.push(t); }
  }
  return seen;
}

/** The nodes `service`'s requests can pass (see the file's comment). */
export function serviceScope(design: Design, service: string): Set<string> {
  const servers = serversOf(design, service);
  const others = new Set(design.nodes.filter((n) => n.kind === 'web' && !servers.has(n.id)).map((n) => n.id));
  return new Set([...reach(design, servers, false, others), ...reach(design, servers, true, others)]);
}

/** What a service's own web servers cost at this load (null for requests no service took: no servers are theirs). */
function serviceCost(hourlyUsd: number | undefined, s: ServiceReport, durationS: number): SweepCost | null {
  if (hourlyUsd === undefined) return null;
  const perHour = (count: number) => (durationS > 0 ? (count / durationS) * 3600 : 0);
  const sent = perHour(s.completed + s.errors);
  const answered = perHour(s.completed);
  return {
    monthlyUsd: round6(hourlyUsd * HOURS_PER_MONTH),
    perMillionRequestsUsd: sent > 0 ? round6((hourlyUsd / sent) * 1e6) : 0,
    perMillionAnsweredUsd: answered > 0 ? round6((hourlyUsd / answered) * 1e6) : null,
  };
}

/** Each service's figures in the run `r` of `design`; undefined when the design names no service. */
export function servicePoints(design: Design, r: RunReport): Record<string, ServiceSweepPoint> | undefined {
  if (r.services === undefined) return undefined;
  const out: Record<string, ServiceSweepPoint> = {};
  for (const [name, s] of Object.entries(r.services)) {
    out[name] = {
      throughputRps: s.throughputRps,
      errorRate: s.errorRate,
      latencyMs: { p50: s.latencyMs.p50, p95: s.latencyMs.p95, p99: s.latencyMs.p99, mean: s.latencyMs.mean },
      bottleneck: findBottleneck(design, r, { ids: serviceScope(design, name), errors: s.errors }),
      cost: serviceCost(r.cost.byService?.[name], s, r.summary.durationS),
    };
  }
  return out;
}
