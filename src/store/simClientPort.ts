/**
 * The store's view of the simulation worker: a factory it calls on the first Run. The app passes
 * the real Web Worker client; unit tests pass a fake that records commands and plays frames back.
 */
import type { SimRequest } from '../worker/protocol';
import { createSimClient, type SimClientHandlers } from './simClient';

export type SimHandlers = SimClientHandlers;

/** What the store uses of a sim client (simClient.ts). */
export interface SimPort {
  /** Sends a command; start and restart return the new run's id. */
  send(request: SimRequest): number;
  terminate(): void;
}

export type SimPortFactory = (handlers: SimHandlers) => SimPort;

/** The real client: the engine in a Web Worker (or on this thread when the page has no Workers). */
export const workerSimPort: SimPortFactory = (handlers) => createSimClient(handlers);
