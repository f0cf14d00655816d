/** Scenario faults in the design format (version 2): what the decoder accepts and how it refuses the rest. */
import { describe, expect, it } from 'vitest';
import { DESIGN_VERSION } from '../../../src/model';
import { migrate, MIGRATIONS } from '../../../src/model/migrate';
import { decodeDesign } from '../../../src/model/decoding';
import v1Fixture from '../../fixtures/model-v1-load-balancer.json';

const nodes = [
  { id: 'users', kind: 'client' },
  { id: 'lb', kind: 'loadBalancer' },
  { id: 'east', kind: 'dataCenter', params: { region: 'us-east' } },
  { id: 'west', kind: 'dataCenter', params: { region: 'us-west' } },
  { id: 'web-1', kind: 'web', parent: 'east' },
  { id: 'db', kind: 'database', parent: 'east' },
];
const withScenario = (scenario: unknown[], version = 2) => ({ version, nodes, edges: [], scenario });

function refused(scenario: unknown[]): string {
  const result = decodeDesign(withScenario(scenario));
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value.scenario)}`);
  return result.errors.join('\n');
}

describe('scenario faults (design format version 2)', () => {
  it('reads every action with its own field, unchanged', () => {
    const scenario = [
      { tS: 10, action: 'slow', target: 'web-1', factor: 5 },
      { tS: 10, action: 'loss', target: 'db', pct: 20 },
      { tS: 10, action: 'partition', target: 'east', peer: 'west' },
      { tS: 12, action: 'flap', target: 'web-1', periodS: 2.5 },
      { tS: 20, action: 'heal', target: 'web-1' },
      { tS: 30, action: 'kill', target: 'lb' },
      { tS: 40, action: 'restore', target: 'lb' },
    ];
    const result = decodeDesign(withScenario(scenario));
    expect(result.ok && result.value.scenario).toEqual(scenario);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it.each([
    ['a factor below 1', { tS: 1, action: 'slow', target: 'web-1', factor: 0.5 }, /#1: factor must be from 1 to 1000 \(got 0.5\)/],
    ['a missing factor', { tS: 1, action: 'slow', target: 'web-1' }, /factor is missing: how many times slower/],
    ['a loss of 0%', { tS: 1, action: 'loss', target: 'db', pct: 0 }, /pct must be above 0 and at most 100 \(got 0\)/],
    ['a loss of 150%', { tS: 1, action: 'loss', target: 'db', pct: 150 }, /pct must be above 0 and at most 100 \(got 150\)/],
    ['a flap period of 0', { tS: 1, action: 'flap', target: 'web-1', periodS: 0 }, /periodS must be from 0.5 to 3600 \(got 0\)/],
    ['a text factor', { tS: 1, action: 'slow', target: 'web-1', factor: '5' }, /factor must be a number \(got "5"\)/],
    ['an unknown action', { tS: 1, action: 'explode', target: 'web-1' }, /action is "explode"; it must be one of kill, restore, slow, loss, partition, flap, heal/],
    ['a field of another action', { tS: 1, action: 'kill', target: 'web-1', factor: 2 }, /factor/],
    ['an unknown target', { tS: 1, action: 'slow', target: 'web-9', factor: 2 }, /#1 \(slow\): target "web-9" is not a node/],
    ['a peer that is not a data center', { tS: 1, action: 'partition', target: 'east', peer: 'db' }, /peer "db" is a database/],
    ['a target that is not a data center', { tS: 1, action: 'partition', target: 'web-1', peer: 'west' }, /between two data centers, and target "web-1" is a web server/],
    ['an unknown peer', { tS: 1, action: 'partition', target: 'east', peer: 'north' }, /peer "north" is not a node/],
    ['a partition from itself', { tS: 1, action: 'partition', target: 'east', peer: 'east' }, /cannot be partitioned from itself/],
    ['slowing a balancer', { tS: 1, action: 'slow', target: 'lb', factor: 3 }, /"lb" is a load balancer, which has no service time to slow/],
    ['a loss at the users', { tS: 1, action: 'loss', target: 'users', pct: 10 }, /"users" is users, which takes no requests in/],
  ])('refuses %s with a message naming the entry and the rule', (_, fault, message) => {
    expect(refused([fault])).toMatch(message);
  });

  it('renames a bad peer id together with its node', () => {
    const odd = 'we\u200bst';
    const result = decodeDesign({ version: 2, nodes: [...nodes.filter((n) => n.id !== 'west'), { id: odd, kind: 'dataCenter' }], scenario: [{ tS: 1, action: 'partition', target: 'east', peer: odd }] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const renamed = result.value.nodes.find((n) => n.kind === 'dataCenter' && n.id !== 'east')!.id;
    expect(renamed).not.toBe(odd);
    expect(result.value.scenario[0]).toEqual({ tS: 1, action: 'partition', target: 'east', peer: renamed });
  });
});

describe('format version 3 and the version-1 and version-2 files', () => {
  it('writes version 3 (deploys), with one silent step from each older version', () => {
    expect(DESIGN_VERSION).toBe(3);
    expect(MIGRATIONS.map((m) => [m.from, m.silent])).toEqual([[1, true], [2, true]]);
  });

  it('a version-1 file opens unchanged: same nodes, edges, scenario, and no upgrade note', () => {
    const result = decodeDesign(v1Fixture);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.value.version).toBe(DESIGN_VERSION);
    expect(result.value.scenario).toEqual((v1Fixture as { scenario?: unknown[] }).scenario ?? []);
    expect(result.value.nodes.map((n) => n.id)).toEqual(v1Fixture.nodes.map((n) => n.id));
    const v1Kill = decodeDesign(withScenario([{ tS: 5, action: 'kill', target: 'web-1' }], 1));
    expect(v1Kill.ok && v1Kill.value.scenario).toEqual([{ tS: 5, action: 'kill', target: 'web-1' }]);
  });

  it('a reader of version 1 shown a version-2 file says it was made by a newer Scale Playground', () => {
    const v2 = withScenario([{ tS: 10, action: 'slow', target: 'web-1', factor: 5 }]);
    const asOldReader = migrate(v2, [], 1);
    expect(asOldReader.ok).toBe(false);
    if (!asOldReader.ok) expect(asOldReader.errors[0]).toMatch(/made by a newer Scale Playground \(format version 2; this one reads up to 1\)/);
  });
});
