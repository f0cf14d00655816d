/**
 * Web server: a station (workers, queue limit, timeout). Before it works on a client request it
 * checks the user's session: in its own memory (local: a user it does not know is a session miss,
 * a forced re-login) or, with shared sessions and a session-store edge, by a lookup on the store.
 * After its service time the request goes on to its data tier, or is answered here when the web
 * server has none (the one-box stage).
 */
import { C_BREAKER_OPEN, C_NODE_DOWN, C_SESSION_LOST, type SimState } from '../state';
import { breakerAllows, breakerSuccess, setBreaker } from '../breaker';
import { F_BACKGROUND, F_SESSION_DONE, F_TRACED } from '../requests';
import type { NodeRt } from '../nodeState';
import { fail, finish, forward, NO_ROUTE, sendTo } from '../flow';
import { enqueue } from '../station';
import { defineBehaviour } from '../componentBehaviour';
import { distCode } from '../params';
import { usesSessionStore } from '../../model';

/** A request reaches a web server. */
export function webArrive(sim: SimState, n: NodeRt, req: number): void {
  if (!n.alive) { fail(sim, req, C_NODE_DOWN, n.idx); return; }
  const rp = sim.req;
  rp.web[req] = n.idx;
  rp.dep[req] = -1;
  if (rp.service[req] < 0) rp.service[req] = n.serviceIdx;
  const flags = rp.flags[req];
  if ((flags & (F_BACKGROUND | F_SESSION_DONE)) === 0) {
    const deadline = sim.nowMs + n.timeoutMs;
    if (deadline < rp.deadlineMs[req]) rp.deadlineMs[req] = deadline;
    if (n.usesSessionStore) {
      // Each user's session lives on one store (by user), copied to the others: when that store
      // is down the next live one answers; only with every store down is the session lost.
      const stores = n.sessionStores;
      const first = rp.user[req] % stores.length;
      let pick = -1;
      for (let i = 0; i < stores.length && pick < 0; i++) {
        const k = (first + i) % stores.length;
        if (sim.nodes[stores[k]].alive) pick = k;
      }
      if (pick < 0) { fail(sim, req, C_SESSION_LOST, n.idx); return; }
      if (n.breakerN > 0 && !breakerAllows(sim, n, stores[pick], req)) { fail(sim, req, C_BREAKER_OPEN, n.idx); return; }
      rp.flags[req] = flags | F_SESSION_DONE;
      sendTo(sim, req, stores[pick], n.sessionEdges[pick], 0);
      return;
    }
    rp.flags[req] = flags | F_SESSION_DONE;
    checkLocalSession(sim, n, rp.user[req]);
  }
  enqueue(sim, n, req);
}

/** The session store answered: the request continues at the web server that asked. */
export function webResume(sim: SimState, n: NodeRt, req: number): void {
  if ((sim.req.flags[req] & F_TRACED) !== 0) sim.tracer!.arrive(sim, req, n.idx);
  // The session store's answer is the end of that call: it counts for the store's breaker.
  const dep = sim.req.dep[req];
  if (dep >= 0) { breakerSuccess(sim, dep, req); sim.req.dep[req] = -1; }
  if (!n.alive) { fail(sim, req, C_NODE_DOWN, n.idx); return; }
  enqueue(sim, n, req);
}

/** Local sessions: a user this server does not hold, who has logged in before, must log in again. */
function checkLocalSession(sim: SimState, n: NodeRt, user: number): void {
  const sessions = n.sessions!;
  if (sessions.has(user)) return;
  if (sim.seenUsers.has(user)) sim.totals.sessionMisses++;
  else sim.seenUsers.add(user);
  sessions.add(user);
}

/** The web server finished its own work on the request. */
export function webServed(sim: SimState, n: NodeRt, req: number): void {
  // No data tier for this type: the web server answers itself (static files, reads and writes in
  // the one-box stage; a job it cannot hand to a queue it has just done, JOB_WEB_FACTOR slower).
  // An open breaker on the dependency it picks fails the call at once (forward, flow.ts).
  if (forward(sim, req, n) === NO_ROUTE) finish(sim, req);
}

/** Pool, service time, queue limit and timeout; shared sessions only count with a store to use. */
function webParams(sim: SimState, n: NodeRt): void {
  const d = n.design;
  if (d.kind !== 'web') return;
  n.workers = d.params.workers;
  n.serviceMs = d.params.serviceMs;
  n.dist = distCode(d.params.serviceDist);
  n.queueLimit = d.params.queueLimit;
  n.timeoutMs = d.params.timeoutMs;
  n.usesSessionStore = usesSessionStore(d, n.sessionStores.map((i) => sim.nodes[i].design));
  setBreaker(sim, n, d.params.breakerFailures, d.params.breakerWindowS, d.params.breakerOpenS);
}

export const webBehaviour = defineBehaviour({ kind: 'web', arrive: webArrive, served: webServed, applyParams: webParams });
