/**
 * Read-only views of a simulation: the summary, the full run report (docs/design-format.md) and the live
 * frame the worker streams. Nothing here changes the simulation except the frame cursors.
 */
import { idTable } from '../model';
import { findSpofs } from '../model/spof';
import { costSoFar } from './costReport';
import type { Frame, NodeLive, NodeReport, RunReport, ServiceReport, ShardReport, Summary } from './api';
import type { ServiceTally } from './services';
import { causeCounts, type SimState } from './state';
import { K, type NodeRt } from './nodeState';
import { round } from './metrics';
import { touch } from './station';
import { faultLabels } from './faults';
import { breakersNotClosed, breakerState } from './breaker';
import { deployReports } from './deploy';

/** The run summary so far. */
function summarize(sim: SimState): Summary {
  const t = sim.totals;
  const k = sim.sampleK;
  const durationS = Math.max(0, sim.nowMs - t.sinceMs) / 1000;
  const finished = t.completed + t.errors;
  const errorsByCause = causeCounts(t.causes, k);
  return {
    requests: t.requests * k,
    attempts: (t.requests + t.retries) * k,
    retries: t.retries * k,
    completed: t.completed * k,
    errors: t.errors * k,
    errorRate: finished > 0 ? round(t.errors / finished, 6) : 0,
    throughputRps: durationS > 0 ? round((t.completed * k) / durationS) : 0,
    latencyMs: {
      mean: round(t.latency.mean()),
      p50: round(t.latency.quantile(0.5)),
      p95: round(t.latency.quantile(0.95)),
      p99: round(t.latency.quantile(0.99)),
    },
    errorsByCause,
    staleReads: t.staleReads * k,
    readYourWritesViolations: t.rywViolations * k,
    lostWrites: t.lostWrites * k,
    sessionMisses: t.sessionMisses * k,
    durationS: round(durationS),
    cacheHitRatio: sim.hasCache ? (t.cacheLookups > 0 ? round(t.cacheHits / t.cacheLookups, 6) : 0) : null,
    cdnHitRatio: sim.hasCdn ? (t.cdnLookups > 0 ? round(t.cdnHits / t.cdnLookups, 6) : 0) : null,
    sampleK: k,
  };
}

/** Whether a node appears in reports and frames (users are the traffic, spares only once used). */
const reported = (n: NodeRt): boolean => n.code !== K.client && n.everActive;

function nodeReport(sim: SimState, n: NodeRt): NodeReport {
  touch(sim, n);
  const spanMs = Math.max(1e-9, sim.nowMs - sim.totals.sinceMs);
  const queueLengthMean = n.queueArea / spanMs;
  const r: NodeReport = {
    kind: n.kind,
    utilization: round(n.code === K.queue ? (n.capacity > 0 ? queueLengthMean / n.capacity : 0) : n.capArea > 0 ? n.busyArea / n.capArea : 0, 6),
    queueLengthMean: round(queueLengthMean * sim.sampleK, 6),
    served: n.served * sim.sampleK,
    errors: n.errors * sim.sampleK,
  };
  if (n.code === K.cache || n.code === K.cdn) r.hitRatio = n.lookups > 0 ? round(n.hits / n.lookups, 6) : 0;
  if (n.repl && n.cluster && n.cluster.current !== n.idx && n.cluster.replicas.includes(n.idx)) {
    const h = n.repl.lagHist!;
    r.replicationLagMs = { mean: round(h.mean()), p99: round(h.quantile(0.99)) };
  }
  if (!n.alive || !n.active) r.down = true;
  const faults = faultLabels(sim, n);
  if (faults.length > 0) r.faults = faults;
  return r;
}

function shardReports(sim: SimState): Record<string, ShardReport> {
  const out = idTable<ShardReport>();
  for (const n of sim.nodes) {
    const s = n.shard;
    if (!s) continue;
    let total = 0;
    let max = 0;
    for (let i = 0; i < s.load.length; i++) { total += s.load[i]; max = Math.max(max, s.load[i]); }
    const loadShare = idTable<number>();
    s.shards.forEach((idx, i) => { loadShare[sim.nodes[idx].id] = total > 0 ? round(s.load[i] / total, 6) : 0; });
    const mean = s.load.length > 0 ? total / s.load.length : 0;
    out[n.id] = { loadShare, skew: mean > 0 ? round(max / mean, 6) : 0, keysMovedOnAdd: round(s.keysMovedOnAdd, 6) };
  }
  return out;
}

