import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMPTY_LIVE } from '../../../src/store/runFrames';
import { RunTape, TAPE_GAP_MS, TAPE_SECONDS, type TapeFrame } from '../../../src/store/runTape';
import { availableSeconds, covers, lastSeconds, spanSeconds } from '../../../src/store/tapeClip';

const at = (tMs: number, killedIds: readonly string[] = []): TapeFrame => ({ tMs, live: { ...EMPTY_LIVE, tMs }, killedIds });
const times = (tape: RunTape) => tape.frames().map((f) => f.tMs);

/** Frames every `everyMs` of simulated time from `fromMs` up to `toMs`. */
function fill(tape: RunTape, everyMs: number, toMs: number, fromMs = everyMs): void {
  for (let t = fromMs; t <= toMs + 1e-9; t += everyMs) tape.push(at(Math.round(t)));
}

describe('the run tape (the last minute of a run, kept as data)', () => {
  it('keeps frames oldest first, at least gapMs apart, the newest always the latest', () => {
    const tape = new RunTape();
    fill(tape, 50, 1000);
    const kept = times(tape);
    expect(kept).toEqual([50, 150, 250, 350, 450, 550, 650, 750, 850, 950, 1000]);
    for (let i = 1; i < kept.length - 1; i++) expect(kept[i] - kept[i - 1]).toBeGreaterThanOrEqual(TAPE_GAP_MS);
  });

  it('is bounded: a long run keeps only its last minute, in a ring of fixed size', () => {
    const tape = new RunTape();
    fill(tape, 100, 600_000);
    expect(tape.capacity).toBe(Math.ceil((TAPE_SECONDS * 1000) / TAPE_GAP_MS) + 2);
    expect(tape.length).toBe(tape.capacity);
    const kept = times(tape);
    expect(kept[kept.length - 1]).toBe(600_000);
    expect(kept[0]).toBe(600_000 - (tape.capacity - 1) * 100);
    expect(spanSeconds(tape.frames())).toBeGreaterThanOrEqual(TAPE_SECONDS);
    expect([...kept].sort((a, b) => a - b)).toEqual(kept);
  });

  it('holds its bounds and order for any frame times', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 2_000 }), { maxLength: 3_000 }), (steps) => {
      const tape = new RunTape(5, 100);
      let t = 0;
      for (const step of steps) { t += step; tape.push(at(t)); }
      const kept = times(tape);
      expect(kept.length).toBeLessThanOrEqual(tape.capacity);
      for (let i = 1; i < kept.length; i++) expect(kept[i]).toBeGreaterThan(kept[i - 1]);
      for (let i = 1; i < kept.length - 1; i++) expect(kept[i] - kept[i - 1]).toBeGreaterThanOrEqual(100);
      if (steps.length > 0) expect(kept[kept.length - 1]).toBe(t);
    }));
  });

  it('starts again when the clock goes back (the run restarted) and on clear', () => {
    const tape = new RunTape();
    fill(tape, 100, 3000);
    tape.push(at(200));
    expect(times(tape)).toEqual([200]);
    tape.clear();
    expect(tape.length).toBe(0);
    expect(spanSeconds(tape.frames())).toBe(0);
  });

  it('gives exactly seconds × fps frames, 1/fps apart, ending at the newest', () => {
    const tape = new RunTape();
    fill(tape, 100, 12_000);
    for (const fps of [5, 10]) {
      const frames = lastSeconds(tape.frames(), 5, fps);
      if (!Array.isArray(frames)) throw new Error(frames.reason);
      expect(frames).toHaveLength(5 * fps);
      expect(frames[frames.length - 1].tMs).toBe(12_000);
      const step = 1000 / fps;
      frames.forEach((f, k) => expect(f.tMs).toBe(12_000 - (frames.length - 1 - k) * step));
    }
  });

  it('picks the nearest kept frame to each time when frames come at odd times, and repeats one when they are sparse', () => {
    const tape = new RunTape();
    fill(tape, 130, 13_000);
    const frames = lastSeconds(tape.frames(), 5, 5);
    if (!Array.isArray(frames)) throw new Error(frames.reason);
    expect(frames).toHaveLength(25);
    frames.forEach((f, k) => expect(Math.abs(f.tMs - (13_000 - (24 - k) * 200))).toBeLessThanOrEqual(65));

    const sparse = new RunTape();
    fill(sparse, 1000, 20_000); // a run at high speed: one frame a simulated second
    const repeated = lastSeconds(sparse.frames(), 5, 10);
    if (!Array.isArray(repeated)) throw new Error(repeated.reason);
    expect(repeated).toHaveLength(50);
    expect(new Set(repeated.map((f) => f.tMs)).size).toBe(6);
  });

  it('says how much is kept when the run is shorter than the recording asked for', () => {
    const tape = new RunTape();
    expect(lastSeconds(tape.frames(), 5, 5)).toEqual({ reason: expect.stringContaining('run the design first') });
    fill(tape, 100, 3000);
    expect(availableSeconds(tape.frames(), 5)).toBeCloseTo(3, 5);
    expect(lastSeconds(tape.frames(), 5, 5)).toEqual({ reason: expect.stringContaining('Only the last 3 s') });
    fill(tape, 100, 5000, 3100);
    expect(lastSeconds(tape.frames(), 5, 5)).toHaveLength(25);
    expect(covers(tape.frames(), 5, 5)).toBe(true);
    expect(covers(tape.frames(), 6, 5)).toBe(false);
  });

  it('keeps what the canvas showed: the killed nodes with each frame', () => {
    const tape = new RunTape();
    tape.push(at(1000));
    tape.push(at(2000, ['web-1']));
    expect(tape.frames().map((f) => f.killedIds)).toEqual([[], ['web-1']]);
  });
});
