/** NoSQL key-value store: a station; a write also invalidates the key in the caller's caches. */
import { C_NODE_DOWN, type SimState } from '../state';
import { WRITE } from '../requests';
import type { NodeRt } from '../nodeState';
import { fail, finish } from '../flow';
import { enqueue } from '../station';
import { invalidateCallerCaches } from './cache';
import { defineBehaviour } from '../componentBehaviour';
import { applyStationParams } from '../params';

/** A read or write reaches the store. */
export function nosqlArrive(sim: SimState, n: NodeRt, req: number): void {
  if (!n.alive) { fail(sim, req, C_NODE_DOWN, n.idx); return; }
  enqueue(sim, n, req);
}

/** The operation is done: answer. */
export function nosqlServed(sim: SimState, _n: NodeRt, req: number): void {
  if (sim.req.type[req] === WRITE) invalidateCallerCaches(sim, req);
  finish(sim, req);
}

export const nosqlBehaviour = defineBehaviour({ kind: 'nosql', arrive: nosqlArrive, served: nosqlServed, applyParams: (_sim, n) => { if (n.design.kind === 'nosql') applyStationParams(n, n.design.params); } });
