import {
  DEFAULT_SIM, DESIGN_VERSION, impliedEdgeKind,
  type Design, type DesignEdge, type DesignNode, type FaultEvent, type Position,
} from '../model';

/** Canvas grid for stage designs: columns 200 px apart left to right, rows 130 px apart. */
export const at = (column: number, row = 0): Position => ({ x: column * 200, y: row * 130 });

/** A request edge (or replication/async, implied by the pair) from `source` to `target`. */
export type Link = readonly [source: string, target: string];

const edgeId = ([s, t]: Link) => `e-${s}-${t}`;

function toEdges(nodes: readonly DesignNode[], links: readonly Link[]): DesignEdge[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return links.map((link) => {
    const source = byId.get(link[0]);
    const target = byId.get(link[1]);
    // A typo in a stage file should fail loudly in the tests, not draw a dangling edge.
    if (!source || !target) throw new Error(`Stage design: link ${link[0]} → ${link[1]} names a missing node`);
    return { id: edgeId(link), source: link[0], target: link[1], kind: impliedEdgeKind(source, target) };
  });
}

/** A stage design from nodes and links; the sim settings default to the app's. */
export function design(name: string, nodes: DesignNode[], links: readonly Link[]): Design {
  return { version: DESIGN_VERSION, name, nodes, edges: toEdges(nodes, links), sim: { ...DEFAULT_SIM }, scenario: [] };
}

/** A stage design that carries its stage's faults, so pressing Run plays what the Check injects (the timeline shows them). */
export const withScenario = (scenario: FaultEvent[], d: Design): Design => ({ ...d, scenario: scenario.map((f) => ({ ...f })) });

/** Parameter changes by node id; group params (a client's mix, keys) merge one level deep. */
export type ParamPatch = Record<string, Record<string, unknown>>;

export interface Evolution {
  name: string;
  params?: ParamPatch;
  remove?: string[];
  add?: DesignNode[];
  link?: readonly Link[];
  unlink?: readonly Link[];
  /** New positions by node id. */
  move?: Record<string, Position>;
}

/** The next design from a previous one: how each stage's solution grows out of its start. */
export function evolve(base: Design, change: Evolution): Design {
  const removed = new Set(change.remove ?? []);
  const nodes = base.nodes
    .filter((n) => !removed.has(n.id))
    .map((n) => {
      const patch = change.params?.[n.id];
      const position = change.move?.[n.id] ?? n.position;
      return patch ? ({ ...n, position, params: mergeParams(n.params, patch) } as DesignNode) : { ...n, position };
    })
    .concat(change.add ?? []);
  const dropped = new Set((change.unlink ?? []).map(edgeId));
  const kept = base.edges.filter((e) => !removed.has(e.source) && !removed.has(e.target) && !dropped.has(e.id));
  return { ...base, name: change.name, nodes, edges: [...kept, ...toEdges(nodes, change.link ?? [])] };
}

function mergeParams(params: object, patch: Record<string, unknown>): object {
  const out: Record<string, unknown> = { ...params };
  for (const [key, value] of Object.entries(patch)) {
    const old = out[key];
    out[key] = typeof value === 'object' && value !== null && typeof old === 'object' && old !== null ? { ...old, ...value } : value;
  }
  return out;
}

/**
 * Finishes a stage definition: its designs run with the Check's seed and duration, so what a
 * learner sees when pressing Run is what the Check will measure.
 */
export function defineStage<S extends { start: Design; solution: Design; check: { durationS: number; seed: number } }>(stage: S): S {
  const sim = (d: Design): Design => ({ ...d, sim: { ...d.sim, seed: stage.check.seed, durationS: stage.check.durationS } });
  return { ...stage, start: sim(stage.start), solution: sim(stage.solution) };
}
