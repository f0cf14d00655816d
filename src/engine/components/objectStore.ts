/** Object store: the origin for static files, a station with its fetch time. */
import { C_NODE_DOWN, type SimState } from '../state';
import type { NodeRt } from '../nodeState';
import { fail, finish } from '../flow';
import { enqueue } from '../station';
import { defineBehaviour } from '../componentBehaviour';
import { applyStationParams } from '../params';

/** A file request reaches the store. */
export function objectStoreArrive(sim: SimState, n: NodeRt, req: number): void {
  if (!n.alive) { fail(sim, req, C_NODE_DOWN, n.idx); return; }
  enqueue(sim, n, req);
}

/** The file is served (finish() also fills the CDN that missed). */
export function objectStoreServed(sim: SimState, _n: NodeRt, req: number): void {
  finish(sim, req);
}

export const objectStoreBehaviour = defineBehaviour({ kind: 'objectStore', arrive: objectStoreArrive, served: objectStoreServed, applyParams: (_sim, n) => { if (n.design.kind === 'objectStore') applyStationParams(n, n.design.params); } });
