import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { compactDesign, KIND_SPECS, KINDS, LIMITS, parseHash, serializeDesign, type Result, type Design } from '../../../src/model';
import { findSpofs } from '../../../src/model/spof';
import { decodeDesign, decodeDesignPayload, parseDesignJson } from '../../../src/model/decoding';
import { encodeDesignPayload } from '../../../src/model/shareLink';
import { bigDesign, HOSTILE_BUDGET_MS, lzBombPayload, timed } from './helpers';

type Decoder = () => Result<Design>;

/** Runs a decoder on hostile input: it must not throw, must answer within the budget, and must explain a refusal briefly. */
function judge(run: Decoder, label = 'input'): Result<Design> {
  let outcome: { result: Result<Design>; ms: number } | undefined;
  expect(() => { outcome = timed(run); }, `${label} threw`).not.toThrow();
  // Another suite on the same two cores only ever adds time: over budget, measure once more.
  if (outcome!.ms >= HOSTILE_BUDGET_MS) outcome = timed(run);
  const { result, ms } = outcome!;
  expect(ms, `${label} took ${ms.toFixed(1)} ms`).toBeLessThan(HOSTILE_BUDGET_MS);
  if (!result.ok) {
    expect(result.errors.length, label).toBeGreaterThan(0);
    expect(result.errors.length, label).toBeLessThanOrEqual(LIMITS.maxErrors);
    for (const e of result.errors) {
      expect(typeof e).toBe('string');
      expect(e.length, `${label}: message too long: ${e.slice(0, 200)}`).toBeLessThan(700);
      // No "[object Object]", and no stack trace. ("undefined" may appear: it is quoted input.)
      expect(e, label).not.toMatch(/\[object Object\]|\n\s*at \S+ \(/);
    }
  }
  return result;
}

function refused(run: Decoder, label?: string, ...fragments: (string | RegExp)[]): string[] {
  const result = judge(run, label);
  expect(result.ok, `${label} should be refused`).toBe(false);
  const errors = result.ok ? [] : result.errors;
  for (const f of fragments) expect(errors.some((e) => (typeof f === 'string' ? e.includes(f) : f.test(e))), `${label}: no message matching ${f} in\n${errors.join('\n')}`).toBe(true);
  return errors;
}

const goodDoc = () => JSON.parse(serializeDesign(bigDesign(40))) as Record<string, unknown>;
const validPayload = encodeDesignPayload(bigDesign(40));
const polluted = () => (({}) as Record<string, unknown>).polluted ?? (Object.prototype as Record<string, unknown>).polluted;

beforeAll(() => {
  // Warm the JIT and zod's lazily built schemas, so the first timed case measures the decoder, not start-up.
  for (let i = 0; i < 3; i++) { decodeDesignPayload(validPayload); parseDesignJson(serializeDesign(bigDesign(40))); }
});

describe('random input never throws and is answered quickly', () => {
  it('random strings as link payloads', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (s) => { judge(() => decodeDesignPayload(s), 'random link'); }), { numRuns: 300 });
  });

  it('random strings over the link alphabet (they decompress to something)', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'.split('');
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 5000 }).map((a) => a.join('')), (s) => {
      const result = judge(() => decodeDesignPayload(s), 'alphabet link');
      expect(result.ok).toBe(false);
    }), { numRuns: 300 });
  });

  it('random bytes as a link: every byte value, as text', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
      judge(() => decodeDesignPayload(String.fromCharCode(...bytes)), 'bytes link');
      judge(() => parseDesignJson(new TextDecoder().decode(bytes)), 'bytes file');
    }), { numRuns: 200 });
  });

  it('random JSON text and random JS values', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 6 }), (text) => { judge(() => parseDesignJson(text), 'random json'); }), { numRuns: 300 });
    const anything = fc.anything({ maxDepth: 5, withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true });
    fc.assert(fc.property(anything, (value) => { judge(() => decodeDesign(value), 'anything'); }), { numRuns: 300 });
    fc.assert(fc.property(anything, anything, (nodes, params) => {
      judge(() => decodeDesign({ version: 1, nodes: [{ id: 'n', kind: 'web', params }], edges: nodes }), 'anything inside');
    }), { numRuns: 300 });
  });

  it('random values in every field of a real design', () => {
    const base = goodDoc();
    const paths: (string | number)[][] = [['name'], ['sim'], ['sim', 'seed'], ['scenario'], ['edges', 0], ['edges', 0, 'source'], ['nodes', 3], ['nodes', 3, 'kind'], ['nodes', 3, 'params'], ['nodes', 3, 'position'], ['nodes', 3, 'parent'], ['nodes', 1, 'params', 'mix'], ['nodes', 1, 'params', 'mix', 'read']];
    fc.assert(fc.property(fc.constantFrom(...paths), fc.anything({ maxDepth: 3, withBigInt: true, withNullPrototype: true }), (path, value) => {
      const doc = structuredClone(base);
      let at: Record<string | number, unknown> = doc;
      for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
      at[path[path.length - 1]] = value;
      judge(() => decodeDesign(doc), path.join('.'));
    }), { numRuns: 400 });
  });
});

