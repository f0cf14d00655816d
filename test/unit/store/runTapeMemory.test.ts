import { describe, expect, it } from 'vitest';
import { createRunner } from '../../../src/worker/runner';
import { realEngine } from '../../../src/worker/realEngine';
import { stageById } from '../../../src/stages';
import { EMPTY_LIVE, liveAfter } from '../../../src/store/runFrames';
import { RunTape, TAPE_SECONDS } from '../../../src/store/runTape';
import { spanSeconds } from '../../../src/store/tapeClip';

/**
 * What the last minute of a big run costs to keep: stage 12's solution (23 nodes, 51 edges) fed
 * 70 simulated seconds of frames, 100 ms apart as a 1× run sends them. The size of the kept frames
 * as JSON is the bound held here; with `NODE_OPTIONS=--expose-gc` the heap they hold is printed too
 * (docs/teachers.md quotes both).
 */
describe('the run tape on a big design', () => {
  it('keeps a minute of stage 12 in a few megabytes', () => {
    const design = stageById('12')!.solution;
    const runner = createRunner({ engine: realEngine, now: () => 0 });
    runner.apply({ type: 'start', runId: 1, design: { ...design, sim: { ...design.sim, durationS: 70 } }, seed: 1, speed: 1 });
    const tape = new RunTape();
    let live = EMPTY_LIVE;
    for (let i = 0; i < 700; i++) {
      for (const message of runner.tick(100)) {
        if (message.type !== 'frame') continue;
        live = liveAfter(live, message.frame);
        tape.push({ tMs: live.tMs, live, killedIds: [] });
      }
    }
    expect(tape.length).toBe(tape.capacity);
    expect(spanSeconds(tape.frames())).toBeGreaterThanOrEqual(TAPE_SECONDS);
    const jsonBytes = JSON.stringify(tape.frames()).length;
    expect(jsonBytes).toBeLessThan(4 * 1024 * 1024);

    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) {
      const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
      const full = heap();
      const kept = tape.length;
      tape.clear();
      const held = full - heap();
      console.log(`run tape, stage 12: ${kept} frames, ${(jsonBytes / 1024).toFixed(0)} KB as JSON, ${(held / 1024).toFixed(0)} KB of heap`);
    } else {
      console.log(`run tape, stage 12: ${tape.length} frames, ${(jsonBytes / 1024).toFixed(0)} KB as JSON`);
    }
  }, 300_000);
});
