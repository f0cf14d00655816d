/**
 * The run's recent past, kept so "Record the last N seconds" can draw it again: a bounded ring of
 * what the canvas showed (the live view and the killed nodes) at simulated times at least
 * `gapMs` apart. It holds data, not pictures: a frame's node and edge records are the very objects
 * the store showed (runFrames.ts keeps unchanged ones shared), so an entry costs little more than
 * the references. Pure: no DOM, no clock. Choosing a recording's frames from it is in
 * tapeClip.ts, which only the recorder loads.
 */
import type { RunLive } from './runFrames';

/** What the canvas showed at one moment of the run. */
export interface TapeFrame {
  tMs: number;
  live: RunLive;
  killedIds: readonly string[];
}

/** The longest stretch kept, in simulated seconds (the longest "last N seconds" offered). */
export const TAPE_SECONDS = 60;
/** Kept frames are at least this far apart in simulated time: enough for 10 frames a second. */
export const TAPE_GAP_MS = 100;

export class RunTape {
  private readonly ring: (TapeFrame | undefined)[];
  /** Index of the oldest frame. */
  private head = 0;
  private size = 0;

  constructor(readonly seconds = TAPE_SECONDS, readonly gapMs = TAPE_GAP_MS) {
    // Frames gapMs apart over `seconds`, plus the newest one (which may be closer than gapMs).
    this.ring = new Array<TapeFrame | undefined>(Math.ceil((seconds * 1000) / gapMs) + 2);
  }

  get length(): number { return this.size; }

  get capacity(): number { return this.ring.length; }

  clear(): void {
    this.ring.fill(undefined);
    this.head = 0;
    this.size = 0;
  }

  private at(index: number): TapeFrame {
    return this.ring[(this.head + index) % this.ring.length] as TapeFrame;
  }

  private setAt(index: number, frame: TapeFrame): void {
    this.ring[(this.head + index) % this.ring.length] = frame;
  }

  /**
   * Adds the newest frame. Every kept frame is at least gapMs after the one before it, except the
   * newest, which is always the latest state: while it is closer than gapMs to the one before, the
   * next frame takes its place. A frame earlier than the newest (the run restarted) starts again.
   */
  push(frame: TapeFrame): void {
    if (this.size > 0) {
      const newest = this.at(this.size - 1);
      if (frame.tMs < newest.tMs) this.clear();
      else if (frame.tMs === newest.tMs || (this.size >= 2 && newest.tMs - this.at(this.size - 2).tMs < this.gapMs)) {
        this.setAt(this.size - 1, frame);
        return;
      }
    }
    if (this.size === this.ring.length) {
      this.ring[this.head] = undefined;
      this.head = (this.head + 1) % this.ring.length;
      this.size--;
    }
    this.setAt(this.size, frame);
    this.size++;
  }

  /** The frames kept, oldest first. */
  frames(): TapeFrame[] {
    const out: TapeFrame[] = [];
    for (let i = 0; i < this.size; i++) out.push(this.at(i));
    return out;
  }
}
