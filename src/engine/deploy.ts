/**
 * Deploys in a run (docs/services.md): a new version of a service's web servers, rolled out over
 * simulated time. A server that leaves for its boot stops taking traffic at once (the balancers
 * deregister it) and finishes what it holds; when it returns, it runs the deploy's goal version.
 * Servers go region by region, so a deploy across data centers changes one at a time. A bad
 * version fails a share of its requests (cause badVersion) and is slower; monitoring with
 * auto-rollback sees the new version's own error share pass its alert threshold and rolls back,
 * otherwise a person does, MANUAL_ROLLBACK_S after the bad version first took traffic.
 */
import { type DeployFault } from '../model';
import { BAD_VERSION_ERROR_SHARE, BAD_VERSION_SLOWDOWN, CANARY_WATCH_S, deployedServers, MANUAL_ROLLBACK_S } from '../model/deploys';
import type { DeployPoint, DeployReport } from './api';
import { DeployRt } from './deployState';
import { C_BAD_VERSION, EV_DEPLOY, type SimState } from './state';
import { K } from './nodeState';
import { touch } from './nodeTime';

const STEP_BOOTED = 0, STEP_WATCHED = 1, STEP_MANUAL = 2;
const MS_PER_HOUR = 3_600_000;

const blueGreen = (d: DeployRt): boolean => d.fault.strategy === 'blue-green';

/** The servers a deploy of `target` covers, as node indices in data-center order. */
function serversOf(sim: SimState, target: string): number[] {
  return deployedServers(sim.design.nodes, sim.design.edges, target)
    .map((n) => sim.byId.get(n.id)!)
    .sort((a, b) => sim.nodes[a].dc - sim.nodes[b].dc || a - b);
}

const overlaps = (a: readonly number[], b: readonly number[]): boolean => a.some((s) => b.includes(s));

/** The running deploy that holds one of `servers`, if any. */
const runningOver = (sim: SimState, servers: readonly number[]): DeployRt | undefined =>
  sim.deploys.find((d) => d.state === 'running' && overlaps(d.servers, servers));

/**
 * Asks for `fault` now; false (with a log line) when it covers no server. A deploy of some of
 * the servers a running deploy holds (the same service twice, or a service and the balancer in
 * front of it) waits in a queue until that one has ended, so no server is taken out twice and no
 * batch rule is broken; queued deploys start in the order they were asked for.
 */
export function startDeploy(sim: SimState, fault: DeployFault): boolean {
  const { target } = fault;
  const servers = serversOf(sim, target);
  if (servers.length === 0) { sim.log(`deploy of ${target} refused: it covers no web server`, 'error'); return false; }
  const busy = runningOver(sim, servers);
  const ahead = sim.queuedDeploys.some((q) => overlaps(serversOf(sim, q.fault.target), servers));
  if (busy || ahead) {
    sim.queuedDeploys.push({ fault: { ...fault }, askedMs: sim.nowMs });
    sim.log(`deploy of ${target} queued: it waits for ${busy ? `the deploy of ${busy.fault.target}` : 'the deploys asked for before it'} to end, as it covers some of the same servers`, 'warn');
    return true;
  }
  begin(sim, fault, servers, -1);
  return true;
}

/** Starts the queued deploys that no running deploy (or one queued before them) holds servers of. */
function startQueued(sim: SimState): void {
  const waiting = sim.queuedDeploys.splice(0);
  const held: number[][] = [];
  for (const q of waiting) {
    const servers = serversOf(sim, q.fault.target);
    if (runningOver(sim, servers) || held.some((h) => overlaps(h, servers))) { sim.queuedDeploys.push(q); held.push(servers); continue; }
    sim.log(`deploy of ${q.fault.target}: the deploy it waited for has ended; it starts now`);
    begin(sim, q.fault, servers, q.askedMs);
  }
}

function begin(sim: SimState, fault: DeployFault, servers: number[], queuedMs: number): void {
  const { target } = fault;
  const slots = servers.map((s) => {
    const at: [number, number][] = [];
    for (const lb of sim.nodes) if (lb.code === K.loadBalancer) { const i = lb.lbTargets.indexOf(s); if (i >= 0) at.push([lb.idx, i]); }
    return at;
  });
  const d = new DeployRt({ ...fault }, servers, slots, sim.nowMs);
  d.queuedMs = queuedMs;
  sim.deploys.push(d);
  const how = blueGreen(d) ? 'a second set boots, then traffic switches' : `${fault.batch} at a time`;
  sim.log(`deploy of ${target} (${fault.strategy}${fault.bad ? ', a bad version' : ''}): ${servers.length} servers, ${how}, ${fault.bootS} s to boot`);
  nextBatch(sim, sim.deploys.length - 1);
}

