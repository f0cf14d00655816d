/** Unknown fields are kept out of a design, never in silence: each is a warning naming its place. */
import { describe, expect, it } from 'vitest';
import { decodeDesign, parseDesignJson } from '../../../src/model/decoding';
import { closestName, editDistance } from '../../../src/model/unknownFields';

const users = { id: 'users', kind: 'client' };
const web = { id: 'web-1', kind: 'web' };
const base = () => ({ version: 1, nodes: [{ ...users }, { ...web }], edges: [{ id: 'e1', source: 'users', target: 'web-1' }] });

function warningsOf(input: unknown): string[] {
  const result = decodeDesign(input);
  expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
  return result.ok ? result.warnings : [];
}

describe('typos are reported, not swallowed', () => {
  it('a misspelt node field: the design loads without it, and the warning suggests the right name', () => {
    const doc = base();
    (doc.nodes[1] as Record<string, unknown>).prams = { workers: 8 };
    const warnings = warningsOf(doc);
    expect(warnings).toEqual(['node "web-1": unknown field "prams", did you mean "params"? It was left out.']);
  });

  it('a misspelt design field ("edgse"), edge field, position field and size field', () => {
    const doc: Record<string, unknown> = { version: 1, nodes: [{ ...users, position: { x: 1, y: 2, z: 3 } }, { id: 'dc', kind: 'dataCenter', size: { width: 600, height: 400, heigth: 400 } }], edgse: [] };
    const warnings = warningsOf(doc);
    expect(warnings).toContain('design: unknown field "edgse", did you mean "edges"? It was left out.');
    expect(warnings).toContain('node "users": unknown field "position.z". It was left out.');
    expect(warnings.some((w) => w.startsWith('node "dc": unknown field "size.heigth", did you mean "size.height"?'))).toBe(true);
    const edge = base();
    (edge.edges[0] as Record<string, unknown>).traget = 'web-1';
    expect(warningsOf(edge)).toEqual(['edge "e1" (users → web-1): unknown field "traget", did you mean "target"? It was left out.']);
  });

  it('an unknown parameter, at the top of params and inside a group, is left out with a warning; the rest is kept', () => {
    const doc = base();
    Object.assign(doc.nodes[1], { params: { wrokers: 4, serviceMs: 20 } });
    Object.assign(doc.nodes[0], { params: { mix: { read: 1, write: 0, pictures: 1 } } });
    const result = decodeDesign(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toContain('node "web-1" (web): unknown parameter "wrokers", did you mean "workers"? It was left out.');
    expect(result.warnings.some((w) => w.startsWith('node "users" (client): unknown parameter "mix.pictures"'))).toBe(true);
    const w = result.value.nodes.find((n) => n.id === 'web-1');
    expect(w?.kind === 'web' && w.params.serviceMs).toBe(20);
    expect(Object.keys(w!.params)).not.toContain('wrokers');
  });

  it('no suggestion when nothing known is close; the field is still named', () => {
    const doc = base();
    (doc.nodes[1] as Record<string, unknown>).colour = 'red';
    expect(warningsOf(doc)).toEqual(['node "web-1": unknown field "colour". It was left out.']);
  });

  it('from a file, the warnings come back with the design', () => {
    const result = parseDesignJson(JSON.stringify({ ...base(), nmae: 'x' }));
    expect(result.ok && result.warnings).toEqual(['design: unknown field "nmae", did you mean "name"? It was left out.']);
  });

  it('a clean design has no warnings', () => {
    expect(warningsOf(base())).toEqual([]);
  });
});

describe('the suggestion', () => {
  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('edgse', 'edges', 2)).toBe(1);
    expect(editDistance('prams', 'params', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 2)).toBe(3);
  });
  it('suggests only close names, ignoring case', () => {
    expect(closestName('Params', ['params', 'position'])).toBe('params');
    expect(closestName('colour', ['params', 'position', 'label'])).toBeUndefined();
    expect(closestName('z', ['x', 'y'])).toBeUndefined();
    expect(closestName('X', ['x', 'y'])).toBe('x');
    expect(closestName('hopLatencyMS', ['hopLatencyMs'])).toBe('hopLatencyMs');
  });
});
