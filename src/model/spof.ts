import type { Design, DesignNode } from './design';
import { nodeName } from './design';
import { ancestorsOf, buildGraph, membersOf, replicasOf, workTargets, type DesignGraph } from './graph';
import { isSpofCandidate, KINDS, routeFactsOf, spofHintOf } from './kinds';
import { clientFlows, deadTarget, onwardType, REQUEST_TYPES, routeTiers, servesLocally, usesSessionStore, type RequestType } from './routing';

export interface SpofFinding {
  id: string;
  /** One line: what breaks for whom. */
  reason: string;
  /** The chapter's fix. */
  hint: string;
}

const VERB: Record<RequestType, string> = { static: 'static files', read: 'reads', write: 'writes', job: 'jobs' };

export interface SpofAnalysis {
  findings: SpofFinding[];
  /**
   * How many (client, request type or route) pairs the design serves with every node up: the
   * pairs a failure could take away. None means there was nothing to check, not that nothing can fail.
   */
  served: number;
}

/** The single points of failure of a design; see analyseSpofs. */
export function findSpofs(design: Design): SpofFinding[] {
  return analyseSpofs(design).findings;
}

/**
 * The single points of failure of a design (docs/routing.md): a node is one when killing it leaves
 * some client with no path to a capability it uses, where the design served it with all nodes up.
 */
export function analyseSpofs(design: Design): SpofAnalysis {
  const graph = buildGraph(design);
  const clients = design.nodes.filter((n) => n.kind === 'client');
  const flows = indexOf(graph).flows;

  // Runs on every edit, so it must stay fast on big designs. Whether a node serves a type does
  // not depend on who asks, so one memo per type serves every client. Killing a node changes the
  // answer only for nodes upstream of it (that can send work to it, or sit inside it), and only
  // when the baseline read its health; every other node keeps its baseline answer, so each
  // candidate re-checks just the part of the graph above it.
  const served: { client: DesignNode; flow: number }[] = [];
  const consulted = flows.list.map(() => new Set<string>());
  const baseline = newMemo(flows.list.length);
  for (const client of clients) {
    for (const { type, route } of clientFlows(client)) {
      const flow = flowIndex(flows, type, route);
      if (evaluate(graph, client, flow, NOBODY, { consulted: consulted[flow], memo: baseline })) served.push({ client, flow });
    }
  }

  const findings: SpofFinding[] = [];
  for (const candidate of design.nodes) {
    // Which kinds can be candidates is each kind file's `spofHint` (null: never; users are the ones who fail).
    if (!isSpofCandidate(candidate.kind)) continue;
    const dead = new Set([candidate.id]);
    const lost = new Map<DesignNode, string[]>();
    let dirty: Set<string> | undefined;
    let dirtyList: string[] | undefined;
    const memo = newMemo(flows.list.length);
    for (const pair of served) {
      if (!consulted[pair.flow].has(candidate.id)) continue;
      dirty ??= upstreamOf(graph, candidate.id);
      dirtyList ??= [...dirty];
      if (evaluate(graph, pair.client, pair.flow, dead, { base: baseline, dirty, dirtyList, memo })) continue;
      lost.set(pair.client, [...(lost.get(pair.client) ?? []), flowWords(flows.list[pair.flow])]);
    }
    if (!lost.size) continue;
    const what = [...lost].map(([client, words]) => `${nodeName(client)} lose ${joinWords(words)}`).join('; ');
    findings.push({ id: candidate.id, reason: `If ${nodeName(candidate)} fails, ${what}: nothing else can take over.`, hint: spofHintOf(candidate, { replicas: replicasOf(graph, candidate.id).length }) });
  }
  return { findings, served: served.length };
}

/**
 * Answers per flow (flow index) and node id; for a node that routes and serves, also which tier
 * it used and how many usable targets that tier had (an incremental re-check needs to look only
 * at the targets a failure can change).
 */
interface Memo { answer: Map<string, boolean>[]; tier: Map<string, number>[]; usable: Map<string, number>[] }
const newMemo = (size: number): Memo => ({ answer: fill(size, () => new Map()), tier: fill(size, () => new Map()), usable: fill(size, () => new Map()) });
const fill = <T>(size: number, make: () => T): T[] => Array.from({ length: size }, make);
const TYPE_INDEX: Record<RequestType, number> = { static: 0, read: 1, write: 2, job: 3 };

/**
 * What the analysis walks: a request type, and the route a client declared when it has one
 * (docs/services.md). The first four are the plain types in REQUEST_TYPES order; then one per
 * (type, route) that a client of the design declares.
 */