/** The next servers to change: up to a batch (blue/green: all of them) in the data center of the first one left. */
function nextBatch(sim: SimState, di: number): void {
  const d = sim.deploys[di];
  if (d.todo.length === 0) { finish(sim, d); return; }
  const dc = sim.nodes[d.servers[d.todo[0]]].dc;
  const size = blueGreen(d) ? d.todo.length : d.fault.batch;
  const batch: number[] = [];
  while (batch.length < size && d.todo.length > 0 && sim.nodes[d.servers[d.todo[0]]].dc === dc) batch.push(d.todo.shift()!);
  d.booting = batch;
  if (blueGreen(d)) sim.log(`deploy of ${d.fault.target}: a green set of ${batch.length} servers boots beside the running ones`);
  else for (const pos of batch) takeOut(sim, d, pos);
  sim.queue.push(sim.nowMs + d.fault.bootS * 1000, EV_DEPLOY, di, STEP_BOOTED, d.batchEpoch);
}

/** A deploy's timer: a batch booted, a canary's watch ended, or a person's rollback is due. */
export function deployStep(sim: SimState, di: number, step: number, epoch: number): void {
  const d = sim.deploys[di];
  if (step === STEP_MANUAL) { if (d.goal === 1 && d.onNew.includes(1)) rollback(sim, d, di, 'person'); return; }
  if (step === STEP_WATCHED) { if (epoch === d.watchEpoch && d.goal === 1) nextBatch(sim, di); return; }
  if (epoch !== d.batchEpoch) return;
  for (const pos of d.booting) {
    if (blueGreen(d)) billBoot(sim, d, pos, d.fault.bootS * 1000);
    setVersion(sim, d, pos, d.goal);
    if (!blueGreen(d)) putBack(sim, d, pos);
  }
  d.booting = [];
  d.batches++;
  if (d.goal === 1 && d.newSinceMs < 0) {
    d.newSinceMs = sim.nowMs;
    if (d.fault.bad) sim.queue.push(sim.nowMs + MANUAL_ROLLBACK_S * 1000, EV_DEPLOY, di, STEP_MANUAL, 0);
  }
  if (d.goal === 1 && d.fault.strategy === 'canary' && d.batches === 1 && d.todo.length > 0) {
    sim.log(`deploy of ${d.fault.target}: the canary takes its share of traffic; the rest follow in ${CANARY_WATCH_S} s`);
    sim.queue.push(sim.nowMs + CANARY_WATCH_S * 1000, EV_DEPLOY, di, STEP_WATCHED, d.watchEpoch);
    return;
  }
  nextBatch(sim, di);
}

/** Back to the old version: blue/green switches back at once; rolling and canary roll the new servers back in batches. */
function rollback(sim: SimState, d: DeployRt, di: number, by: 'monitoring' | 'person'): void {
  d.goal = 0;
  d.watchEpoch++;
  d.rolledBackMs = sim.nowMs;
  d.rolledBackBy = by;
  d.state = 'running';
  const after = Math.round((sim.nowMs - d.newSinceMs) / 100) / 10;
  sim.log(by === 'monitoring'
    ? `auto-rollback of ${d.fault.target}: the new version fails more than the alert threshold (${after} s after it took traffic)`
    : `rollback of ${d.fault.target} by a person, ${after} s after the bad version took traffic (no monitoring with auto-rollback)`, 'warn');
  if (blueGreen(d)) {
    d.batchEpoch++;
    d.booting = [];
    d.todo = [];
    d.servers.forEach((_, pos) => setVersion(sim, d, pos, 0));
    finish(sim, d);
    return;
  }
  d.todo = d.servers.map((_, pos) => pos).filter((pos) => d.onNew[pos] === 1 && !d.booting.includes(pos));
  if (d.booting.length === 0) nextBatch(sim, di);
}

function finish(sim: SimState, d: DeployRt): void {
  d.state = d.goal === 1 ? 'done' : 'rolled back';
  d.endedMs = sim.nowMs;
  sim.log(d.goal === 1 ? `deploy of ${d.fault.target} done: every server runs the new version` : `rollback of ${d.fault.target} done: every server runs the old version`);
  if (sim.queuedDeploys.length > 0) startQueued(sim);
}

/** Puts server `pos` on version `v` (1: new); a bad new version fails some requests and is slower. */
function setVersion(sim: SimState, d: DeployRt, pos: number, v: number): void {
  if (d.onNew[pos] === v) return;
  const n = sim.nodes[d.servers[pos]];
  touch(sim, n);
  d.onNew[pos] = v;
  if (!d.fault.bad) return;
  if (v === 1) {
    d.savedSlow[pos] = n.slowFactor; d.savedLoss[pos] = n.lossP; d.savedCause[pos] = n.lossCause;
    n.slowFactor *= BAD_VERSION_SLOWDOWN;
    n.lossP = 1 - (1 - n.lossP) * (1 - BAD_VERSION_ERROR_SHARE);
    n.lossCause = C_BAD_VERSION;
    n.lossRng ??= sim.stream(`loss:${n.id}`);
  } else {
    n.slowFactor = d.savedSlow[pos]; n.lossP = d.savedLoss[pos]; n.lossCause = d.savedCause[pos];
  }
}

