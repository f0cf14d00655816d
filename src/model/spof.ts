import type { Design, DesignNode } from './design';
import { nodeName } from './design';
import { ancestorsOf, buildGraph, membersOf, replicasOf, workTargets, type DesignGraph } from './graph';
import { isSpofCandidate, spofHintOf } from './kinds';
import { deadTarget, onwardType, REQUEST_TYPES, routeTiers, servesLocally, usesSessionStore, type RequestType } from './routing';

export interface SpofFinding {
  id: string;
  /** One line: what breaks for whom. */
  reason: string;
  /** The chapter's fix. */
  hint: string;
}

const VERB: Record<RequestType, string> = { static: 'static files', read: 'reads', write: 'writes', job: 'jobs' };

/**
 * The single points of failure of a design (docs/routing.md): a node is one when killing it leaves
 * some client with no path to a capability it uses, where the design served it with all nodes up.
 */
export function findSpofs(design: Design): SpofFinding[] {
  const graph = buildGraph(design);
  const clients = design.nodes.filter((n) => n.kind === 'client');
  const used = (c: DesignNode) => REQUEST_TYPES.filter((t) => c.kind === 'client' && c.params.mix[t] > 0 && c.params.rps > 0);

  // Runs on every edit, so it must stay fast on big designs. Whether a node serves a type does
  // not depend on who asks, so one memo per type serves every client. Killing a node changes the
  // answer only for nodes upstream of it (that can send work to it, or sit inside it), and only
  // when the baseline read its health; every other node keeps its baseline answer, so each
  // candidate re-checks just the part of the graph above it.
  const served: { client: DesignNode; type: RequestType }[] = [];
  const consulted = REQUEST_TYPES.map(() => new Set<string>());
  const baseline = newMemo();
  for (const client of clients) {
    for (const type of used(client)) {
      if (evaluate(graph, client, type, NOBODY, { consulted: consulted[TYPE_INDEX[type]], memo: baseline })) served.push({ client, type });
    }
  }

  const findings: SpofFinding[] = [];
  for (const candidate of design.nodes) {
    // Which kinds can be candidates is each kind file's `spofHint` (null: never; users are the ones who fail).
    if (!isSpofCandidate(candidate.kind)) continue;
    const dead = new Set([candidate.id]);
    const lost = new Map<DesignNode, RequestType[]>();
    let dirty: Set<string> | undefined;
    let dirtyList: string[] | undefined;
    const memo = newMemo();
    for (const pair of served) {
      if (!consulted[TYPE_INDEX[pair.type]].has(candidate.id)) continue;
      dirty ??= upstreamOf(graph, candidate.id);
      dirtyList ??= [...dirty];
      if (evaluate(graph, pair.client, pair.type, dead, { base: baseline, dirty, dirtyList, memo })) continue;
      lost.set(pair.client, [...(lost.get(pair.client) ?? []), pair.type]);
    }
    if (!lost.size) continue;
    const what = [...lost].map(([client, types]) => `${nodeName(client)} lose ${joinWords(types.map((t) => VERB[t]))}`).join('; ');
    findings.push({ id: candidate.id, reason: `If ${nodeName(candidate)} fails, ${what}: nothing else can take over.`, hint: spofHintOf(candidate, { replicas: replicasOf(graph, candidate.id).length }) });
  }
  return findings;
}

/**
 * Answers per request type (REQUEST_TYPES order) and node id; for a node that routes and serves,
 * also which tier it used and how many usable targets that tier had (an incremental re-check
 * needs to look only at the targets a failure can change).
 */
interface Memo { answer: Map<string, boolean>[]; tier: Map<string, number>[]; usable: Map<string, number>[] }
const newMemo = (): Memo => ({ answer: REQUEST_TYPES.map(() => new Map()), tier: REQUEST_TYPES.map(() => new Map()), usable: REQUEST_TYPES.map(() => new Map()) });
const TYPE_INDEX: Record<RequestType, number> = { static: 0, read: 1, write: 2, job: 3 };

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
export function canServe(graph: DesignGraph, from: DesignNode, type: RequestType, dead: ReadonlySet<string>): boolean {
  return evaluate(graph, from, type, dead);
}

/**
 * Per-graph caches: neighbour lists, data-center chains and route tiers are asked for thousands
 * of times. A graph is a snapshot (buildGraph per design), so they never go stale; build a new
 * graph after changing a design rather than mutating the nodes a graph holds.
 */
