import './zodSetup';
import * as z from 'zod/mini';
import { canConnect } from './edgeRules';
import { DEFAULT_SIM, EDGE_KINDS, type Design, type DesignEdge, type DesignNode } from './design';
import type { FaultEvent } from './faults';
import { visibleId } from './ids';
import { repairIds } from './idRepair';
import { describeValue, shapeProblem, shorten } from './inputGuards';
import { isKind, KIND_SPECS, KINDS, nounsOf, type Kind } from './kinds';
import { LIMITS } from './limits';
import { migrate } from './migrate';
import { describeIssues, PARAM_SCHEMAS } from './paramSchema';
import { parseFault } from './faultSchema';
import { faultTargetProblem } from './faultTargets';
import { idSchema } from './idSchema';
import { failure, success, type Result } from './result';
import { keepKnownFields } from './unknownFields';
import { decodeRoutes, decodeRules } from './serviceDecode';

const finiteCoordinate = z.number({ error: (iss) => `must be a number (got ${describeValue(iss.input)})` }).check(z.minimum(-LIMITS.maxCoordinate, { error: 'is too far off the canvas' }), z.maximum(LIMITS.maxCoordinate, { error: 'is too far off the canvas' }));

const sizeSide = z.number({ error: 'must be a number between 40 and 20000' }).check(z.minimum(40, { error: 'must be between 40 and 20000' }), z.maximum(20_000, { error: 'must be between 40 and 20000' }));

const positionShape = z.object({ x: finiteCoordinate, y: finiteCoordinate }, { error: 'must be {"x": number, "y": number}' });
const sizeShape = z.object({ width: sizeSide, height: sizeSide }, { error: 'must be {"width": number, "height": number}' });

const nodeShell = z.object({
  id: idSchema,
  kind: z.string({ error: (iss) => `${iss.input === undefined ? 'is missing' : `must be a component kind (got ${describeValue(iss.input)})`}; the kinds are ${KINDS.join(', ')}` }),
  label: z.optional(z.string({ error: 'must be text' }).check(z.maxLength(LIMITS.maxLabelChars, { error: `must be at most ${LIMITS.maxLabelChars} characters` }))),
  position: z.optional(positionShape),
  parent: z.optional(idSchema),
  size: z.optional(sizeShape),
  params: z.optional(z.unknown()),
  routes: z.optional(z.unknown()),
  rules: z.optional(z.unknown()),
}, { error: (iss) => `must be an object like {"id": "web-1", "kind": "web"} (got ${describeValue(iss.input)})` });

const edgeShell = z.object({
  id: idSchema,
  source: idSchema,
  target: idSchema,
  kind: z.optional(z.enum(EDGE_KINDS as [string, ...string[]], { error: `must be one of ${EDGE_KINDS.join(', ')}` })),
}, { error: (iss) => `must be an object like {"id": "e1", "source": "users", "target": "web-1"} (got ${describeValue(iss.input)})` });

const simShape = z.strictObject({
  seed: z._default(z.number({ error: (iss) => `must be a number (got ${describeValue(iss.input)})` }).check(z.int({ error: 'must be a whole number' }), z.minimum(0, { error: 'must be 0 or more' }), z.maximum(2 ** 32 - 1, { error: 'must be below 2^32' })), DEFAULT_SIM.seed),
  durationS: z._default(z.number({ error: (iss) => `must be a number (got ${describeValue(iss.input)})` }).check(z.minimum(1, { error: 'must be at least 1 s' }), z.maximum(LIMITS.maxDurationS, { error: `must be at most ${LIMITS.maxDurationS} s` })), DEFAULT_SIM.durationS),
  hopLatencyMs: z._default(z.number({ error: (iss) => `must be a number (got ${describeValue(iss.input)})` }).check(z.minimum(0, { error: 'must be 0 or more' }), z.maximum(10_000, { error: 'must be at most 10000 ms' })), DEFAULT_SIM.hopLatencyMs),
}, { error: 'must be an object' });

