/**
 * Services in a run (docs/services.md): the table of routes users declare, each balancer's
 * servers per flow (a request type, or a declared route), and counters per service that add up
 * to the run's totals. A design without services or routes builds none of this, and its requests
 * take exactly the paths (and draw exactly the random numbers) they did before.
 */
import { NO_SERVICE, REQUEST_TYPES, SERVICE_NAMES, type ClientRoute, type Design, type DesignNode, type RequestType } from '../model';
import { serviceOf, serviceTargets, owningService } from '../model/routing';
import { LatencyHistogram } from './histogram';
import type { NodeRt } from './nodeState';

/** One declared route of one client. */
export interface RouteEntry { client: string; name: string; type: RequestType; cost: number }

/** Counters per service (the last one: requests no service took), over the run and the current bucket. */
export class ServiceTally {
  readonly completed: Float64Array;
  readonly errors: Float64Array;
  readonly latency: LatencyHistogram[];
  readonly bucketCompleted: Float64Array;
  readonly bucketErrors: Float64Array;
  readonly bucketLatency: LatencyHistogram[];

  constructor(readonly names: readonly string[]) {
    const n = names.length;
    this.completed = new Float64Array(n);
    this.errors = new Float64Array(n);
    this.latency = names.map(() => new LatencyHistogram());
    this.bucketCompleted = new Float64Array(n);
    this.bucketErrors = new Float64Array(n);
    this.bucketLatency = names.map(() => new LatencyHistogram());
  }

  /** The slot of a request's service index (-1: none). */
  slot(service: number): number {
    return service < 0 ? this.names.length - 1 : service;
  }

  complete(service: number, latencyMs: number): void {
    const s = this.slot(service);
    this.completed[s]++; this.bucketCompleted[s]++;
    this.latency[s].record(latencyMs); this.bucketLatency[s].record(latencyMs);
  }

  fail(service: number): void {
    const s = this.slot(service);
    this.errors[s]++; this.bucketErrors[s]++;
  }

  clearBucket(): void {
    this.bucketCompleted.fill(0);
    this.bucketErrors.fill(0);
    for (const h of this.bucketLatency) h.clear();
  }

  clearTotals(): void {
    this.completed.fill(0);
    this.errors.fill(0);
    for (const h of this.latency) h.clear();
  }
}

/** The routes every client declares, in design order: a request's route is an index into it. */
export function routeTable(design: Design): RouteEntry[] {
  const out: RouteEntry[] = [];
  for (const n of design.nodes) {
    if (n.kind !== 'client') continue;
    for (const r of n.routes ?? []) out.push({ client: n.id, name: r.name, type: r.type, cost: r.cost });
  }
  return out;
}

/** The service names a design uses (on web servers or in balancer rules), in the model's order; empty when none. */
export function serviceNames(design: Design): string[] {
  const used = new Set<string>();
  for (const n of design.nodes) {
    if (n.kind === 'web' && n.params.service !== '') used.add(n.params.service);
    if (n.kind === 'loadBalancer') for (const r of n.rules ?? []) used.add(r.service);
  }
  return SERVICE_NAMES.filter((s) => s !== '' && used.has(s));
}

/** Names of the tally's slots: the services, then the requests no service took. */
export const tallyNames = (services: readonly string[]): string[] => [...services, NO_SERVICE];

/**
 * A client's route draw, per request type: cumulative shares and the route table index of each.
 * Null when the client declares no route (then no extra random number is drawn).
 */
export function clientRouteDraw(client: DesignNode, table: readonly RouteEntry[]): { cum: Float64Array[]; ref: Int16Array[] } | null {
  if (client.kind !== 'client' || !client.routes || client.routes.length === 0) return null;
  const cum: Float64Array[] = [];
  const ref: Int16Array[] = [];
  for (const type of REQUEST_TYPES) {
    const mine: ClientRoute[] = client.routes.filter((r) => r.type === type && r.share > 0);
    const c = new Float64Array(mine.length);
    const idx = new Int16Array(mine.length);
    let acc = 0;
    mine.forEach((r, i) => {
      acc += r.share;
      c[i] = acc;
      idx[i] = table.findIndex((e) => e.client === client.id && e.name === r.name);
    });
    cum.push(c);
    ref.push(idx);
  }
  return { cum, ref };
}

/** Flow classes: the four request types, then one per route table entry. */
export const flowClassCount = (table: readonly RouteEntry[]): number => REQUEST_TYPES.length + table.length;

/**
 * A balancer's servers per flow class, as positions in its lbTargets (built after the spare
 * servers for autoscaling joined, so spares serve their template's service), and the service
 * that owns each class (-1: none). Null when the balancer has no rules and no server with a
 * service: then it spreads over every server, as it always did.
 */
export function balancerClasses(lb: NodeRt, pool: readonly DesignNode[], table: readonly RouteEntry[], services: readonly string[]): { targets: Int32Array[]; owner: Int16Array } | null {
  const hasRules = lb.design.kind === 'loadBalancer' && (lb.design.rules?.length ?? 0) > 0;
  if (!hasRules && !pool.some((t) => serviceOf(t) !== '')) return null;
  const count = flowClassCount(table);
  const targets: Int32Array[] = [];
  const owner = new Int16Array(count);
  for (let c = 0; c < count; c++) {
    const type = c < REQUEST_TYPES.length ? REQUEST_TYPES[c] : table[c - REQUEST_TYPES.length].type;
    const route = c < REQUEST_TYPES.length ? undefined : table[c - REQUEST_TYPES.length].name;
    const chosen = serviceTargets(lb.design, type, route, pool);
    targets.push(Int32Array.from(chosen.map((t) => pool.indexOf(t))));
    owner[c] = services.indexOf(owningService(lb.design, type, route));
  }
  return { targets, owner };
}