/** The full report: the CLI's JSON (docs/design-format.md). */
export function buildReport(sim: SimState): RunReport {
  const nodes = idTable<NodeReport>();
  for (const n of sim.nodes) if (reported(n)) nodes[n.id] = nodeReport(sim, n);
  return {
    summary: summarize(sim),
    nodes,
    shards: shardReports(sim),
    spof: findSpofs(sim.design).map((f) => ({ id: f.id, reason: f.reason })),
    events: sim.eventLog.all(),
    series: sim.history.points.slice(),
    cost: costSoFar(sim),
    ...(sim.services !== null ? { services: serviceReports(sim, sim.services) } : {}),
    ...(sim.deploys.length > 0 ? { deploys: deployReports(sim) } : {}),
    ...(sim.tracer !== null ? { traces: sim.tracer.done.slice() } : {}),
  };
}

/** The run's figures per service; every request the summary counts is in exactly one of them. */
function serviceReports(sim: SimState, t: ServiceTally): Record<string, ServiceReport> {
  const out = idTable<ServiceReport>();
  const k = sim.sampleK;
  const durationS = Math.max(0, sim.nowMs - sim.totals.sinceMs) / 1000;
  t.names.forEach((name, s) => {
    const done = t.completed[s];
    const failed = t.errors[s];
    if (done + failed === 0 && s === t.names.length - 1) return;
    const h = t.latency[s];
    out[name] = {
      completed: done * k, errors: failed * k,
      errorRate: done + failed > 0 ? round(failed / (done + failed), 6) : 0,
      throughputRps: durationS > 0 ? round((done * k) / durationS) : 0,
      latencyMs: { mean: round(h.mean()), p50: round(h.quantile(0.5)), p95: round(h.quantile(0.95)), p99: round(h.quantile(0.99)) },
    };
  });
  return out;
}

/** New series points and events since the last frame, plus live node states. */
export function buildFrame(sim: SimState): Frame {
  const points = sim.history.take();
  const events = sim.eventLog.take();
  const nodes = idTable<NodeLive>();
  for (const n of sim.nodes) {
    if (!reported(n)) continue;
    const live: NodeLive = { down: !n.alive || !n.active, utilization: round(n.lastUtil, 4), queueLength: n.queue.length * sim.sampleK, rps: round(n.lastRps * sim.sampleK) };
    if (n.lastWaitMs >= 0) live.waitMs = round(n.lastWaitMs);
    if (n.keyCache) live.hitRatio = n.lookups > 0 ? round(n.hits / n.lookups, 4) : 0;
    if (n.repl && n.cluster && n.cluster.current !== n.idx) live.replicationLagMs = round(n.repl.lastLagMs);
    const faults = faultLabels(sim, n);
    if (faults.length > 0) live.faults = faults;
    const breaker = breakerState(n);
    if (breaker) live.breaker = breaker;
    const breakers = breakersNotClosed(n);
    if (breakers) live.breakers = breakers;
    nodes[n.id] = live;
  }
  for (const n of sim.nodes) {
    const s = n.shard;
    if (!s) continue;
    s.shards.forEach((idx, i) => { const live = nodes[sim.nodes[idx].id]; if (live) live.loadShare = round(s.lastShare[i], 4); });
  }
  const edgeRps = idTable<number>();
  sim.edgeIds.forEach((id, i) => { edgeRps[id] = round(sim.edgeLastRps[i] * sim.sampleK); });
  const frame: Frame = { tMs: sim.nowMs, points, events, nodes, edgeRps, summary: summarize(sim), cost: costSoFar(sim), done: sim.done };
  if (sim.tracer !== null) frame.traces = sim.tracer.take();
  return frame;
}