interface FlowKey { type: RequestType; route?: string }
interface FlowTable { list: FlowKey[]; byKey: Map<string, number> }
const flowKey = (type: RequestType, route?: string): string => (route === undefined ? type : `${type}\u0000${route}`);
function flowTable(design: Design): FlowTable {
  const list: FlowKey[] = REQUEST_TYPES.map((type) => ({ type }));
  const byKey = new Map(list.map((f, i) => [flowKey(f.type), i]));
  for (const n of design.nodes) {
    if (n.kind !== 'client') continue;
    for (const r of n.routes ?? []) {
      const key = flowKey(r.type, r.name);
      if (!byKey.has(key)) { byKey.set(key, list.length); list.push({ type: r.type, route: r.name }); }
    }
  }
  return { list, byKey };
}
const flowIndex = (flows: FlowTable, type: RequestType, route?: string): number => flows.byKey.get(flowKey(type, route)) ?? TYPE_INDEX[type];
const flowWords = (f: FlowKey): string => (f.route === undefined ? VERB[f.type] : `the ${f.route} route`);
/** Only the hops before a web server choose by route (a balancer's rules): the kinds that `carriesRoute`; past them a request is its type. */
const ROUTE_CARRIERS: ReadonlySet<string> = new Set(KINDS.filter((k) => routeFactsOf(k).carriesRoute === true));
const keepsRoute = (n: DesignNode): boolean => ROUTE_CARRIERS.has(n.kind);

/** The node, the members of a data center, and every node that can send work to any of them. */
function upstreamOf(graph: DesignGraph, id: string): Set<string> {
  const start = [id, ...(graph.byId.get(id)?.kind === 'dataCenter' ? membersOf(graph, id).map((m) => m.id) : [])];
  const seen = new Set(start);
  const stack = [...start];
  while (stack.length) {
    const cur = stack.pop()!;
    for (const e of graph.inEdges.get(cur) ?? []) if (!seen.has(e.source)) { seen.add(e.source); stack.push(e.source); }
  }
  return seen;
}

const NOBODY: ReadonlySet<string> = new Set();

/** Whether a request of `type` sent by `from` can complete with the `dead` nodes down. */
export function canServe(graph: DesignGraph, from: DesignNode, type: RequestType, dead: ReadonlySet<string>, route?: string): boolean {
  return evaluate(graph, from, flowIndex(indexOf(graph).flows, type, route), dead);
}

/**
 * Per-graph caches: neighbour lists, data-center chains and route tiers are asked for thousands
 * of times. A graph is a snapshot (buildGraph per design), so they never go stale; build a new
 * graph after changing a design rather than mutating the nodes a graph holds.
 */
interface GraphIndex { flows: FlowTable; targets: Map<string, DesignNode[]>; replicas: Map<string, DesignNode[]>; ancestors: Map<string, string[]>; tiers: Map<string, DesignNode[][]>[]; tierSets: Map<string, Set<string>>[] }
const indexes = new WeakMap<DesignGraph, GraphIndex>();
function indexOf(graph: DesignGraph): GraphIndex {
  let index = indexes.get(graph);
  if (!index) {
    const flows = flowTable(graph.design);
    index = { flows, targets: new Map(), replicas: new Map(), ancestors: new Map(), tiers: fill(flows.list.length, () => new Map()), tierSets: fill(flows.list.length, () => new Map()) };
    indexes.set(graph, index);
  }
  return index;
}
const cached = <T>(map: Map<string, T>, id: string, make: () => T): T => {
  let value = map.get(id);
  if (value === undefined) { value = make(); map.set(id, value); }
  return value;
};

/**
 * The check behind `canServe`, with the routing module's rules (routing.ts): a request goes to
 * the first tier of its sender that has a usable target, and is served only when every usable
 * target of that tier serves it (each gets some of the traffic). Records in `consulted` every
 * node whose health it read, so the caller knows which failures could change the answer.
 * Terminates on any graph: a node already being visited counts as not serving (a loop is never a path).
 */
interface EvalOptions {
  /** Collects every node whose health the check read. */
  consulted?: Set<string>;
  /** Receives the answer for every node visited; answers already in it are reused (same dead set). */
  memo?: Memo;
  /** Answers of a run with nobody dead, valid for every node outside `dirty`. */
  base?: Memo;
  dirty?: ReadonlySet<string>;
  dirtyList?: readonly string[];
}

