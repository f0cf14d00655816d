/**
 * Deploys (docs/services.md): a new version of a service's web servers, rolled out by one of
 * three strategies, as a scenario entry or from the inspector. This file knows what a deploy may
 * name and which servers it covers; the engine's deploy.ts plays it out in time.
 */
import { SERVICE_NAMES } from './services';
import type { DesignNode } from './design';
import type { DeployStrategy } from './faults';


/** Bounds of a deploy's numbers, shared by the decoder, the CLI and the inspector. */
export const DEPLOY_LIMITS = {
  batch: { min: 1, max: 100 },
  bootS: { min: 0, max: 600 },
} as const;

/** What a deploy that names only its target does. */
export const DEPLOY_DEFAULTS = { strategy: 'rolling' as DeployStrategy, batch: 1, bootS: 10, bad: false };

/** How long a canary serves its share before the rest of the servers follow, in seconds. */
export const CANARY_WATCH_S = 30;
/** Without automatic rollback, how long after a bad version starts taking traffic a person rolls it back. */
export const MANUAL_ROLLBACK_S = 60;
/** A bad version fails this share of the requests it serves, and serves the rest this much slower. */
export const BAD_VERSION_ERROR_SHARE = 0.3;
export const BAD_VERSION_SLOWDOWN = 3;

/** The web servers a deploy of `target` covers: a service's servers, or every web server a balancer sends to. */
export function deployedServers(nodes: readonly DesignNode[], edges: readonly { source: string; target: string }[], target: string): DesignNode[] {
  if ((SERVICE_NAMES as readonly string[]).includes(target) && target !== '') {
    return nodes.filter((n) => n.kind === 'web' && n.params.service === target);
  }
  const lb = nodes.find((n) => n.id === target);
  if (lb?.kind !== 'loadBalancer') return [];
  const behind = new Set(edges.filter((e) => e.source === target).map((e) => e.target));
  return nodes.filter((n) => n.kind === 'web' && behind.has(n.id));
}

/** Why a deploy of `target` cannot run in this design, or undefined when it can. */
export function deployTargetProblem(nodes: readonly DesignNode[], edges: readonly { source: string; target: string }[], target: string): string | undefined {
  if (deployedServers(nodes, edges, target).length > 0) return undefined;
  const named = SERVICE_NAMES.filter((s) => s !== '').join(', ');
  const node = nodes.find((n) => n.id === target);
  if (node?.kind === 'loadBalancer') return `load balancer "${target}" sends to no web server, so there is nothing to deploy.`;
  if (node) return `a deploy names a service (${named}) or a load balancer, and "${target}" is a ${node.kind}.`;
  if ((SERVICE_NAMES as readonly string[]).includes(target)) return `no web server belongs to service "${target}"; give one that service in its inspector.`;
  return `target "${target}" is neither a service (${named}) nor a load balancer in this design.`;
}
