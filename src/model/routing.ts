import type { DesignNode } from './design';
import { KIND_SPECS, routeFactsOf, servesLocallyOf, type DeadOutcome, type Kind, type RouteContext, type RouteFacts } from './kinds';
import { REQUEST_TYPES as TYPES, type RequestType } from './requestTypes';
import { type ClientRoute } from './services';

export { REQUEST_TYPES, RESPONSE_BYTES, type RequestType } from './requestTypes';
// Apart so the edge rules, which the first load has, do not bring the rest of routing with them.
export { usesSessionStore } from './sessionUse';

/**
 * Which request types a node takes in: its kind's `accepts`, narrowed by its `acceptsWith` (a
 * database replica takes reads only). The engine routes by it and the SPOF analysis walks it, so
 * both agree on what "a path to a capability" means.
 */
export function accepts(node: DesignNode, type: RequestType): boolean {
  if (!KIND_SPECS[node.kind].accepts.includes(type)) return false;
  const narrow = factsOf(node).acceptsWith;
  return narrow ? narrow(type, node.params) : true;
}

/**
 * A node's routing facts, typed over its own params: the kind files hold them (src/model/kinds)
 * and the functions here read them, so nothing switches on kinds to route.
 */
const factsOf = (node: DesignNode): RouteFacts<Kind> => routeFactsOf(node.kind);

/**
 * Where a request of `type` goes from `node`, in order of preference, among `targets` (its
 * request/async successors): its kind file's `routes`, given the tier helpers below. The first
 * tier with a usable target wins (see `pickRule` for how a target is chosen inside a tier and
 * what "usable" means); the engine and the SPOF analysis both read these tiers, so they agree on
 * paths. A kind whose `routes` is null passes nothing on. See docs/routing.md.
 */
export function routeTiers(node: DesignNode, type: RequestType, targets: readonly DesignNode[], route?: string): DesignNode[][] {
  const routes = factsOf(node).routes;
  if (!routes) return [];
  const next = onwardType(node, type);
  const ctx: RouteContext<DesignNode['params'], DesignNode> = {
    type,
    route,
    params: node.params,
    ofKinds: (...kinds) => targets.filter((t) => kinds.includes(t.kind) && accepts(t, next)),
    readDatabases,
    writeDatabases,
    servicePool: () => serviceTargets(node, type, route, balancerPool(targets)),
  };
  return routes(ctx);
}

/** The request type a node's targets see: its kind's `onward` (past a worker a job is a write), else the same. */
export const onwardType = (node: DesignNode, type: RequestType): RequestType => factsOf(node).onward?.(type) ?? type;

const readDatabases = (dbs: DesignNode[]) => {
  const replicas = dbs.filter((d) => d.kind === 'database' && d.params.role === 'replica');
  return replicas.length > 0 ? replicas.concat(dbs.filter((d) => !replicas.includes(d))) : dbs;
};
const writeDatabases = (dbs: DesignNode[]) => dbs.filter((d) => d.kind === 'database' && d.params.role !== 'replica');

/**
 * How a sender chooses one target of a tier, and so which targets of the tier get traffic. In
 * every rule each usable target of the chosen tier gets some of the traffic (some users, some
 * keys, some turns), so a tier serves a request type only when each of its usable targets does:
 * nobody looks past a live next hop to see whether what lies behind it works (docs/routing.md).
 * - SPREAD: round robin over the tier's live targets (a balancer's health checks are in loadBalancer.ts).
 * - PINNED: users keep one address (DNS round-robin, a browser's connection). A dead address is
 *   skipped the way a browser retries the next address of a name, costing CONNECT_RETRY_MS per
 *   failed attempt; a dead CDN stays in the path (it passes requests to its origin); a dead DNS
 *   still answers users whose cached answer has not expired (`deadTarget`).
 * - KEYED: one key always lands on the same live target (caches, NoSQL nodes).
 * - CLUSTER: databases: reads over the live replicas, writes to the current primary.
 * - GEO: GeoDNS: the live targets with the best `geoScore` for the user's region, users spread over them.
 */
export const PICK_SPREAD = 0, PICK_PINNED = 1, PICK_KEYED = 2, PICK_CLUSTER = 3, PICK_GEO = 4;

/**
 * The rule, from the kind files: the sender's `picksByRegion`, else how its targets are reached
 * (`reachedAs`): a tier all of clusters, any keyed target, or addresses from a sender that
 * `pinsUsers`; else round robin.
 */
export function pickRule(node: DesignNode, tier: readonly DesignNode[]): number {
  const own = factsOf(node);
  if (own.picksByRegion?.(node.params)) return PICK_GEO;
  const reached = (t: DesignNode) => factsOf(t).reachedAs;
  if (tier.length > 0 && tier.every((t) => reached(t) === 'cluster')) return PICK_CLUSTER;
  if (tier.some((t) => reached(t) === 'key')) return PICK_KEYED;
  if (own.pinsUsers && tier.some((t) => reached(t) === 'address')) return PICK_PINNED;
  return PICK_SPREAD;
}

