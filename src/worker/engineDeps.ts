/**
 * The engine functions the runner needs, as a dependency object: the worker passes the real
 * engine (realEngine.ts), tests pass a tiny fake, so the runner's tests never depend on the
 * engine's internals. `Sim` is the engine's opaque simulation handle.
 */
import type { Design, FaultEvent } from '../model';
import type { Frame, RunOptions } from '../engine/api';
import type { NodeParamsPatch } from './protocol';

export interface EngineDeps<Sim = unknown> {
  createSimulation(design: Design, options?: RunOptions): Sim;
  /** Process every event up to `untilMs` of simulated time. */
  advance(sim: Sim, untilMs: number): void;
  /** Series points and events since the previous call, plus the live state now. */
  takeFrame(sim: Sim): Frame;
  /** The live commands return false when the simulation has no such node (added since the run started). */
  killNode(sim: Sim, id: string): boolean | void;
  restoreNode(sim: Sim, id: string): boolean | void;
  /** A partial fault now; optional so a test's fake engine may leave it out. */
  injectFault?(sim: Sim, fault: FaultEvent): boolean | void;
  /**
   * The design's scenario from now on (engine/scenario.ts); optional like injectFault. Returns how
   * many faults that already happened it leaves out (they cannot be taken back, so the run must be rebuilt).
   */
  replaceScenario?(sim: Sim, faults: readonly FaultEvent[]): number | void;
  updateNodeParams(sim: Sim, id: string, params: NodeParamsPatch): boolean | void;
  setClientRate(sim: Sim, clientId: string, rps: number): boolean | void;
  isDone(sim: Sim): boolean;
  simTimeMs(sim: Sim): number;
}
