/**
 * Edits of a design as pure functions: design in, new design (sharing every unchanged part) out.
 * The design slice wraps them with history and messages; tests can call them directly.
 */
import { produce } from 'immer';
import { canConnect, defaultParams, failure, LIMITS, makeNode, success, type Design, type DesignNode, type Kind, type Position, type Result, type Size } from '../model';
import { DECODER_MISSING, decoderForEdit, type Decoder } from './decoder';
import { absolutePosition, centreOf, clampPosition, groupAt, isInside, sizeOf } from './geometry';
import { duplicateOffset, freeSpot } from './placement';
import { nextEdgeId, nextNodeIdentity } from './ids';
import { connectionConflict, validatedParams, type ParamPath } from './paramEdit';

const indexById = (design: Design) => new Map(design.nodes.map((n) => [n.id, n]));

/** Adds a `kind` node centred on `centre` (flow coordinates); inside a data center when dropped on one. */
export function addNode(design: Design, kind: Kind, centre: Position): Result<{ design: Design; id: string }> {
  if (design.nodes.length >= LIMITS.maxNodes) return failure(`A design holds at most ${LIMITS.maxNodes} components.`);
  const { id, label } = nextNodeIdentity(design, kind);
  const base = makeNode(kind, id, { x: 0, y: 0 });
  const size = sizeOf(base);
  const wanted = { x: centre.x - size.width / 2, y: centre.y - size.height / 2 };
  // Groups may overlap components (they are meant to enclose them); components should not overlap.
  let topLeft = kind === 'dataCenter' ? wanted : freeSpot(design, wanted, size);
  const group = kind === 'dataCenter' ? undefined : groupAt(design, centre);
  if (group) {
    const groupOrigin = absolutePosition(indexById(design), group);
    topLeft = { x: topLeft.x - groupOrigin.x, y: topLeft.y - groupOrigin.y };
  }
  const node = { ...base, label, position: clampPosition(topLeft), ...(group ? { parent: group.id } : {}) } as DesignNode;
  const next = produce(design, (d) => {
    // Groups go first so that React Flow, which needs parents before children, gets them in order.
    if (kind === 'dataCenter') d.nodes.unshift(node);
    else d.nodes.push(node);
  });
  return success({ design: next, id });
}

/** Moves nodes to new (parent-relative) positions. */
export const moveNodes = (design: Design, moves: { id: string; position: Position }[]): Design =>
  produce(design, (d) => {
    for (const move of moves) {
      const node = d.nodes.find((n) => n.id === move.id);
      if (!node) continue;
      const p = clampPosition(move.position);
      if (node.position.x !== p.x || node.position.y !== p.y) node.position = p;
    }
  });

/** Resizes a data center (and moves it, when resized from its top or left edge). */
export const resizeGroup = (design: Design, id: string, size: Size, position?: Position): Design =>
  produce(design, (d) => {
    const node = d.nodes.find((n) => n.id === id);
    if (!node || node.kind !== 'dataCenter') return;
    const width = Math.round(Math.min(20_000, Math.max(160, size.width)));
    const height = Math.round(Math.min(20_000, Math.max(120, size.height)));
    if (node.size?.width !== width || node.size?.height !== height) node.size = { width, height };
    if (position) node.position = clampPosition(position);
  });

/** Wires `source → target` when it makes sense; otherwise says why not (canConnect's reason). */
export function connect(design: Design, sourceId: string, targetId: string): Result<{ design: Design; id: string }> {
  const byId = indexById(design);
  const source = byId.get(sourceId);
  const target = byId.get(targetId);
  if (!source || !target) return failure('Both ends of a connection must be components on the canvas.');
  if (design.edges.length >= LIMITS.maxEdges) return failure(`A design holds at most ${LIMITS.maxEdges} connections.`);
  const verdict = canConnect(source, target, design.edges);
  if (!verdict.ok) return failure(verdict.reason);
  const id = nextEdgeId(design);
  return success({ design: produce(design, (d) => { d.edges.push({ id, source: sourceId, target: targetId, kind: verdict.kind }); }), id });
}

