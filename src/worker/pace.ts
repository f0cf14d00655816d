/**
 * How fast a run goes against the wall clock, in simulated seconds per wall second: what "Max"
 * turns out to be for this design on this machine (the toolbar's clock shows it at Max). The
 * runner reads it off its frames' simulated times against the wall times it took them at,
 * smoothed (an average that forgets over half a second) so one late frame does not make the
 * figure jump, yet it settles within about a second of a change.
 */
export interface PaceClock {
  /** The frame the next one is measured from: when it was taken (ms, any monotonic clock) and its simulated time. */
  wallMs: number;
  simMs: number;
  /** Simulated seconds per wall second; null until two frames have come. */
  perS: number | null;
}

/** The average's memory: a frame's weight is its share of this much wall time. */
const WINDOW_MS = 500;
/** A gap this long between frames is a pause, a step or a hidden tab, not the run's pace: skipped. */
const GAP_MS = 1000;

/** The pace after a frame at simulated `simMs` arrived at `wallMs`; `prev` null starts afresh. */
export function paceAfter(prev: PaceClock | null, simMs: number, wallMs: number): PaceClock {
  // A first frame, or one from before the last (a restart): nothing to measure against yet.
  if (prev === null || simMs < prev.simMs) return { wallMs, simMs, perS: null };
  const dtMs = wallMs - prev.wallMs;
  // Two frames in one tick of the clock: the next frame is measured from the earlier one.
  if (dtMs <= 0) return prev;
  if (dtMs > GAP_MS) return { wallMs, simMs, perS: prev.perS };
  const now = (simMs - prev.simMs) / dtMs;
  const weight = Math.min(1, dtMs / WINDOW_MS);
  return { wallMs, simMs, perS: prev.perS === null ? now : prev.perS + weight * (now - prev.perS) };
}

/** After a pause: the next frame starts a new measure (the pause is not the run's pace), the figure so far stays. */
export const paceResumed = (prev: PaceClock | null): PaceClock | null =>
  prev === null ? null : { ...prev, wallMs: Number.NEGATIVE_INFINITY };
