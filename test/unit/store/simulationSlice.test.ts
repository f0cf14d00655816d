import { describe, expect, it } from 'vitest';
import type { EngineEvent, Frame, NodeLive, SeriesPoint, Summary } from '../../../src/engine/api';
import { createAppStore, MAX_EVENTS, MAX_SERIES_POINTS, memoryStorage, type SimHandlers, type SimPortFactory } from '../../../src/store';
import type { SimRequest } from '../../../src/worker';
import { availableSeconds, lastSeconds } from '../../../src/store/tapeClip';

/** A fake worker client: records every command, and lets the test play the worker's replies. */
function fakePort() {
  const sent: SimRequest[] = [];
  let handlers: SimHandlers | null = null;
  let runId = 0;
  let made = 0;
  let terminated = 0;
  const factory: SimPortFactory = (h) => {
    handlers = h;
    made++;
    return {
      send: (request) => {
        sent.push(request);
        if (request.type === 'start' || request.type === 'restart') runId++;
        return runId;
      },
      terminate: () => { terminated++; },
    };
  };
  return {
    factory,
    sent,
    types: () => sent.map((r) => r.type),
    get handlers() { return handlers!; },
    get made() { return made; },
    get terminated() { return terminated; },
    get runId() { return runId; },
  };
}

const SUMMARY: Summary = {
  requests: 10, completed: 10, errors: 0, errorRate: 0, throughputRps: 100,
  latencyMs: { mean: 5, p50: 4, p95: 9, p99: 12 }, errorsByCause: {},
  staleReads: 0, readYourWritesViolations: 0, lostWrites: 0, sessionMisses: 0,
  durationS: 1, cacheHitRatio: null, cdnHitRatio: null, sampleK: 1,
};

const NO_COST = { hourlyUsd: 0, monthlyUsd: 0, perMillionRequestsUsd: 0, byNode: {} };

const point = (tS: number): SeriesPoint => ({
  tS, throughputRps: 100, errorRate: 0, errors: 0, p50Ms: 4, p95Ms: 9, p99Ms: 12,
  cacheHitRatio: null, cdnHitRatio: null, replicaLagMs: null, staleReads: 0, queueDepth: 0, nodes: {}, shardLoad: {},
});

const live = (utilization: number, down = false): NodeLive => ({ down, utilization, queueLength: 0, rps: 100 });

function frame(tS: number, extra: Partial<Frame> = {}): Frame {
  return { tMs: tS * 1000, points: [point(tS)], events: [], nodes: {}, edgeRps: {}, summary: SUMMARY, cost: NO_COST, done: false, ...extra };
}

/** A store holding client → lb → two web servers, and the fake port. */
function setup() {
  const port = fakePort();
  const store = createAppStore({ storage: memoryStorage(), simPort: port.factory });
  const s = store.getState();
  const users = s.addNode('client', { x: 0, y: 0 })!;
  const lb = s.addNode('loadBalancer', { x: 300, y: 0 })!;
  const web1 = s.addNode('web', { x: 600, y: 0 })!;
  const web2 = s.addNode('web', { x: 600, y: 200 })!;
  s.connect(users, lb);
  s.connect(lb, web1);
  s.connect(lb, web2);
  return { store, port, ids: { users, lb, web1, web2 } };
}

