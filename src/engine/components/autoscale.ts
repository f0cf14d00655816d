/**
 * Autoscaling of the web tier (a monitoring automation). Spare web servers, cloned from the first
 * web server behind each balancer, are built up front (inactive) so the hot path never grows the
 * node table. Monitoring watches each group of servers behind a balancer — one per service, and
 * the shared pool (docs/services.md) — and starts a spare for a group after it runs hot for
 * HOT_BUCKETS buckets (it takes the monitoring's bootS to boot: a cold start); the spare joins
 * that group's service, so a busy `uploads` gets the server and not the first server's service.
 * A group idle for IDLE_BUCKETS buckets stops one of its spares.
 */
import { EV_AUTOSCALE, type SimState } from '../state';
import { K, type NodeRt } from '../nodeState';
import { touch } from '../nodeTime';
import { applyParams } from '../params';
import { balancerClasses, serviceNames } from '../services';

const HOT_BUCKETS = 2;
const IDLE_BUCKETS = 10;
const IDLE_UTILIZATION = 0.25;
/** A group's key: its balancer and its service (0: the shared pool, s + 1: service s). */
const GROUPS = 64;
const groupKey = (lbIdx: number, serviceIdx: number): number => lbIdx * GROUPS + serviceIdx + 1;

/** Looks at each balancer's groups of web servers after a bucket and scales up or down; a new one takes bootMs to take traffic. */
export function autoscaleBucket(sim: SimState, maxExtra: number, hotUtilization: number, bootMs: number): void {
  const as = sim.autoscale;
  let running = as.pending.size;
  for (const slots of as.slots.values()) for (const s of slots) if (sim.nodes[s].active) running++;
  for (const [lbIdx, slots] of as.slots) {
    const lb = sim.nodes[lbIdx];
    const sums = new Map<number, { sum: number; count: number; service: number }>();
    for (const t of lb.lbTargets) {
      const w = sim.nodes[t];
      if (w.code !== K.web || !w.active || !w.alive) continue;
      const key = groupKey(lbIdx, w.serviceIdx);
      const g = sums.get(key) ?? { sum: 0, count: 0, service: w.serviceIdx };
      g.sum += w.lastUtil; g.count++;
      sums.set(key, g);
    }
    for (const [key, g] of sums) {
      const mean = g.sum / g.count;
      const hot = mean > hotUtilization ? (as.hotBuckets.get(key) ?? 0) + 1 : 0;
      const idle = mean < IDLE_UTILIZATION ? (as.idleBuckets.get(key) ?? 0) + 1 : 0;
      as.hotBuckets.set(key, hot);
      as.idleBuckets.set(key, idle);
      const what = g.service < 0 ? 'web tier' : `${sim.services!.names[g.service]} service`;
      if (hot >= HOT_BUCKETS && running < maxExtra && !as.pending.has(key)) {
        const spare = slots.find((s) => !sim.nodes[s].active && !as.booting.has(s));
        if (spare === undefined) continue;
        as.pending.add(key);
        as.booting.add(spare);
        running++;
        sim.queue.push(sim.nowMs + bootMs, EV_AUTOSCALE, spare, -1, key);
        sim.log(`autoscale: ${what} behind ${lb.id} at ${Math.round(mean * 100)}%; starting ${sim.nodes[spare].id} (it boots in ${bootMs / 1000} s)`);
      } else if (idle >= IDLE_BUCKETS) {
        const last = [...slots].reverse().find((s) => sim.nodes[s].active && sim.nodes[s].serviceIdx === g.service);
        if (last === undefined) continue;
        const clone = sim.nodes[last];
        touch(sim, clone);
        clone.active = false;
        lb.knownDown[lb.lbTargets.indexOf(last)] = 1;
        as.idleBuckets.set(key, 0);
        sim.log(`autoscale: ${what} behind ${lb.id} idle; stopped ${clone.id}`);
      }
    }
  }
}

/** A spare server finished booting: it joins the group that asked for it, and the balancer starts sending it traffic. */
export function activateSpare(sim: SimState, spareIdx: number, key: number): void {
  const as = sim.autoscale;
  as.pending.delete(key);
  as.booting.delete(spareIdx);
  const lbIdx = Math.floor(key / GROUPS);
  const serviceIdx = (key % GROUPS) - 1;
  const clone = sim.nodes[spareIdx];
  const lb = sim.nodes[lbIdx];
  touch(sim, clone);
  if (clone.serviceIdx !== serviceIdx) joinService(sim, lb, clone, serviceIdx);
  clone.active = true;
  clone.everActive = true;
  clone.alive = true;
  lb.knownDown[lb.lbTargets.indexOf(spareIdx)] = 0;
  const count = lb.lbTargets.filter((t) => sim.nodes[t].code === K.web && sim.nodes[t].active).length;
  sim.log(`autoscale: added ${clone.id} behind ${lb.id} (${count} web servers)`);
}

/**
 * The spare becomes a copy of the group's first server (its params and where it sends requests
 * on) under its own id, and the balancer's per-service server lists are built again with it.
 */
function joinService(sim: SimState, lb: NodeRt, clone: NodeRt, serviceIdx: number): void {
  const model = lb.lbTargets.map((t) => sim.nodes[t]).find((t) => t.code === K.web && !t.autoscaled && t.serviceIdx === serviceIdx);
  if (!model) return;
  clone.design = { ...model.design, id: clone.id, label: undefined } as NodeRt['design'];
  clone.routes = model.routes;
  clone.caches = model.caches;
  clone.sessionStores = model.sessionStores;
  clone.sessionEdges = model.sessionEdges;
  clone.serviceIdx = serviceIdx;
  applyParams(sim, clone);
  const classes = balancerClasses(lb, lb.lbTargets.map((t) => sim.nodes[t].design), sim.routeTable, serviceNames(sim.design));
  if (classes) { lb.lbClass = classes.targets; lb.lbClassOwner = classes.owner; }
}
