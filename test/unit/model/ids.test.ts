/** Ids are plain printable text; anything else is renamed on import, keeping every reference. */
import { describe, expect, it } from 'vitest';
import { type Design } from '../../../src/model';
import { decodeDesign, decodeDesignPayload } from '../../../src/model/decoding';
import { encodeDesignPayload } from '../../../src/model/shareLink';
import { idProblem, sanitizeId, visibleId } from '../../../src/model/ids';

const ZWSP = '\u200B';
const RLO = '\u202E';
const LONE = '\uD800';

describe('the id rule', () => {
  it('accepts letters, digits and - _ . :', () => {
    for (const id of ['web-1', 'db_primary', 'eu.west:lb', 'A9', '__proto__', 'x'.repeat(64)]) expect(idProblem(id), id).toBeUndefined();
  });
  it('refuses empty, too long, spaces, zero-width, bidirectional, lone surrogates, look-alike letters', () => {
    for (const id of ['', 'x'.repeat(65), 'web 1', `web${ZWSP}1`, `web${RLO}1`, `web${LONE}`, 'wеb', 'café', 'a/b', 'a"b']) expect(idProblem(id), JSON.stringify(id)).toBeDefined();
  });
  it('sanitizes to a free, valid id', () => {
    expect(sanitizeId('café', new Set())).toBe('cafe');
    expect(sanitizeId(`web${ZWSP}1`, new Set())).toBe('web-1');
    expect(sanitizeId('web 1', new Set(['web-1']))).toBe('web-1-2');
    expect(sanitizeId(`${ZWSP}${RLO}`, new Set(), 'web')).toBe('web');
    expect(idProblem(sanitizeId('é'.repeat(64) + ' x', new Set()))).toBeUndefined();
  });
  it('shows invisible characters in messages', () => {
    expect(visibleId(`web${ZWSP}1`)).toBe('web\\u{200B}1');
    expect(visibleId(`a${LONE}`)).toBe('a\\u{D800}');
  });
});

describe('on import, a bad id is renamed with a warning, and edges, parents and scenario follow', () => {
  const lookalike = `web${ZWSP}`;
  const doc = () => ({
    version: 1,
    nodes: [
      { id: 'users', kind: 'client' },
      { id: 'data center', kind: 'dataCenter' },
      { id: 'web', kind: 'web', parent: 'data center' },
      { id: lookalike, kind: 'web', parent: 'data center' },
    ],
    edges: [{ id: 'e 1', source: 'users', target: 'web' }, { id: 'e2', source: 'users', target: lookalike }],
    scenario: [{ tS: 5, action: 'kill', target: lookalike }],
  });

  it('two nodes that looked alike get ids that differ visibly', () => {
    const result = decodeDesign(doc());
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
    if (!result.ok) return;
    const d = result.value;
    expect(d.nodes.map((n) => n.id)).toEqual(['users', 'data-center', 'web', 'web-2']);
    expect(d.nodes.filter((n) => n.kind === 'web').map((n) => n.parent)).toEqual(['data-center', 'data-center']);
    expect(d.edges.map((e) => [e.id, e.source, e.target])).toEqual([['e-1', 'users', 'web'], ['e2', 'users', 'web-2']]);
    expect(d.scenario).toEqual([{ tS: 5, action: 'kill', target: 'web-2' }]);
    expect(result.warnings).toContain('node "web\\u{200B}": the id has characters ids may not hold, so it was renamed "web-2" (ids may hold only letters A–Z and a–z, digits and - _ . : (at most 64 characters)).');
    expect(result.warnings.some((w) => w.startsWith('node "data\\u{20}center": ') || w.startsWith('node "data center": '))).toBe(true);
    expect(result.warnings.some((w) => w.startsWith('edge "e 1"') || w.startsWith('edge "e\\u{20}1"'))).toBe(true);
  });

  it('the renamed design is valid and round-trips through a link with no further warnings', () => {
    const first = decodeDesign(doc());
    if (!first.ok) throw new Error(first.errors.join('\n'));
    const again = decodeDesignPayload(encodeDesignPayload(first.value as Design));
    expect(again).toEqual({ ok: true, value: first.value, warnings: [] });
  });

  it('a reference to a bad id that is no node is still refused, naming the rule', () => {
    const result = decodeDesign({ version: 1, nodes: [{ id: 'w', kind: 'web' }], scenario: [{ tS: 1, action: 'kill', target: `w${ZWSP}` }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/scenario event #1: target .*(not a node|may hold only)/);
  });
});