/** Sets one parameter after checking it with the kind's schema and the node's connections. */
export function setParam(design: Design, id: string, path: ParamPath, value: unknown): Result<Design> {
  const node = design.nodes.find((n) => n.id === id);
  if (!node) return failure(`There is no component "${id}".`);
  const params = validatedParams(node, path, value);
  if (!params.ok) return params;
  const conflict = connectionConflict(design, node, params.value);
  if (conflict) return failure(conflict);
  return success(replaceNode(design, { ...node, params: params.value } as DesignNode));
}

/** Every parameter of the node back to its kind's default (if its connections allow it). */
export function resetParams(design: Design, id: string): Result<Design> {
  const node = design.nodes.find((n) => n.id === id);
  if (!node) return failure(`There is no component "${id}".`);
  const params = defaultParams(node.kind);
  const conflict = connectionConflict(design, node, params);
  if (conflict) return failure(conflict);
  return success(replaceNode(design, { ...node, params } as DesignNode));
}

/**
 * Sets a node's list field (a balancer's `rules`, a client's `routes`) through `decode`, the design
 * file's check for that field; an empty list removes the field.
 */
function setListField<F extends 'rules' | 'routes'>(design: Design, id: string, field: F, raw: unknown,
  decodeWith: (decoder: Decoder) => (raw: unknown, name: string, kind: Kind, errors: string[]) => unknown[] | undefined): Result<Design> {
  const node = design.nodes.find((n) => n.id === id);
  if (!node) return failure(`There is no component "${id}".`);
  const decoder = decoderForEdit();
  if (!decoder) return failure(DECODER_MISSING);
  const errors: string[] = [];
  const decoded = decodeWith(decoder)(raw, `node "${id}"`, node.kind, errors);
  if (!decoded) return failure(...errors);
  const rest: Record<string, unknown> = { ...node };
  delete rest[field];
  return success(replaceNode(design, (decoded.length > 0 ? { ...rest, [field]: decoded } : rest) as unknown as DesignNode));
}

/** Sets a load balancer's service rules (docs/services.md), checked like a design file's; an empty list removes them. */
export const setServiceRules = (design: Design, id: string, rules: unknown): Result<Design> =>
  setListField(design, id, 'rules', rules, (d) => d.decodeRules);

/** Sets a client's declared routes, checked as a design file's (an empty list removes the field). */
export const setClientRoutes = (design: Design, id: string, routes: unknown): Result<Design> =>
  setListField(design, id, 'routes', routes, (d) => d.decodeRoutes);

const replaceNode = (design: Design, node: DesignNode): Design =>
  produce(design, (d) => { d.nodes[d.nodes.findIndex((n) => n.id === node.id)] = node; });

/** Sets a node's display name; an empty one falls back to the id. */
export const renameNode = (design: Design, id: string, label: string): Design =>
  produce(design, (d) => {
    const node = d.nodes.find((n) => n.id === id);
    if (!node) return;
    const trimmed = label.trim().slice(0, LIMITS.maxLabelChars);
    if (trimmed) node.label = trimmed;
    else delete node.label;
  });

export const renameDesign = (design: Design, name: string): Design =>
  produce(design, (d) => { d.name = name.trim().slice(0, LIMITS.maxNameChars) || 'Untitled design'; });

/** Removes nodes (with their edges) and edges. Members of a removed data center stay, released in place. */
export const removeElements = (design: Design, nodeIds: string[], edgeIds: string[] = []): Design => {
  const goneNodes = new Set(nodeIds);
  const goneEdges = new Set(edgeIds);
  if (!design.nodes.some((n) => goneNodes.has(n.id)) && !design.edges.some((e) => goneEdges.has(e.id))) return design;
  const byId = indexById(design);
  return produce(design, (d) => {
    for (const node of d.nodes) {
      if (node.parent && goneNodes.has(node.parent) && !goneNodes.has(node.id)) {
        const parent = byId.get(node.parent)!;
        const at = absolutePosition(byId, parent);
        node.position = { x: node.position.x + at.x, y: node.position.y + at.y };
        if (parent.parent) node.parent = parent.parent;
        else delete node.parent;
      }
    }
    d.nodes = d.nodes.filter((n) => !goneNodes.has(n.id));
    d.edges = d.edges.filter((e) => !goneEdges.has(e.id) && !goneNodes.has(e.source) && !goneNodes.has(e.target));
  });
};