describe('damaged links', () => {
  it('every truncation of a valid link is refused (or, when only padding went, reads the same design)', () => {
    const original = decodeDesignPayload(validPayload);
    expect(original.ok).toBe(true);
    const cuts = new Set<number>([0, 1, 2, 3]);
    for (let n = 0; n < validPayload.length; n += 13) cuts.add(n);
    for (let n = Math.max(0, validPayload.length - 40); n < validPayload.length; n++) cuts.add(n);
    for (const n of cuts) {
      const result = judge(() => decodeDesignPayload(validPayload.slice(0, n)), `cut at ${n}`);
      if (result.ok) expect(result.value).toEqual(original.ok && original.value);
    }
  });

  it('a cut link says it was cut short', () => {
    refused(() => decodeDesignPayload(validPayload.slice(0, Math.floor(validPayload.length / 2))), 'half a link', /damaged.*cut short/);
  });

  it('flipped characters: refused, or a design that is itself valid', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(validPayload.length - 1), fc.nat(alphabet.length - 1)), { minLength: 1, maxLength: 4 }), (flips) => {
      const chars = validPayload.split('');
      for (const [at, to] of flips) chars[at] = alphabet[to] === chars[at] ? alphabet[(to + 1) % alphabet.length] : alphabet[to];
      const result = judge(() => decodeDesignPayload(chars.join('')), 'flipped link');
      if (result.ok) expect(decodeDesign(result.value).ok).toBe(true);
    }), { numRuns: 300 });
  });

  it('characters a link never holds are refused before decompressing', () => {
    for (const bad of [`${validPayload}<script>`, `${validPayload}"`, `${validPayload}\u0000`, `%ZZ${validPayload}`, `${validPayload}é`]) {
      refused(() => decodeDesignPayload(bad), JSON.stringify(bad.slice(-10)), /characters a design link never contains/);
    }
    refused(() => decodeDesignPayload(''), 'empty link', /nothing after "#d="/);
    refused(() => decodeDesignPayload('   '), 'blank link', /nothing after "#d="/);
  });

  it('a link to something that is not a design', () => {
    refused(() => decodeDesignPayload(compressToEncodedURIComponent('hello world')), 'text link', /not a design/);
    refused(() => decodeDesignPayload(compressToEncodedURIComponent('[1,2,3]')), 'list link', /not a design/);
    refused(() => decodeDesignPayload(compressToEncodedURIComponent('{"version":1')), 'cut JSON link', /not valid JSON/);
    refused(() => decodeDesignPayload(compressToEncodedURIComponent('{"hello":"world"}')), 'other JSON', /no "version" field/);
  });

  it('a decompression bomb (a 140 kB link that would unpack to over a billion characters) is stopped early', () => {
    const bomb = lzBombPayload(50_000);
    expect(bomb.length).toBeLessThan(LIMITS.maxLinkChars);
    refused(() => decodeDesignPayload(bomb), 'bomb', /unpacks to more than 2 MB/);
  });
});

