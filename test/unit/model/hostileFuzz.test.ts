/**
 * The fuzz run CI does every time: 10,200 generated inputs from a fixed seed (FUZZ_SEED
 * overrides it), as links and as files. Valid designs with typos and hostile ids must open with
 * every dropped field and every renamed id in the warnings and nothing else changed; junk must be
 * refused with a message; nothing may throw; through the store, a refused input leaves the
 * design and the autosave as they were, and an accepted one shows every warning in the banner.
 */
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { isValidId, KIND_SPECS, LIMITS, serializeDesign, visibleId, type Design, type Kind, type Result } from '../../../src/model';
import { decodeDesign, decodeDesignPayload, parseDesignJson } from '../../../src/model/decoding';
import { createAppStore, memoryStorage, STORAGE_KEYS } from '../../../src/store';
import { saveAutosave } from '../../../src/store/persistence';
import { bigDesign, designArb } from './helpers';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const run = (numRuns: number) => ({ seed: SEED, numRuns });
/** The whole file runs in about half a minute on an idle CI machine; a busy shared one may take longer. */
const SLOW_MACHINE_MS = 120_000;

type Obj = Record<string, unknown>;

/** Field names each level of a design knows, as the reader does (docs/design-format.md). */
const KNOWN = {
  design: ['version', 'name', 'nodes', 'edges', 'sim', 'scenario'],
  node: ['id', 'kind', 'label', 'position', 'parent', 'size', 'params'],
  edge: ['id', 'source', 'target', 'kind'],
  position: ['x', 'y'],
  size: ['width', 'height'],
};

/** A field name that is not `known`: a one-letter slip of a known one, a prototype key, or any text. */
const unknownName = (known: readonly string[]) => fc.oneof(
  fc.tuple(fc.constantFrom(...known), fc.nat(), fc.constantFrom('insert', 'delete', 'swap', 'change'), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz_')).map(([name, at, edit, ch]) => {
    const i = at % Math.max(1, name.length);
    if (edit === 'insert') return name.slice(0, i) + ch + name.slice(i);
    if (edit === 'delete') return name.slice(0, i) + name.slice(i + 1);
    if (edit === 'swap') return name.slice(0, i) + (name[i + 1] ?? '') + name[i] + name.slice(i + 2);
    return name.slice(0, i) + ch + name.slice(i + 1);
  }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
  fc.string({ minLength: 1, maxLength: 20 }),
).filter((name) => name.length > 0 && name.length <= 30 && !known.includes(name));

/** One unknown field to add: where (which level, which item) and its name and value. */
interface Typo { level: 'design' | 'node' | 'edge' | 'position' | 'size' | 'params' | 'group'; pick: number; group: number; name: string; value: unknown }

const typoArb: fc.Arbitrary<Omit<Typo, 'name'> & { namePick: number; junk: string }> = fc.record({
  level: fc.constantFrom('design', 'node', 'edge', 'position', 'size', 'params', 'group'),
  pick: fc.nat(),
  group: fc.nat(),
  namePick: fc.nat(),
  junk: fc.constant(''),
  value: fc.jsonValue({ maxDepth: 2 }),
});

const HOSTILE_CHARS = ['\u200B', '\u200D', '\u202E', '\u2066', '\u200E', ' ', '\t', 'é', '\uD800', '\uDFFF', '\u0000', 'ｗ', 'а', '/', '"', '<'];

/** A design with typos added and some ids made hostile, and what reading it must say and give back. */
interface Case { doc: Obj; typos: { place: string; field: string }[]; hostile: Map<number, string> }

