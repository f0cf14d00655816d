/** Small pure helpers that turn live numbers into what the canvas and the strip show. */
import type { NodeLive } from '../../engine/api';

/** How a node looks during a run: dead nodes grey, overloaded ones red. */
export type NodeHealth = 'down' | 'overloaded' | 'busy' | 'ok';

/** Utilisation from which requests start to queue noticeably, and from which a node is overloaded. */
const BUSY_UTILISATION = 0.7;
const OVERLOADED_UTILISATION = 0.95;
/** A queue this long means requests wait far longer than they are served, whatever the utilisation says. */
const OVERLOADED_QUEUE = 50;

export function nodeHealth(live: NodeLive | undefined, killed: boolean): NodeHealth | undefined {
  if (killed || live?.down) return 'down';
  if (!live) return undefined;
  if (live.utilization >= OVERLOADED_UTILISATION || live.queueLength >= OVERLOADED_QUEUE) return 'overloaded';
  if (live.utilization >= BUSY_UTILISATION) return 'busy';
  return 'ok';
}

/** 0.734 → "73%", 0.0004 → "0.04%": small error rates must not read as zero. */
export function formatPercent(ratio: number): string {
  const pct = ratio * 100;
  if (pct === 0) return '0%';
  if (pct < 0.1) return `${pct.toFixed(2)}%`;
  if (pct < 10) return `${pct.toFixed(1)}%`;
  return `${Math.round(pct)}%`;
}

/** 1234 → "1.2k", 12 → "12", 0.4 → "0.4". */
export function formatCount(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1_000_000) return `${(value / 1_000_000).toFixed(abs >= 10_000_000 ? 0 : 1)}M`;
  if (abs >= 1000) return `${(value / 1000).toFixed(abs >= 10_000 ? 0 : 1)}k`;
  if (abs >= 10 || value === 0) return String(Math.round(value));
  return value.toFixed(1);
}

/** Latency in ms, or seconds past 10 s, with three significant digits at most. */
export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  return `${Number(ms.toPrecision(2))} ms`;
}

/** Simulated seconds, as the run clock reads: "t = 12.4 s", "t = 3 min 05 s" past ten minutes. */
export function formatSimClock(tMs: number): string {
  return `t = ${formatSimTime(tMs)}`;
}

/** The simulated time alone ("12.3 s", "10 min 00 s"), for a clock that says "t =" only where there is room. */
export function formatSimTime(tMs: number): string {
  const s = tMs / 1000;
  if (s < 600) return `${s.toFixed(1)} s`;
  const minutes = Math.floor(s / 60);
  return `${minutes} min ${String(Math.floor(s % 60)).padStart(2, '0')} s`;
}

/** A run's pace (simulated seconds per wall second, worker/pace.ts): "24×", "3.5×", two figures at most. */
export const formatPace = (perS: number): string => `${perS >= 9.95 ? Math.round(perS) : perS.toFixed(1)}×`;

/**
 * How strongly an edge shows its traffic, 0 (none) to 5: a decade of requests per second per level,
 * so a 10 rps trickle and a 10k rps torrent both read. Levels, not raw numbers, go into the edge's
 * style, so its CSS animation is only restarted when traffic changes by an order of magnitude.
 */
export function trafficLevel(rps: number | undefined): 0 | 1 | 2 | 3 | 4 | 5 {
  if (!rps || rps < 0.5) return 0;
  if (rps < 10) return 1;
  if (rps < 100) return 2;
  if (rps < 1000) return 3;
  if (rps < 10_000) return 4;
  return 5;
}
