/**
 * The fault timeline during a run: an edit of the faults still to come goes to the running
 * simulation as a `scenario` command (no restart); faults that already happened cannot be moved or
 * deleted, a fault placed in the part already played goes at "now", an undo that changes history
 * rebuilds the run; faults clicked during the run are recorded in run.liveFaults, and a new run
 * starts with none.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Summary } from '../../../src/engine/api';
import { makeNode, type Design } from '../../../src/model';
import { createAppStore, memoryStorage, type SimPortFactory } from '../../../src/store';
import type { SimRequest } from '../../../src/worker';

const SUMMARY: Summary = {
  requests: 10, completed: 10, errors: 0, errorRate: 0, throughputRps: 100,
  latencyMs: { mean: 5, p50: 4, p95: 9, p99: 12 }, errorsByCause: {},
  staleReads: 0, readYourWritesViolations: 0, lostWrites: 0, sessionMisses: 0,
  durationS: 1, cacheHitRatio: null, cdnHitRatio: null, sampleK: 1,
};

/** A frame at `tS` seconds with nothing in it but the clock. */
const frameAt = (tS: number): Frame => ({
  tMs: tS * 1000, points: [], events: [], nodes: {}, edgeRps: {}, summary: SUMMARY,
  cost: { hourlyUsd: 0, monthlyUsd: 0, perMillionRequestsUsd: 0, byNode: {} }, done: false,
});

/** Users → web-1 → db on a 60 s run, a fake worker that records what it is sent, and the run started. */
function running() {
  const sent: SimRequest[] = [];
  const factory: SimPortFactory = () => ({ send: (r) => { sent.push(r); return 1; }, terminate: () => undefined });
  const store = createAppStore({ storage: memoryStorage(), simPort: factory });
  const design: Design = {
    ...store.getState().design,
    nodes: [makeNode('client', 'users', { x: 0, y: 0 }), makeNode('web', 'web-1', { x: 200, y: 0 }), makeNode('database', 'db', { x: 400, y: 0 })],
    edges: [{ id: 'e1', source: 'users', target: 'web-1', kind: 'request' }, { id: 'e2', source: 'web-1', target: 'db', kind: 'request' }],
    sim: { ...store.getState().design.sim, durationS: 60 },
    scenario: [{ tS: 10, action: 'slow', target: 'web-1', factor: 5 }],
  };
  store.getState().loadDesign(design);
  store.getState().startRun();
  const s = () => store.getState();
  const types = () => sent.map((r) => r.type);
  return { s, sent, types };
}

describe('the fault timeline during a run', () => {
  it('an edit of the faults to come is sent live, and the run is not restarted', () => {
    const { s, sent, types } = running();
    s().applyFrame(frameAt(20));
    expect(s().addFault({ tS: 30, action: 'loss', target: 'db', pct: 20 })).toBeUndefined();
    s().removeFault(1);
    s().addFault({ tS: 40, action: 'kill', target: 'web-1' });
    s().moveFault(1, 45);
    expect(types()).toEqual(['start', 'scenario', 'scenario', 'scenario', 'scenario']);
    expect(sent[sent.length - 1]).toEqual({ type: 'scenario', faults: [{ tS: 10, action: 'slow', target: 'web-1', factor: 5 }, { tS: 45, action: 'kill', target: 'web-1' }] });
    expect(s().run.status).toBe('running');
  });

  it('a fault that already happened cannot be moved or deleted until the run is reset', () => {
    const { s, types } = running();
    s().applyFrame(frameAt(20));
    s().moveFault(0, 30);
    s().removeFault(0);
    expect(s().design.scenario).toEqual([{ tS: 10, action: 'slow', target: 'web-1', factor: 5 }]);
    expect(s().toasts.at(-1)?.text).toContain('already happened in this run');
    expect(types()).toEqual(['start']);
    s().resetRun();
    s().moveFault(0, 30);
    expect(s().design.scenario[0].tS).toBe(30);
  });

  it('a fault moved or added into the part already played is placed at now, and said so', () => {
    const { s, sent } = running();
    s().applyFrame(frameAt(20.04));
    s().addFault({ tS: 50, action: 'kill', target: 'db' });
    s().moveFault(1, 3);
    expect(s().design.scenario[1].tS).toBe(20.1);
    expect(s().toasts.at(-1)?.text).toContain('placed at 20.1 s');
    s().addFault({ tS: 5, action: 'heal', target: 'web-1' });
    expect(s().design.scenario[2].tS).toBe(20.1);
    expect(sent[sent.length - 1]).toMatchObject({ type: 'scenario', faults: [{ tS: 10 }, { tS: 20.1 }, { tS: 20.1, action: 'heal' }] });
  });

  it('a fault placed at exactly now is sent live, not taken for history', () => {
    const { s, types } = running();
    s().applyFrame(frameAt(20));
    s().addFault({ tS: 50, action: 'kill', target: 'db' });
    s().moveFault(1, 0);
    expect(s().design.scenario[1].tS).toBe(20);
    expect(types()).toEqual(['start', 'scenario', 'scenario']);
  });

  it('an undo that changes a fault that already happened rebuilds the run', () => {
    const { s, types } = running();
    s().applyFrame(frameAt(5));
    s().addFault({ tS: 8, action: 'kill', target: 'db' });
    s().applyFrame(frameAt(12));
    s().undo();
    expect(types()).toEqual(['start', 'scenario', 'restart']);
    expect(s().toasts.at(-1)?.text).toContain('a fault that already happened changed');
  });

  it('records the faults clicked during the run at their simulated time; a new run starts clean', () => {
    const { s } = running();
    s().applyFrame(frameAt(12.5));
    s().injectFault({ tS: 0, action: 'loss', target: 'db', pct: 30 });
    s().applyFrame(frameAt(14));
    s().killNode('web-1');
    s().restoreNode('web-1');
    expect(s().run.liveFaults).toEqual([
      { tS: 12.5, action: 'loss', target: 'db', pct: 30 },
      { tS: 14, action: 'kill', target: 'web-1' },
      { tS: 14, action: 'restore', target: 'web-1' },
    ]);
    expect(s().design.scenario).toHaveLength(1);
    s().resetRun();
    expect(s().run.liveFaults).toEqual([]);
    s().startRun();
    s().injectFault({ tS: 0, action: 'heal', target: 'db' });
    s().resetRun();
    s().startRun();
    expect(s().run.liveFaults).toEqual([]);
  });
});