const countOf = (input: unknown) => (Array.isArray(input) ? input.length : 'too many');
const designShell = z.object({
  version: z.number(),
  name: z._default(z.string({ error: 'must be text' }).check(z.maxLength(LIMITS.maxNameChars, { error: `must be at most ${LIMITS.maxNameChars} characters` })), 'Untitled design'),
  nodes: z.array(z.unknown(), { error: (iss) => (iss.input === undefined ? 'is missing: a design needs a "nodes" list (it may be empty)' : 'must be a list of nodes') })
    .check(z.maxLength(LIMITS.maxNodes, { error: (iss) => `lists ${countOf(iss.input)} nodes; a design may have at most ${LIMITS.maxNodes}` })),
  edges: z._default(z.array(z.unknown(), { error: 'must be a list of edges' })
    .check(z.maxLength(LIMITS.maxEdges, { error: (iss) => `lists ${countOf(iss.input)} edges; a design may have at most ${LIMITS.maxEdges}` })), []),
  sim: z._default(simShape, { ...DEFAULT_SIM }),
  scenario: z._default(z.array(z.unknown(), { error: 'must be a list of faults' })
    .check(z.maxLength(LIMITS.maxScenarioEvents, { error: (iss) => `lists ${countOf(iss.input)} events; a scenario may have at most ${LIMITS.maxScenarioEvents}` })), []),
});

/**
 * Checks an untrusted value (parsed JSON from a link or a file) and returns a complete design
 * with every default filled, or the list of everything wrong, each naming the node and field.
 * It never throws.
 */
export function decodeDesign(input: unknown): Result<Design> {
  try {
    const result = decodeUnsafe(input);
    if (!result.ok) return { ok: false, errors: capped(result.errors, 'problems') };
    return result.warnings.length > LIMITS.maxErrors ? { ...result, warnings: capped(result.warnings, 'notes') } : result;
  } catch (err) {
    // Hostile input may still find a corner (a getter that throws, a proxy): say so instead of crashing.
    const detail = err instanceof Error ? err.message : describeValue(err);
    return failure(`The design could not be read: ${shorten(detail.split('\n')[0], 120)}`);
  }
}

function capped(messages: string[], noun: string): string[] {
  if (messages.length <= LIMITS.maxErrors) return messages;
  const more = messages.length - LIMITS.maxErrors + 1;
  return [...messages.slice(0, LIMITS.maxErrors - 1), `…and ${more} more ${noun} like these.`];
}

/** Field names as the schemas spell them: unknown fields are reported against these (unknownFields.ts). */
const KNOWN = {
  design: Object.keys(designShell.shape),
  node: Object.keys(nodeShell.shape),
  edge: Object.keys(edgeShell.shape),
  position: Object.keys(positionShape.shape),
  size: Object.keys(sizeShape.shape),
};

