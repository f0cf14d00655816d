/**
 * Choosing a recording's frames from the run tape (runTape.ts): how many of the last seconds it
 * holds, and the last N seconds as exactly N × fps frames. Pure; loaded with the Record dialog,
 * not with the page.
 */
import type { TapeFrame } from './runTape';

/** Why the tape cannot give a recording, in words for the dialog. */
export type TapeShortfall = { reason: string };

/** Simulated seconds the frames cover (0 with fewer than two). */
export const spanSeconds = (frames: readonly TapeFrame[]): number =>
  (frames.length < 2 ? 0 : (frames[frames.length - 1].tMs - frames[0].tMs) / 1000);

/**
 * The longest "last N seconds" at `fps` the frames can give: their span plus the newest frame's
 * own 1/fps, but never more than the run's clock (a run starts at 0).
 */
export function availableSeconds(frames: readonly TapeFrame[], fps: number): number {
  return frames.length === 0 ? 0 : Math.min(spanSeconds(frames) + 1 / fps, frames[frames.length - 1].tMs / 1000);
}

/** Whether the frames cover the last `seconds` at `fps` (a first frame within half a step of its time is on time). */
export const covers = (frames: readonly TapeFrame[], seconds: number, fps: number): boolean =>
  frames.length > 0 && availableSeconds(frames, fps) + 0.5 / fps >= seconds;

/**
 * The last `seconds` at `fps`: exactly seconds × fps frames, 1/fps of simulated time apart, the
 * last one the newest kept. Each is the kept frame nearest its time (earlier on a tie).
 */
export function lastSeconds(frames: readonly TapeFrame[], seconds: number, fps: number): TapeFrame[] | TapeShortfall {
  const total = Math.max(1, Math.round(seconds * fps));
  const stepMs = 1000 / fps;
  if (frames.length === 0) return { reason: 'Nothing of this run has been kept yet: run the design first.' };
  const endMs = frames[frames.length - 1].tMs;
  const firstMs = endMs - (total - 1) * stepMs;
  if (frames[0].tMs > firstMs + stepMs / 2) {
    const kept = Math.floor(availableSeconds(frames, fps) * 10) / 10;
    return { reason: `Only the last ${kept} s of this run are kept so far: let it run longer, or record the next ${seconds} s instead.` };
  }
  const out: TapeFrame[] = [];
  let j = 0;
  for (let k = 0; k < total; k++) {
    const target = firstMs + k * stepMs;
    while (j + 1 < frames.length && Math.abs(frames[j + 1].tMs - target) < Math.abs(frames[j].tMs - target)) j++;
    out.push(frames[j]);
  }
  return out;
}
