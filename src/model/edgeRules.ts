import type { DesignEdge, DesignNode, EdgeKind } from './design';
import { KIND_SPECS, type Kind } from './kinds';

export type ConnectionVerdict = { ok: true; kind: EdgeKind } | { ok: false; reason: string };

/**
 * Which kinds each kind may send to. Anything else is refused with a reason a learner can act on.
 * The edge kind is implied by the pair: database → database is replication; into or out of a
 * queue is async; everything else is a request.
 */
const ALLOWED: Record<Kind, readonly Kind[]> = {
  client: ['dns', 'cdn', 'loadBalancer', 'web'],
  dns: ['cdn', 'loadBalancer', 'web'],
  cdn: ['objectStore', 'loadBalancer', 'web'],
  loadBalancer: ['web', 'loadBalancer'],
  web: ['cache', 'database', 'sessionStore', 'queue', 'shardRouter', 'nosql', 'objectStore'],
  cache: ['database', 'shardRouter', 'nosql'],
  database: ['database'],
  sessionStore: [],
  queue: ['worker'],
  worker: ['database', 'cache', 'shardRouter', 'nosql', 'objectStore'],
  shardRouter: ['database', 'nosql'],
  nosql: [],
  objectStore: [],
  dataCenter: [],
  monitoring: [],
};

const SPECIFIC: Partial<Record<Kind, string>> = {
  client: 'Users only send requests; nothing connects into them.',
  dataCenter: 'A data center is a group: drop components inside it instead of wiring it.',
  monitoring: 'Monitoring watches every node on its own; it needs no wires.',
};

/** Whether `source → target` makes sense, and as which edge kind. */
export function canConnect(source: DesignNode, target: DesignNode, existing: readonly DesignEdge[] = []): ConnectionVerdict {
  if (source.id === target.id) return { ok: false, reason: 'A component cannot connect to itself.' };
  for (const kind of [source.kind, target.kind]) {
    const specific = SPECIFIC[kind];
    if (specific && (kind !== 'client' || target.kind === 'client')) return { ok: false, reason: specific };
  }
  if (existing.some((e) => e.source === source.id && e.target === target.id)) {
    return { ok: false, reason: 'These two are already connected.' };
  }
  if (existing.some((e) => e.source === target.id && e.target === source.id)) {
    return { ok: false, reason: 'They are already connected the other way; requests flow one way only.' };
  }
  if (!ALLOWED[source.kind].includes(target.kind)) {
    return { ok: false, reason: refusal(source.kind, target.kind) };
  }
  if (source.kind === 'database' && target.kind === 'database') {
    if (target.params.role === 'primary') return { ok: false, reason: 'Replication flows from a primary (or shard) into a replica: set the target’s role to replica.' };
    if (source.params.role === 'replica') return { ok: false, reason: 'A replica does not replicate onward here: connect the primary to each replica.' };
    return { ok: true, kind: 'replication' };
  }
  if (source.kind === 'queue' || target.kind === 'queue') return { ok: true, kind: 'async' };
  return { ok: true, kind: 'request' };
}

function refusal(source: Kind, target: Kind): string {
  const s = KIND_SPECS[source].label;
  const t = KIND_SPECS[target].label;
  const allowed = ALLOWED[source];
  if (allowed.length === 0) return `A ${s.toLowerCase()} answers requests; it does not send any onward.`;
  const list = allowed.map((k) => KIND_SPECS[k].label.toLowerCase());
  return `A ${s.toLowerCase()} does not send to a ${t.toLowerCase()}; it can connect to: ${list.join(', ')}.`;
}

/** The edge kind a source/target pair implies, ignoring whether the pair is allowed. */
export function impliedEdgeKind(source: DesignNode, target: DesignNode): EdgeKind {
  if (source.kind === 'database' && target.kind === 'database') return 'replication';
  if (source.kind === 'queue' || target.kind === 'queue') return 'async';
  return 'request';
}