function decodeUnsafe(input: unknown): Result<Design> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return failure(`A design must be a JSON object with "version", "nodes" and "edges" (got ${describeValue(input)}).`);
  }
  // Before the schema, so a huge or deeply nested value costs one cheap walk, not a full parse.
  const problem = shapeProblem(input);
  if (problem) return failure(`This is not a design: ${problem}`);
  const migrated = migrate(input as Record<string, unknown>);
  if (!migrated.ok) return migrated;
  const warnings = [...migrated.warnings];

  const shell = designShell.safeParse(keepKnownFields(migrated.value, KNOWN.design, { place: 'design' }, warnings));
  if (!shell.success) return { ok: false, errors: describeIssues(shell.error, 'Design') };
  const doc = { ...shell.data, ...repairIds(shell.data, warnings) };
  const errors: string[] = [];

  const nodes: DesignNode[] = [];
  const ids = new Set<string>();
  // Ids of nodes that failed their own checks: edges to them are not reported a second time.
  const invalidIds = new Set<string>();
  doc.nodes.forEach((raw, index) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    if (typeof rawId === 'string') invalidIds.add(rawId);
    const node = decodeNode(raw, index, errors, warnings);
    if (!node) return;
    if (ids.has(node.id)) { errors.push(`node "${node.id}": the id is used twice; ids must be unique.`); return; }
    ids.add(node.id);
    invalidIds.delete(node.id);
    nodes.push(node);
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const n of nodes) {
    if (n.parent === undefined) continue;
    const parent = byId.get(n.parent);
    if (!parent) {
      if (!invalidIds.has(n.parent)) errors.push(`node "${n.id}": parent "${n.parent}" is not a node in this design.`);
    }
    else if (parent.kind !== 'dataCenter') errors.push(`node "${n.id}": parent "${n.parent}" is ${aKindName(parent.kind)}, but only a data center can hold other components.`);
  }
  const cycle = findParentCycle(nodes);
  if (cycle) errors.push(`node "${cycle}": parent: data centers are nested in a loop (each sits inside the other); take one out.`);

  const edges: DesignEdge[] = [];
  const edgeIds = new Set<string>();
  doc.edges.forEach((raw, index) => {
    const parsed = edgeShell.safeParse(keepKnownFields(raw, KNOWN.edge, () => ({ place: edgePlace(raw, index) }), warnings));
    if (!parsed.success) { errors.push(...describeIssues(parsed.error, `edge #${index + 1}`)); return; }
    const e = parsed.data;
    const where = `edge "${e.id}" (${e.source} → ${e.target})`;
    if (edgeIds.has(e.id)) { errors.push(`${where}: the id is used twice; ids must be unique.`); return; }
    edgeIds.add(e.id);
    const source = byId.get(e.source);
    const target = byId.get(e.target);
    if (!source || !target) {
      if (invalidIds.has(e.source) || invalidIds.has(e.target)) return;
      errors.push(`${where}: ${!source ? `source "${e.source}"` : `target "${e.target}"`} is not a node in this design.`);
      return;
    }
    const verdict = canConnect(source, target, edges);
    if (!verdict.ok) { errors.push(`${where}: ${verdict.reason}`); return; }
    if (e.kind && e.kind !== verdict.kind) warnings.push(`${where}: kind "${e.kind}" does not fit these components; read as "${verdict.kind}".`);
    edges.push({ id: e.id, source: e.source, target: e.target, kind: verdict.kind });
  });

  const scenario: FaultEvent[] = [];
  const kindOf = (id: string) => byId.get(id)?.kind;
  doc.scenario.forEach((raw, index) => {
    const where = `scenario event #${index + 1}`;
    const parsed = parseFault(raw, where);
    if (!parsed.ok) { errors.push(...parsed.errors); return; }
    const f = parsed.fault;
    if (invalidIds.has(f.target) || (f.action === 'partition' && invalidIds.has(f.peer))) return;
    const problem = faultTargetProblem(f, kindOf, { nodes, edges });
    if (problem) { errors.push(`${where} (${f.action}): ${problem}`); return; }
    scenario.push(f);
  });

  if (errors.length) return { ok: false, errors };
  return success({ version: doc.version, name: doc.name, nodes, edges, sim: doc.sim, scenario }, warnings);
}

/** How a message names the edge at `index` before it is checked: by its id and ends when they are text. */
function edgePlace(raw: unknown, index: number): string {
  const { id, source, target } = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length <= LIMITS.maxIdChars ? visibleId(v) : undefined);
  const [i, s, t] = [text(id), text(source), text(target)];
  return i ? `edge "${i}"${s && t ? ` (${s} → ${t})` : ''}` : `edge #${index + 1}`;
}