function defineField(target: Obj, key: string, value: unknown) {
  // defineProperty, so "__proto__" becomes a field and not the object's prototype.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const caseArb: fc.Arbitrary<{ design: Design; c: Case }> = fc.record({
  design: designArb,
  typos: fc.array(typoArb, { maxLength: 6 }),
  names: fc.array(fc.tuple(unknownName(KNOWN.design), unknownName(KNOWN.node), unknownName(KNOWN.edge), unknownName(KNOWN.position), unknownName(KNOWN.size)), { minLength: 6, maxLength: 6 }),
  slips: fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 6, maxLength: 6 }),
  hostile: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...HOSTILE_CHARS)), { maxLength: 3 }),
}).map(({ design, typos, names, slips, hostile }) => {
  const doc = JSON.parse(serializeDesign(design)) as Obj;
  const nodes = doc.nodes as Obj[];
  const edges = doc.edges as Obj[];
  const c: Case = { doc, typos: [], hostile: new Map() };
  const used = new Set<string>();
  const add = (target: Obj, placeOf: string, prefix: string, name: string, value: unknown, known: readonly string[]) => {
    if (known.includes(name) || Object.hasOwn(target, name) || used.has(`${placeOf}|${prefix}${name}`)) return;
    used.add(`${placeOf}|${prefix}${name}`);
    defineField(target, name, value);
    c.typos.push({ place: placeOf, field: `${prefix}${name}` });
  };
  typos.forEach((t, i) => {
    const [dName, nName, eName, pName, sName] = names[i];
    const node = nodes.length ? nodes[t.pick % nodes.length] : undefined;
    const nodePlace = node ? `node "${node.id as string}"` : '';
    if (t.level === 'design') add(doc, 'design', '', dName, t.value, KNOWN.design);
    else if (t.level === 'node' && node) add(node, nodePlace, '', nName, t.value, KNOWN.node);
    else if (t.level === 'position' && node) add(node.position as Obj, nodePlace, 'position.', pName, t.value, KNOWN.position);
    else if (t.level === 'size' && node?.size) add(node.size as Obj, nodePlace, 'size.', sName, t.value, KNOWN.size);
    else if (t.level === 'edge' && edges.length) {
      const e = edges[t.pick % edges.length];
      add(e, `edge "${e.id as string}"`, '', eName, t.value, KNOWN.edge);
    } else if ((t.level === 'params' || t.level === 'group') && node) {
      const specs = KIND_SPECS[node.kind as Kind].params;
      const groups = Object.entries(specs).filter(([, s]) => s.type === 'group');
      const place = `${nodePlace} (${node.kind as string})`;
      if (t.level === 'group' && groups.length) {
        const [key, spec] = groups[t.group % groups.length];
        const fields = spec.type === 'group' ? Object.keys(spec.fields) : [];
        add((node.params as Obj)[key] as Obj, place, `${key}.`, slips[i], t.value, fields);
      } else {
        add(node.params as Obj, place, '', slips[i], t.value, Object.keys(specs));
      }
    }
  });
  // Hostile ids: a character no id may hold, put inside an existing id; every reference follows.
  for (const [pick, at, ch] of hostile) {
    if (!nodes.length) break;
    const index = pick % nodes.length;
    const old = nodes[index].id as string;
    if (c.hostile.has(index) || old.length > LIMITS.maxIdChars - 2) continue;
    const bad = old.slice(0, at % (old.length + 1)) + ch + old.slice(at % (old.length + 1));
    c.hostile.set(index, bad);
    nodes[index].id = bad;
    for (const n of nodes) if (n.parent === old) n.parent = bad;
    for (const e of edges) { if (e.source === old) e.source = bad; if (e.target === old) e.target = bad; }
    for (const f of doc.scenario as Obj[]) if (f.target === old) f.target = bad;
  }
  return { design, c };
});

/** Reading must not throw; a refusal has brief messages. */
function judge(read: () => Result<Design>): Result<Design> {
  let result: Result<Design> | undefined;
  expect(() => { result = read(); }).not.toThrow();
  if (!result!.ok) {
    expect(result!.errors.length).toBeGreaterThan(0);
    expect(result!.errors.length).toBeLessThanOrEqual(LIMITS.maxErrors);
    for (const e of result!.errors) expect(e.length).toBeLessThan(700);
  }
  return result!;
}

/** The design with the renamed ids put in, everything else as generated. */
function expected(design: Design, decoded: Design, hostile: Map<number, string>): Design {
  const rename = new Map<string, string>();
  for (const [i] of hostile) rename.set(design.nodes[i].id, decoded.nodes[i].id);
  const id = (x: string) => rename.get(x) ?? x;
  return {
    ...design,
    nodes: design.nodes.map((n) => ({ ...n, id: id(n.id), ...(n.parent !== undefined ? { parent: id(n.parent) } : {}) })) as Design['nodes'],
    edges: design.edges.map((e) => ({ ...e, source: id(e.source), target: id(e.target) })),
    scenario: design.scenario.map((f) => ({ ...f, target: id(f.target) })),
  };
}

