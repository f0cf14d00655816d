/**
 * Autoscaling of the web tier (a monitoring automation). Spare web servers, cloned from the first
 * web server behind each balancer, are built up front (inactive) so the hot path never grows the
 * node table; monitoring starts one after the tier runs hot for HOT_BUCKETS buckets (it takes
 * the monitoring's bootS to boot: a cold start) and stops one after IDLE_BUCKETS idle buckets.
 */
import { EV_AUTOSCALE, type SimState } from '../state';
import { K } from '../nodeState';
import { touch } from '../nodeTime';

const HOT_BUCKETS = 2;
const IDLE_BUCKETS = 10;
const IDLE_UTILIZATION = 0.25;
/** Looks at each balancer's web servers after a bucket and scales up or down; a new one takes bootMs to take traffic. */
export function autoscaleBucket(sim: SimState, maxExtra: number, hotUtilization: number, bootMs: number): void {
  const as = sim.autoscale;
  let running = as.pending.size;
  for (const slots of as.slots.values()) for (const s of slots) if (sim.nodes[s].active) running++;
  for (const [lbIdx, slots] of as.slots) {
    const lb = sim.nodes[lbIdx];
    let sum = 0;
    let count = 0;
    for (const t of lb.lbTargets) {
      const w = sim.nodes[t];
      if (w.code === K.web && w.active && w.alive) { sum += w.lastUtil; count++; }
    }
    if (count === 0) continue;
    const mean = sum / count;
    const hot = mean > hotUtilization ? (as.hotBuckets.get(lbIdx) ?? 0) + 1 : 0;
    const idle = mean < IDLE_UTILIZATION ? (as.idleBuckets.get(lbIdx) ?? 0) + 1 : 0;
    as.hotBuckets.set(lbIdx, hot);
    as.idleBuckets.set(lbIdx, idle);
    if (hot >= HOT_BUCKETS && running < maxExtra && !as.pending.has(lbIdx)) {
      const spare = slots.find((s) => !sim.nodes[s].active);
      if (spare === undefined) continue;
      as.pending.add(lbIdx);
      running++;
      sim.queue.push(sim.nowMs + bootMs, EV_AUTOSCALE, spare, -1, lbIdx);
      sim.log(`autoscale: web tier behind ${lb.id} at ${Math.round(mean * 100)}%; starting ${sim.nodes[spare].id} (it boots in ${bootMs / 1000} s)`);
    } else if (idle >= IDLE_BUCKETS) {
      const last = [...slots].reverse().find((s) => sim.nodes[s].active);
      if (last === undefined) continue;
      const clone = sim.nodes[last];
      touch(sim, clone);
      clone.active = false;
      lb.knownDown[lb.lbTargets.indexOf(last)] = 1;
      as.idleBuckets.set(lbIdx, 0);
      sim.log(`autoscale: web tier behind ${lb.id} idle; stopped ${clone.id}`);
    }
  }
}

/** A spare server finished booting: the balancer starts sending it traffic. */
export function activateSpare(sim: SimState, spareIdx: number, lbIdx: number): void {
  const as = sim.autoscale;
  as.pending.delete(lbIdx);
  const clone = sim.nodes[spareIdx];
  const lb = sim.nodes[lbIdx];
  touch(sim, clone);
  clone.active = true;
  clone.everActive = true;
  clone.alive = true;
  lb.knownDown[lb.lbTargets.indexOf(spareIdx)] = 0;
  const count = lb.lbTargets.filter((t) => sim.nodes[t].code === K.web && sim.nodes[t].active).length;
  sim.log(`autoscale: added ${clone.id} behind ${lb.id} (${count} web servers)`);
}
