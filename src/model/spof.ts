import type { Design, DesignNode } from './design';
import { nodeName } from './design';
import { ancestorsOf, buildGraph, replicasOf, workTargets, type DesignGraph } from './graph';
import type { Kind } from './kinds';
import { REQUEST_TYPES, routeTiers, servesLocally, type RequestType } from './routing';

export interface SpofFinding {
  id: string;
  /** One line: what breaks for whom. */
  reason: string;
  /** The chapter's fix. */
  hint: string;
}

/**
 * DNS and monitoring are not candidates: in the chapter DNS is a managed, replicated service
 * run by a third party, and monitoring failing stops alerts, not requests. Clients are the users.
 */
const NOT_CANDIDATES: ReadonlySet<Kind> = new Set(['client', 'dns', 'monitoring']);

const VERB: Record<RequestType, string> = { static: 'static files', read: 'reads', write: 'writes', job: 'jobs' };

/**
 * The single points of failure of a design (docs/routing.md): a node is one when killing it leaves
 * some client with no path to a capability it uses, where the design served it with all nodes up.
 */
export function findSpofs(design: Design): SpofFinding[] {
  const graph = buildGraph(design);
  const clients = design.nodes.filter((n) => n.kind === 'client');
  const used = (c: DesignNode) => REQUEST_TYPES.filter((t) => c.kind === 'client' && c.params.mix[t] > 0 && c.params.rps > 0);

  // Runs on every edit, so it must stay fast on big designs. The check is deterministic and
  // short-circuits, so with everything up it reads the health of only a few nodes per
  // (client, request type). Killing a node it never read cannot change that answer, so each
  // candidate is re-checked only against the pairs whose baseline read it.
  const served: { client: DesignNode; type: RequestType; consulted: Set<string> }[] = [];
  for (const client of clients) {
    for (const type of used(client)) {
      const consulted = new Set<string>();
      if (evaluate(graph, client, type, NOBODY, consulted)) served.push({ client, type, consulted });
    }
  }

  const findings: SpofFinding[] = [];
  for (const candidate of design.nodes) {
    if (NOT_CANDIDATES.has(candidate.kind)) continue;
    const dead = new Set([candidate.id]);
    const lost = new Map<DesignNode, RequestType[]>();
    for (const pair of served) {
      if (!pair.consulted.has(candidate.id) || evaluate(graph, pair.client, pair.type, dead)) continue;
      lost.set(pair.client, [...(lost.get(pair.client) ?? []), pair.type]);
    }
    if (!lost.size) continue;
    const what = [...lost].map(([client, types]) => `${nodeName(client)} lose ${joinWords(types.map((t) => VERB[t]))}`).join('; ');
    findings.push({ id: candidate.id, reason: `If ${nodeName(candidate)} fails, ${what}: nothing else can take over.`, hint: hintFor(graph, candidate) });
  }
  return findings;
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
interface GraphIndex { targets: Map<string, DesignNode[]>; replicas: Map<string, DesignNode[]>; ancestors: Map<string, string[]>; tiers: Record<RequestType, Map<string, DesignNode[][]>> }
const indexes = new WeakMap<DesignGraph, GraphIndex>();
function indexOf(graph: DesignGraph): GraphIndex {
  let index = indexes.get(graph);
  if (!index) {
    index = { targets: new Map(), replicas: new Map(), ancestors: new Map(), tiers: { static: new Map(), read: new Map(), write: new Map(), job: new Map() } };
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
 * The check behind `canServe`. Records in `consulted` every node whose health it read, so the
 * caller knows which failures could change the answer. Terminates on any graph: a node already
 * being visited counts as not serving (a loop is never a path).
 */
function evaluate(graph: DesignGraph, from: DesignNode, type: RequestType, dead: ReadonlySet<string>, consulted?: Set<string>): boolean {
  const index = indexOf(graph);
  const targetsOf = (id: string) => cached(index.targets, id, () => workTargets(graph, id));
  const replicasOfNode = (id: string) => cached(index.replicas, id, () => replicasOf(graph, id));
  const isDead = (n: DesignNode): boolean => {
    const ancestors = cached(index.ancestors, n.id, () => ancestorsOf(graph, n.id));
    if (consulted) { consulted.add(n.id); for (const a of ancestors) consulted.add(a); }
    return dead.has(n.id) || ancestors.some((a) => dead.has(a));
  };
  const memo = new Map<string, boolean>();
  const visiting = new Set<string>();

  const serves = (n: DesignNode): boolean => {
    const key = n.id;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (visiting.has(key)) return false;
    visiting.add(key);
    const result = isDead(n) ? servesWhileDead(n) : servesAlive(n);
    visiting.delete(key);
    memo.set(key, result);
    return result;
  };

  // A dead CDN sends users to its origin; a dead primary is replaced by a promoted replica.
  const servesWhileDead = (n: DesignNode): boolean => {
    if (n.kind === 'cdn') return tiersOf(n).some((tier) => tier.some(serves));
    if (n.kind === 'database') return replicasOfNode(n.id).some((r) => !isDead(r));
    return false;
  };

  const servesAlive = (n: DesignNode): boolean => {
    if (n.kind === 'web' && !sessionsAvailable(n)) return false;
    if (n.kind === 'shardRouter') {
      const shards = targetsOf(n.id);
      return shards.length > 0 && shards.every(serves);
    }
    const tiers = tiersOf(n);
    if (tiers.every((t) => t.length === 0)) return n.id !== from.id && servesLocally(n, type);
    return tiers.some((tier) => tier.some(serves));
  };

  const sessionsAvailable = (web: DesignNode): boolean => {
    const stores = targetsOf(web.id).filter((t) => t.kind === 'sessionStore');
    return stores.length === 0 || stores.some((s) => !isDead(s));
  };

  const tiersByNode = index.tiers[type];
  const tiersOf = (n: DesignNode) => cached(tiersByNode, n.id, () => routeTiers(n, type, targetsOf(n.id)));
  return serves(from);
}

function hintFor(graph: DesignGraph, node: DesignNode): string {
  switch (node.kind) {
    case 'loadBalancer': return 'One load balancer: add a second one (both reachable from DNS) so the site survives losing it.';
    case 'web': return 'One web server: add a second one and put a load balancer in front of both.';
    case 'database':
      if (node.params.role === 'replica') return 'The only database these reads can reach: also connect the web servers (or cache) to the primary, or add a second replica.';
      if (node.params.role === 'shard') return 'This shard has no replica: add a replica (a database with role replica, wired from the shard) so its keys survive.';
      return replicasOf(graph, node.id).length
        ? 'Its replicas cannot take over for these requests: connect the web servers to a replica too.'
        : 'No replica: add a database with role replica and connect the primary to it, so a replica can be promoted.';
    case 'cache': return 'The cache is the only path to the data: also connect the web servers to the database, or run a second cache.';
    case 'cdn': return 'Connect the CDN to an origin (an object store or the web tier) so users can fall back to it.';
    case 'sessionStore': return 'Every web server using it needs it for each request: run a second session store and connect the web servers to both.';
    case 'queue': return 'One queue: run a second queue (or a replicated broker) and connect the web servers to both.';
    case 'worker': return 'One worker pool: add a second one on the same queue.';
    case 'shardRouter': return 'One shard router: add a second one in front of the same shards.';
    case 'nosql': return 'One NoSQL node: add a second one.';
    case 'objectStore': return 'One object store: put a CDN in front of it, or add a second one.';
    case 'dataCenter': return 'Everything runs in this one data center: add a second one in another region and turn on GeoDNS.';
    default: return 'Add a second one.';
  }
}

const joinWords = (words: string[]): string =>
  words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
