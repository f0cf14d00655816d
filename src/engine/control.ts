/**
 * Live what-ifs on a running simulation: change a node's params, a client's rate. They take effect
 * at the current simulated time; requests already in service keep the time they drew.
 */
import type { DesignNode } from '../model';
import type { SimState } from './state';
import { K } from './nodeState';
import { applyParams } from './params';
import { startService, touch } from './station';
import { applyClientParams } from './components/client';
import { pullJobs } from './components/worker';

/** Merges `params` into node `id`'s params (one level deep for groups such as mix or keys). */
export function updateParams(sim: SimState, id: string, params: Record<string, unknown>): boolean {
  const idx = sim.byId.get(id);
  if (idx === undefined) return false;
  const n = sim.nodes[idx];
  const current = n.design.params as unknown as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(params)) {
    const old = current[key];
    merged[key] = old && typeof old === 'object' && value && typeof value === 'object' ? { ...old, ...value } : value;
  }
  n.design = { ...n.design, params: merged } as DesignNode;
  const designIdx = sim.design.nodes.findIndex((d) => d.id === id);
  if (designIdx >= 0) sim.design.nodes[designIdx] = n.design;
  touch(sim, n);
  applyParams(sim, n);
  if (n.design.kind === 'client') {
    const client = sim.clients.find((c) => c.node === idx);
    if (client) applyClientParams(sim, client, n.design);
  }
  // More workers start on the waiting requests right away.
  if (n.code === K.worker) pullJobs(sim, n);
  else if (n.alive) while (n.busy < n.workers && n.queue.length > 0) startService(sim, n, n.queue.shift());
  return true;
}

/** Sets a client's base request rate in requests per second. */
export function setRate(sim: SimState, clientId: string, rps: number): boolean {
  const idx = sim.byId.get(clientId);
  const client = sim.clients.find((c) => c.node === idx);
  if (!client) return false;
  client.rateRps = Math.max(0, rps) / sim.sampleK;
  return true;
}
