import { describe, expect, it } from 'vitest';
import type { Frame } from '../../../src/engine/api';
import type { SimMessage } from '../../../src/worker/protocol';
import { createRunner, LIVE_MAX_EVENTS, WORKER_TICK_BUDGET_MS } from '../../../src/worker/runner';
import { fakeClock, fakeDesign, makeFakeEngine, type FakeSim } from './fakeEngine';

const frames = (messages: SimMessage[]): Frame[] =>
  messages.flatMap((m) => (m.type === 'frame' ? [m.frame] : []));
const states = (messages: SimMessage[]): string[] =>
  messages.flatMap((m) => (m.type === 'status' ? [m.state] : []));
const lastTMs = (messages: SimMessage[]): number => {
  const all = frames(messages);
  return all[all.length - 1].tMs;
};

function started(speed: 1 | 10 | 100 | 'max' = 1, opts: { failOn?: string; refuse?: string; durationS?: number; autoStepMs?: number } = {}) {
  const fake = makeFakeEngine({ failOn: opts.failOn, refuse: opts.refuse });
  const clock = fakeClock(opts.autoStepMs ?? 0);
  const runner = createRunner({ engine: fake.engine, now: clock.now });
  const first = runner.apply({ type: 'start', runId: 1, design: fakeDesign(opts.durationS ?? 60), seed: 7, speed });
  return { runner, fake, clock, first };
}

/** A runner over an engine that costs 0.1 wall ms per simulated ms on the fake clock, with a 50 ms tick budget. */
function costlyRunner() {
  const fake = makeFakeEngine();
  const clock = fakeClock();
  const costly = { ...fake.engine, advance: (sim: FakeSim, untilMs: number) => {
    clock.advance((Math.min(untilMs, sim.durationMs) - sim.timeMs) * 0.1);
    fake.engine.advance(sim, untilMs);
  } };
  return { runner: createRunner({ engine: costly, now: clock.now, tickBudgetMs: 50 }), clock };
}

