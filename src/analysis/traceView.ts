/**
 * What the Traces panel shows, as pure functions: which sampled requests belong to a second of the
 * latency chart, slowest first, and one trace as waterfall rows (each hop's start, then its
 * network, queue and service time), so the chart only draws.
 */
import type { RequestTrace } from '../engine/api';
import { causeWords } from './causeWords';

/** Traces a list shows at most. */
export const MAX_LISTED = 50;

/** When the trace got its answer (or failed), in simulated seconds. */
export const endS = (t: RequestTrace): number => (t.startMs + t.totalMs) / 1000;

export interface TracePick {
  traces: RequestTrace[];
  /** Whether none finished in that second, so these are the nearest ones instead. */
  nearest: boolean;
}

/**
 * The traces a list shows, slowest first: those that finished in the second ending at `second`
 * (a series point at tS counts the requests answered in (tS − 1, tS]), or all of them when
 * `second` is null. When that second holds none, the ones that finished nearest to it.
 */
export function pickTraces(all: readonly RequestTrace[], second: number | null): TracePick {
  const slowestFirst = (xs: RequestTrace[]) => xs.sort((a, b) => b.totalMs - a.totalMs || a.id - b.id).slice(0, MAX_LISTED);
  if (second === null) return { traces: slowestFirst(all.slice()), nearest: false };
  const inSecond = all.filter((t) => endS(t) > second - 1 && endS(t) <= second);
  if (inSecond.length > 0 || all.length === 0) return { traces: slowestFirst(inSecond), nearest: false };
  const byDistance = all.slice().sort((a, b) => Math.abs(endS(a) - second) - Math.abs(endS(b) - second) || a.id - b.id);
  return { traces: slowestFirst(byDistance.slice(0, 10)), nearest: true };
}

export interface WaterfallRow {
  /** "1. web-1": hops are numbered, since a request may visit a node twice. */
  label: string;
  node: string;
  offsetMs: number;
  networkMs: number;
  queueMs: number;
  serviceMs: number;
  error?: string;
}

/** One row per hop; each starts where the previous one ended, so the bars form a waterfall. */
export function waterfallRows(t: RequestTrace, nameOf: (id: string) => string = (id) => id): WaterfallRow[] {
  let at = 0;
  return t.spans.map((s, i) => {
    const row: WaterfallRow = { label: `${i + 1}. ${nameOf(s.node)}`, node: s.node, offsetMs: at, networkMs: s.networkMs, queueMs: s.queueMs, serviceMs: s.serviceMs };
    if (s.error) row.error = s.error;
    at += s.networkMs + s.queueMs + s.serviceMs;
    return row;
  });
}

/** "Failed at db: the node was down", or "Answered in 41.2 ms". */
export function outcomeText(t: RequestTrace, nameOf: (id: string) => string = (id) => id): string {
  const retries = t.attempts && t.attempts > 1 ? ` after ${t.attempts} attempts` : '';
  if (t.outcome === 'ok') return `Answered in ${t.totalMs.toFixed(1)} ms${retries}`;
  return `Failed at ${nameOf(t.failedAt ?? '?')}${retries} after ${t.totalMs.toFixed(1)} ms: ${causeWords(t.outcome).reason}`;
}