/** The node's own fields and those of its position and size, each unknown one left out with a warning. */
function knownNodeFields(raw: unknown, name: string, warnings: string[]): unknown {
  const node = keepKnownFields(raw, KNOWN.node, { place: name }, warnings);
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
  const { position, size } = node as { position?: unknown; size?: unknown };
  const out = { ...node } as Record<string, unknown>;
  if (position !== undefined) out.position = keepKnownFields(position, KNOWN.position, { place: name, prefix: 'position.' }, warnings);
  if (size !== undefined) out.size = keepKnownFields(size, KNOWN.size, { place: name, prefix: 'size.' }, warnings);
  return out;
}

/** The kind's parameters, and the fields of each group (a client's mix), each unknown one left out with a warning. */
function knownParams(kind: Kind, params: unknown, name: string, warnings: string[]): unknown {
  const specs = KIND_SPECS[kind].params;
  const where = { place: `${name} (${kind})`, noun: 'parameter' };
  const kept = keepKnownFields(params, Object.keys(specs), where, warnings);
  if (typeof kept !== 'object' || kept === null || Array.isArray(kept)) return kept;
  const out = { ...kept } as Record<string, unknown>;
  for (const [key, spec] of Object.entries(specs)) {
    if (spec.type === 'group' && out[key] !== undefined) out[key] = keepKnownFields(out[key], Object.keys(spec.fields), { ...where, prefix: `${key}.` }, warnings);
  }
  return out;
}

function decodeNode(raw: unknown, index: number, errors: string[], warnings: string[]): DesignNode | undefined {
  const rawId = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
  const name = rawId !== undefined && rawId.length > 0 && rawId.length <= LIMITS.maxIdChars ? `node "${visibleId(rawId)}"` : `node #${index + 1}`;
  // Warnings about unknown fields are kept apart until the node is known to be read at all.
  const notes: string[] = [];
  const shell = nodeShell.safeParse(knownNodeFields(raw, name, notes));
  if (!shell.success) { errors.push(...describeIssues(shell.error, name)); return undefined; }
  const n = shell.data;
  if (!isKind(n.kind)) {
    errors.push(`${name}: kind "${shorten(n.kind)}" is not a component kind; the kinds are ${KINDS.join(', ')}.`);
    return undefined;
  }
  const params = PARAM_SCHEMAS[n.kind].safeParse(knownParams(n.kind, n.params, name, notes));
  warnings.push(...notes);
  if (!params.success) { errors.push(...describeIssues(params.error, `${name} (${n.kind})`, 'params')); return undefined; }
  const node = {
    id: n.id,
    kind: n.kind,
    position: n.position ?? { x: (index % 6) * 220, y: Math.floor(index / 6) * 160 },
    params: params.data,
  } as DesignNode;
  if (n.routes !== undefined) {
    const routes = decodeRoutes(n.routes, name, n.kind, errors);
    if (!routes) return undefined;
    (node as { routes?: unknown }).routes = routes;
  }
  if (n.rules !== undefined) {
    const rules = decodeRules(n.rules, name, n.kind, errors);
    if (!rules) return undefined;
    (node as { rules?: unknown }).rules = rules;
  }
  if (n.label !== undefined) node.label = n.label;
  if (n.parent !== undefined) node.parent = n.parent;
  if (n.size !== undefined) node.size = n.size;
  else if (n.kind === 'dataCenter') node.size = { width: 520, height: 360 };
  return node;
}

/** A kind as a message names it, with its article: "a load balancer", "a CDN" (its kind file's nouns). */
const aKindName = (kind: Kind): string => nounsOf(kind).a;

function findParentCycle(nodes: DesignNode[]): string | undefined {
  const parentOf = new Map(nodes.map((n) => [n.id, n.parent]));
  for (const n of nodes) {
    const seen = new Set<string>([n.id]);
    let p = n.parent;
    while (p !== undefined) {
      if (seen.has(p)) return n.id;
      seen.add(p);
      p = parentOf.get(p);
    }
  }
  return undefined;
}
