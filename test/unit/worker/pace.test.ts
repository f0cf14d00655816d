import { describe, expect, it } from 'vitest';
import { paceAfter, paceResumed, type PaceClock } from '../../../src/worker/pace';
import { formatPace } from '../../../src/ui/run/liveFormat';

/** Plays frames `every` wall ms apart, each `simStep` simulated ms further on, from `clock`. */
function play(clock: PaceClock | null, frames: number, every: number, simStep: number, from = { wallMs: 0, simMs: 0 }): PaceClock {
  let c = clock;
  for (let i = 1; i <= frames; i++) c = paceAfter(c, from.simMs + i * simStep, from.wallMs + i * every);
  return c!;
}

describe('a run\'s pace: simulated seconds per wall second', () => {
  it('is unknown after one frame and exact after two at a steady pace', () => {
    const first = paceAfter(null, 0, 500);
    expect(first.perS).toBeNull();
    expect(paceAfter(first, 2_400, 600).perS).toBeCloseTo(24, 12);
    // Steady frames keep it exact, however many.
    expect(play(first, 50, 100, 2_400, { wallMs: 500, simMs: 0 }).perS).toBeCloseTo(24, 9);
  });

  it('follows a change of pace within about a second, without jumping on one late frame', () => {
    let c = play(null, 30, 100, 2_000); // 20×
    // One frame three times as late reads 6.7× on its own: the figure moves towards it, not to it.
    const late = paceAfter(c, c.simMs + 2_000, c.wallMs + 300);
    expect(late.perS!).toBeGreaterThan(10);
    expect(late.perS!).toBeLessThan(20);
    c = play(c, 10, 100, 500, { wallMs: c.wallMs, simMs: c.simMs }); // now 5×: a second of it
    expect(c.perS!).toBeGreaterThan(5);
    expect(c.perS!).toBeLessThan(7);
    c = play(c, 10, 100, 500, { wallMs: c.wallMs, simMs: c.simMs }); // and another
    expect(c.perS!).toBeLessThan(5.25);
  });

  it('skips a gap of more than a second (a pause, a hidden tab) and measures from the frame after it', () => {
    const c = play(null, 10, 100, 1_000); // 10×
    const afterGap = paceAfter(c, c.simMs + 1_000, c.wallMs + 5_000);
    expect(afterGap.perS).toBeCloseTo(10, 9);
    expect(paceAfter(afterGap, afterGap.simMs + 1_000, afterGap.wallMs + 100).perS).toBeCloseTo(10, 9);
  });

  it('after a resume the first frame starts a new measure however soon it comes', () => {
    const c = play(null, 10, 100, 1_000); // 10×
    // Paused for 400 ms, which alone would read as a slow frame: the resume drops that interval.
    const resumed = paceAfter(paceResumed(c), c.simMs + 1_000, c.wallMs + 500);
    expect(resumed.perS).toBeCloseTo(10, 9);
    expect(paceAfter(resumed, resumed.simMs + 1_000, resumed.wallMs + 100).perS).toBeCloseTo(10, 9);
    expect(paceResumed(null)).toBeNull();
  });

  it('starts afresh on a frame from before the last (a restart), and adds up two frames in one tick', () => {
    const c = play(null, 10, 100, 1_000);
    expect(paceAfter(c, 0, c.wallMs + 100).perS).toBeNull();
    const same = paceAfter(c, c.simMs + 1_000, c.wallMs);
    expect(same).toBe(c);
    expect(paceAfter(same, c.simMs + 2_000, c.wallMs + 200).perS).toBeCloseTo(10, 9);
  });

  it('reads as two figures at most', () => {
    expect([0.42, 3.46, 9.94, 9.96, 24.4, 137.6].map(formatPace)).toEqual(['0.4×', '3.5×', '9.9×', '10×', '24×', '138×']);
  });
});
