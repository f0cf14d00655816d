import { nodeName, type Design, type DesignEdge, type DesignNode, type EdgeKind } from './design';
import { usesSessionStore } from './sessionUse';
import { isDataTier, KIND_SPECS, nounsOf, refusalOf, targetsOf, type Kind } from './kinds';

export type ConnectionVerdict = { ok: true; kind: EdgeKind } | { ok: false; reason: string };

/*
 * Which kinds each kind may send to is its kind file's `connectsTo` (src/model/kinds); anything
 * else is refused with a reason a learner can act on. The edge kind is implied by the pair:
 * database → database is replication; into or out of a queue is async; everything else is a request.
 */
const allowed = (source: Kind, target: Kind): boolean => targetsOf(source).includes(target);
const aKind = (kind: Kind): string => nounsOf(kind).a;

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Whether `source → target` makes sense, and as which edge kind. */
export function canConnect(source: DesignNode, target: DesignNode, existing: readonly DesignEdge[] = []): ConnectionVerdict {
  if (source.id === target.id) return { ok: false, reason: 'A component cannot connect to itself.' };
  for (const kind of [source.kind, target.kind]) {
    const specific = KIND_SPECS[kind].wiring;
    if (specific && (kind !== 'client' || target.kind === 'client')) return { ok: false, reason: specific };
  }
  if (existing.some((e) => e.source === source.id && e.target === target.id)) {
    return { ok: false, reason: 'These two are already connected.' };
  }
  if (existing.some((e) => e.source === target.id && e.target === source.id)) {
    return { ok: false, reason: 'They are already connected the other way; requests flow one way only.' };
  }
  if (!allowed(source.kind, target.kind)) {
    return { ok: false, reason: refusal(source.kind, target.kind) };
  }
  if (source.kind === 'database' && target.kind === 'database') return replication(source, target, existing);
  if (source.kind === 'shardRouter' && target.kind === 'database' && target.params.role === 'replica') {
    return { ok: false, reason: 'A shard router sends each key to a shard, and a replica is not one: connect the router to the shard, and the shard to its replica.' };
  }
  if (source.kind === 'loadBalancer' && target.kind === 'loadBalancer' && balancerLoop(source.id, target.id, existing)) {
    return { ok: false, reason: 'This would make a loop of load balancers: requests would go round in circles and never reach a web server.' };
  }
  if (source.kind === 'queue' || target.kind === 'queue') return { ok: true, kind: 'async' };
  return { ok: true, kind: 'request' };
}

/** database → database: replication from a primary (or a shard) into a replica that follows no one else. */
function replication(source: DesignNode & { kind: 'database' }, target: DesignNode & { kind: 'database' }, existing: readonly DesignEdge[]): ConnectionVerdict {
  if (source.params.role === 'replica') return { ok: false, reason: 'A replica does not copy its data onward: connect the primary (or shard) to each replica.' };
  if (target.params.role !== 'replica') return { ok: false, reason: `Replication copies a primary (or a shard) into a replica, but this target is a ${target.params.role}: set the target's role to replica.` };
  const primary = existing.find((e) => e.target === target.id && e.kind === 'replication');
  if (primary) return { ok: false, reason: `This replica already copies "${primary.source}"; a replica follows one primary. Add another replica instead.` };
  return { ok: true, kind: 'replication' };
}

/** Whether `target` already reaches `source` over balancer → balancer edges (the only loop the rules allow by kind). */
function balancerLoop(sourceId: string, targetId: string, existing: readonly DesignEdge[]): boolean {
  const seen = new Set([targetId]);
  const stack = [targetId];
  while (stack.length) {
    const current = stack.pop()!;
    for (const e of existing) {
      if (e.source !== current || seen.has(e.target)) continue;
      if (e.target === sourceId) return true;
      seen.add(e.target);
      stack.push(e.target);
    }
  }
  return false;
}

function refusal(source: Kind, target: Kind): string {
  const s = aKind(source);
  const t = aKind(target);
  if (allowed(target, source)) return `Requests flow the other way: connect ${t} to ${s}, not ${s} to ${t}.`;
  const targets = targetsOf(source);
  if (targets.length === 0) return `${capitalise(s)} answers requests; it does not send any onward.`;
  const list = targets.map(aKind);
  const options = `${capitalise(s)} can connect to ${list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}` : list[0]}.`;
  if (source === 'client' && isDataTier(target)) return `Users never reach ${t} directly: connect them to a web server (or a load balancer), and the web server to ${t}.`;
  const own = refusalOf(source, target);
  if (own) return own;
  return `${capitalise(s)} ${source === 'client' ? 'do' : 'does'} not send requests to ${t}. ${options}`;
}

/** The edge kind a source/target pair implies, ignoring whether the pair is allowed. */
export function impliedEdgeKind(source: DesignNode, target: DesignNode): EdgeKind {
  if (source.kind === 'database' && target.kind === 'database') return 'replication';
  if (source.kind === 'queue' || target.kind === 'queue') return 'async';
  return 'request';
}

/** An allowed edge that carries nothing in this design, and why (the canvas marks it). */
export interface EdgeWarning { edgeId: string; text: string }

/**
 * Edges the engine and the SPOF analysis ignore, so the canvas says so too. Today one case: a web
 * server with local sessions wired to a session store never asks the store (routing.ts
 * `usesSessionStore`), until its sessions are set to shared.
 */
export function edgeWarnings(design: Pick<Design, 'nodes' | 'edges'>): EdgeWarning[] {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const warnings: EdgeWarning[] = [];
  for (const edge of design.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (source?.kind !== 'web' || target?.kind !== 'sessionStore' || usesSessionStore(source, [target])) continue;
    warnings.push({
      edgeId: edge.id,
      text: `Unused: ${nodeName(source)} keeps sessions in its own memory (Sessions: local), so it never asks ${nodeName(target)}. Set its Sessions to shared to use the store.`,
    });
  }
  return warnings;
}