describe('size and depth', () => {
  const deepArrays = (n: number) => '['.repeat(n) + ']'.repeat(n);
  const deepObjects = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

  it('JSON nested 10^5 levels, as text: arrays, objects, and inside a node', () => {
    refused(() => parseDesignJson(deepArrays(100_000)), 'deep arrays', /nested too deeply/);
    refused(() => parseDesignJson(deepObjects(100_000)), 'deep objects', /nested too deeply/);
    refused(() => parseDesignJson(`{"version":1,"nodes":[{"id":"a","kind":"web","params":{"workers":${deepArrays(100_000)}}}]}`), 'deep param', /nested too deeply/);
    refused(() => parseDesignJson(deepArrays(999_000)), 'a million levels', /nested too deeply/);
  });

  it('brackets inside strings do not count as nesting', () => {
    const doc = { version: 1, name: '[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{"\\', nodes: [{ id: 'a', kind: 'web', label: ']]]]]]]]]]]]]]]]]]' }] };
    expect(judge(() => parseDesignJson(JSON.stringify(doc))).ok).toBe(true);
  });

  it('JSON nested 10^5 levels, in a link', () => {
    refused(() => decodeDesignPayload(compressToEncodedURIComponent(`{"version":1,"nodes":${deepArrays(100_000)}}`)), 'deep link', /nested too deeply/);
  });

  it('a JS value nested 10^5 levels, and one that contains itself', () => {
    let deep: Record<string, unknown> = { id: 'bottom' };
    for (let i = 0; i < 100_000; i++) deep = { inner: deep };
    refused(() => decodeDesign({ version: 1, nodes: [{ id: 'a', kind: 'web', params: deep }] }), 'deep object', /nested too deeply/);
    const loop: Record<string, unknown> = { version: 1, nodes: [] };
    loop.self = loop;
    (loop.nodes as unknown[]).push(loop);
    refused(() => decodeDesign(loop), 'self-containing', /nested too deeply/);
  });

  it('10 MB of input: as a file, as a link, and as strings inside a design', () => {
    const tenMb = 'x'.repeat(10_000_000);
    refused(() => parseDesignJson(tenMb), '10 MB file', /too large.*the most is 2 MB/);
    refused(() => parseDesignJson(`{"version":1,"nodes":[],"name":"${tenMb}"}`), '10 MB JSON', /too large/);
    refused(() => decodeDesignPayload('A'.repeat(10_000_000)), '10 MB link', /too long to be a design/);
    refused(() => decodeDesignPayload(`${'A'.repeat(10_000_000)}%`), '10 MB link with escapes', /too long/);
    refused(() => decodeDesign({ version: 1, name: tenMb, nodes: [] }), '10 MB name', 'name must be at most 120 characters');
    refused(() => decodeDesign({ version: 1, nodes: [{ id: tenMb, kind: tenMb, label: tenMb }] }), '10 MB strings', 'node #1: id must be at most 64 characters', 'label must be at most 80 characters');
    refused(() => decodeDesign({ version: 1, nodes: [{ id: 'a', kind: tenMb }] }), '10 MB kind', /kind "x{40}…" is not a component kind/);
    refused(() => decodeDesign({ version: 1, nodes: [{ id: 'a', kind: 'web', params: { sessions: tenMb, [tenMb]: 1 } }] }), '10 MB choice and key', 'sessions');
  });

  it('just under the file limit: 1.9 MB of JSON is still answered in time', () => {
    const doc = { version: 1, nodes: [{ id: 'a', kind: 'web', label: 'x'.repeat(1_900_000) }] };
    refused(() => parseDesignJson(JSON.stringify(doc)), '1.9 MB', /label must be at most 80/);
    const wide = `{"version":1,"nodes":[],"junk":[${Array(600_000).fill('0').join(',')}]}`;
    refused(() => parseDesignJson(wide), 'wide list', /junk is a list of 600000 items/);
  });

  it('an object with a quarter of a million fields', () => {
    const fields = Object.fromEntries(Array.from({ length: 250_000 }, (_, i) => [`k${i}`, 1]));
    refused(() => decodeDesign({ version: 1, nodes: [{ id: 'a', kind: 'web', params: fields }] }), 'wide params', /nodes\[0\]\.params has 250000 fields/);
    refused(() => decodeDesign({ version: 1, nodes: [], sim: fields }), 'wide sim', /sim has 250000 fields/);
    const wideRoot = { ...fields, version: 1, nodes: [] };
    refused(() => decodeDesign(wideRoot), 'wide root', /it has 250002 fields; no part of a design has more than 100/);
  });

  it('10,000 nodes, 10,000 edges, 10,000 scenario events, a million-item list', () => {
    const tenThousand = Array.from({ length: 10_000 }, (_, i) => ({ id: `n${i}`, kind: 'web' }));
    refused(() => decodeDesign({ version: 1, nodes: tenThousand }), '10k nodes', 'lists 10000 nodes; a design may have at most 500');
    refused(() => decodeDesign({ version: 1, nodes: [], edges: Array.from({ length: 10_000 }, (_, i) => ({ id: `e${i}`, source: 'a', target: 'b' })) }), '10k edges', 'at most 2000');
    refused(() => decodeDesign({ version: 1, nodes: [], scenario: Array.from({ length: 10_000 }, () => ({ tS: 1, action: 'kill', target: 'a' })) }), '10k events', 'at most 200');
    refused(() => decodeDesign({ version: 1, nodes: new Array(1_000_000).fill({}) }), 'a million nodes', /more than 200000 values|list of 1000000 items/);
    refused(() => decodeDesign({ version: 1, nodes: new Array(1e8) }), 'sparse array', /list of 100000000 items/);
  });

  it('the largest design the limits allow decodes in time, from an object, a file and a link', () => {
    const nodes = [{ id: 'users', kind: 'client' }, ...Array.from({ length: 249 }, (_, i) => ({ id: `lb${i}`, kind: 'loadBalancer', label: `Balancer ${i} ${'é'.repeat(60)}` })), ...Array.from({ length: 250 }, (_, i) => ({ id: `web${i}`, kind: 'web', params: { workers: 4 } }))];
    const edges = Array.from({ length: 249 }, (_, i) => ({ id: `c${i}`, source: 'users', target: `lb${i}` }));
    for (let i = 0; edges.length < LIMITS.maxEdges; i++) edges.push({ id: `w${i}`, source: `lb${i % 249}`, target: `web${(i * 7 + Math.floor(i / 249)) % 250}` });
    const scenario = Array.from({ length: LIMITS.maxScenarioEvents }, (_, i) => ({ tS: i, action: i % 2 ? 'restore' : 'kill', target: `web${i}` }));
    const doc = { version: 1, name: 'max', nodes, edges, scenario };
    const result = judge(() => decodeDesign(doc), 'largest object');
    expect(result.ok, JSON.stringify(!result.ok && result.errors.slice(0, 3))).toBe(true);
    if (!result.ok) return;
    expect(judge(() => parseDesignJson(serializeDesign(result.value)), 'largest file').ok).toBe(true);
    const payload = encodeDesignPayload(result.value);
    expect(judge(() => decodeDesignPayload(payload), 'largest link').ok).toBe(true);
    // As for every hostile input here, an over-budget reading is taken again (the lowest of three
    // counts): CPU time also swells when busy neighbours share the cores' caches.
    let { ms } = timed(() => findSpofs(result.value));
    for (let i = 0; i < 2 && ms >= HOSTILE_BUDGET_MS; i++) ms = Math.min(ms, timed(() => findSpofs(result.value)).ms);
    expect(ms).toBeLessThan(HOSTILE_BUDGET_MS);
  });
});

