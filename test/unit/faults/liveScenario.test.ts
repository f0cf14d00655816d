/**
 * The design's scenario replaced mid-run (the fault timeline edited during a live run,
 * engine/scenario.ts): the run goes on, and from the edit on it is the run whose scenario held the
 * new marks from the start. Past marks are history: not applied twice, and a mark placed in the
 * part already played lands at once.
 */
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, replaceScenario, report, type BuildOptions } from '../../../src/engine';
import type { Design, FaultEvent } from '../../../src/model';
import { design, READ_WRITE } from '../engine/helpers';

function site(scenario: FaultEvent[]): Design {
  const d = design(
    [
      { id: 'users', kind: 'client', params: { rps: 300, mix: READ_WRITE(0.2) } },
      { id: 'lb', kind: 'loadBalancer' },
      { id: 'web-1', kind: 'web', params: { workers: 4, serviceMs: 8 } },
      { id: 'web-2', kind: 'web', params: { workers: 4, serviceMs: 8 } },
      { id: 'db', kind: 'database' },
    ],
    [['users', 'lb'], ['lb', 'web-1'], ['lb', 'web-2'], ['web-1', 'db'], ['web-2', 'db']],
    { durationS: 60, seed: 7 },
  );
  d.scenario = scenario;
  return d;
}

/** The whole run with `scenario` from the start. */
function fromStart(scenario: FaultEvent[], options: BuildOptions = {}) {
  const sim = createSimulation(site(scenario), { warmupS: 0, ...options });
  advance(sim, Infinity);
  return report(sim);
}

/** A run of `before` to `editS`, whose scenario is then replaced by `after`. */
function editedAt(editS: number, before: FaultEvent[], after: FaultEvent[], options: BuildOptions = {}) {
  const sim = createSimulation(site(before), { warmupS: 0, ...options });
  advance(sim, editS * 1000);
  replaceScenario(sim, after);
  advance(sim, Infinity);
  return report(sim);
}

const past: FaultEvent[] = [
  { tS: 4.3, action: 'slow', target: 'web-1', factor: 6 },
  { tS: 9.7, action: 'heal', target: 'web-1' },
];

describe('replacing the scenario during a run', () => {
  it('from the edit on, equals the run whose scenario had the new future marks from the start', () => {
    const original = [...past, { tS: 40.1, action: 'kill', target: 'web-2' } as FaultEvent];
    const edited: FaultEvent[] = [
      ...past,
      { tS: 25.7, action: 'loss', target: 'db', pct: 30 },
      { tS: 33.3, action: 'slow', target: 'web-2', factor: 4 },
      { tS: 45.1, action: 'heal', target: 'db' },
    ];
    const live = editedAt(20, original, edited);
    const planned = fromStart(edited);
    // The kill at 40.1 s that the edit removed did not happen; the new marks did.
    expect(live.series.filter((p) => p.tS >= 20)).toEqual(planned.series.filter((p) => p.tS >= 20));
    expect(live.summary).toEqual(planned.summary);
    expect(live.nodes).toEqual(planned.nodes);
    expect(planned.summary.errorRate).toBeGreaterThan(0.05);
    // And it differs from the run that kept the old scenario (the check has something to find).
    expect(fromStart(original).summary).not.toEqual(planned.summary);
  });

  it('past marks are history: replacing with the same scenario changes no number', () => {
    const scenario = [...past, { tS: 30.2, action: 'loss', target: 'db', pct: 25 } as FaultEvent];
    expect(editedAt(20, scenario, scenario).summary).toEqual(fromStart(scenario).summary);
  });

  it('a mark placed in the part already played lands at once', () => {
    const lateKill: FaultEvent = { tS: 12, action: 'kill', target: 'web-2' };
    // 20.5 s: off the balancer's health-check beat, so nothing else is due at that very instant.
    const live = editedAt(20.5, past, [...past, lateKill]);
    const atNow = fromStart([...past, { ...lateKill, tS: 20.5 }]);
    expect(live.summary).toEqual(atNow.summary);
    expect(live.summary.errorRate).toBeGreaterThan(fromStart(past).summary.errorRate);
  });

  it('says how many faults that happened the new scenario leaves out, one at exactly now included', () => {
    const kill: FaultEvent = { tS: 20, action: 'kill', target: 'web-2' };
    const at = (scenario: FaultEvent[]) => {
      const sim = createSimulation(site(scenario), { warmupS: 0 });
      advance(sim, 20_000);
      return sim;
    };
    // Played to 20 s exactly: the kill at 20 s has landed, so taking it off cannot be shown live.
    expect(replaceScenario(at([...past, kill]), past)).toBe(1);
    expect(replaceScenario(at([...past, kill]), [kill])).toBe(2);
    // Moved later, it has still happened once.
    expect(replaceScenario(at([...past, kill]), [...past, { ...kill, tS: 30 }])).toBe(1);
    // Kept, or only faults still to come changed: nothing is lost.
    expect(replaceScenario(at([...past, kill]), [...past, kill, { tS: 41, action: 'heal', target: 'web-2' }])).toBe(0);
    expect(replaceScenario(at([...past, { ...kill, tS: 30 }]), past)).toBe(0);
    // Classroom script faults are not the design's: they are never counted.
    const sim = createSimulation(site(past), { warmupS: 0, scenario: [{ tS: 5, action: 'kill', target: 'web-2' }] });
    advance(sim, 20_000);
    expect(replaceScenario(sim, past)).toBe(0);
  });

  it('faults handed in on top of the design (a classroom script) are not replaced', () => {
    const script = { scenario: [{ tS: 30.4, action: 'kill', target: 'web-1' } as FaultEvent] };
    const live = editedAt(20, past, [], script);
    expect(live.summary).toEqual(fromStart(past, script).summary);
    expect(live.summary).not.toEqual(fromStart(past).summary);
  });
});
