/** The real engine as the runner's dependency object; imported only by the worker and the lazy fallback. */
import {
  advance, createSimulation, injectFault, isDone, killNode, replaceScenario, restoreNode, setClientRate, simTimeMs, takeFrame, updateNodeParams,
  type Simulation,
} from '../engine';
import type { EngineDeps } from './engineDeps';

export const realEngine: EngineDeps<Simulation> = {
  createSimulation,
  advance,
  takeFrame,
  killNode,
  restoreNode,
  injectFault,
  replaceScenario,
  updateNodeParams,
  setClientRate,
  isDone,
  simTimeMs,
};
