import { describe, expect, it } from 'vitest';
import { DESIGN_VERSION } from '../../../src/model';
import { migrate, MIGRATIONS, type Migration } from '../../../src/model/migrate';
import { decodeDesign } from '../../../src/model/decoding';
import v1Fixture from '../../fixtures/model-v1-load-balancer.json';

// Test migrations: v1 called the web server's pool "threads"; v2 renamed it to "workers"; v3 added a name.
const renameThreads: Migration = {
  from: 1,
  name: 'rename web threads to workers',
  up: (doc) => ({
    ...doc,
    nodes: (doc.nodes as Record<string, unknown>[]).map((n) => {
      const { threads, ...params } = (n.params ?? {}) as Record<string, unknown>;
      return threads === undefined ? n : { ...n, params: { ...params, workers: threads } };
    }),
  }),
};
const addName: Migration = { from: 2, name: 'add a name', up: (doc) => ({ name: 'Migrated', ...doc }) };

describe('migrate', () => {
  it('lifts a document one numbered step at a time and says what it did', () => {
    const old = { version: 1, nodes: [{ id: 'w', kind: 'web', params: { threads: 3 } }] };
    const result = migrate(old, [addName, renameThreads], 3);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({ version: 3, name: 'Migrated', nodes: [{ id: 'w', kind: 'web', params: { workers: 3 } }] });
    expect(result.warnings[0]).toMatch(/from version 1 to 3 \(rename web threads to workers, add a name\)/);
    expect(old.nodes[0].params).toEqual({ threads: 3 });
  });

  it('starts from the document version: a v2 document runs only the v2 step', () => {
    const result = migrate({ version: 2, nodes: [] }, [renameThreads, addName], 3);
    expect(result.ok && result.value).toEqual({ version: 3, name: 'Migrated', nodes: [] });
  });

  it('leaves a current document alone, with no warning', () => {
    const doc = { version: 3, nodes: [] };
    expect(migrate(doc, [renameThreads, addName], 3)).toEqual({ ok: true, value: doc, warnings: [] });
  });

  it('refuses a gap in the chain with a clear message', () => {
    const result = migrate({ version: 1, nodes: [] }, [addName], 3);
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/version 1.*cannot upgrade.*from version 1 to 2/)] });
  });

  it('refuses a version from the future and says to reload', () => {
    const result = migrate({ version: 4 }, [renameThreads, addName], 3);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/newer Scale Playground \(format version 4; this one reads up to 3\)\. Reload/);
    const real = decodeDesign({ version: DESIGN_VERSION + 1, nodes: [] });
    expect(!real.ok && real.errors[0]).toMatch(/newer Scale Playground/);
  });

  it.each([
    ['missing', undefined, /no "version" field/],
    ['text', '1', /whole number from 1 \(got "1"\)/],
    ['zero', 0, /whole number from 1 \(got 0\)/],
    ['negative', -3, /got -3/],
    ['fraction', 1.5, /got 1\.5/],
    ['NaN', NaN, /got NaN/],
    ['Infinity', Infinity, /got Infinity/],
    ['null', null, /got null/],
    ['an object', { major: 1 }, /got an object/],
    ['a big integer', 10n, /big integer/],
  ])('refuses a %s version', (_, version, message) => {
    const result = migrate(version === undefined ? { nodes: [] } : { version, nodes: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(message);
    const decoded = decodeDesign(version === undefined ? { nodes: [] } : { version, nodes: [] });
    expect(decoded.ok).toBe(false);
  });

  it('turns a migration that throws into a message', () => {
    const broken: Migration = { from: 1, name: 'broken step', up: () => { throw new Error('nodes is not iterable'); } };
    const result = migrate({ version: 1 }, [broken], 2);
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/from version 1 to 2 \(broken step\): nodes is not iterable/)] });
  });

  it('the real chain is complete: one step per version below the current one', () => {
    for (let v = 1; v < DESIGN_VERSION; v++) expect(MIGRATIONS.filter((m) => m.from === v), `step from ${v}`).toHaveLength(1);
    expect(MIGRATIONS.every((m) => m.from >= 1 && m.from < DESIGN_VERSION)).toBe(true);
  });

  it('the version-1 fixture still opens with the current code', () => {
    const result = decodeDesign(v1Fixture);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.version).toBe(DESIGN_VERSION);
  });
});