describe('runner', () => {
  it('starts running and streams frames with increasing tMs', () => {
    const { runner, first, fake } = started(1);
    expect(states(first)).toEqual(['running']);
    expect(frames(first)[0].tMs).toBe(0);
    expect(fake.calls[0]).toEqual(['createSimulation', 'fake', { seed: 7, maxEvents: LIVE_MAX_EVENTS, traceEvery: 'auto' }]);
    const ticks = Array.from({ length: 25 }, () => runner.tick(100));
    const times = ticks.map(lastTMs);
    expect(times.every((t, i) => i === 0 || t > times[i - 1])).toBe(true);
    expect(times[times.length - 1]).toBe(2500);
    // Each point arrives once, in the frame after its bucket closed.
    expect(ticks.flatMap(frames).flatMap((f) => f.points.map((p) => p.tS))).toEqual([1, 2]);
  });

  it('stamps every message with the runId of the run', () => {
    const { runner, first } = started();
    expect(first.every((m) => m.runId === 1)).toBe(true);
    expect(runner.tick(100).every((m) => m.runId === 1)).toBe(true);
  });

  it('pause stops simulated time and resume continues it', () => {
    const { runner } = started(1);
    runner.tick(500);
    expect(states(runner.apply({ type: 'pause' }))).toEqual(['paused']);
    expect(runner.tick(1000)).toEqual([]);
    expect(runner.simCursorMs).toBe(500);
    expect(states(runner.apply({ type: 'resume' }))).toEqual(['running']);
    expect(lastTMs(runner.tick(200))).toBe(700);
  });

  it('step advances exactly the asked simulated ms and leaves the run paused', () => {
    const { runner } = started(100);
    runner.apply({ type: 'pause' });
    expect(lastTMs(runner.apply({ type: 'step', ms: 250 }))).toBe(250);
    expect(lastTMs(runner.apply({ type: 'step', ms: 1 }))).toBe(251);
    runner.apply({ type: 'resume' });
    const stepped = runner.apply({ type: 'step', ms: 2500 });
    expect(states(stepped)).toEqual(['paused']);
    expect(lastTMs(stepped)).toBe(2751);
    expect(runner.state).toBe('paused');
  });

  it('forwards kill, restore, params and client rate to the engine', () => {
    const { runner, fake } = started(1);
    expect(runner.apply({ type: 'kill', id: 'web-1' })).toEqual([]); // running: the next tick shows it
    expect(frames(runner.tick(100))[0].nodes['web-1']?.down).toBe(true);
    runner.apply({ type: 'pause' });
    const restored = runner.apply({ type: 'restore', id: 'web-1' });
    expect(frames(restored)[0].nodes['web-1']).toBeUndefined(); // paused: a frame comes at once
    runner.apply({ type: 'updateParams', id: 'web-1', params: { workers: 4 } });
    runner.apply({ type: 'setClientRate', id: 'users', rps: 500 });
    const forwarded = fake.calls.filter(([name]) => /Node|ClientRate/.test(name));
    expect(forwarded).toEqual([
      ['killNode', 'web-1'],
      ['restoreNode', 'web-1'],
      ['updateNodeParams', 'web-1', { workers: 4 }],
      ['setClientRate', 'users', 500],
    ]);
  });

  it('says so, without stopping, when a live command names a node the run does not have', () => {
    const { runner } = started(1);
    runner.apply({ type: 'pause' });
    const out = runner.apply({ type: 'kill', id: 'ghost' });
    expect(out[0]).toMatchObject({ type: 'status', state: 'paused', message: expect.stringContaining('"ghost" is not in the running simulation') });
    expect(runner.state).toBe('paused');
  });

  it('ignores live commands when no run is loaded', () => {
    const fake = makeFakeEngine();
    const runner = createRunner({ engine: fake.engine, now: fakeClock().now });
    for (const cmd of [{ type: 'kill', id: 'a' }, { type: 'pause' }, { type: 'step', ms: 10 }] as const) {
      expect(runner.apply(cmd)).toEqual([]);
    }
    expect(runner.tick(100)).toEqual([]);
    expect(fake.calls).toEqual([]);
  });

  it('×10 advances ten times the simulated time of ×1 for the same wall time', () => {
    const slow = started(1);
    const fast = started(10);
    for (let i = 0; i < 20; i++) {
      slow.runner.tick(100);
      fast.runner.tick(100);
    }
    expect(slow.runner.simCursorMs).toBe(2000);
    expect(fast.runner.simCursorMs).toBe(20000);
    fast.runner.apply({ type: 'setSpeed', speed: 100 });
    fast.runner.tick(100);
    expect(fast.runner.simCursorMs).toBe(30000);
  });

  it('is deterministic: the same ticks make the same advance() calls', () => {
    const run = () => {
      const s = started(10);
      for (const ms of [100, 120, 95, 300, 100]) s.runner.tick(ms);
      return s.fake.calls;
    };
    expect(run()).toEqual(run());
  });

  it("at 'max' advances in chunks until the per-tick wall budget is spent", () => {
    // Every clock read costs 5 ms: a 97 ms budget allows about 19 one-second chunks per tick.
    const { runner, fake } = started('max', { autoStepMs: 5, durationS: 3600 });
    runner.tick(100);
    const advances = fake.calls.filter(([name]) => name === 'advance');
    expect(advances.length).toBeGreaterThan(15);
    expect(advances.length).toBeLessThanOrEqual(Math.ceil(WORKER_TICK_BUDGET_MS / 5));
    // Whole seconds, then the last chunk shrunk to the 2 ms of budget left: 400 ms at 5 ms a second.
    expect(advances.slice(0, -1).map(([, t]) => t)).toEqual(advances.slice(0, -1).map((_, i) => (i + 1) * 1000));
    expect(runner.simCursorMs).toBe((advances.length - 1) * 1000 + 400);
  });

  it("at 'max' keeps the engine busy nearly all of the tick and says so in the frame", () => {
    const { runner } = started('max', { autoStepMs: 5, durationS: 3600 });
    const [frame] = runner.tick(100);
    // The tick used ~100 ms of the ~105 ms since the start (the start's own clock reads cost the rest).
    expect(frame).toMatchObject({ type: 'frame', busyShare: expect.any(Number) });
    expect(frame.type === 'frame' && frame.busyShare).toBeGreaterThan(0.9);
  });

  it('sizes chunks from what the last one cost, so a heavy design ends its tick near the budget', () => {
    // An engine that costs 0.1 wall ms per simulated ms: a 1000 ms chunk would take 100 ms.
    const { runner } = costlyRunner();
    runner.apply({ type: 'start', runId: 1, design: fakeDesign(3600), seed: 1, speed: 'max' });
    runner.tick(100); // the first chunk is a full second: nothing measured yet
    const tMs = [runner.simCursorMs];
    for (let i = 0; i < 3; i++) { runner.tick(100); tMs.push(runner.simCursorMs); }
    const perTick = tMs.slice(1).map((t, i) => t - tMs[i]);
    // Each later tick fits its 50 ms budget: 500 simulated ms, not a whole 1000 ms chunk.
    expect(perTick).toEqual([500, 500, 500]);
  });

  it("puts the run's pace on its frames: what max turns out to be, and 1 at 1×; measured afresh after a speed change and a pause", () => {
    // An engine that costs 0.1 wall ms per simulated ms: at max it can go 10× real time.
    const { runner, clock } = costlyRunner();
    const paces = (messages: SimMessage[]) => messages.flatMap((m) => (m.type === 'frame' ? [m.pace] : []));
    expect(paces(runner.apply({ type: 'start', runId: 1, design: fakeDesign(3600), seed: 1, speed: 'max' }))).toEqual([undefined]);
    let last: (number | undefined)[] = [];
    // The first tick's chunk is a whole second (its cost not known yet): the figure settles after it.
    for (let i = 0; i < 40; i++) { clock.advance(50); last = paces(runner.tick(100)); }
    // Each tick: 50 ms in the engine (500 simulated ms) and 50 ms waiting for the next: 5×.
    expect(last[0]).toBeCloseTo(5, 2);
    // At 1× each tick advances what the wall clock did: 100 ms a tick, 10 of them in the engine.
    runner.apply({ type: 'setSpeed', speed: 1 });
    expect(paces(runner.tick(100))).toEqual([undefined]);
    for (let i = 0; i < 10; i++) { clock.advance(90); last = paces(runner.tick(100)); }
    expect(last[0]).toBeCloseTo(1, 2);
    // A pause is not the run's pace: the first frame after it keeps the figure.
    runner.apply({ type: 'pause' });
    clock.advance(700);
    runner.apply({ type: 'resume' });
    clock.advance(90);
    expect(paces(runner.tick(100))[0]).toBeCloseTo(1, 2);
  });

  it('uses a smaller budget when told to (the page’s own thread)', () => {
    const fake = makeFakeEngine();
    const runner = createRunner({ engine: fake.engine, now: fakeClock(5).now, tickBudgetMs: 30 });
    runner.apply({ type: 'start', runId: 1, design: fakeDesign(3600), seed: 1, speed: 'max' });
    runner.tick(100);
    expect(fake.calls.filter(([name]) => name === 'advance').length).toBeLessThanOrEqual(6);
  });

  it('bounds one tick of a numeric speed by the wall budget too', () => {
    const { runner } = started(100, { autoStepMs: 10, durationS: 3600 });
    runner.tick(1000); // would be 100 s of simulated time
    expect(runner.simCursorMs).toBeLessThan(100_000);
    expect(runner.simCursorMs).toBeGreaterThan(0);
  });

  it('reports done at the end of the run and then stays quiet', () => {
    const { runner } = started('max', { durationS: 5 });
    const out = runner.tick(100);
    expect(lastTMs(out)).toBe(5000);
    expect(states(out)).toEqual(['done']);
    expect(frames(out)[0].done).toBe(true);
    expect(runner.tick(100)).toEqual([]);
  });

  it('restart loads the new design under the new runId and keeps the pause', () => {
    const { runner, fake } = started(10);
    runner.tick(1000);
    runner.apply({ type: 'pause' });
    const out = runner.apply({ type: 'restart', runId: 2, design: fakeDesign(30), seed: 9 });
    expect(runner.runId).toBe(2);
    expect(out.every((m) => m.runId === 2)).toBe(true);
    expect(states(out)).toEqual(['paused']);
    expect(frames(out)[0].tMs).toBe(0);
    expect(runner.speed).toBe(10);
    expect(fake.calls.filter(([n]) => n === 'createSimulation')).toHaveLength(2);
  });

  it('hands a start or restart scenario (a classroom script) to the engine with the run', () => {
    const { runner, fake } = started(1);
    const script = [{ tS: 15, action: 'kill' as const, target: 'web-1' }, { tS: 30, action: 'restore' as const, target: 'web-1' }];
    runner.apply({ type: 'restart', runId: 2, design: fakeDesign(60), seed: 7, scenario: script });
    runner.apply({ type: 'start', runId: 3, design: fakeDesign(60), seed: 8, speed: 'max', scenario: script });
    const created = fake.calls.filter(([n]) => n === 'createSimulation');
    expect(created.slice(1)).toEqual([
      ['createSimulation', 'fake', { seed: 7, maxEvents: LIVE_MAX_EVENTS, traceEvery: 'auto', scenario: script }],
      ['createSimulation', 'fake', { seed: 8, maxEvents: LIVE_MAX_EVENTS, traceEvery: 'auto', scenario: script }],
    ]);
  });

  it('turns an engine exception into an error message and an error state', () => {
    const { runner } = started(1, { failOn: 'advance' });
    const out = runner.tick(100);
    expect(out.map((m) => m.type)).toEqual(['error', 'status']);
    expect(out[0]).toMatchObject({ type: 'error', runId: 1, message: expect.stringContaining('advance exploded') });
    expect(runner.state).toBe('error');
    expect(runner.tick(100)).toEqual([]);
  });

  it('reports a design the engine refuses as an error, not a throw', () => {
    const { first, runner, fake } = started(1, { failOn: 'createSimulation' });
    expect(first.map((m) => m.type)).toEqual(['error', 'status']);
    expect(first[0]).toMatchObject({ message: expect.stringContaining('createSimulation exploded') });
    expect(runner.state).toBe('error');
    expect(runner.apply({ type: 'resume' })).toEqual([]);
    // Once the design is fixed, a fresh start works again.
    fake.setFailOn(undefined);
    expect(states(runner.apply({ type: 'start', runId: 3, design: fakeDesign(), seed: 1, speed: 1 }))).toEqual(['running']);
  });

  it('passes the engine’s refusal on as it is written, without calling it a failure', () => {
    const { first } = started(1, { refuse: 'This run cannot start: run at most 10 s.' });
    expect(first[0]).toEqual({ type: 'error', runId: 1, message: 'This run cannot start: run at most 10 s.' });
  });

  it('stop drops the run', () => {
    const { runner } = started(1);
    expect(states(runner.apply({ type: 'stop' }))).toEqual(['stopped']);
    expect(runner.tick(100)).toEqual([]);
  });
});
