/**
 * The store's view of the simulation worker: a factory it calls on the first Run. The app passes
 * the real Web Worker client; unit tests pass a fake that records commands and plays frames back.
 */
import type { Frame } from '../engine/api';
import { createSimClient, type SimRequest, type SimStatus } from '../worker';

export interface SimHandlers {
  onFrame: (frame: Frame, runId: number) => void;
  onStatus: (status: SimStatus) => void;
  onError: (message: string) => void;
}

/** What the store uses of a sim client (src/worker/simClient.ts). */
export interface SimPort {
  /** Sends a command; start and restart return the new run's id. */
  send(request: SimRequest): number;
  terminate(): void;
}

export type SimPortFactory = (handlers: SimHandlers) => SimPort;

/** The real client: the engine in a Web Worker (or on this thread when the page has no Workers). */
export const workerSimPort: SimPortFactory = ({ onFrame, onStatus, onError }) => createSimClient(onFrame, onStatus, onError);
