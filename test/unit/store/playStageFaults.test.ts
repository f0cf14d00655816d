import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { stageById } from '../../../src/stages';
import { createAppStore, memoryStorage } from '../../../src/store';
import { addFaults } from '../../../src/store/scenarioEdits';
import type { Design, FaultEvent } from '../../../src/model';
import { enginePort } from './enginePort';

const stage3 = stageById('3')!;

describe('addFaults: a stage’s faults onto the design’s Faults strip', () => {
  const design: Design = stage3.start;

  it('adds them after the design’s own, and leaves out those it holds already, whatever the order of their keys', () => {
    const own: FaultEvent = { tS: 5, action: 'slow', target: 'web-1', factor: 3 };
    const withOwn = { ...design, scenario: [own] };
    const kill = { tS: 15, action: 'kill', target: 'web-1' } as FaultEvent;
    const first = addFaults(withOwn, [kill], 40);
    expect(first.ok && first.value.design.scenario).toEqual([own, kill]);
    const reordered = { target: 'web-1', action: 'kill', tS: 15 } as FaultEvent;
    const again = addFaults(first.ok ? first.value.design : withOwn, [reordered], 40);
    expect(again.ok && again.value.added).toEqual([]);
    expect(again.ok && again.value.design).toBe(first.ok ? first.value.design : null);
  });

  it('makes the run as long as the Check when a fault would fall after its end, and only then', () => {
    const short = { ...design, sim: { ...design.sim, durationS: 10 } };
    const late = addFaults(short, [{ tS: 15, action: 'kill', target: 'web-1' }], 40);
    expect(late.ok && late.value.design.sim.durationS).toBe(40);
    const early = addFaults(short, [{ tS: 5, action: 'kill', target: 'web-1' }], 40);
    expect(early.ok && early.value.design.sim.durationS).toBe(10);
  });

  it('refuses a fault the design cannot hold, with the fault named, and changes nothing', () => {
    const result = addFaults(design, [{ tS: 15, action: 'kill', target: 'no-such-node' }], 40);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join(' ')).toContain('kill no-such-node at 15 s');
  });
});

describe('Run it with these faults, in a stage', () => {
  it('puts stage 3’s crash on the Faults strip, runs, and the crash happens in the run; Undo takes the faults off', async () => {
    const port = enginePort();
    const store = createAppStore({ storage: memoryStorage(), simPort: port.factory });
    await store.getState().openStage('3', { loadStart: true });
    // The starting design has one web server: the Check's kill of web-1 takes the site down.
    expect(store.getState().design.scenario).toEqual([]);
    await store.getState().playStageFaults();
    const scenario = store.getState().design.scenario;
    expect(scenario.map((f) => `${f.action} ${f.target} ${f.tS}`)).toEqual(stage3.scenario.map((f) => `${f.action} ${f.target} ${f.tS}`));
    expect(store.getState().run.status).toBe('running');
    expect(store.getState().toasts.at(-1)?.text).toContain('Undo takes them off');
    const start = port.sent.find((r) => r.type === 'start');
    expect(start?.type === 'start' && start.design.scenario).toEqual(scenario);
    // Played to just after the crash, web-1 is down and requests fail.
    const crashS = stage3.scenario.find((f) => f.action === 'kill')!.tS;
    for (let i = 0; i < 400 && store.getState().live.tMs < (crashS + 2) * 1000; i++) port.tick(1000);
    expect(store.getState().live.tMs).toBeGreaterThanOrEqual((crashS + 2) * 1000);
    expect(store.getState().live.nodes['web-1']?.down).toBe(true);
    expect(store.getState().live.summary?.errors ?? 0).toBeGreaterThan(0);
    // Pressed again, nothing is added twice.
    await store.getState().playStageFaults();
    expect(store.getState().design.scenario).toHaveLength(scenario.length);
    expect(store.getState().toasts.at(-1)?.text).toContain('already on the Faults strip');
    store.getState().undo();
    expect(store.getState().design.scenario).toEqual([]);
  });
});
