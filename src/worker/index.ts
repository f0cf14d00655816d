/**
 * The page's way into the simulation worker. The engine itself is not exported here: it lives in
 * the worker bundle (and, without Workers, is loaded on demand), so it stays off the first paint.
 */
export { createSimClient } from './simClient';
export type { SimClient, SimClientOptions, SimStatus } from './simClient';
export { SIM_SPEEDS, isSimSpeed } from './protocol';
export type { NodeParamsPatch, RunState, SimRequest, SimSpeed } from './protocol';
export type { EngineDeps } from './engineDeps';