function checkCase(design: Design, c: Case, result: Result<Design>) {
  expect(result.ok, !result.ok ? result.errors.join('\n') : '').toBe(true);
  if (!result.ok) return;
  const decoded = result.value;
  // Nothing silent: every dropped field and every renamed id has its warning, and there is no other.
  for (const t of c.typos) {
    expect(result.warnings.some((w) => w.includes(': unknown ') && w.includes(`"${t.field}"`)), `no warning for ${t.place} ${t.field} in\n${result.warnings.join('\n')}`).toBe(true);
  }
  for (const [i, bad] of c.hostile) {
    expect(isValidId(decoded.nodes[i].id)).toBe(true);
    expect(result.warnings.some((w) => w.startsWith(`node "${visibleId(bad)}": the id has characters`) && w.includes(`renamed "${decoded.nodes[i].id}"`)), `no rename warning for ${JSON.stringify(bad)}`).toBe(true);
  }
  expect(result.warnings.length).toBe(c.typos.length + c.hostile.size);
  // Nothing lost: the design is the generated one, with only the renamed ids changed.
  expect(new Set(decoded.nodes.map((n) => n.id)).size).toBe(decoded.nodes.length);
  expect(decoded).toEqual(expected(design, decoded, c.hostile));
}

describe('fuzz: 10,000+ generated inputs, seeded', () => {
  it('3,000 valid designs with typos and hostile ids, as links and files: each opens, every change warned about, nothing else changed', () => {
    fc.assert(fc.property(caseArb, fc.boolean(), ({ design, c }, asLink) => {
      const text = JSON.stringify(c.doc);
      const result = judge(() => (asLink ? decodeDesignPayload(compressToEncodedURIComponent(text)) : parseDesignJson(text)));
      checkCase(design, c, result);
    }), run(3000));
  }, SLOW_MACHINE_MS);

  it('6,500 junk inputs: random text as links and files, damaged design JSON, random values in a design: none throws', () => {
    const base = serializeDesign(bigDesign(6));
    fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.boolean(), (text, asLink) => {
      judge(() => (asLink ? decodeDesignPayload(text) : parseDesignJson(text)));
    }), run(3000));
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(base.length - 1), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 5 }), (edits) => {
      let text = base;
      for (const [at, s] of edits) text = text.slice(0, at) + s + text.slice(at + 1);
      const result = judge(() => parseDesignJson(text));
      if (result.ok) expect(decodeDesign(result.value)).toEqual({ ok: true, value: result.value, warnings: [] });
    }), run(2000));
    fc.assert(fc.property(fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true }), fc.anything({ maxDepth: 2 }), (nodes, edges) => {
      judge(() => decodeDesign({ version: 1, nodes: [{ id: 'users', kind: 'client' }, nodes], edges: [edges] }));
    }), run(1500));
  }, SLOW_MACHINE_MS);

  it('700 inputs through the store: junk leaves the design and the autosave alone; a typo\'d file opens with every warning in the banner', () => {
    const storage = memoryStorage();
    saveAutosave(storage, bigDesign(8));
    const saved = storage.getItem(STORAGE_KEYS.autosave);
    const store = createAppStore({ storage });
    store.getState().hydrate();
    const design = store.getState().design;
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.boolean(), (text, asLink) => {
      if (asLink) store.getState().openSharedPayload(text); else store.getState().openDesignText(`{"version":1,${text}`, 'The file');
      expect(store.getState().banner?.tone).toBe('error');
      expect(store.getState().design).toBe(design);
      expect(storage.getItem(STORAGE_KEYS.autosave)).toBe(saved);
    }), run(500));
    fc.assert(fc.property(caseArb, ({ c }) => {
      const text = JSON.stringify(c.doc);
      const read = parseDesignJson(text, 'typos.json');
      expect(store.getState().openDesignText(text, 'typos.json')).toBe(true);
      if (read.ok && read.warnings.length) expect(store.getState().banner?.details).toEqual(expect.arrayContaining(read.warnings));
    }), run(200));
  }, SLOW_MACHINE_MS);
});
