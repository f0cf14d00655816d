/** Session store: a station that answers session lookups for web servers with shared sessions. */
import { C_SESSION_LOST, type SimState } from '../state';
import type { NodeRt } from '../nodeState';
import { fail } from '../flow';
import { enqueue } from '../station';
import { webResume } from './web';
import { defineBehaviour } from '../componentBehaviour';
import { applyStationParams } from '../params';

/** A session lookup reaches the store; a dead store means the user's session is gone. */
export function sessionStoreArrive(sim: SimState, n: NodeRt, req: number): void {
  if (!n.alive) { fail(sim, req, C_SESSION_LOST, n.idx); return; }
  enqueue(sim, n, req);
}

/** The lookup is done: back to the web server that asked (the reply hop costs no extra here). */
export function sessionStoreServed(sim: SimState, _n: NodeRt, req: number): void {
  webResume(sim, sim.nodes[sim.req.web[req]], req);
}

export const sessionStoreBehaviour = defineBehaviour({ kind: 'sessionStore', arrive: sessionStoreArrive, served: sessionStoreServed, applyParams: (_sim, n) => { if (n.design.kind === 'sessionStore') applyStationParams(n, n.design.params); } });
