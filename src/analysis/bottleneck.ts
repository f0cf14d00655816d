/**
 * Which node limits a run: of the nodes past 90% busy, the busiest; between nodes equally busy (to
 * the percent) the first going from the users inwards, since a saturated station caps what reaches
 * everything behind it. When none is past 90% but requests fail, the node where most of them failed;
 * otherwise the busiest node (nothing limits yet, but that is where it will).
 */
import type { RunReport } from '../engine';
import type { Design } from '../model';

/** Past this a node's queue grows fast: it is the bottleneck. */
export const SATURATED = 0.9;

export interface Bottleneck {
  id: string;
  utilization: number;
  /** saturated: past 90% busy; errors: where the requests failed; busiest: nothing limits yet. */
  why: 'saturated' | 'errors' | 'busiest';
}

/** Hops from the nearest client along the design's edges (unreachable nodes come last). */
export function depthFromUsers(design: Design): Map<string, number> {
  const depth = new Map<string, number>();
  const out = new Map<string, string[]>();
  for (const e of design.edges) out.set(e.source, [...(out.get(e.source) ?? []), e.target]);
  let frontier = design.nodes.filter((n) => n.kind === 'client').map((n) => n.id);
  for (const id of frontier) depth.set(id, 0);
  for (let d = 1; frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) for (const t of out.get(id) ?? []) if (!depth.has(t)) { depth.set(t, d); next.push(t); }
    frontier = next;
  }
  return depth;
}

const percent = (u: number): number => Math.round(u * 100);

/** Part of a run to read: the nodes one service's requests pass (serviceSweep.ts) and that service's failed requests. */
export interface BottleneckScope { ids: ReadonlySet<string>; errors: number }

/** The node that limits the run `r` of `design` (or, with `scope`, that part of it); null when no node reports any work. */
export function findBottleneck(design: Design, r: RunReport, scope?: BottleneckScope): Bottleneck | null {
  const depth = depthFromUsers(design);
  const entries = Object.entries(r.nodes).filter(([id]) => scope === undefined || scope.ids.has(id));
  if (entries.length === 0) return null;
  const depthOf = (id: string): number => depth.get(id) ?? Infinity;
  // A queue's utilisation is how full it is, not how busy: its workers say whether it keeps up.
  const servers = entries.filter(([, n]) => n.kind !== 'queue');
  const saturated = servers.filter(([, n]) => n.utilization >= SATURATED)
    .sort(([a, na], [b, nb]) => percent(nb.utilization) - percent(na.utilization) || depthOf(a) - depthOf(b));
  if (saturated.length > 0) return { id: saturated[0][0], utilization: saturated[0][1].utilization, why: 'saturated' };
  const failing = entries.filter(([, n]) => n.errors > 0).sort(([, a], [, b]) => b.errors - a.errors);
  if ((scope ? scope.errors : r.summary.errors) > 0 && failing.length > 0) return { id: failing[0][0], utilization: failing[0][1].utilization, why: 'errors' };
  const busiest = (servers.length > 0 ? servers : entries).sort(([, a], [, b]) => b.utilization - a.utilization)[0];
  return { id: busiest[0], utilization: busiest[1].utilization, why: 'busiest' };
}