describe('simulation slice', () => {
  it('starts the worker lazily, with the design, its seed and the chosen speed', () => {
    const { store, port } = setup();
    expect(port.made).toBe(0);
    store.getState().setSpeed(100);
    store.getState().startRun();
    expect(port.made).toBe(1);
    const start = port.sent[0];
    expect(start).toMatchObject({ type: 'start', seed: 1, speed: 100 });
    expect(start.type === 'start' && start.design.nodes).toHaveLength(4);
    expect(store.getState().run.status).toBe('running');
    expect(store.getState().run.durationMs).toBe(60_000);
  });

  it('applies frames: a rolling window of points, capped events, latest node states', () => {
    const { store, port, ids } = setup();
    store.getState().startRun();
    const events: EngineEvent[] = Array.from({ length: 30 }, (_, i) => ({ tMs: i, text: `e${i}` }));
    for (let t = 1; t <= MAX_SERIES_POINTS + 50; t++) {
      port.handlers.onFrame(frame(t, { events, nodes: { [ids.web1]: live(0.5) }, edgeRps: { e1: t } }), port.runId);
    }
    const { series, live: now } = store.getState();
    expect(series.points).toHaveLength(MAX_SERIES_POINTS);
    expect(series.points[0].tS).toBe(51);
    expect(series.points.at(-1)!.tS).toBe(MAX_SERIES_POINTS + 50);
    expect(series.events).toHaveLength(MAX_EVENTS);
    expect(now.tMs).toBe((MAX_SERIES_POINTS + 50) * 1000);
    expect(now.latest!.tS).toBe(MAX_SERIES_POINTS + 50);
    expect(now.summary!.throughputRps).toBe(100);
    expect(now.edgeRps.e1).toBe(MAX_SERIES_POINTS + 50);
  });

  it('keeps the identity of node states that did not change, so badges skip renders', () => {
    const { store, port, ids } = setup();
    store.getState().startRun();
    port.handlers.onFrame(frame(1, { nodes: { [ids.web1]: live(0.5), [ids.web2]: live(0.2) } }), 1);
    const before = store.getState().live.nodes;
    port.handlers.onFrame(frame(2, { nodes: { [ids.web1]: live(0.5), [ids.web2]: live(0.9) } }), 1);
    const after = store.getState().live.nodes;
    expect(after[ids.web1]).toBe(before[ids.web1]);
    expect(after[ids.web2]).not.toBe(before[ids.web2]);
    expect(after[ids.web2].utilization).toBe(0.9);
    // A frame with no new points keeps the same series object.
    const series = store.getState().series;
    port.handlers.onFrame(frame(2, { points: [], nodes: after }), 1);
    expect(store.getState().series).toBe(series);
  });

  it('pauses, resumes, steps and resets', () => {
    const { store, port } = setup();
    const s = store.getState();
    s.stepRun();
    // Stepping from idle starts a paused run, then steps one bucket.
    expect(port.types()).toEqual(['start', 'step']);
    expect(store.getState().run.status).toBe('paused');
    s.resumeRun();
    expect(store.getState().run.status).toBe('running');
    s.pauseRun();
    expect(store.getState().run.status).toBe('paused');
    port.handlers.onFrame(frame(1), 1);
    s.resetRun();
    expect(port.types()).toEqual(['start', 'step', 'resume', 'pause', 'stop']);
    expect(store.getState().run.status).toBe('idle');
    expect(store.getState().series.points).toHaveLength(0);
    // A frame still in flight from the reset run is ignored.
    port.handlers.onFrame(frame(2), 1);
    expect(store.getState().series.points).toHaveLength(0);
  });

  it('sends kill and restore, and remembers what the user killed', () => {
    const { store, port, ids } = setup();
    store.getState().killNode(ids.web1); // not running: nothing to kill
    expect(port.sent).toHaveLength(0);
    store.getState().startRun();
    store.getState().killNode(ids.web1);
    expect(port.sent.at(-1)).toEqual({ type: 'kill', id: ids.web1 });
    expect(store.getState().run.killedIds).toEqual([ids.web1]);
    store.getState().restoreNode(ids.web1);
    expect(port.sent.at(-1)).toEqual({ type: 'restore', id: ids.web1 });
    expect(store.getState().run.killedIds).toEqual([]);
  });

  it('forwards a parameter edit to the running simulation without restarting', () => {
    const { store, port, ids } = setup();
    store.getState().startRun();
    port.handlers.onFrame(frame(1), 1);
    const generation = store.getState().run.generation;
    expect(store.getState().updateParam(ids.web1, 'workers', 3)).toBeUndefined();
    expect(port.sent.at(-1)).toEqual({ type: 'updateParams', id: ids.web1, params: { workers: 3 } });
    expect(store.getState().run.generation).toBe(generation);
    expect(store.getState().series.points).toHaveLength(1);
    // Moving or renaming a node is not a change the simulation sees.
    const count = port.sent.length;
    store.getState().moveNodes([{ id: ids.web1, position: { x: 10, y: 10 } }]);
    store.getState().rename(ids.web1, 'Front');
    expect(port.sent).toHaveLength(count);
  });

  it('restarts the run on a structural edit, keeping live rates, and says so', () => {
    const { store, port, ids } = setup();
    store.getState().startRun();
    store.getState().setClientRate(ids.users, 500);
    expect(port.sent.at(-1)).toEqual({ type: 'setClientRate', id: ids.users, rps: 500 });
    store.getState().killNode(ids.web2);
    port.handlers.onFrame(frame(1), 1);
    store.getState().deleteElements([ids.web2]);
    const restart = port.sent.find((r) => r.type === 'restart');
    expect(restart && restart.type === 'restart' && restart.design.nodes).toHaveLength(3);
    expect(port.sent.at(-1)).toEqual({ type: 'setClientRate', id: ids.users, rps: 500 });
    const state = store.getState();
    expect(state.run.status).toBe('running');
    expect(state.run.killedIds).toEqual([]);
    expect(state.series.points).toHaveLength(0);
    expect(state.toasts.at(-1)?.text).toMatch(/^Design changed: the run restarted/);
  });

  it('treats parameters the engine reads only at build time, and the seed, as structural', () => {
    const { store, port } = setup();
    store.getState().startRun();
    store.getState().setRunSettings({ seed: 7 });
    expect(port.sent.at(-1)).toMatchObject({ type: 'restart', seed: 7 });
    const router = store.getState().addNode('shardRouter', { x: 900, y: 0 })!;
    const restarts = port.types().filter((t) => t === 'restart').length;
    store.getState().updateParam(router, 'virtualNodes', 50);
    expect(port.types().filter((t) => t === 'restart').length).toBe(restarts + 1);
  });

  it('lets the design rate win over the slider when the client rate is edited', () => {
    const { store, port, ids } = setup();
    store.getState().startRun();
    store.getState().setClientRate(ids.users, 500);
    store.getState().updateParam(ids.users, 'profile', 'spike');
    // Another client edit re-applies the slider rate after the engine re-reads the params.
    expect(port.sent.slice(-2)).toEqual([
      { type: 'updateParams', id: ids.users, params: { profile: 'spike' } },
      { type: 'setClientRate', id: ids.users, rps: 500 },
    ]);
    store.getState().updateParam(ids.users, 'rps', 90);
    expect(port.sent.at(-1)).toEqual({ type: 'updateParams', id: ids.users, params: { rps: 90 } });
    expect(store.getState().run.clientRates).toEqual({});
  });

  it('does not forward edits when no run is going', () => {
    const { store, port, ids } = setup();
    store.getState().updateParam(ids.web1, 'workers', 3);
    store.getState().deleteElements([ids.web2]);
    expect(port.sent).toHaveLength(0);
  });

  it('mirrors worker status, shows notices, and recovers from a worker error with a new worker', () => {
    const { store, port } = setup();
    store.getState().startRun();
    port.handlers.onStatus({ runId: 1, state: 'running', message: 'Could not kill the node: "x" is not in the running simulation' });
    expect(store.getState().toasts.at(-1)?.text).toMatch(/Could not kill/);
    port.handlers.onStatus({ runId: 1, state: 'done' });
    expect(store.getState().run.status).toBe('done');
    store.getState().startRun();
    port.handlers.onError('The simulation worker failed: boom');
    expect(store.getState().run).toMatchObject({ status: 'error', error: 'The simulation worker failed: boom' });
    store.getState().restartAfterError();
    expect(port.terminated).toBe(1);
    expect(port.made).toBe(2);
    expect(store.getState().run).toMatchObject({ status: 'running', error: null });
    expect(port.sent.at(-1)?.type).toBe('start');
  });

  it('after a dead worker, Reset then Run starts a new worker that runs', () => {
    const { store, port } = setup();
    store.getState().startRun();
    port.handlers.onError('The simulation stopped answering (nothing for 3 s)');
    expect(port.terminated).toBe(1);
    expect(store.getState().run.status).toBe('error');
    store.getState().resetRun();
    // Nothing is sent to the dead worker, and no worker is made just to be stopped.
    expect(port.types()).toEqual(['start']);
    expect(port.made).toBe(1);
    expect(store.getState().run.status).toBe('idle');
    store.getState().startRun();
    expect(port.made).toBe(2);
    expect(port.types()).toEqual(['start', 'start']);
    port.handlers.onFrame(frame(1), port.runId);
    expect(store.getState().live.tMs).toBe(1000);
  });
});

