/** A tiny stand-in for the engine: time moves only through advance(), one series point per whole second. */
import { emptyDesign, type Design } from '../../../src/model';
import type { Frame, SeriesPoint, Summary } from '../../../src/engine/api';
import type { EngineDeps } from '../../../src/worker/engineDeps';

export interface FakeSim {
  timeMs: number;
  durationMs: number;
  lastPointS: number;
  seed: number;
  down: Set<string>;
}

export type FakeCall = [name: string, ...args: unknown[]];

const SUMMARY: Summary = {
  requests: 0, completed: 0, errors: 0, errorRate: 0, throughputRps: 0,
  latencyMs: { mean: 0, p50: 0, p95: 0, p99: 0 }, errorsByCause: {},
  staleReads: 0, readYourWritesViolations: 0, lostWrites: 0, sessionMisses: 0,
  durationS: 0, cacheHitRatio: null, cdnHitRatio: null, sampleK: 1,
};

export const point = (tS: number): SeriesPoint => ({
  tS, throughputRps: 100, errorRate: 0, errors: 0, p50Ms: 10, p95Ms: 20, p99Ms: 30,
  cacheHitRatio: null, cdnHitRatio: null, replicaLagMs: null, staleReads: 0, queueDepth: 0,
  nodes: {}, shardLoad: {},
});

export function fakeDesign(durationS = 60): Design {
  return { ...emptyDesign('fake'), sim: { seed: 1, durationS, hopLatencyMs: 1 } };
}

/** The fake engine plus a log of every call; `failOn` makes the named function throw. */
export function makeFakeEngine(opts: { failOn?: string; refuse?: string } = {}) {
  let failOn = opts.failOn;
  const calls: FakeCall[] = [];
  const log = (name: string, ...args: unknown[]): void => {
    calls.push([name, ...args]);
    if (failOn === name) throw new Error(`${name} exploded`);
  };
  const engine: EngineDeps<FakeSim> = {
    createSimulation(design, options) {
      log('createSimulation', design.name, options);
      if (opts.refuse) throw Object.assign(new Error(opts.refuse), { name: 'RunRefusedError' });
      return { timeMs: 0, durationMs: design.sim.durationS * 1000, lastPointS: 0, seed: options?.seed ?? 0, down: new Set() };
    },
    advance(sim, untilMs) {
      log('advance', untilMs);
      sim.timeMs = Math.min(Math.max(sim.timeMs, untilMs), sim.durationMs);
    },
    takeFrame(sim): Frame {
      log('takeFrame');
      const points: SeriesPoint[] = [];
      while ((sim.lastPointS + 1) * 1000 <= sim.timeMs) points.push(point(++sim.lastPointS));
      const nodes = Object.fromEntries([...sim.down].map((id) => [id, { down: true, utilization: 0, queueLength: 0, rps: 0 }]));
      return { tMs: sim.timeMs, points, events: [], nodes, edgeRps: {}, summary: SUMMARY, cost: { hourlyUsd: 0, monthlyUsd: 0, perMillionRequestsUsd: 0, byNode: {} }, done: sim.timeMs >= sim.durationMs };
    },
    killNode(sim, id) { log('killNode', id); if (id === 'ghost') return false; sim.down.add(id); return true; },
    restoreNode(sim, id) { log('restoreNode', id); sim.down.delete(id); },
    updateNodeParams(_sim, id, params) { log('updateNodeParams', id, params); },
    setClientRate(_sim, id, rps) { log('setClientRate', id, rps); },
    isDone: (sim) => sim.timeMs >= sim.durationMs,
    simTimeMs: (sim) => sim.timeMs,
  };
  return { engine, calls, setFailOn: (name?: string) => { failOn = name; } };
}

/** A clock that moves only when told to, or by `autoStepMs` on every read. */
export function fakeClock(autoStepMs = 0) {
  let nowMs = 0;
  return {
    now: (): number => { const t = nowMs; nowMs += autoStepMs; return t; },
    advance: (ms: number): void => { nowMs += ms; },
  };
}