/**
 * One failed connection attempt to a dead address before a browser (or a resolver) tries the
 * next one: a refused or timed-out TCP connect, roughly what browsers wait before falling back.
 */
export const CONNECT_RETRY_MS = 300;

/**
 * What a sender does about a target that is down, for the rest of the run (after health checks,
 * DNS TTLs and failover have had their time), from its kind's `whenDead`:
 * - 'passThrough': it stays in the path and passes requests on (a dead CDN to its origin).
 * - 'promoted': a primary (or shard) with a live replica is replaced by the promoted replica.
 * - 'skipped' (every other kind): it gets no more traffic; the rest of the tier takes it, or the next tier.
 * A dead DNS keeps answering from users' caches until their answers expire (the record's TTL),
 * so in the long run it is skipped too; the engine models the TTL (dns.ts).
 */
export function deadTarget(node: DesignNode, hasLiveReplica: boolean): DeadOutcome {
  return factsOf(node).whenDead?.(node.params, hasLiveReplica) ?? 'skipped';
}

/**
 * GeoDNS preference for a target (lower is better): the user's own region, then a target in no
 * data center, then the nearest other region (its inter-region latency).
 */
export const geoScore = (targetRegion: number, targetInterRegionMs: number, home: number): number =>
  targetRegion === home ? 0 : targetRegion < 0 ? 1 : 2 + targetInterRegionMs;

/**
 * Whether a node answers a request of `type` itself when it has no route onward: its kind file's
 * `servesLocally` (a web server with no data tier is the one-box stage; a worker with no store
 * finishes its job alone). A cache or CDN with nothing behind it cannot answer a miss (nor
 * confirm a write): it has no data of its own, so its kind says nothing.
 */
export const servesLocally = (node: DesignNode, type: RequestType): boolean => servesLocallyOf(node, type);

/** Every server (and balancer further on) a balancer spreads over, before its rules choose among them. */
export const balancerPool = (targets: readonly DesignNode[]): DesignNode[] =>
  targets.filter((t) => (t.kind === 'web' || t.kind === 'loadBalancer') && accepts(t, 'read'));

/** The service a web server belongs to ('' for the shared pool and for every other kind). */
export const serviceOf = (node: DesignNode): string => (node.kind === 'web' ? node.params.service : '');

/**
 * The service that owns a request at a balancer, by its rules: the rule listing the request's
 * route first, then the rule listing its type; '' when no rule claims it (docs/services.md).
 */
export function owningService(lb: DesignNode, type: RequestType, route?: string): string {
  if (lb.kind !== 'loadBalancer' || !lb.rules) return '';
  if (route !== undefined) {
    const byRoute = lb.rules.find((r) => r.routes.includes(route));
    if (byRoute) return byRoute.service;
  }
  return lb.rules.find((r) => r.types.includes(type))?.service ?? '';
}

/**
 * Which of a balancer's servers (`pool`) take a request: the servers of the service that owns it;
 * when no rule claims it, or its service has no server behind this balancer, the shared pool
 * (servers with no service, and balancers further on); when there is no shared pool either,
 * every server. A design without services or rules gets the whole pool, as before. Health is
 * not looked at here: a service whose servers are all dead fails its own requests and no
 * others (the balancer's health checks, and the SPOF analysis, see to that).
 */
export function serviceTargets(lb: DesignNode, type: RequestType, route: string | undefined, pool: readonly DesignNode[]): DesignNode[] {
  const owner = owningService(lb, type, route);
  if (owner !== '') {
    const own = pool.filter((t) => serviceOf(t) === owner);
    if (own.length > 0) return own;
  }
  const shared = pool.filter((t) => serviceOf(t) === '');
  return shared.length > 0 ? shared : pool.slice();
}

/** One stream of a client's traffic: a request type, on a declared route or not, and its share of the client's requests. */
export interface Flow { type: RequestType; route?: string; share: number }

/**
 * A client's traffic as flows: each type of its mix, split into the routes declared for it; the
 * part of a type no route takes stays the plain type. Flows with no traffic are left out.
 */
export function clientFlows(client: DesignNode): Flow[] {
  if (client.kind !== 'client' || client.params.rps <= 0) return [];
  const mix = client.params.mix;
  const total = TYPES.reduce((sum, t) => sum + mix[t], 0);
  const routes: readonly ClientRoute[] = client.routes ?? [];
  const flows: Flow[] = [];
  for (const type of TYPES) {
    // Types with no weight are not used (a mix of all zeros sends nothing the analysis counts).
    const typeShare = total > 0 ? mix[type] / total : 0;
    if (typeShare <= 0) continue;
    let left = 1;
    for (const r of routes) {
      if (r.type !== type || r.share <= 0) continue;
      flows.push({ type, route: r.name, share: typeShare * r.share });
      left -= r.share;
    }
    if (left > 1e-9) flows.push({ type, share: typeShare * left });
  }
  return flows;
}
