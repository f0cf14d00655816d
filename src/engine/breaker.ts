/**
 * A circuit breaker on a web server's calls to what is behind it (its data tier, session store,
 * object store, queue). Closed, it counts the requests it sent on that fail further down; after
 * `breakerFailures` of them within `breakerWindowS` it opens, and the server fails the calls it
 * would make at once (`breakerOpen`) instead of adding load to a failing tier. After
 * `breakerOpenS` it half-opens: one probe goes through; its success closes the breaker, its
 * failure opens it again. One breaker per web server, off (0 failures) by default.
 */
import { type SimState } from './state';
import type { NodeRt } from './nodeState';

export const BREAKER_CLOSED = 0, BREAKER_OPEN = 1, BREAKER_HALF_OPEN = 2;
const STATE_NAMES = ['closed', 'open', 'half-open'] as const;
export type BreakerStateName = (typeof STATE_NAMES)[number];

/** Sets a web server's breaker from its params (a live edit keeps the state, resizes the count). */
export function setBreaker(sim: SimState, n: NodeRt, failures: number, windowS: number, openS: number): void {
  const threshold = failures > 0 ? Math.max(1, Math.round(failures / sim.sampleK)) : 0;
  if (threshold !== n.breakerN) { n.breakerFails = threshold > 0 ? new Float64Array(threshold).fill(-Infinity) : null; n.breakerHead = 0; }
  n.breakerN = threshold;
  n.breakerWindowMs = windowS * 1000;
  n.breakerOpenMs = openS * 1000;
  if (threshold === 0) n.breakerState = BREAKER_CLOSED;
}

/** Whether the server may make its onward call for `req` now (false: fail it fast). */
export function breakerAllows(sim: SimState, n: NodeRt, req: number): boolean {
  if (n.breakerState === BREAKER_CLOSED) return true;
  // Half-open waits for its probe, but not forever: a probe with no answer (a job handed to a queue) is replaced.
  if (sim.nowMs - n.breakerSinceMs < n.breakerOpenMs) return false;
  if (n.breakerState === BREAKER_OPEN) sim.log(`breaker on ${n.id} half-open: one probe request goes through`);
  n.breakerState = BREAKER_HALF_OPEN;
  n.breakerSinceMs = sim.nowMs;
  n.breakerProbe = req;
  return true;
}

/** A request that `web` sent on failed further down. */
export function breakerFailure(sim: SimState, web: NodeRt, req: number): void {
  if (web.breakerState === BREAKER_HALF_OPEN) {
    if (req === web.breakerProbe) open(sim, web, 'its probe failed');
    return;
  }
  if (web.breakerState === BREAKER_OPEN) return;
  const ring = web.breakerFails!;
  const oldest = ring[web.breakerHead];
  ring[web.breakerHead] = sim.nowMs;
  web.breakerHead = (web.breakerHead + 1) % ring.length;
  if (sim.nowMs - oldest <= web.breakerWindowMs) open(sim, web, `${web.breakerN * sim.sampleK} calls failed within ${web.breakerWindowMs / 1000} s`);
}

/** A request that `web` sent on was answered: a successful probe closes the breaker. */
export function breakerSuccess(sim: SimState, web: NodeRt, req: number): void {
  if (web.breakerState !== BREAKER_HALF_OPEN || req !== web.breakerProbe) return;
  web.breakerState = BREAKER_CLOSED;
  web.breakerFails!.fill(-Infinity);
  web.breakerProbe = -1;
  sim.log(`breaker on ${web.id} closed: the probe succeeded`);
}

function open(sim: SimState, web: NodeRt, why: string): void {
  web.breakerState = BREAKER_OPEN;
  web.breakerSinceMs = sim.nowMs;
  web.breakerProbe = -1;
  sim.log(`breaker on ${web.id} open (${why}): its calls fail fast for ${web.breakerOpenMs / 1000} s`, 'warn');
}

/** The breaker's state in words (undefined: the server has none). */
export const breakerState = (n: NodeRt): BreakerStateName | undefined => (n.breakerN > 0 ? STATE_NAMES[n.breakerState] : undefined);
