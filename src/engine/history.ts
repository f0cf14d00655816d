/**
 * Bounded memory over long runs: the run's metric history and event log stop growing past a fixed
 * size. The series is rolled up: once it holds MAX_SERIES_POINTS, neighbouring points merge two by
 * two, so older stretches get coarser (2 s, 4 s, …) while the newest stays at full resolution.
 * Points waiting for the next frame and the event log are capped too, oldest dropped first.
 */
import { idTable, ownEntry } from '../model';
import type { EngineEvent, SeriesNode, SeriesPoint } from './api';

/** Points the run's history keeps (a 10-minute run at 1 s buckets fits without a roll-up). */
export const MAX_SERIES_POINTS = 720;
/** Points held for a frame nobody has taken yet (a CLI run takes none). */
export const MAX_PENDING_POINTS = 600;
/** Events the log keeps; past it the oldest go and the report says how many. */
export const MAX_EVENTS = 5000;

/** A run's series, each point with the seconds it covers. */
export class SeriesHistory {
  readonly points: SeriesPoint[] = [];
  private readonly widthS: number[] = [];
  /** Points produced since the last frame. */
  pending: SeriesPoint[] = [];

  push(point: SeriesPoint, widthS: number): void {
    this.points.push(point);
    this.widthS.push(widthS);
    this.pending.push(point);
    if (this.pending.length > MAX_PENDING_POINTS) this.pending.splice(0, this.pending.length - MAX_PENDING_POINTS);
    if (this.points.length > MAX_SERIES_POINTS) this.rollUp();
  }

  /** The points since the previous call. */
  take(): SeriesPoint[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  /** Merges neighbours two by two, oldest first; an odd last point stays as it is. */
  private rollUp(): void {
    const n = this.points.length;
    let out = 0;
    for (let i = 0; i < n; i += 2, out++) {
      if (i + 1 < n) {
        this.points[out] = mergePoints(this.points[i], this.widthS[i], this.points[i + 1], this.widthS[i + 1]);
        this.widthS[out] = this.widthS[i] + this.widthS[i + 1];
      } else {
        this.points[out] = this.points[i];
        this.widthS[out] = this.widthS[i];
      }
    }
    this.points.length = out;
    this.widthS.length = out;
  }
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const r4 = (x: number): number => Math.round(x * 10000) / 10000;

/** Weighted mean of two values that may be null (null only when both are). */
function mean(a: number | null, wa: number, b: number | null, wb: number, round: (x: number) => number): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return wa + wb > 0 ? round((a * wa + b * wb) / (wa + wb)) : a;
}

/**
 * One point covering both spans. Rates, ratios and utilisations are averaged over time (or over
 * completed requests), counts add up, end-of-bucket readings (queue lengths) come from the later
 * point, and p95/p99 take the larger of the two, so a rolled-up history never hides a spike.
 */
export function mergePoints(a: SeriesPoint, wa: number, b: SeriesPoint, wb: number): SeriesPoint {
  const doneA = a.throughputRps * wa;
  const doneB = b.throughputRps * wb;
  const finished = doneA + doneB + a.errors + b.errors;
  const nodes: SeriesPoint['nodes'] = idTable();
  for (const id of new Set([...Object.keys(a.nodes), ...Object.keys(b.nodes)])) {
    const x = ownEntry(a.nodes, id);
    const y = ownEntry(b.nodes, id);
    const last = (y ?? x)!;
    const merged: SeriesNode = { utilization: mean(x?.utilization ?? null, wa, y?.utilization ?? null, wb, r4)!, queueLength: last.queueLength, rps: mean(x?.rps ?? null, wa, y?.rps ?? null, wb, r3)! };
    if (last.down) merged.down = true;
    nodes[id] = merged;
  }
  const shardLoad: SeriesPoint['shardLoad'] = idTable();
  for (const router of new Set([...Object.keys(a.shardLoad), ...Object.keys(b.shardLoad)])) {
    const x = ownEntry(a.shardLoad, router) ?? idTable<number>();
    const y = ownEntry(b.shardLoad, router) ?? idTable<number>();
    shardLoad[router] = idTable();
    for (const shard of new Set([...Object.keys(x), ...Object.keys(y)])) shardLoad[router][shard] = mean(ownEntry(x, shard) ?? null, wa, ownEntry(y, shard) ?? null, wb, r4)!;
  }
  // The breakers of whichever point had more of them open, like the count (the later on a tie).
  const breakers = (a.breakersOpen ?? 0) > (b.breakersOpen ?? 0) ? a.breakers : b.breakers;
  const errorsByCause = addCounts(a.errorsByCause, b.errorsByCause);
  return {
    tS: b.tS,
    throughputRps: r3((doneA + doneB) / (wa + wb)),
    errorRate: finished > 0 ? r4((a.errors + b.errors) / finished) : 0,
    errors: a.errors + b.errors,
    p50Ms: mean(a.p50Ms, doneA, b.p50Ms, doneB, r3) ?? 0,
    p95Ms: Math.max(a.p95Ms, b.p95Ms),
    p99Ms: Math.max(a.p99Ms, b.p99Ms),
    cacheHitRatio: mean(a.cacheHitRatio, wa, b.cacheHitRatio, wb, r4),
    cdnHitRatio: mean(a.cdnHitRatio, wa, b.cdnHitRatio, wb, r4),
    replicaLagMs: mean(a.replicaLagMs, wa, b.replicaLagMs, wb, r3),
    staleReads: a.staleReads + b.staleReads,
    retriesRps: mean(a.retriesRps ?? 0, wa, b.retriesRps ?? 0, wb, r3) ?? 0,
    breakersOpen: Math.max(a.breakersOpen ?? 0, b.breakersOpen ?? 0),
    ...(breakers !== undefined ? { breakers } : {}),
    ...(errorsByCause !== undefined ? { errorsByCause } : {}),
    rateLimitedRps: mean(a.rateLimitedRps ?? 0, wa, b.rateLimitedRps ?? 0, wb, r3) ?? 0,
    queueDepth: b.queueDepth,
    nodes,
    shardLoad,
  };
}

/** Two points' failures by cause, added up (undefined when neither had any). */
function addCounts<T extends string>(a?: Partial<Record<T, number>>, b?: Partial<Record<T, number>>): Partial<Record<T, number>> | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  const out: Partial<Record<T, number>> = { ...a };
  for (const [cause, n] of Object.entries(b) as [T, number | undefined][]) out[cause] = (out[cause] ?? 0) + (n ?? 0);
  return out;
}

/** The run's event log with the oldest dropped past MAX_EVENTS, and the events since the last frame. */
export class EventLog {
  readonly events: EngineEvent[] = [];
  dropped = 0;
  private cursor = 0;

  push(event: EngineEvent): void {
    this.events.push(event);
    if (this.events.length > MAX_EVENTS) {
      const cut = Math.floor(MAX_EVENTS / 5);
      this.events.splice(0, cut);
      this.dropped += cut;
      this.cursor = Math.max(0, this.cursor - cut);
    }
  }

  /** Events since the previous call. */
  take(): EngineEvent[] {
    const out = this.events.slice(this.cursor);
    this.cursor = this.events.length;
    return out;
  }

  /** The whole log, led by a line saying how many early events were dropped (if any). */
  all(): EngineEvent[] {
    if (this.dropped === 0) return this.events.slice();
    return [{ tMs: this.events[0]?.tMs ?? 0, text: `${this.dropped.toLocaleString('en-US')} earlier events not kept (the log keeps the last ${MAX_EVENTS.toLocaleString('en-US')})`, level: 'info' }, ...this.events];
  }
}