describe('prototype pollution', () => {
  const POISON = ['__proto__', 'constructor', 'prototype'];
  const poison = (key: string) => `"${key}":{"polluted":"yes","prototype":{"polluted":"yes"}}`;

  /** JSON text of a real design with `key` inserted in the object at each level. */
  function poisoned(key: string): Record<string, string> {
    const p = poison(key);
    return {
      root: `{${p},"version":1,"nodes":[{"id":"w","kind":"web"}]}`,
      node: `{"version":1,"nodes":[{${p},"id":"w","kind":"web"}]}`,
      params: `{"version":1,"nodes":[{"id":"w","kind":"web","params":{${p},"workers":2}}]}`,
      group: `{"version":1,"nodes":[{"id":"u","kind":"client","params":{"mix":{${p},"read":1}}}]}`,
      position: `{"version":1,"nodes":[{"id":"w","kind":"web","position":{${p},"x":1,"y":2}}]}`,
      size: `{"version":1,"nodes":[{"id":"d","kind":"dataCenter","size":{${p},"width":100,"height":100}}]}`,
      edge: `{"version":1,"nodes":[{"id":"u","kind":"client"},{"id":"w","kind":"web"}],"edges":[{${p},"id":"e","source":"u","target":"w"}]}`,
      sim: `{"version":1,"nodes":[],"sim":{${p},"seed":3}}`,
      scenario: `{"version":1,"nodes":[{"id":"w","kind":"web"}],"scenario":[{${p},"tS":1,"action":"kill","target":"w"}]}`,
      nodeList: `{"version":1,"nodes":{${p}}}`,
    };
  }

  it.each(POISON)('"%s" keys at every level never reach Object.prototype', (key) => {
    for (const [where, text] of Object.entries(poisoned(key))) {
      for (const run of [() => parseDesignJson(text), () => decodeDesign(JSON.parse(text)), () => decodeDesignPayload(compressToEncodedURIComponent(text))]) {
        const result = judge(run, `${key} in ${where}`);
        if (result.ok) {
          // Designs, nodes, positions, sizes, edges and params leave the key out with a warning; sim and scenario refuse it.
          expect(['root', 'node', 'params', 'group', 'position', 'size', 'edge'], `${key} in ${where} was accepted`).toContain(where);
          expect(result.warnings.join('\n'), `${key} in ${where}`).toMatch(new RegExp(`unknown (parameter|field) "(\\w+\\.)?${key}"`));
          expect(JSON.stringify(result.value)).not.toContain('polluted');
          expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
          for (const n of result.value.nodes) { expect(Object.getPrototypeOf(n.params)).toBe(Object.prototype); expect(Object.hasOwn(n.params, key)).toBe(false); }
          JSON.parse(JSON.stringify(compactDesign(result.value)));
          findSpofs(result.value);
        } else {
          expect(result.errors.join('\n'), `${key} in ${where}`).toMatch(new RegExp(`unknown (parameter|field)s? "${key}"|must be a list of nodes`));
        }
        expect(polluted()).toBeUndefined();
      }
    }
  });

  it('a kind or an id named after a prototype key', () => {
    for (const key of [...POISON, 'toString', 'valueOf', 'hasOwnProperty']) {
      refused(() => decodeDesign({ version: 1, nodes: [{ id: 'a', kind: key }] }), `kind ${key}`, /not a component kind/);
      const result = judge(() => decodeDesign({ version: 1, nodes: [{ id: key, kind: 'client' }, { id: 'w', kind: 'web' }], edges: [{ id: key, source: key, target: 'w' }], scenario: [{ tS: 1, action: 'kill', target: key }] }), `id ${key}`);
      expect(result.ok).toBe(true);
      if (result.ok) expect(findSpofs(result.value).map((f) => f.id)).toEqual(['w']);
    }
    expect(polluted()).toBeUndefined();
  });

  it('parseHash keeps "__proto__=" as data', () => {
    const target = parseHash('#stage=1&__proto__=x&constructor=y&prototype=z');
    expect(Object.getPrototypeOf(target.extras)).toBe(Object.prototype);
    expect(Object.keys(target.extras).sort()).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(target.extras.constructor).toBe('y');
    expect(polluted()).toBeUndefined();
  });

  it('objects without a prototype, and objects with odd prototypes', () => {
    const bare = Object.assign(Object.create(null), { version: 1, nodes: [Object.assign(Object.create(null), { id: 'w', kind: 'web', params: Object.create(null) })] });
    expect(judge(() => decodeDesign(bare)).ok).toBe(true);
    judge(() => decodeDesign({ version: 1, nodes: [{ id: 'w', kind: 'web', params: new Date() }] }), 'date params');
    judge(() => decodeDesign({ version: 1, nodes: new Map([[1, 2]]) }), 'map nodes');
    judge(() => decodeDesign(Object.assign([], { version: 1, nodes: [] })), 'array design');
  });
});

