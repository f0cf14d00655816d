/**
 * Metrics: counters updated on the hot path (one increment, one histogram record), and the bucket
 * flush that turns them into a SeriesPoint every bucketMs of simulated time.
 */
import { idTable } from '../model';
import type { SeriesNode, SeriesPoint } from './api';
import { BucketCounters, causeCounts, Totals, type SimState } from './state';
import { K } from './nodeState';
import { F_TRACED } from './requests';
import { touch } from './nodeTime';
import { monitorBucket } from './components/monitoring';
import { sampleHeldLag } from './components/replication';
import type { ServiceTally } from './services';
import { deploySeries } from './deploy';
import { breakersNotClosed } from './breaker';

/** A client request (`req`) got its answer after `latencyMs`. */
export function recordCompletion(sim: SimState, latencyMs: number, req: number): void {
  if (sim.services !== null) sim.services.complete(sim.req.service[req], latencyMs);
  sim.totals.completed++;
  sim.totals.latency.record(latencyMs);
  sim.bucket.completed++;
  sim.bucket.latency.record(latencyMs);
  if ((sim.req.flags[req] & F_TRACED) !== 0) sim.tracer!.end(sim, req, -1, -1);
}

/** A client request (`req`) failed with `cause` (index into CAUSES). */
export function recordError(sim: SimState, cause: number, req: number): void {
  if (sim.services !== null) sim.services.fail(sim.req.service[req]);
  sim.totals.errors++;
  sim.totals.causes[cause]++;
  sim.bucket.errors++;
  sim.bucket.causes[cause]++;
}

const round = (x: number, digits = 3): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
export { round };

/** Closes the bucket ending at sim.nowMs: per-node utilisation, rates, the series point, alerts. */
export function flushBucket(sim: SimState): void {
  const widthMs = sim.nowMs - sim.bucketStartMs;
  if (widthMs <= 0) return;
  const b = sim.bucket;
  const widthS = widthMs / 1000;
  const k = sim.sampleK;
  const nodeStats: SeriesPoint['nodes'] = idTable();
  let queueDepth = 0;
  for (const n of sim.nodes) {
    if (n.code === K.client) continue;
    touch(sim, n);
    const cap = n.capArea - n.bucketCap0;
    const busy = n.busyArea - n.bucketBusy0;
    const queueMean = (n.queueArea - n.bucketQueue0) / widthMs;
    n.lastUtil = n.code === K.queue ? (n.capacity > 0 ? queueMean / n.capacity : 0) : cap > 0 ? busy / cap : 0;
    n.bucketCap0 = n.capArea; n.bucketBusy0 = n.busyArea; n.bucketQueue0 = n.queueArea;
    n.lastRps = n.bucketServed / widthS;
    if (n.waitCount > 0) n.lastWaitMs = n.waitSumMs / n.waitCount;
    n.bucketServed = 0;
    if (n.code === K.queue) queueDepth += n.queue.length;
    if (sim.recordSeries && n.everActive) {
      const stat: SeriesNode = { utilization: round(n.lastUtil, 4), queueLength: n.queue.length * k, rps: round(n.lastRps * k) };
      if (!n.alive || !n.active) stat.down = true;
      nodeStats[n.id] = stat;
    }
  }
  for (let e = 0; e < sim.edgeCount.length; e++) { sim.edgeLastRps[e] = sim.edgeCount[e] / widthS; sim.edgeCount[e] = 0; }
  const shardLoad: SeriesPoint['shardLoad'] = idTable();
  for (const n of sim.nodes) {
    const s = n.shard;
    if (!s) continue;
    let total = 0;
    for (let i = 0; i < s.bucketLoad.length; i++) total += s.bucketLoad[i];
    const shares = idTable<number>();
    for (let i = 0; i < s.bucketLoad.length; i++) {
      s.lastShare[i] = total > 0 ? s.bucketLoad[i] / total : 0;
      shares[sim.nodes[s.shards[i]].id] = round(s.lastShare[i], 4);
      s.bucketLoad[i] = 0;
    }
    shardLoad[n.id] = shares;
  }
  if (sim.faults.partitions.size > 0) sampleHeldLag(sim);
  const finished = b.completed + b.errors;
  const point: SeriesPoint = {
    tS: round(sim.nowMs / 1000),
    throughputRps: round((b.completed * k) / widthS),
    errorRate: finished > 0 ? round(b.errors / finished, 4) : 0,
    errors: b.errors * k,
    p50Ms: round(b.latency.quantile(0.5)),
    p95Ms: round(b.latency.quantile(0.95)),
    p99Ms: round(b.latency.quantile(0.99)),
    cacheHitRatio: sim.hasCache ? (b.cacheLookups > 0 ? round(b.cacheHits / b.cacheLookups, 4) : 0) : null,
    cdnHitRatio: sim.hasCdn ? (b.cdnLookups > 0 ? round(b.cdnHits / b.cdnLookups, 4) : 0) : null,
    replicaLagMs: b.lagCount > 0 ? round(b.lagSum / b.lagCount) : sim.hasReplicas ? 0 : null,
    staleReads: b.staleReads * k,
    retriesRps: round((b.retries * k) / widthS),
    rateLimitedRps: round((b.rateLimited * k) / widthS),
    breakersOpen: 0,
    queueDepth: queueDepth * k,
    nodes: nodeStats,
    shardLoad,
  };
  if (b.errors > 0) point.errorsByCause = causeCounts(b.causes, k);
  if (sim.breakers.length > 0) breakerPoint(sim, point);
  if (sim.services !== null) point.services = servicePoints(sim.services, widthS, k);
  if (sim.deploys.length > 0) { const deploys = deploySeries(sim); if (deploys) point.deploys = deploys; }
  monitorBucket(sim, point);
  if (sim.recordSeries) sim.history.push(point, widthS);
  b.latency.clear();
  sim.services?.clearBucket();
  sim.bucket = resetBucket(b);
  sim.bucketStartMs = sim.nowMs;
}

