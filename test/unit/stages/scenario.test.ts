import { describe, expect, it } from 'vitest';
import { makeNode } from '../../../src/model';
import { at, design } from '../../../src/stages/build';
import { resolveScenario } from '../../../src/stages/scenario';
import { stage03 } from '../../../src/stages/stage03-load-balancer';
import { stage04 } from '../../../src/stages/stage04-replication';
import type { Stage } from '../../../src/stages/types';

describe('matching the stage scenario to the learner design', () => {
  it('uses a target with the same id as is', () => {
    const { events, notes } = resolveScenario(stage03, stage03.solution);
    expect(events).toEqual(stage03.scenario);
    expect(notes[0].appliedTo).toBe('web-1');
  });

  it('falls back to the first node of the same kind', () => {
    const mine = design('mine', [
      makeNode('client', 'users', at(0)),
      makeNode('loadBalancer', 'balancer', at(1)),
      makeNode('web', 'app-a', at(2)),
      makeNode('web', 'app-b', at(2, 1)),
    ], [['users', 'balancer'], ['balancer', 'app-a'], ['balancer', 'app-b']]);
    const { events, notes } = resolveScenario(stage03, mine);
    expect(events).toEqual([{ tS: 21, action: 'kill', target: 'app-a' }]);
    expect(notes[0].text).toContain('app-a');
  });

  it('matches a database by role, and a restore follows its kill', () => {
    const stage: Stage = { ...stage04, scenario: [
      { tS: 10, action: 'kill', target: 'db-primary' },
      { tS: 20, action: 'restore', target: 'db-primary' },
      { tS: 30, action: 'kill', target: 'db-replica-1' },
    ] };
    const mine = design('mine', [
      makeNode('client', 'users', at(0)),
      makeNode('web', 'web', at(1)),
      makeNode('database', 'replica', at(2, 1), { role: 'replica' }),
      makeNode('database', 'main', at(2)),
    ], [['users', 'web'], ['web', 'main'], ['main', 'replica']]);
    const { events } = resolveScenario(stage, mine);
    expect(events.map((e) => `${e.action} ${e.target}`)).toEqual(['kill main', 'restore main', 'kill replica']);
  });

  it('skips a fault with no counterpart, with a note, instead of failing', () => {
    const mine = design('mine', [makeNode('client', 'users', at(0)), makeNode('web', 'solo', at(1))], [['users', 'solo']]);
    const { events, notes } = resolveScenario(stage04, mine);
    expect(events).toEqual([]);
    expect(notes.map((n) => n.text)).toEqual([
      'Skipped: kill db-replica-1 at 15 s — your design has no replica database to stand in for it.',
      'Skipped: kill db-primary at 30 s — your design has no primary database to stand in for it.',
    ]);
  });
});
