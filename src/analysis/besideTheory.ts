/**
 * The measurement of one node set beside its closed form, with a line saying why they differ when
 * they do (the inspector's "Theory" section). Pure: the page passes what it measured.
 */
import type { SeriesPoint } from '../engine/api';
import type { Design, DesignNode } from '../model';
import { cheHitRatio, mmc, type MmcPrediction } from './theory';

/** Kinds that serve through c workers and a FIFO queue (src/engine/station.ts). */
const STATION_KINDS = new Set(['web', 'database', 'sessionStore', 'nosql', 'objectStore', 'worker']);

export const isStation = (n: DesignNode): boolean => STATION_KINDS.has(n.kind);

/** Relative gap between the measured and predicted mean queue taken as agreement. */
const AGREE = 0.25;

export interface QueueMeasured { lambdaRps: number; utilization: number; queueMean: number }

export interface MeasuredWindow extends QueueMeasured {
  /** True when the window starts after the node was last down, not at the run's warm-up. */
  sinceRestore: boolean;
}

/**
 * One window for every measured figure of a node, so they describe the same traffic: the series
 * points since the node was last down (all of the run when it never was), the first tenth left
 * out as warm-up. Means are weighted by each point's span (a long run's older points are rolled
 * up into longer ones). Arrivals are the requests it served per second, which in a steady state is
 * its arrival rate. Null while the window holds no point yet.
 */
export function measurementWindow(points: readonly SeriesPoint[], nodeId: string): MeasuredWindow | null {
  let start = 0;
  // The point after the last down one was part down too (the node came back inside it): skip it.
  for (let i = points.length - 1; i >= 0; i--) if (points[i].nodes[nodeId]?.down) { start = Math.min(points.length, i + 2); break; }
  const from = start + Math.floor((points.length - start) / 10);
  let span = 0, rps = 0, util = 0, queue = 0;
  for (let i = from; i < points.length; i++) {
    const n = points[i].nodes[nodeId];
    if (n === undefined) continue;
    const w = i > 0 ? points[i].tS - points[i - 1].tS : points[i].tS;
    if (!(w > 0)) continue;
    span += w; rps += n.rps * w; util += n.utilization * w; queue += n.queueLength * w;
  }
  if (span === 0) return null;
  return { lambdaRps: rps / span, utilization: util / span, queueMean: queue / span, sinceRestore: start > 0 };
}

export interface QueueBeside {
  servers: number;
  serviceMs: number;
  predicted: MmcPrediction;
  /** Mean number in the node measured (queue + busy workers), and the time in node L/λ gives. */
  inSystemMean: number;
  littleTimeMs: number;
  note: string;
}

/** The users' share of writes among reads and writes (for a database's mean service time). */
function writeShare(design: Design): number {
  let reads = 0, writes = 0;
  for (const n of design.nodes) if (n.kind === 'client') {
    const m = n.params.mix;
    const total = m.static + m.read + m.write + m.job;
    if (total > 0) { reads += (n.params.rps * m.read) / total; writes += (n.params.rps * m.write) / total; }
  }
  return reads + writes > 0 ? writes / (reads + writes) : 0;
}

const fedByBalancer = (design: Design, id: string): boolean =>
  design.edges.some((e) => e.target === id && design.nodes.find((n) => n.id === e.source)?.kind === 'loadBalancer');

/** Servers and mean service time of a station node (null for other kinds). */
export function stationParams(design: Design, n: DesignNode): { servers: number; serviceMs: number; dist: string } | null {
  switch (n.kind) {
    case 'web': return { servers: n.params.workers, serviceMs: n.params.serviceMs, dist: n.params.serviceDist };
    case 'database': {
      const w = writeShare(design);
      return { servers: n.params.workers, serviceMs: (1 - w) * n.params.readMs + w * n.params.writeMs, dist: 'exponential' };
    }
    case 'sessionStore': case 'nosql': case 'objectStore': case 'worker':
      return { servers: n.params.workers, serviceMs: n.params.serviceMs, dist: 'exponential' };
    default: return null;
  }
}

/** Why the measured queue differs from M/M/c, or that they agree. */
function queueNote(design: Design, n: DesignNode, dist: string, m: QueueMeasured, p: MmcPrediction): string {
  if (!p.stable || m.utilization >= 0.97) return 'Overloaded: work arrives faster than it can be served, so there is no steady state; the queue grows until its limit or timeouts cut it, and theory predicts an endless queue.';
  const gap = Math.abs(m.queueMean - p.queueMean) / Math.max(p.queueMean, 0.05);
  if (gap <= AGREE) return 'Theory and measurement agree (mean queue within 25%).';
  const less = m.queueMean < p.queueMean;
  if (dist === 'constant' && less) return 'Service times are constant, not exponential: such a queue waits about half as long as M/M/c predicts.';
  if (dist === 'lognormal' && !less) return 'Service times have a long tail (lognormal): a few slow requests hold workers, so more waits than M/M/c predicts.';
  if (fedByBalancer(design, n.id) && less) return 'Arrivals come through a balancer that spreads them evenly, more regular than Poisson, so less queues than M/M/c predicts.';
  if (n.kind === 'database') return 'A database serves reads and writes of different lengths, and caches in front change their mix: the mean service time used here is the users’ mix, an approximation.';
  return 'Measured over a short window: bursts have not averaged out yet. Let the run go on.';
}

/** A station node's measurement beside M/M/c at its measured arrival rate. */
export function queueBeside(design: Design, n: DesignNode, m: QueueMeasured): QueueBeside | null {
  const sp = stationParams(design, n);
  if (!sp) return null;
  const predicted = mmc(m.lambdaRps, sp.servers, sp.serviceMs);
  const inSystemMean = m.queueMean + m.utilization * sp.servers;
  const littleTimeMs = m.lambdaRps > 0 ? (inSystemMean / m.lambdaRps) * 1000 : 0;
  return { servers: sp.servers, serviceMs: sp.serviceMs, predicted, inSystemMean, littleTimeMs, note: queueNote(design, n, sp.dist, m, predicted) };
}

export interface CacheBeside { predicted: number; note: string }

/** A cache's measured hit ratio beside Che's approximation for its capacity and the users' keys. */
export function cacheBeside(design: Design, n: DesignNode, measured: number, runSeconds: number): CacheBeside | null {
  if (n.kind !== 'cache') return null;
  const client = design.nodes.find((c) => c.kind === 'client');
  if (!client || client.kind !== 'client') return null;
  const { count, zipfAlpha, hotKeys } = client.params.keys;
  const predicted = cheHitRatio(n.params.capacityKeys, count, zipfAlpha, hotKeys / 100);
  const gap = measured - predicted;
  let note: string;
  if (Math.abs(gap) <= 0.03) note = 'Theory and measurement agree (within 3 points).';
  else if (n.params.eviction !== 'lru') note = `Che's approximation is for LRU; ${n.params.eviction === 'lfu' ? 'LFU keeps the popular keys longer, so it hits more' : 'FIFO evicts popular keys too, so it hits less'}.`;
  else if (gap < 0 && runSeconds < 120) note = 'The cache started empty (cold): until it has filled, it misses more than its steady state.';
  else if (gap < 0 && n.params.ttlS > 0) note = `Entries expire after ${n.params.ttlS} s: keys asked less often than that are reloaded, so fewer hits than Che's LRU predicts.`;
  else note = 'Other users with other keys share this cache, or writes invalidate entries: its traffic is not the one Zipf the formula assumes.';
  return { predicted, note };
}
