/** Small builders for engine tests: designs as plain data, like the fixtures. */
import { emptyDesign, makeNode, type Design, type DesignNode, type EdgeKind, type Kind, type ParamsOf } from '../../../src/model';

type NodeSpec = { [K in Kind]: { id: string; kind: K; params?: Partial<ParamsOf<K>>; parent?: string } }[Kind];

/** A design from node specs and [source, target] pairs (edge kinds inferred like the editor). */
export function design(nodes: NodeSpec[], edges: [string, string][], sim: Partial<Design['sim']> = {}): Design {
  const d = emptyDesign('test');
  d.nodes = nodes.map((spec, i) => {
    const n = makeNode(spec.kind, spec.id, { x: i * 100, y: 0 }, spec.params as never) as DesignNode;
    if (spec.parent) n.parent = spec.parent;
    return n;
  });
  const byId = new Map(d.nodes.map((n) => [n.id, n]));
  d.edges = edges.map(([source, target], i) => {
    const s = byId.get(source)!;
    const t = byId.get(target)!;
    const kind: EdgeKind = s.kind === 'database' && t.kind === 'database' ? 'replication' : s.kind === 'queue' || t.kind === 'queue' ? 'async' : 'request';
    return { id: `e${i}`, source, target, kind };
  });
  d.sim = { seed: 1, durationS: 60, hopLatencyMs: 0, ...sim };
  return d;
}

/** Request mixes. */
export const READS_ONLY = { static: 0, read: 1, write: 0, job: 0 };
export const READ_WRITE = (writeShare: number) => ({ static: 0, read: 1 - writeShare, write: writeShare, job: 0 });
