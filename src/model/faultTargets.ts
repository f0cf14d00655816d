/**
 * Whether a fault makes sense on its target, from the kinds' facts alone: the timeline's menus ask
 * it before a fault is drafted, and the scenario check (faultSchema.ts) asks it of every entry. No
 * zod here, so the editor's first load can answer it.
 */
import type { DesignEdge, DesignNode } from './design';
import { deployTargetProblem } from './deploys';
import type { FaultEvent } from './faults';
import { KIND_SPECS, nounsOf, type Kind } from './kinds';

/** Kinds whose service takes time a `slow` can stretch: a worker pool, or a cache's or CDN's hit time. */
export function canBeSlowed(kind: Kind): boolean {
  return 'workers' in KIND_SPECS[kind].params || kind === 'cache' || kind === 'cdn' || kind === 'dataCenter';
}

/** Kinds that take requests in, so a `loss` has something to drop (a data center: its members). */
export const canLoseRequests = (kind: Kind): boolean => KIND_SPECS[kind].accepts.length > 0 || kind === 'dataCenter';

/**
 * Why `fault` cannot apply to the design's nodes (kind by id), or undefined when it can. A deploy
 * names a service or a balancer, so it is checked against `design` (skipped without one).
 */
export function faultTargetProblem(fault: FaultEvent, kindOf: (id: string) => Kind | undefined, design?: { nodes: readonly DesignNode[]; edges: readonly Pick<DesignEdge, 'source' | 'target'>[] }): string | undefined {
  if (fault.action === 'deploy') return design ? deployTargetProblem(design.nodes, design.edges, fault.target) : undefined;
  const kind = kindOf(fault.target);
  if (kind === undefined) return `target "${fault.target}" is not a node in this design.`;
  const a = nounsOf(kind).a;
  switch (fault.action) {
    case 'slow':
      return canBeSlowed(kind) ? undefined : `"${fault.target}" is ${a}, which has no service time to slow; slow a web server, a database, a cache or a data center.`;
    case 'loss':
      return canLoseRequests(kind) ? undefined : `"${fault.target}" is ${a}, which takes no requests in, so none can be lost.`;
    case 'partition': {
      if (kind !== 'dataCenter') return `a partition is between two data centers, and target "${fault.target}" is ${a}.`;
      const peer = kindOf(fault.peer);
      if (peer === undefined) return `peer "${fault.peer}" is not a node in this design.`;
      if (peer !== 'dataCenter') return `a partition is between two data centers, and peer "${fault.peer}" is ${nounsOf(peer).a}.`;
      if (fault.peer === fault.target) return `a data center cannot be partitioned from itself; name another data center as the peer.`;
      return undefined;
    }
    default:
      return undefined;
  }
}
