/**
 * Circuit breakers on a web server's calls to what is behind it, one per dependency (each node it
 * calls: a database, a cache, its session store, an object store, a queue), so a failing media
 * database opens only the breaker in front of it and the calls to a healthy one keep flowing.
 * Closed, a breaker counts the calls through it that fail further down; after `breakerFailures` of
 * them within `breakerWindowS` it opens, and the server fails its calls to that dependency at once
 * (`breakerOpen`) instead of adding load to a failing tier. After `breakerOpenS` it half-opens: one
 * probe goes through; its success closes the breaker, its failure opens it again. The params are
 * the server's (every breaker of a server shares them); off (0 failures) by default.
 */
import { type SimState } from './state';
import { BreakerRt, type NodeRt } from './nodeState';
import { idTable } from '../model';

export const BREAKER_CLOSED = 0, BREAKER_OPEN = 1, BREAKER_HALF_OPEN = 2;
const STATE_NAMES = ['closed', 'open', 'half-open'] as const;
export type BreakerStateName = (typeof STATE_NAMES)[number];

/** Sets a web server's breakers from its params (a live edit keeps their states, resizes the counts). */
export function setBreaker(sim: SimState, n: NodeRt, failures: number, windowS: number, openS: number): void {
  const threshold = failures > 0 ? Math.max(1, Math.round(failures / sim.sampleK)) : 0;
  if (threshold > 0 && n.breakerTo === null) makeBreakers(sim, n, threshold);
  if (threshold !== n.breakerN) {
    for (const b of n.breakers) {
      b.fails = new Float64Array(threshold).fill(-Infinity);
      b.head = 0;
      if (threshold === 0) { b.state = BREAKER_CLOSED; b.probe = -1; }
    }
  }
  n.breakerN = threshold;
  n.breakerWindowMs = windowS * 1000;
  n.breakerOpenMs = openS * 1000;
}

/** One breaker per node the server can call (its route tiers' targets and session stores), in that order. */
function makeBreakers(sim: SimState, n: NodeRt, size: number): void {
  const to = new Map<number, BreakerRt>();
  const add = (target: number) => {
    if (to.has(target)) return;
    const b = new BreakerRt(sim.breakers.length, n, sim.nodes[target], size);
    sim.breakers.push(b);
    n.breakers.push(b);
    to.set(target, b);
  };
  for (const tiers of n.routes) for (const tier of tiers) tier.targets.forEach(add);
  n.sessionStores.forEach(add);
  n.breakerTo = to;
}

/**
 * Whether web server `n` (which has breakers) may call `target` for `req` now (false: the caller
 * fails it fast). The request remembers the breaker, so its answer or failure reaches it.
 */
export function breakerAllows(sim: SimState, n: NodeRt, target: number, req: number): boolean {
  const b = n.breakerTo!.get(target);
  if (b === undefined) return true;
  sim.req.dep[req] = b.id;
  if (b.state === BREAKER_CLOSED) return true;
  // Half-open waits for its probe, but not forever: a probe with no answer (a job handed to a queue) is replaced.
  if (sim.nowMs - b.sinceMs < n.breakerOpenMs) return false;
  if (b.state === BREAKER_OPEN) sim.log(`breaker on ${n.id} half-open: one probe request to ${b.dep.id} goes through`);
  b.state = BREAKER_HALF_OPEN;
  b.sinceMs = sim.nowMs;
  b.probe = req;
  return true;
}

/** A call that went through breaker `id` failed further down. */
export function breakerFailure(sim: SimState, id: number, req: number): void {
  const b = sim.breakers[id];
  const web = b.web;
  if (web.breakerN === 0) return;
  if (b.state === BREAKER_HALF_OPEN) {
    if (req === b.probe) open(sim, b, 'its probe failed');
    return;
  }
  if (b.state === BREAKER_OPEN) return;
  const ring = b.fails;
  const oldest = ring[b.head];
  ring[b.head] = sim.nowMs;
  b.head = (b.head + 1) % ring.length;
  if (sim.nowMs - oldest <= web.breakerWindowMs) open(sim, b, `${web.breakerN * sim.sampleK} calls to ${b.dep.id} failed within ${web.breakerWindowMs / 1000} s`);
}

/** A call that went through breaker `id` was answered: a successful probe closes the breaker. */
export function breakerSuccess(sim: SimState, id: number, req: number): void {
  const b = sim.breakers[id];
  if (b.state !== BREAKER_HALF_OPEN || req !== b.probe || b.web.breakerN === 0) return;
  b.state = BREAKER_CLOSED;
  b.fails.fill(-Infinity);
  b.probe = -1;
  sim.log(`breaker on ${b.web.id} closed: the probe to ${b.dep.id} succeeded`);
}

function open(sim: SimState, b: BreakerRt, why: string): void {
  b.state = BREAKER_OPEN;
  b.sinceMs = sim.nowMs;
  b.probe = -1;
  sim.log(`breaker on ${b.web.id} open (${why}): its calls to ${b.dep.id} fail fast for ${b.web.breakerOpenMs / 1000} s`, 'warn');
}

/** A server's breakers in one word (undefined: it has none): open if any is, else half-open if any is, else closed. */
export function breakerState(n: NodeRt): BreakerStateName | undefined {
  if (n.breakerN === 0) return undefined;
  let worst = BREAKER_CLOSED;
  for (const b of n.breakers) {
    if (b.state === BREAKER_OPEN) return 'open';
    if (b.state === BREAKER_HALF_OPEN) worst = BREAKER_HALF_OPEN;
  }
  return STATE_NAMES[worst];
}

/** A server's breakers that are not closed, by the dependency's id (undefined: all closed, or none). */
export function breakersNotClosed(n: NodeRt): Record<string, 'open' | 'half-open'> | undefined {
  if (n.breakerN === 0) return undefined;
  let out: Record<string, 'open' | 'half-open'> | undefined;
  for (const b of n.breakers) {
    if (b.state === BREAKER_CLOSED) continue;
    out ??= idTable<'open' | 'half-open'>();
    out[b.dep.id] = b.state === BREAKER_OPEN ? 'open' : 'half-open';
  }
  return out;
}
