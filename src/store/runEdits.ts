/**
 * What an edit made during a run means for the running simulation: nothing (a node moved, a label),
 * parameter changes the engine can take live (updateParams), or a change of structure that only a
 * rebuild from t = 0 can show (nodes, edges, parents, run settings).
 */
import type { Design, DesignNode, Kind } from '../model';

export interface ParamPatch {
  id: string;
  kind: Kind;
  params: Record<string, unknown>;
  /** A client's rate changed in the design (a live rate override then gives way to it). */
  rpsChanged: boolean;
}

export type DesignChange =
  | { kind: 'none' }
  | { kind: 'params'; patches: ParamPatch[] }
  | { kind: 'structure'; reason: string };

/**
 * Parameters the engine reads only when it builds the simulation (see engine/params.ts): changing
 * them live would do nothing, so they restart the run instead. A whole kind listed as `*`.
 */
const BUILD_TIME_PARAMS: Partial<Record<Kind, ReadonlySet<string> | '*'>> = {
  database: new Set(['role']),
  shardRouter: '*',
  monitoring: '*',
  dataCenter: new Set(['region']),
};

const NONE: DesignChange = { kind: 'none' };

/** Structural equality of plain JSON values (params are small: a few numbers, strings, one level of groups). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The params that differ between two versions of a node, or undefined when none do. */
function changedParams(before: DesignNode, after: DesignNode): Record<string, unknown> | undefined {
  if (before.params === after.params) return undefined;
  const b = before.params as unknown as Record<string, unknown>;
  const a = after.params as unknown as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(a)) {
    if (!sameValue(b[key], a[key])) (out ??= {})[key] = a[key];
  }
  return out;
}

function buildTimeParam(kind: Kind, changed: Record<string, unknown>): string | undefined {
  const rule = BUILD_TIME_PARAMS[kind];
  if (!rule) return undefined;
  return Object.keys(changed).find((key) => rule === '*' || rule.has(key));
}

/** How `after` differs from `before`, the design the running simulation was built from (and patched to). */
export function classifyDesignChange(before: Design, after: Design): DesignChange {
  if (before === after) return NONE;
  if (!sameValue(before.sim, after.sim)) return { kind: 'structure', reason: 'run settings changed' };
  if (!sameValue(before.scenario, after.scenario)) return { kind: 'structure', reason: 'the fault scenario changed' };
  if (before.nodes.length !== after.nodes.length) return { kind: 'structure', reason: 'components were added or removed' };
  if (before.edges !== after.edges) {
    if (before.edges.length !== after.edges.length) return { kind: 'structure', reason: 'connections changed' };
    for (let i = 0; i < after.edges.length; i++) {
      const b = before.edges[i];
      const a = after.edges[i];
      if (a !== b && (a.id !== b.id || a.source !== b.source || a.target !== b.target || a.kind !== b.kind)) {
        return { kind: 'structure', reason: 'connections changed' };
      }
    }
  }
  if (before.nodes === after.nodes) return NONE;
  const byId = new Map(before.nodes.map((n) => [n.id, n]));
  const patches: ParamPatch[] = [];
  for (const node of after.nodes) {
    const old = byId.get(node.id);
    if (!old || old.kind !== node.kind) return { kind: 'structure', reason: 'components were added or removed' };
    if (old.parent !== node.parent) return { kind: 'structure', reason: 'a component moved between data centers' };
    const changed = changedParams(old, node);
    if (!changed) continue;
    const fixed = buildTimeParam(node.kind, changed);
    if (fixed) return { kind: 'structure', reason: `“${fixed}” takes effect only when the run starts` };
    patches.push({ id: node.id, kind: node.kind, params: changed, rpsChanged: node.kind === 'client' && 'rps' in changed });
  }
  return patches.length > 0 ? { kind: 'params', patches } : NONE;
}
