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
 * The single points of failure of a design (DESIGN.md §4): a node is one when killing it leaves
 * some client with no path to a capability it uses, where the design served it with all nodes up.
 */
export function findSpofs(design: Design): SpofFinding[] {
  const graph = buildGraph(design);
  const clients = design.nodes.filter((n) => n.kind === 'client');
  const used = (c: DesignNode) => REQUEST_TYPES.filter((t) => c.kind === 'client' && c.params.mix[t] > 0 && c.params.rps > 0);
  const baseline = new Map(clients.map((c) => [c.id, used(c).filter((t) => canServe(graph, c, t, new Set()))]));

  const findings: SpofFinding[] = [];
  for (const candidate of design.nodes) {
    if (NOT_CANDIDATES.has(candidate.kind)) continue;
    const dead = new Set([candidate.id]);
    const lost: { client: DesignNode; types: RequestType[] }[] = [];
    for (const c of clients) {
      const types = (baseline.get(c.id) ?? []).filter((t) => !canServe(graph, c, t, dead));
      if (types.length) lost.push({ client: c, types });
    }
    if (!lost.length) continue;
    const what = lost.map((l) => `${nodeName(l.client)} lose ${joinWords(l.types.map((t) => VERB[t]))}`).join('; ');
    findings.push({ id: candidate.id, reason: `If ${nodeName(candidate)} fails, ${what}.`, hint: hintFor(graph, candidate) });
  }
  return findings;
}

/** Whether a request of `type` sent by `from` can complete with the `dead` nodes down. */
export function canServe(graph: DesignGraph, from: DesignNode, type: RequestType, dead: ReadonlySet<string>): boolean {
  const isDead = (n: DesignNode) => dead.has(n.id) || ancestorsOf(graph, n.id).some((a) => dead.has(a));
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
    if (n.kind === 'database') return replicasOf(graph, n.id).some((r) => !isDead(r));
    return false;
  };

  const servesAlive = (n: DesignNode): boolean => {
    if (n.kind === 'web' && !sessionsAvailable(n)) return false;
    if (n.kind === 'shardRouter') {
      const shards = workTargets(graph, n.id);
      return shards.length > 0 && shards.every(serves);
    }
    const tiers = tiersOf(n);
    if (tiers.every((t) => t.length === 0)) return n.id !== from.id && servesLocally(n, type);
    return tiers.some((tier) => tier.some(serves));
  };

  const sessionsAvailable = (web: DesignNode): boolean => {
    const stores = workTargets(graph, web.id).filter((t) => t.kind === 'sessionStore');
    return stores.length === 0 || stores.some((s) => !isDead(s));
  };

  const tiersOf = (n: DesignNode) => routeTiers(n, type, workTargets(graph, n.id));
  return serves(from);
}

function hintFor(graph: DesignGraph, node: DesignNode): string {
  switch (node.kind) {
    case 'loadBalancer': return 'One load balancer: add a second one so the site survives losing it.';
    case 'web': return 'One web server: add a second behind a load balancer.';
    case 'database':
      if (node.params.role === 'shard') return 'This shard has no replica: add a replica so its keys survive.';
      return replicasOf(graph, node.id).length ? 'Add another replica.' : 'No replica: add a read replica (a replication edge from the primary).';
    case 'cache': return 'Only path to the data: also connect the web servers to the database, or run a second cache.';
    case 'cdn': return 'Connect the CDN to an origin so users can fall back to it.';
    case 'sessionStore': return 'One session store: add a second one.';
    case 'queue': return 'One queue: run a second queue (or a replicated broker).';
    case 'worker': return 'One worker pool: add a second.';
    case 'shardRouter': return 'One shard router: add a second.';
    case 'nosql': return 'One NoSQL node: add a second.';
    case 'objectStore': return 'One object store: put a CDN in front or add a second.';
    case 'dataCenter': return 'One data center: add a second region and turn on GeoDNS.';
    default: return 'Add a second one.';
  }
}

const joinWords = (words: string[]): string =>
  words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
