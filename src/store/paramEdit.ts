import { canConnect, defaultParams, failure, nodeName, success, type Design, type DesignNode, type Result } from '../model';
import { DECODER_MISSING, decoderForEdit } from './decoder';

/** A parameter's address inside a node's params: `workers`, or `mix.read` inside a group. */
export type ParamPath = string;

/** The value at `path` in a params object. */
export function readParam(params: unknown, path: ParamPath): unknown {
  let value: unknown = params;
  for (const part of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  return value;
}

/** A copy of `params` with `path` set to `value` (one group deep, as the specs allow). */
function withParam(params: Record<string, unknown>, path: ParamPath, value: unknown): Record<string, unknown> {
  const [head, leaf] = path.split('.');
  if (leaf === undefined) return { ...params, [head]: value };
  return { ...params, [head]: { ...(params[head] as Record<string, unknown>), [leaf]: value } };
}

/**
 * The node's params with one value changed, checked by the kind's schema (the same one links and
 * files go through), or the messages saying why the value is refused.
 */
export function validatedParams(node: DesignNode, path: ParamPath, value: unknown): Result<DesignNode['params']> {
  const spec = path.split('.');
  if (spec.length > 2 || readParam(defaultParams(node.kind), path) === undefined) {
    return failure(`${nodeName(node)} has no parameter "${path}".`);
  }
  const decoder = decoderForEdit();
  if (!decoder) return failure(DECODER_MISSING);
  const next = withParam(node.params as Record<string, unknown>, path, value);
  const parsed = decoder.PARAM_SCHEMAS[node.kind].safeParse(next);
  if (!parsed.success) return { ok: false, errors: decoder.describeIssues(parsed.error, nodeName(node)) };
  return success(parsed.data as DesignNode['params']);
}

/**
 * Why the node's existing connections would stop making sense with `params` (e.g. a replica
 * turned primary while it still receives replication), or undefined when they all still fit.
 * Refusing such a change keeps every saved design loadable: the decoder checks each edge too.
 */
export function connectionConflict(design: Design, node: DesignNode, params: DesignNode['params']): string | undefined {
  const updated = { ...node, params } as DesignNode;
  const byId = new Map(design.nodes.map((n) => [n.id, n.id === node.id ? updated : n]));
  for (const edge of design.edges) {
    if (edge.source !== node.id && edge.target !== node.id) continue;
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    const others = design.edges.filter((e) => e.id !== edge.id);
    const verdict = canConnect(source, target, others);
    if (!verdict.ok) return `${verdict.reason} (edge ${nodeName(source)} → ${nodeName(target)}: remove it first)`;
    if (verdict.kind !== edge.kind) return `That would change the edge ${nodeName(source)} → ${nodeName(target)} from ${edge.kind} to ${verdict.kind}: remove it first.`;
  }
  return undefined;
}