/**
 * The server leaves its balancers at once and boots; it finishes the requests it holds (and those
 * already on their way to it). Whoever else sends to it sees it out too: a DNS's health check
 * fails it, and a client wired straight to it finds the connection refused and tries its next
 * address, as for a dead server (flow.ts).
 */
function takeOut(sim: SimState, d: DeployRt, pos: number): void {
  const n = sim.nodes[d.servers[pos]];
  touch(sim, n);
  n.active = false;
  // A DNS in front re-checks its targets' health (dns.ts): a booting server fails the check.
  sim.healthEpoch++;
  d.outSinceMs[pos] = sim.nowMs;
  for (const [lb, i] of d.slots[pos]) sim.nodes[lb].knownDown[i] = 1;
}

function putBack(sim: SimState, d: DeployRt, pos: number): void {
  const n = sim.nodes[d.servers[pos]];
  touch(sim, n);
  n.active = true;
  sim.healthEpoch++;
  billBoot(sim, d, pos, sim.nowMs - d.outSinceMs[pos]);
  for (const [lb, i] of d.slots[pos]) sim.nodes[lb].knownDown[i] = n.alive ? 0 : 1;
}

/** A booting box is still rented (and a green set is a second one): its time goes on the server's bill. */
function billBoot(sim: SimState, d: DeployRt, pos: number, ms: number): void {
  const n = sim.nodes[d.servers[pos]];
  n.instanceUsd += (n.hourlyUsd * ms) / MS_PER_HOUR;
}

/**
 * Monitoring's look at each running deploy after a bucket: the new version's own error share
 * since the last look (a canary is judged by its own requests, not diluted by the old servers').
 */
export function watchDeploys(sim: SimState, errorRatePct: number, autoRollback: boolean): void {
  sim.deploys.forEach((d, di) => {
    let errors = 0;
    let served = 0;
    d.servers.forEach((s, pos) => {
      const n = sim.nodes[s];
      if (d.onNew[pos] === 1) { errors += n.errors - d.seenErrors[pos]; served += n.served - d.seenServed[pos]; }
      d.seenErrors[pos] = n.errors;
      d.seenServed[pos] = n.served;
    });
    if (!autoRollback || d.goal !== 1 || errors + served === 0) return;
    if ((errors / (errors + served)) * 100 > errorRatePct) rollback(sim, d, di, 'monitoring');
  });
}

/** The series' view of the deploys running in this bucket (or ended in it), by target. */
export function deploySeries(sim: SimState): Record<string, DeployPoint> | undefined {
  let out: Record<string, DeployPoint> | undefined;
  for (const d of sim.deploys) {
    if (d.state !== 'running') { if (d.shownEnd) continue; d.shownEnd = true; }
    let inService = 0;
    for (const s of d.servers) if (sim.nodes[s].active && sim.nodes[s].alive) inService++;
    out ??= {};
    out[d.fault.target] = { inService, servers: d.servers.length, newVersion: d.onNew.reduce((a, b) => a + b, 0), rollingBack: d.goal === 0 };
  }
  return out;
}

/** The report's account of each deploy. */
export function deployReports(sim: SimState): DeployReport[] {
  const s = (ms: number) => Math.round(ms) / 1000;
  return sim.deploys.map((d) => ({
    target: d.fault.target, strategy: d.fault.strategy, bad: d.fault.bad,
    startedS: s(d.startedMs), ...(d.queuedMs >= 0 ? { queuedS: s(d.queuedMs) } : {}),
    endedS: d.endedMs >= 0 ? s(d.endedMs) : null, outcome: d.state,
    ...(d.rolledBackMs >= 0 ? { rolledBackS: s(d.rolledBackMs), rolledBackBy: d.rolledBackBy as 'monitoring' | 'person' } : {}),
  }));
}

/** A server's deploy state in words, for its badge and the report ("booting the new version"). */
export function deployLabels(sim: SimState, idx: number): string[] {
  const out: string[] = [];
  for (const d of sim.deploys) {
    const pos = d.servers.indexOf(idx);
    if (pos < 0) continue;
    if (d.booting.includes(pos) && !blueGreen(d)) out.push(d.goal === 1 ? 'booting the new version' : 'booting the old version');
    else if (d.onNew[pos] === 1) out.push(d.fault.bad ? 'new version (bad)' : 'new version');
  }
  return out;
}
