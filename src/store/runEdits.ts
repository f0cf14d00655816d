/**
 * What an edit made during a run means for the running simulation: nothing (a node moved, a label),
 * parameter changes and scenario changes the engine can take live (updateParams; the faults still
 * to come), or a change that only a rebuild from t = 0 can show (nodes, edges, parents, run
 * settings, a parameter its kind file marks `restart`, a fault that already happened).
 */
import { leafSpecOf, type Design, type DesignNode, type FaultEvent, type Kind } from '../model';
import { chooseSampleK, peakOfferedRps, SAMPLE_ABOVE_RPS } from '../engine/sampling';
import { HISTORY_CHANGED } from '../worker/protocol';

export interface ParamPatch {
  id: string;
  kind: Kind;
  params: Record<string, unknown>;
  /** A client's rate changed in the design (a live rate override then gives way to it). */
  rpsChanged: boolean;
}

export type DesignChange =
  | { kind: 'none' }
  /** `scenario`: the design's new scenario, when only faults still to come changed (the engine replaces its own from now on). */
  | { kind: 'params'; patches: ParamPatch[]; scenario?: FaultEvent[] }
  | { kind: 'structure'; reason: string };

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

/** A node's routes (users) or service rules (balancers): the run builds its routing from them (docs/services.md). */
const routingOf = (n: DesignNode): unknown => (n.kind === 'client' ? n.routes : n.kind === 'loadBalancer' ? n.rules : undefined);

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

/**
 * The first changed parameter whose kind file says it applies only when a run starts (`applies:
 * 'restart'`), named by its label; changing it live would do nothing, so the run restarts.
 */
function restartParam(kind: Kind, changed: Record<string, unknown>, before: Record<string, unknown>): string | undefined {
  for (const [key, value] of Object.entries(changed)) {
    const paths = typeof value === 'object' && value !== null
      ? Object.keys(value).filter((k) => !sameValue((before[key] as Record<string, unknown> | undefined)?.[k], (value as Record<string, unknown>)[k])).map((k) => `${key}.${k}`)
      : [key];
    for (const path of paths) {
      const spec = leafSpecOf(kind, path);
      if (spec?.applies === 'restart') return spec.label;
    }
  }
  return undefined;
}

/**
 * The faults before `playedMs`, as sorted text: what has happened, whatever their order in the
 * list. One at exactly now is left to the engine, which knows whether it has landed (a mark placed
 * at "now" has not, and lands at once).
 */
const historyOf = (scenario: readonly FaultEvent[], playedMs: number): string[] =>
  scenario.filter((f) => f.tS * 1000 < playedMs).map((f) => JSON.stringify(f, Object.keys(f).sort())).sort();

/**
 * How `after` differs from `before`, the design the running simulation was built from (and patched
 * to), in a run played up to `playedMs`: a scenario edit of faults still to come is live; one that
 * changes a fault that has already happened (an undo, say) rebuilds the run.
 */
export function classifyDesignChange(before: Design, after: Design, playedMs = 0): DesignChange {
  if (before === after) return NONE;
  if (!sameValue(before.sim, after.sim)) return { kind: 'structure', reason: 'run settings changed' };
  const scenarioChanged = !sameValue(before.scenario, after.scenario);
  if (scenarioChanged && !sameValue(historyOf(before.scenario, playedMs), historyOf(after.scenario, playedMs))) {
    return { kind: 'structure', reason: HISTORY_CHANGED };
  }
  const scenario = scenarioChanged ? { scenario: after.scenario.map((f) => ({ ...f })) } : {};
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
  if (before.nodes === after.nodes) return scenarioChanged ? { kind: 'params', patches: [], ...scenario } : NONE;
  const byId = new Map(before.nodes.map((n) => [n.id, n]));
  const patches: ParamPatch[] = [];
  for (const node of after.nodes) {
    const old = byId.get(node.id);
    if (!old || old.kind !== node.kind) return { kind: 'structure', reason: 'components were added or removed' };
    if (old.parent !== node.parent) return { kind: 'structure', reason: 'a component moved between data centers' };
    if (!sameValue(routingOf(old), routingOf(node))) return { kind: 'structure', reason: 'routes or service rules changed' };
    const changed = changedParams(old, node);
    if (!changed) continue;
    const fixed = restartParam(node.kind, changed, old.params as unknown as Record<string, unknown>);
    if (fixed) return { kind: 'structure', reason: `“${fixed}” takes effect only when the run starts` };
    patches.push({ id: node.id, kind: node.kind, params: changed, rpsChanged: node.kind === 'client' && 'rps' in changed });
  }
  return patches.length > 0 || scenarioChanged ? { kind: 'params', patches, ...scenario } : NONE;
}

/** The design a run simulates: the live slider rates written over their clients' design rates. */
export function withLiveRates(design: Design, rates: Readonly<Record<string, number>>): Design {
  if (!design.nodes.some((n) => n.kind === 'client' && rates[n.id] !== undefined && rates[n.id] !== n.params.rps)) return design;
  return {
    ...design,
    nodes: design.nodes.map((n) => (n.kind === 'client' && rates[n.id] !== undefined ? { ...n, params: { ...n.params, rps: rates[n.id] } } : n)),
  };
}

const fmtRps = (rps: number): string => `${Math.round(rps).toLocaleString('en-US')} req/s`;

/**
 * Whether a run sampled 1-in-`runningK` (engine/sampling.ts) must restart to show `design` (live
 * rates included) faithfully, and the message saying so: a rate past what its k keeps cheap
 * restarts it sampled more coarsely (the engine's feasibility checks then judge the new run),
 * and one back under the sampling threshold restarts it exact. In between the run goes on.
 */
export function resampleNeed(runningK: number, design: Design): { k: number; message: string } | undefined {
  const k = chooseSampleK(design);
  const peak = fmtRps(peakOfferedRps(design));
  if (k > runningK) {
    return { k, message: `The run restarted sampled: ${peak} at peak is past the ${fmtRps(SAMPLE_ABOVE_RPS)} an exact run simulates; each simulated request now stands for ${k.toLocaleString('en-US')} real ones.` };
  }
  if (k === 1 && runningK > 1) {
    return { k, message: `The run restarted exact: ${peak} at peak is back under ${fmtRps(SAMPLE_ABOVE_RPS)}, so every request is simulated again.` };
  }
  return undefined;
}
