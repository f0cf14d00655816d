/**
 * Classroom mode over the real engine: the store drives the same runner the worker runs, on this
 * thread, with a clock that never moves, so one tick at 'max' runs the whole demo in a single
 * frame: the worst case for a fault fired from frames, and no problem for a scheduled one.
 */
import { describe, expect, it } from 'vitest';
import { classroom } from './enginePort';

/** When the engine logged `text` (the first line starting with it), in simulated ms. */
const loggedAt = (events: readonly { tMs: number; text: string }[], text: string): number | undefined =>
  events.find((e) => e.text.startsWith(text))?.tMs;

describe('classroom slice', () => {
  it('a script step’s kill lands at its exact time at max speed, even when one frame covers the whole run', async () => {
    const { store, port } = await classroom('3');
    store.getState().setSpeed('max');
    store.getState().playDemo();
    port.deliver();
    port.tick();
    const s = store.getState();
    expect(s.run.status).toBe('done');
    expect(s.live.tMs).toBe(s.run.durationMs);
    // Stage 3's script: web-1 fails at t = 15 s and comes back at t = 30 s.
    expect(loggedAt(s.series.events, 'web-1 down')).toBe(15_000);
    expect(loggedAt(s.series.events, 'web-1 back up')).toBe(30_000);
    // Nothing was fired from a frame: the faults went with the start.
    expect(port.sent.map((r) => r.type)).not.toContain('kill');
    expect(port.sent[0]).toMatchObject({ type: 'start', scenario: [{ tS: 15, action: 'kill', target: 'web-1' }, { tS: 30, action: 'restore', target: 'web-1' }] });
    // The narration caught up with the clock: the last step shows.
    expect(s.classroom.stepIndex).toBe(3);
  });

  it('Next runs the simulation on to the next step’s time and pauses there, with its kill done', async () => {
    const { store, port } = await classroom('3');
    // The first step is at t = 0: Next starts the run and holds it there (a played run would be
    // past the next steps by the time the teacher has read this one out, at 10×).
    store.getState().setSpeed(10);
    store.getState().nextStep();
    port.deliver();
    port.tick(1000);
    expect(store.getState().classroom.stepIndex).toBe(0);
    expect(store.getState().run.status).toBe('paused');
    expect(store.getState().live.tMs).toBe(0);
    store.getState().nextStep();
    port.deliver();
    const s = store.getState();
    expect(s.run.status).toBe('paused');
    expect(s.live.tMs).toBe(15_000);
    expect(s.classroom.stepIndex).toBe(1);
    expect(loggedAt(s.series.events, 'web-1 down')).toBe(15_000);
    expect(s.live.nodes['web-1'].down).toBe(true);
    // Playing on, the script's restore comes at its own time too.
    store.getState().nextStep(); // t = 16 s: narration only
    port.deliver();
    expect(store.getState().live.tMs).toBe(16_000);
    store.getState().nextStep(); // t = 30 s: web-1 back
    port.deliver();
    expect(store.getState().live.tMs).toBe(30_000);
    expect(loggedAt(store.getState().series.events, 'web-1 back up')).toBe(30_000);
    expect(store.getState().live.nodes['web-1'].down).toBe(false);
  });

  it('replays with the script’s faults again, and leaving runs the design without them', async () => {
    const { store, port } = await classroom('3');
    store.getState().playDemo();
    store.getState().replayDemo();
    const starts = port.sent.filter((r) => r.type === 'start');
    expect(starts).toHaveLength(2);
    expect(starts.every((r) => r.type === 'start' && r.scenario?.length === 2)).toBe(true);
    store.getState().leaveClassroom();
    expect(store.getState().run.scheduledFaults).toEqual([]);
    store.getState().startRun();
    const last = port.sent[port.sent.length - 1];
    expect(last.type).toBe('start');
    expect(last.type === 'start' && last.scenario).toBeUndefined();
    // The design itself never held the script: it is the stage's design as shipped.
    expect(store.getState().design.scenario).toEqual([]);
  });
});
