/**
 * What the page may know of the simulation worker: its protocol. The engine itself is not exported
 * here: it lives in the worker bundle (and, without Workers, is loaded on demand), so it stays off
 * the first paint.
 */
export { SIM_SPEEDS, isSimSpeed } from './protocol';
export type { NodeParamsPatch, RunState, SimRequest, SimSpeed } from './protocol';