/** Puts a node in a data center (or takes it out, with `parentId` undefined), keeping it where it is on screen. */
export function setParent(design: Design, id: string, parentId: string | undefined): Result<Design> {
  const byId = indexById(design);
  const node = byId.get(id);
  if (!node) return failure(`There is no component "${id}".`);
  if ((node.parent ?? undefined) === parentId) return success(design);
  let relativeTo: Position = { x: 0, y: 0 };
  if (parentId !== undefined) {
    const parent = byId.get(parentId);
    if (!parent || parent.kind !== 'dataCenter') return failure('Only a data center can hold components.');
    if (parent.id === id || isInside(byId, parent, id)) return failure('A data center cannot go inside itself.');
    relativeTo = absolutePosition(byId, parent);
  }
  const at = absolutePosition(byId, node);
  return success(produce(design, (d) => {
    const index = d.nodes.findIndex((n) => n.id === id);
    const draft = d.nodes[index];
    draft.position = clampPosition({ x: at.x - relativeTo.x, y: at.y - relativeTo.y });
    if (parentId === undefined) delete draft.parent;
    else {
      draft.parent = parentId;
      // React Flow wants a parent listed before its children: move the child behind its new group.
      const parentIndex = d.nodes.findIndex((n) => n.id === parentId);
      if (parentIndex > index) d.nodes.splice(parentIndex, 0, d.nodes.splice(index, 1)[0]);
    }
  }));
}

/**
 * After a drag: each moved node joins the data center its centre landed in, or leaves its group
 * when dropped outside. Data centers themselves stay top-level.
 */
export function settleIntoGroups(design: Design, ids: string[]): Design {
  let next = design;
  for (const id of ids) {
    const byId = indexById(next);
    const node = byId.get(id);
    if (!node || node.kind === 'dataCenter') continue;
    const group = groupAt(next, centreOf(byId, node), node.id);
    const result = setParent(next, id, group?.id);
    if (result.ok) next = result.value;
  }
  return next;
}

/** Copies nodes (and the edges among them) next to the originals; returns the copies' ids. */
export function duplicateNodes(design: Design, ids: string[]): Result<{ design: Design; ids: string[] }> {
  const originals = design.nodes.filter((n) => ids.includes(n.id));
  if (!originals.length) return failure('Select a component to duplicate.');
  if (design.nodes.length + originals.length > LIMITS.maxNodes) return failure(`A design holds at most ${LIMITS.maxNodes} components.`);
  const newId = new Map<string, string>();
  const taken = new Set<string>();
  const copies: DesignNode[] = originals.map((n) => {
    const { id, label } = nextNodeIdentity(design, n.kind, taken);
    taken.add(id);
    newId.set(n.id, id);
    return { ...n, id, label: n.label ? copyLabel(n.label, label) : label };
  });
  const offsetY = duplicateOffset(design, originals);
  const copiedIds = new Set(newId.values());
  const placed = copies.map((copy) => {
    const parent = copy.parent && newId.get(copy.parent);
    // A copied member of a copied group keeps its place in the new group; the rest move below.
    if (parent) return { ...copy, parent } as DesignNode;
    return { ...copy, position: clampPosition({ x: copy.position.x, y: copy.position.y + offsetY }) } as DesignNode;
  });
  const takenEdges = new Set<string>();
  const edges = design.edges.filter((e) => newId.has(e.source) && newId.has(e.target)).map((e) => {
    const id = nextEdgeId(design, takenEdges);
    takenEdges.add(id);
    return { ...e, id, source: newId.get(e.source)!, target: newId.get(e.target)! };
  });
  const next = produce(design, (d) => {
    d.nodes.unshift(...placed.filter((c) => c.kind === 'dataCenter'));
    d.nodes.push(...placed.filter((c) => c.kind !== 'dataCenter'));
    d.edges.push(...edges);
  });
  // Copies moved below may have left their data center (or landed in another): membership follows the box.
  const loose = placed.filter((c) => !(c.parent && copiedIds.has(c.parent))).map((c) => c.id);
  return success({ design: settleIntoGroups(next, loose), ids: placed.map((c) => c.id) });
}

/** "Web server 1" copies as "Web server 1 copy"; a label that is still the default takes the new default. */
const copyLabel = (label: string, fresh: string): string =>
  /\s\d+$/.test(label) ? fresh : `${label} copy`.slice(0, LIMITS.maxLabelChars);