function evaluate(graph: DesignGraph, from: DesignNode, startFlow: number, dead: ReadonlySet<string>, options: EvalOptions = {}): boolean {
  const { consulted, base, dirty, dirtyList } = options;
  const index = indexOf(graph);
  const targetsOf = (id: string) => cached(index.targets, id, () => workTargets(graph, id));
  const replicasOfNode = (id: string) => cached(index.replicas, id, () => replicasOf(graph, id));
  const isDead = (n: DesignNode): boolean => {
    // Users are not hosted anywhere: a data center drawn around them does not stop them sending.
    if (n.kind === 'client') return false;
    const ancestors = cached(index.ancestors, n.id, () => ancestorsOf(graph, n.id));
    if (consulted) { consulted.add(n.id); for (const a of ancestors) consulted.add(a); }
    return dead.has(n.id) || ancestors.some((a) => dead.has(a));
  };
  const hasLiveReplica = (n: DesignNode) => replicasOfNode(n.id).some((r) => !isDead(r));
  const flows = index.flows;
  const memo = options.memo ?? newMemo(flows.list.length);
  const visiting = flows.list.map(() => new Set<string>());

  const serves = (n: DesignNode, t: number): boolean => {
    const key = n.id;
    const known = memo.answer[t].get(key);
    if (known !== undefined) return known;
    if (base && dirty && !dirty.has(key)) {
      const kept = base.answer[t].get(key);
      if (kept !== undefined) return kept;
    }
    if (visiting[t].has(key)) return false;
    visiting[t].add(key);
    const result = isDead(n) ? servesWhileDead(n, t) : servesAlive(n, t);
    visiting[t].delete(key);
    memo.answer[t].set(key, result);
    return result;
  };

  // A dead CDN passes requests to its origin; a dead primary is replaced by a promoted replica.
  const servesWhileDead = (n: DesignNode, ty: number): boolean => {
    switch (deadTarget(n, n.kind === 'database' && hasLiveReplica(n))) {
      case 'passThrough': return route(n, ty);
      case 'promoted': return true;
      default: return false;
    }
  };

  const servesAlive = (n: DesignNode, ty: number): boolean => {
    if (n.kind === 'web' && !sessionsAvailable(n)) return false;
    if (n.kind === 'shardRouter') {
      const shards = targetsOf(n.id);
      return shards.length > 0 && shards.every((s) => serves(s, ty));
    }
    return route(n, ty);
  };

  const route = (n: DesignNode, t: number): boolean => {
    const tiers = tiersOf(n, t);
    const { type: ty, route: path } = flows.list[t];
    if (tiers.every((x) => x.length === 0)) return servesLocally(n, ty);
    const nextType = onwardType(n, ty);
    // The flow each target sees: the route is kept only by the hops that choose by it.
    const plainNext = TYPE_INDEX[nextType];
    const routedNext = path === undefined ? plainNext : flowIndex(flows, nextType, path);
    // Inlined rather than closures: this runs for every node of every path on each edit.
    if (n.kind === 'dns') return dnsServes(tiers, plainNext, routedNext);
    // Written as loops: this is the inner loop of findSpofs on big designs.
    const baseTier = base?.tier[t].get(n.id);
    let from = 0;
    if (baseTier !== undefined && dirtyList) {
      // With nobody dead every usable target of this tier served: only the targets a failure
      // touched (the dirty ones) can change that; the others keep their answer.
      const tier = tiers[baseTier];
      let usable = base!.usable[t].get(n.id)!;
      const check = (x: DesignNode): boolean => {
        if (isDead(x) && deadTarget(x, x.kind === 'database' && hasLiveReplica(x)) === 'skipped') { usable--; return true; }
        return serves(x, keepsRoute(x) ? routedNext : plainNext);
      };
      if (dirtyList.length < tier.length) {
        for (const id of dirtyList) {
          if (!tierSet(n, t, baseTier).has(id)) continue;
          const x = graph.byId.get(id)!;
          if (!visiting[keepsRoute(x) ? routedNext : plainNext].has(id) && !check(x)) return false;
        }
      } else {
        for (const x of tier) if (dirty!.has(x.id) && !visiting[keepsRoute(x) ? routedNext : plainNext].has(x.id) && !check(x)) return false;
      }
      if (usable > 0) return true;
      from = baseTier + 1;
    }
    for (let k = from; k < tiers.length; k++) {
      let usable = 0;
      for (const x of tiers[k]) {
        // A target already on the path (a loop a design built without the edge rules may hold)
        // is one the request merely passes again: not counted.
        const next = keepsRoute(x) ? routedNext : plainNext;
        if (visiting[next].has(x.id)) continue;
        if (isDead(x) && deadTarget(x, x.kind === 'database' && hasLiveReplica(x)) === 'skipped') continue;
        usable++;
        if (!serves(x, next)) return false;
      }
      if (usable > 0) {
        if (!base) { memo.tier[t].set(n.id, k); memo.usable[t].set(n.id, usable); }
        return true;
      }
    }
    return false;
  };

  const tierSet = (n: DesignNode, t: number, k: number): Set<string> =>
    cached(index.tierSets[t], `${k}\u0000${n.id}`, () => new Set(tiersOf(n, t)[k].map((x) => x.id)));

  /**
   * A DNS checks its targets end to end: it answers only with targets that can serve (GeoDNS:
   * the best placed of those), so it serves whenever a target of a tier does.
   */
  const dnsServes = (tiers: readonly DesignNode[][], plainNext: number, routedNext: number): boolean => {
    for (const tier of tiers) {
      for (const x of tier) {
        const next = keepsRoute(x) ? routedNext : plainNext;
        if (!visiting[next].has(x.id) && serves(x, next)) return true;
      }
    }
    return false;
  };

  const sessionsAvailable = (web: DesignNode): boolean => {
    const targets = targetsOf(web.id);
    return !usesSessionStore(web, targets) || targets.some((s) => s.kind === 'sessionStore' && !isDead(s));
  };

  const tiersOf = (n: DesignNode, t: number) => cached(index.tiers[t], n.id, () => routeTiers(n, flows.list[t].type, targetsOf(n.id), flows.list[t].route));
  return serves(from, startFlow);
}

const joinWords = (words: string[]): string =>
  words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