describe('values JSON cannot hold, but an object passed to decodeDesign can', () => {
  const numericFields: [string, (v: unknown) => Record<string, unknown>, string][] = [
    ['version', (v) => ({ version: v, nodes: [] }), 'version'],
    ['position.x', (v) => ({ version: 1, nodes: [{ id: 'w', kind: 'web', position: { x: v, y: 0 } }] }), 'position.x'],
    ['params.workers', (v) => ({ version: 1, nodes: [{ id: 'w', kind: 'web', params: { workers: v } }] }), 'workers'],
    ['params.serviceMs', (v) => ({ version: 1, nodes: [{ id: 'w', kind: 'web', params: { serviceMs: v } }] }), 'serviceMs'],
    ['params.mix.read', (v) => ({ version: 1, nodes: [{ id: 'u', kind: 'client', params: { mix: { read: v } } }] }), 'mix.read'],
    ['params.rps', (v) => ({ version: 1, nodes: [{ id: 'u', kind: 'client', params: { rps: v } }] }), 'rps'],
    ['size.width', (v) => ({ version: 1, nodes: [{ id: 'd', kind: 'dataCenter', size: { width: v, height: 100 } }] }), 'size.width'],
    ['sim.seed', (v) => ({ version: 1, nodes: [], sim: { seed: v } }), 'sim.seed'],
    ['sim.durationS', (v) => ({ version: 1, nodes: [], sim: { durationS: v } }), 'sim.durationS'],
    ['sim.hopLatencyMs', (v) => ({ version: 1, nodes: [], sim: { hopLatencyMs: v } }), 'sim.hopLatencyMs'],
    ['scenario tS', (v) => ({ version: 1, nodes: [{ id: 'w', kind: 'web' }], scenario: [{ tS: v, action: 'kill', target: 'w' }] }), 'tS'],
  ];
  const strange: [string, unknown][] = [['NaN', NaN], ['Infinity', Infinity], ['-Infinity', -Infinity], ['a big integer', 5n], ['a boxed number', Object(5)], ['a symbol', Symbol('x')], ['a function', () => 5], ['undefined in a list', [undefined]]];

  it.each(numericFields)('%s refuses NaN, ±Infinity and other non-numbers, naming the field', (_, make, field) => {
    for (const [name, value] of strange) refused(() => decodeDesign(make(value)), `${field} = ${name}`, field);
  });

  it('a negative value for every number parameter of every kind is refused, naming node and field', () => {
    for (const kind of KINDS) {
      for (const [key, spec] of Object.entries(KIND_SPECS[kind].params)) {
        const leaves = spec.type === 'group' ? Object.entries(spec.fields).map(([k, f]) => [k, f, key] as const) : [[key, spec, undefined] as const];
        for (const [leafKey, leaf, group] of leaves) {
          if (leaf.type !== 'number') continue;
          const params = group ? { [group]: { [leafKey]: -1 } } : { [leafKey]: -1 };
          refused(() => decodeDesign({ version: 1, nodes: [{ id: `${kind}-x`, kind, params }] }), `${kind}.${leafKey}`, `"${kind}-x"`, group ? `${group}.${leafKey}` : leafKey, 'got -1');
        }
      }
    }
  });

  it('getters that throw, proxies that throw, and symbols as keys', () => {
    const trap = { version: 1, get nodes(): unknown[] { throw new Error('gotcha'); } };
    refused(() => decodeDesign(trap), 'getter', /could not be read: gotcha/);
    const proxy = new Proxy({}, { ownKeys() { throw new Error('no keys for you'); }, get() { throw new Error('no'); } });
    refused(() => decodeDesign(proxy), 'proxy', /could not be read/);
    refused(() => decodeDesign({ version: 1, nodes: [proxy] }), 'proxy node', /could not be read/);
    const thrower = { version: 1, nodes: [{ id: 'w', kind: 'web', get params() { throw 'a string'; } }] };
    refused(() => decodeDesign(thrower), 'string thrown', /could not be read: "a string"/);
    expect(judge(() => decodeDesign({ version: 1, nodes: [{ id: 'w', kind: 'web', [Symbol('x')]: 1 }] })).ok).toBe(true);
  });
});