interface GraphIndex { targets: Map<string, DesignNode[]>; replicas: Map<string, DesignNode[]>; ancestors: Map<string, string[]>; tiers: Record<RequestType, Map<string, DesignNode[][]>>; tierSets: Record<RequestType, Map<string, Set<string>>> }
const indexes = new WeakMap<DesignGraph, GraphIndex>();
function indexOf(graph: DesignGraph): GraphIndex {
  let index = indexes.get(graph);
  if (!index) {
    index = { targets: new Map(), replicas: new Map(), ancestors: new Map(), tiers: { static: new Map(), read: new Map(), write: new Map(), job: new Map() }, tierSets: { static: new Map(), read: new Map(), write: new Map(), job: new Map() } };
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

function evaluate(graph: DesignGraph, from: DesignNode, type: RequestType, dead: ReadonlySet<string>, options: EvalOptions = {}): boolean {
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
  const memo = options.memo ?? newMemo();
  const visiting = REQUEST_TYPES.map(() => new Set<string>());

  const serves = (n: DesignNode, ty: RequestType): boolean => {
    const t = TYPE_INDEX[ty];
    const key = n.id;
    const known = memo.answer[t].get(key);
    if (known !== undefined) return known;
    if (base && dirty && !dirty.has(key)) {
      const kept = base.answer[t].get(key);
      if (kept !== undefined) return kept;
    }
    if (visiting[t].has(key)) return false;
    visiting[t].add(key);
    const result = isDead(n) ? servesWhileDead(n, ty) : servesAlive(n, ty);
    visiting[t].delete(key);
    memo.answer[t].set(key, result);
    return result;
  };

  // A dead CDN passes requests to its origin; a dead primary is replaced by a promoted replica.
  const servesWhileDead = (n: DesignNode, ty: RequestType): boolean => {
    switch (deadTarget(n, n.kind === 'database' && hasLiveReplica(n))) {
      case 'passThrough': return route(n, ty);
      case 'promoted': return true;
      default: return false;
    }
  };

  const servesAlive = (n: DesignNode, ty: RequestType): boolean => {
    if (n.kind === 'web' && !sessionsAvailable(n)) return false;
    if (n.kind === 'shardRouter') {
      const shards = targetsOf(n.id);
      return shards.length > 0 && shards.every((s) => serves(s, ty));
    }
    return route(n, ty);
  };

  const route = (n: DesignNode, ty: RequestType): boolean => {
    const tiers = tiersOf(n, ty);
    if (tiers.every((t) => t.length === 0)) return servesLocally(n, ty);
    const next = onwardType(n, ty);
    const around = visiting[TYPE_INDEX[next]];
    if (n.kind === 'dns') return dnsServes(tiers, next, around);
    // Written as loops: this is the inner loop of findSpofs on big designs.
    const t = TYPE_INDEX[ty];
    const baseTier = base?.tier[t].get(n.id);
    let from = 0;
    if (baseTier !== undefined && dirtyList) {
      // With nobody dead every usable target of this tier served: only the targets a failure
      // touched (the dirty ones) can change that; the others keep their answer.
      const tier = tiers[baseTier];
      let usable = base!.usable[t].get(n.id)!;
      const check = (x: DesignNode): boolean => {
        if (isDead(x) && deadTarget(x, x.kind === 'database' && hasLiveReplica(x)) === 'skipped') { usable--; return true; }
        return serves(x, next);
      };
      if (dirtyList.length < tier.length) {
        for (const id of dirtyList) if (tierSet(n, ty, baseTier).has(id) && !around.has(id) && !check(graph.byId.get(id)!)) return false;
      } else {
        for (const x of tier) if (dirty!.has(x.id) && !around.has(x.id) && !check(x)) return false;
      }
      if (usable > 0) return true;
      from = baseTier + 1;
    }
    for (let k = from; k < tiers.length; k++) {
      let usable = 0;
      for (const x of tiers[k]) {
        // A target already on the path (a loop a design built without the edge rules may hold)
        // is one the request merely passes again: not counted.
        if (around.has(x.id)) continue;
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

  const tierSet = (n: DesignNode, ty: RequestType, k: number): Set<string> =>
    cached(index.tierSets[ty], `${k}\u0000${n.id}`, () => new Set(tiersOf(n, ty)[k].map((x) => x.id)));

  /**
   * A DNS checks its targets end to end: it answers only with targets that can serve (GeoDNS:
   * the best placed of those), so it serves whenever a target of a tier does.
   */
  const dnsServes = (tiers: readonly DesignNode[][], next: RequestType, around: ReadonlySet<string>): boolean => {
    for (const tier of tiers) if (tier.some((t) => !around.has(t.id) && serves(t, next))) return true;
    return false;
  };

  const sessionsAvailable = (web: DesignNode): boolean => {
    const targets = targetsOf(web.id);
    return !usesSessionStore(web, targets) || targets.some((s) => s.kind === 'sessionStore' && !isDead(s));
  };

  const tiersOf = (n: DesignNode, ty: RequestType) => cached(index.tiers[ty], n.id, () => routeTiers(n, ty, targetsOf(n.id)));
  return serves(from, type);
}

const joinWords = (words: string[]): string =>
  words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
