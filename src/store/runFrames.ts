/**
 * Folding the worker's frames into the store, as pure functions. Each keeps the identity of what
 * did not change (a node whose live numbers are the same, an edge whose rate is the same), so the
 * canvas's memoised badges and edges skip their render (docs/performance.md).
 */
import { idTable, ownEntry } from '../model';
import type { CostReport, EngineEvent, Frame, NodeLive, RequestTrace, SeriesPoint, Summary } from '../engine/api';

/** Series points kept: a few hundred draw in a millisecond or two (docs/theory.md, "Practical limits"). */
export const MAX_SERIES_POINTS = 600;
/** Events kept; the log shows the newest 200, the rest is scroll-back. */
export const MAX_EVENTS = 500;
/** Request traces kept for the Traces panel (the newest; about 20 a simulated second arrive). */
export const MAX_TRACES = 2000;

/** What a run shows right now: clock, per-node and per-edge state, totals. Replaced on every frame. */
export interface RunLive {
  tMs: number;
  done: boolean;
  nodes: Readonly<Record<string, NodeLive>>;
  edgeRps: Readonly<Record<string, number>>;
  summary: Summary | null;
  /** The newest series point (the "now" figures of the summary strip). */
  latest: SeriesPoint | null;
  /** What the design costs at the load so far (null before the first frame). */
  cost: CostReport | null;
}

/** The run's history for charts and the log, capped. */
export interface RunSeries {
  points: readonly SeriesPoint[];
  events: readonly EngineEvent[];
  /** Sampled request traces, oldest first (docs/explain.md). */
  traces: readonly RequestTrace[];
}

// Tables keyed by id have no prototype, so a node called "constructor" reads as absent until it reports.
export const EMPTY_LIVE: RunLive = { tMs: 0, done: false, nodes: idTable(), edgeRps: idTable(), summary: null, latest: null, cost: null };
export const EMPTY_SERIES: RunSeries = { points: [], events: [], traces: [] };

/** `list` + `added`, keeping only the newest `cap`; the same array when nothing was added. */
function appendCapped<T>(list: readonly T[], added: readonly T[], cap: number): readonly T[] {
  if (added.length === 0) return list;
  const joined = list.length === 0 ? added.slice() : list.concat(added);
  return joined.length > cap ? joined.slice(joined.length - cap) : joined;
}

const sameLive = (a: NodeLive, b: NodeLive): boolean =>
  a.down === b.down && a.utilization === b.utilization && a.queueLength === b.queueLength && a.rps === b.rps
  && a.hitRatio === b.hitRatio && a.replicationLagMs === b.replicationLagMs && a.loadShare === b.loadShare
  && faultsText(a) === faultsText(b) && a.breaker === b.breaker && breakersText(a) === breakersText(b) && a.waitMs === b.waitMs;

/** A server's breakers that are not closed as one comparable string ('' when none). */
const breakersText = (live: NodeLive): string => (live.breakers ? Object.entries(live.breakers).map(([dep, state]) => `${dep}:${state}`).join(' ') : '');

/** A node's faults as one comparable string ('' when none). */
export const faultsText = (live: NodeLive): string => live.faults?.join(' · ') ?? '';

/** The new node states, reusing each previous object that is equal (and the whole record when all are). */
function mergeNodes(prev: Readonly<Record<string, NodeLive>>, next: Readonly<Record<string, NodeLive>>): Readonly<Record<string, NodeLive>> {
  let changed = Object.keys(prev).length !== Object.keys(next).length;
  const out = idTable<NodeLive>();
  for (const [id, live] of Object.entries(next)) {
    const old = ownEntry(prev, id);
    if (old && sameLive(old, live)) out[id] = old;
    else { out[id] = live; changed = true; }
  }
  return changed ? out : prev;
}

/** The new edge rates, or the previous record when every rate is the same. */
function mergeEdgeRps(prev: Readonly<Record<string, number>>, next: Readonly<Record<string, number>>): Readonly<Record<string, number>> {
  const keys = Object.keys(next);
  const same = keys.length === Object.keys(prev).length && keys.every((id) => ownEntry(prev, id) === next[id]);
  // A frame arrives as an ordinary object (postMessage clones it): copied into a table without a prototype.
  return same ? prev : Object.assign(idTable<number>(), next);
}

/** The live view after `frame`. */
export function liveAfter(prev: RunLive, frame: Frame): RunLive {
  return {
    tMs: frame.tMs,
    done: frame.done,
    nodes: mergeNodes(prev.nodes, frame.nodes),
    edgeRps: mergeEdgeRps(prev.edgeRps, frame.edgeRps),
    summary: frame.summary,
    latest: frame.points.length > 0 ? frame.points[frame.points.length - 1] : prev.latest,
    cost: frame.cost,
  };
}

/** The series after `frame`: points and events appended, oldest dropped past the caps. */
export function seriesAfter(prev: RunSeries, frame: Frame): RunSeries {
  const points = appendCapped(prev.points, frame.points, MAX_SERIES_POINTS);
  const events = appendCapped(prev.events, frame.events, MAX_EVENTS);
  const traces = appendCapped(prev.traces, frame.traces ?? [], MAX_TRACES);
  return points === prev.points && events === prev.events && traces === prev.traces ? prev : { points, events, traces };
}