describe('graphs that loop or point nowhere', () => {
  it('a ring of load balancers is refused with the loop reason', () => {
    const nodes = [{ id: 'users', kind: 'client' }, ...Array.from({ length: 300 }, (_, i) => ({ id: `lb${i}`, kind: 'loadBalancer' })), { id: 'w', kind: 'web' }];
    const edges = [{ id: 'in', source: 'users', target: 'lb0' }, ...Array.from({ length: 300 }, (_, i) => ({ id: `r${i}`, source: `lb${i}`, target: `lb${(i + 1) % 300}` })), { id: 'out', source: 'lb7', target: 'w' }];
    refused(() => decodeDesign({ version: 1, nodes, edges }), 'ring', 'edge "r299" (lb299 → lb0)', 'loop of load balancers');
  });

  it('a dense mesh of balancers (the worst case for the loop check) is answered in time', () => {
    const nodes = Array.from({ length: 64 }, (_, i) => ({ id: `lb${i}`, kind: 'loadBalancer' }));
    const edges: { id: string; source: string; target: string }[] = [];
    for (let a = 0; a < 64 && edges.length < LIMITS.maxEdges; a++) for (let b = 0; b < 64 && edges.length < LIMITS.maxEdges; b++) if (a !== b) edges.push({ id: `e${a}-${b}`, source: `lb${a}`, target: `lb${b}` });
    judge(() => decodeDesign({ version: 1, nodes, edges }), 'mesh');
  });

  it('2000 edges to missing nodes: a capped list of clear messages', () => {
    const errors = refused(() => decodeDesign({ version: 1, nodes: [{ id: 'w', kind: 'web' }], edges: Array.from({ length: 2000 }, (_, i) => ({ id: `e${i}`, source: 'w', target: `ghost${i}` })) }), 'ghosts', 'edge "e0" (w → ghost0): target "ghost0" is not a node in this design.');
    expect(errors[errors.length - 1]).toBe('…and 1971 more problems like these.');
  });

  it('replication chains and fans that the rules refuse', () => {
    refused(() => decodeDesign({ version: 1, nodes: [{ id: 'a', kind: 'database', params: { role: 'shard' } }, { id: 'b', kind: 'database', params: { role: 'shard' } }], edges: [{ id: 'e1', source: 'a', target: 'b' }, { id: 'e2', source: 'b', target: 'a' }] }), 'shard ring', 'this target is a shard');
    refused(() => decodeDesign({ version: 1, nodes: [{ id: 'p1', kind: 'database' }, { id: 'p2', kind: 'database' }, { id: 'r', kind: 'database', params: { role: 'replica' } }], edges: [{ id: 'e1', source: 'p1', target: 'r' }, { id: 'e2', source: 'p2', target: 'r' }] }), 'two primaries', 'follows one primary');
  });
});
