import { describe, expect, it } from 'vitest';
import { createWorkerHost, type Timers } from '../../../src/worker/host';
import { BEAT_MS, type SimMessage } from '../../../src/worker/protocol';
import { fakeClock, fakeDesign, makeFakeEngine } from './fakeEngine';

/** Timers the test fires by hand, so the loop is deterministic. */
function manualTimers() {
  const queue = new Map<number, { fn: () => void; ms: number }>();
  let nextId = 1;
  const timers: Timers = {
    setTimeout: (fn, ms) => { queue.set(nextId, { fn, ms }); return nextId++; },
    clearTimeout: (handle) => { queue.delete(handle as number); },
  };
  const fireNext = (): number => {
    const [id, entry] = [...queue.entries()][0];
    queue.delete(id);
    entry.fn();
    return entry.ms;
  };
  return { timers, fireNext, pending: () => queue.size };
}

function setup(failOn?: string) {
  const fake = makeFakeEngine({ failOn });
  const clock = fakeClock();
  const posted: SimMessage[] = [];
  const timers = manualTimers();
  const host = createWorkerHost({ engine: fake.engine, post: (m) => posted.push(m), now: clock.now, timers: timers.timers });
  return { host, posted, clock, timers, fake };
}

describe('worker host', () => {
  it('ticks about 10 times a second while running, with wall time from the clock', () => {
    const { host, posted, clock, timers } = setup();
    host.receive({ type: 'start', runId: 4, design: fakeDesign(), seed: 1, speed: 10 });
    expect(timers.pending()).toBe(1);
    for (let i = 0; i < 3; i++) {
      clock.advance(100);
      expect(timers.fireNext()).toBe(100);
    }
    const tMs = posted.flatMap((m) => (m.type === 'frame' ? [m.frame.tMs] : []));
    expect(tMs).toEqual([0, 1000, 2000, 3000]);
  });

  it('beats every BEAT_MS of wall time while running, and not while paused', () => {
    const { host, posted, clock, timers } = setup();
    host.receive({ type: 'start', runId: 3, design: fakeDesign(), seed: 1, speed: 1 });
    for (let i = 0; i < 20; i++) {
      clock.advance(100);
      timers.fireNext();
    }
    const beats = () => posted.filter((m) => m.type === 'beat');
    // 2 s of ticks at 100 ms: a beat on the first tick, then one every 500 ms.
    expect(beats()).toHaveLength(4);
    expect(beats().every((m) => m.runId === 3)).toBe(true);
    expect(BEAT_MS).toBe(500);
    host.receive({ type: 'pause' });
    clock.advance(5000);
    expect(timers.pending()).toBe(0);
    expect(beats()).toHaveLength(4);
  });

  it('stops the loop on pause and does not count paused wall time', () => {
    const { host, posted, clock, timers } = setup();
    host.receive({ type: 'start', runId: 1, design: fakeDesign(), seed: 1, speed: 1 });
    host.receive({ type: 'pause' });
    expect(timers.pending()).toBe(0);
    clock.advance(5000);
    host.receive({ type: 'resume' });
    clock.advance(100);
    timers.fireNext();
    const last = posted.filter((m) => m.type === 'frame').pop();
    expect(last).toMatchObject({ frame: { tMs: 100 } });
  });

  it('answers a malformed message with an error instead of throwing', () => {
    const { host, posted } = setup();
    expect(() => host.receive({ type: 'warp', factor: 9 })).not.toThrow();
    expect(() => host.receive(null)).not.toThrow();
    expect(() => host.receive({ type: 'setSpeed', speed: 3 })).not.toThrow();
    expect(posted.map((m) => m.type)).toEqual(['error', 'error', 'error']);
    expect(posted[0]).toMatchObject({ message: expect.stringContaining('unknown command "warp"') });
  });

  it('posts engine failures during the loop as error messages', () => {
    const { host, posted, timers, clock } = setup('advance');
    host.receive({ type: 'start', runId: 2, design: fakeDesign(), seed: 1, speed: 1 });
    clock.advance(100);
    expect(() => timers.fireNext()).not.toThrow();
    expect(posted.filter((m) => m.type === 'error')).toEqual([
      { type: 'error', runId: 2, message: expect.stringContaining('advance exploded') },
    ]);
    expect(timers.pending()).toBe(0);
  });

  it('survives a post that throws', () => {
    const fake = makeFakeEngine();
    let calls = 0;
    const host = createWorkerHost({
      engine: fake.engine,
      post: () => { calls++; if (calls === 1) throw new Error('could not clone'); },
      now: fakeClock().now,
      timers: manualTimers().timers,
    });
    expect(() => host.receive({ type: 'start', runId: 1, design: fakeDesign(), seed: 1, speed: 1 })).not.toThrow();
    expect(calls).toBe(2); // the failed post, then the error report
  });
});
