/**
 * The design's scenario in a running simulation, and replacing it mid-run (an edit of the fault
 * timeline while a run goes on). The design's faults are EV_FAULT events whose aux is the
 * scenario's epoch; a replacement bumps the epoch, so the events still queued from the old
 * scenario do nothing when they come up, and schedules the new scenario's faults from now on.
 * Faults handed in on top of the design (BuildOptions.scenario: a classroom script's) carry
 * epoch 0 and are never replaced.
 */
import type { FaultEvent } from '../model';
import { EV_FAULT, type SimState } from './state';
import { applyFault } from './faults';

/** A fault's identity for matching history: its action, target, time and values. */
const keyOf = (f: FaultEvent): string => JSON.stringify(f, Object.keys(f).sort());

/** Queues `faults` at their times (or at `notBeforeMs`, if later) under `epoch`; unknown targets are skipped. */
function queueFaults(sim: SimState, faults: readonly FaultEvent[], epoch: number, notBeforeMs = 0): void {
  for (const f of faults) {
    // A deploy names a service or a balancer, not one node (deploy.ts finds its servers when it starts).
    const idx = f.action === 'deploy' ? -1 : sim.byId.get(f.target);
    if (idx === undefined) continue;
    sim.faults.scheduled.push(f);
    sim.faults.epochs.push(epoch);
    sim.faults.fired.push(false);
    sim.queue.push(Math.max(f.tS * 1000, notBeforeMs), EV_FAULT, idx, sim.faults.scheduled.length - 1, epoch);
  }
}

/** At build: the design's scenario (current epoch), then the faults handed in on top of it (epoch 0). */
export function scheduleScenario(sim: SimState, design: readonly FaultEvent[], extra: readonly FaultEvent[]): void {
  queueFaults(sim, design, sim.faults.scenarioEpoch);
  queueFaults(sim, extra, 0);
}

/** An EV_FAULT event: applies its fault unless a replacement of the scenario has made it stale. */
export function fireScheduled(sim: SimState, index: number, epoch: number): void {
  if (epoch !== 0 && epoch !== sim.faults.scenarioEpoch) return;
  sim.faults.fired[index] = true;
  applyFault(sim, sim.faults.scheduled[index]);
}

/**
 * Replaces the design's scenario from now on. A fault later than now lands at its time, as if the
 * scenario had held it from the start. A fault at or before now that already happened in this run
 * (the same fault, at the same time) is history and is left alone; one that did not happen (a mark
 * placed in the part already played, or one the page placed at "now" a moment late) lands at once.
 * History cannot be undone: a fault that happened and is missing from `faults` (removed, or moved
 * to later) stays applied. The count of those is returned, so the caller can rebuild the run from
 * t = 0 instead: only that shows the design as it now is.
 */
export function replaceScenario(sim: SimState, faults: readonly FaultEvent[]): number {
  const happened = new Map<string, number>();
  sim.faults.scheduled.forEach((f, i) => {
    if (!sim.faults.fired[i] || sim.faults.epochs[i] === 0) return;
    const key = keyOf(f);
    happened.set(key, (happened.get(key) ?? 0) + 1);
  });
  sim.faults.scenarioEpoch++;
  const toCome: FaultEvent[] = [];
  for (const f of faults) {
    const key = keyOf(f);
    const left = happened.get(key) ?? 0;
    if (f.tS * 1000 <= sim.nowMs && left > 0) happened.set(key, left - 1);
    else toCome.push(f);
  }
  queueFaults(sim, toCome, sim.faults.scenarioEpoch, sim.nowMs);
  let lost = 0;
  for (const left of happened.values()) lost += left;
  return lost;
}