describe("the run's pace (simulated seconds per wall second)", () => {
  it('shows what the worker measured, and nothing after a speed change, a reset or a new run until the worker says again', () => {
    const { store, port } = setup();
    const s = store.getState();
    s.setSpeed('max');
    s.startRun();
    expect(store.getState().pace).toBeNull();
    port.handlers.onFrame(frame(2.5), port.runId);
    expect(store.getState().pace).toBeNull();
    port.handlers.onFrame(frame(5), port.runId, 25);
    expect(store.getState().pace).toBe(25);
    s.setSpeed(100);
    expect(store.getState().pace).toBeNull();
    port.handlers.onFrame(frame(5.1), port.runId, 1);
    s.resetRun();
    expect(store.getState().pace).toBeNull();
    s.startRun();
    port.handlers.onFrame(frame(1), port.runId, 12);
    expect(store.getState().pace).toBe(12);
    s.startRun();
    expect(store.getState().pace).toBeNull();
  });
});

describe('the kept frames (Record the last N seconds)', () => {
  it('keeps the frames a run shows, gives back the last seconds, and puts one on the canvas and back', () => {
    const { store, port, ids } = setup();
    store.getState().startRun();
    for (let t = 0.1; t <= 8.001; t += 0.1) {
      const tS = Math.round(t * 10) / 10;
      if (tS === 4) store.getState().killNode(ids.web1);
      port.handlers.onFrame(frame(tS, { nodes: { [ids.web1]: live(tS / 10, tS >= 4) } }), port.runId);
    }
    const s = store.getState();
    expect(availableSeconds(s.keptFrames(), 5)).toBeCloseTo(8, 5);
    const last = lastSeconds(s.keptFrames(), 5, 5);
    if (!Array.isArray(last)) throw new Error(last.reason);
    expect(last.map((f) => f.tMs)).toEqual(Array.from({ length: 25 }, (_, k) => 3200 + k * 200));
    expect(last[0].killedIds).toEqual([]);
    expect(last[24].killedIds).toEqual([ids.web1]);

    // Over a running run a kept frame is refused; over a paused one it shows, and null puts the present back.
    s.showKeptFrame(last[0]);
    expect(store.getState().live.tMs).toBe(8000);
    s.pauseRun();
    s.showKeptFrame(last[0]);
    expect(store.getState().live.tMs).toBe(3200);
    expect(store.getState().run.killedIds).toEqual([]);
    s.showKeptFrame(last[10]);
    s.showKeptFrame(null);
    expect(store.getState().live.tMs).toBe(8000);
    expect(store.getState().run.killedIds).toEqual([ids.web1]);

    // A reset forgets them.
    s.resetRun();
    expect(store.getState().keptFrames()).toEqual([]);
    expect(lastSeconds(store.getState().keptFrames(), 5, 5)).toEqual({ reason: expect.any(String) });
  });

  it('starts again with a new run, and a frame from the worker ends a kept frame on show', () => {
    const { store, port } = setup();
    store.getState().startRun();
    for (let tS = 1; tS <= 6; tS++) port.handlers.onFrame(frame(tS), port.runId);
    store.getState().pauseRun();
    const last = lastSeconds(store.getState().keptFrames(), 1, 5);
    if (!Array.isArray(last)) throw new Error(last.reason);
    store.getState().showKeptFrame(last[0]);
    port.handlers.onFrame(frame(7), port.runId);
    store.getState().showKeptFrame(null);
    expect(store.getState().live.tMs).toBe(7000);
    store.getState().startRun();
    expect(store.getState().keptFrames()).toEqual([]);
  });
});
