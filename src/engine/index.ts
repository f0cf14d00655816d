/**
 * The simulation engine: a pure, deterministic discrete-event simulation of a design. Same design,
 * options and seed ⇒ identical output, in Node, a Web Worker or a test.
 */
import type { Design } from '../model';
import type { Frame, RunReport } from './api';
import { buildSimulation, type BuildOptions } from './build';
import { advanceTo } from './loop';
import { buildFrame, buildReport } from './report';
import { applyFault, kill, restore } from './faults';
import type { FaultEvent } from '../model';
import { setRate, updateParams } from './control';
import { replaceScenario as replaceScenarioOf } from './scenario';
import { replicaBacklog as backlogOf } from './components/replication';
import type { SimState } from './state';

export type * from './api';
export type { BuildOptions } from './build';
export { RunRefusedError } from './feasibility';
export { DEFAULT_TRACE_EVERY } from './trace';

/** An opaque running simulation; use the functions below on it. */
export type Simulation = SimState;

/** A new simulation of `design` at time 0 (the design is copied; later edits do not affect it). */
export function createSimulation(design: Design, options: BuildOptions = {}): Simulation {
  return buildSimulation(design, options);
}

/** Runs the simulation forward to `untilMs` of simulated time (capped at its duration). */
export function advance(sim: Simulation, untilMs: number): void {
  advanceTo(sim, untilMs);
}

/** What happened since the previous frame, live node states and the summary so far. */
export function takeFrame(sim: Simulation): Frame {
  return buildFrame(sim);
}

/** The run report (the CLI's JSON, docs/design-format.md), for the run so far. */
export function report(sim: Simulation): RunReport {
  return buildReport(sim);
}

/** Creates, runs to the end and reports. */
export function runDesign(design: Design, options: BuildOptions = {}): RunReport {
  const sim = createSimulation(design, options);
  advanceTo(sim, Infinity);
  return buildReport(sim);
}

/** Kills node `id` at the current simulated time; false for an unknown id. */
export function killNode(sim: Simulation, id: string): boolean {
  const idx = sim.byId.get(id);
  if (idx === undefined) return false;
  kill(sim, sim.nodes[idx]);
  return true;
}

/** Restores node `id` at the current simulated time; false for an unknown id. */
export function restoreNode(sim: Simulation, id: string): boolean {
  const idx = sim.byId.get(id);
  if (idx === undefined) return false;
  restore(sim, sim.nodes[idx]);
  return true;
}

/** Applies a fault (slow, loss, partition, flap, heal, kill, restore) now, whatever its tS; false for an unknown target or peer. */
export function injectFault(sim: Simulation, fault: FaultEvent): boolean {
  return applyFault(sim, fault);
}

/**
 * Replaces the design's scenario from now on (the fault timeline edited during a run): faults
 * later than now land at their times, as if the design had held them from the start; see scenario.ts.
 * Returns how many faults that already happened the new scenario leaves out: those stay applied,
 * so a caller that wants the run to show the new scenario must rebuild it when this is not 0.
 */
export function replaceScenario(sim: Simulation, faults: readonly FaultEvent[]): number {
  return replaceScenarioOf(sim, faults);
}

/** Live what-if: merges new params into node `id` (e.g. { readMs: 20 }); false for an unknown id. */
export function updateNodeParams(sim: Simulation, id: string, params: Record<string, unknown>): boolean {
  return updateParams(sim, id, params);
}

/** Sets a client's base rate in requests per second; false if `clientId` is not a client. */
export function setClientRate(sim: Simulation, clientId: string, rps: number): boolean {
  return setRate(sim, clientId, rps);
}

/** Whether the run reached its duration (or its event budget). */
export const isDone = (sim: Simulation): boolean => sim.done;

/** Current simulated time in ms. */
export const simTimeMs = (sim: Simulation): number => sim.nowMs;

/** Events processed so far (for benchmarks and progress). */
export const eventsProcessed = (sim: Simulation): number => sim.eventsProcessed;

/** Writes committed on a replica's primary that the replica has not applied yet (tests, inspector). */
export function replicaBacklog(sim: Simulation, replicaId: string): number {
  const idx = sim.byId.get(replicaId);
  if (idx === undefined || !sim.nodes[idx].repl) return 0;
  return backlogOf(sim.nodes[idx]);
}