/** The breakers not closed at the bucket's end: their count, and each by server and dependency. */
function breakerPoint(sim: SimState, point: SeriesPoint): void {
  for (const n of sim.nodes) {
    const states = breakersNotClosed(n);
    if (states === undefined) continue;
    point.breakersOpen! += Object.keys(states).length;
    (point.breakers ??= idTable())[n.id] = states;
  }
}

function resetBucket(b: BucketCounters): BucketCounters {
  b.completed = 0; b.errors = 0; b.retries = 0; b.rateLimited = 0;
  b.cacheHits = 0; b.cacheLookups = 0; b.cdnHits = 0; b.cdnLookups = 0;
  b.lagSum = 0; b.lagCount = 0; b.staleReads = 0; b.causes.fill(0);
  return b;
}

/** End of the warm-up: the summary and per-node figures start over from now. */
export function resetStats(sim: SimState): void {
  sim.totals = new Totals();
  sim.totals.sinceMs = sim.nowMs;
  sim.services?.clearTotals();
  for (const n of sim.nodes) {
    touch(sim, n);
    n.busyArea = 0; n.capArea = 0; n.queueArea = 0;
    n.bucketBusy0 = 0; n.bucketCap0 = 0; n.bucketQueue0 = 0;
    n.served = 0; n.errors = 0; n.hits = 0; n.lookups = 0; n.waitSumMs = 0; n.waitCount = 0;
    n.instanceUsd = 0; n.usage.fill(0);
    n.repl?.lagHist?.clear();
    if (n.shard) n.shard.load.fill(0);
  }
}

/** One bucket's figures per service (the series' `services`); a service with no requests in it is left out. */
function servicePoints(t: ServiceTally, widthS: number, k: number): NonNullable<SeriesPoint['services']> {
  const out: NonNullable<SeriesPoint['services']> = idTable();
  t.names.forEach((name, s) => {
    const done = t.bucketCompleted[s];
    const failed = t.bucketErrors[s];
    if (done + failed === 0) return;
    const h = t.bucketLatency[s];
    out[name] = {
      throughputRps: round((done * k) / widthS), errorRate: round(failed / (done + failed), 4), errors: failed * k,
      p50Ms: round(h.quantile(0.5)), p95Ms: round(h.quantile(0.95)), p99Ms: round(h.quantile(0.99)),
    };
  });
  return out;
}
