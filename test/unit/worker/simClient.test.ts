import { describe, expect, it, vi } from 'vitest';
import type { Frame } from '../../../src/engine/api';
import type { WorkerLike } from '../../../src/worker/inlineWorker';
import type { SimCommand, SimMessage } from '../../../src/worker/protocol';
import { createSimClient, STALL_MS, STARTUP_GRACE_MS, type SimStatus } from '../../../src/store/simClient';
import { fakeDesign, makeFakeEngine } from './fakeEngine';

/** A Worker double: records what the client sends and lets the test play the worker's side. */
function stubWorker() {
  const sent: SimCommand[] = [];
  const worker: WorkerLike & { terminated: boolean } = {
    onmessage: null,
    onerror: null,
    terminated: false,
    postMessage: (cmd) => { sent.push(cmd); },
    terminate: () => { worker.terminated = true; },
  };
  const emit = (data: SimMessage): void => worker.onmessage?.({ data });
  return { worker, sent, emit };
}

const frameAt = (tMs: number) => ({ tMs } as Frame);

function collect() {
  const frames: Array<[number, number]> = [];
  const statuses: SimStatus[] = [];
  const errors: string[] = [];
  const rebuilds: string[] = [];
  return {
    frames, statuses, errors, rebuilds,
    onRebuild: (reason: string) => { rebuilds.push(reason); },
    onFrame: (f: Frame, runId: number) => { frames.push([runId, f.tMs]); },
    onStatus: (s: SimStatus) => { statuses.push(s); },
    onError: (m: string) => { errors.push(m); },
  };
}

describe('sim client', () => {
  it('stamps start and restart with a fresh runId and drops messages from older runs', () => {
    const stub = stubWorker();
    const got = collect();
    const client = createSimClient(got, { createWorker: () => stub.worker });
    expect(client.mode).toBe('worker');
    const first = client.send({ type: 'start', design: fakeDesign(), seed: 1, speed: 1 });
    expect(first).toBe(1);
    expect(stub.sent[0]).toMatchObject({ type: 'start', runId: 1 });
    stub.emit({ type: 'frame', runId: 1, frame: frameAt(100) });

    const second = client.send({ type: 'restart', design: fakeDesign(), seed: 1 });
    expect(second).toBe(2);
    expect(client.send({ type: 'pause' })).toBe(2);
    expect(stub.sent.map((c) => c.type)).toEqual(['start', 'restart', 'pause']);
    // Still in flight from run 1: ignored.
    stub.emit({ type: 'frame', runId: 1, frame: frameAt(200) });
    stub.emit({ type: 'status', runId: 1, state: 'done' });
    stub.emit({ type: 'error', runId: 1, message: 'old' });
    stub.emit({ type: 'rebuild', runId: 1, reason: 'old' });
    stub.emit({ type: 'status', runId: 2, state: 'paused' });
    stub.emit({ type: 'rebuild', runId: 2, reason: 'a fault that already happened changed' });
    stub.emit({ type: 'frame', runId: 2, frame: frameAt(0) });
    stub.emit({ type: 'error', runId: 2, message: 'new' });

    expect(got.frames).toEqual([[1, 100], [2, 0]]);
    expect(got.statuses).toEqual([{ runId: 2, state: 'paused' }]);
    expect(got.errors).toEqual(['new']);
    expect(got.rebuilds).toEqual(['a fault that already happened changed']);
  });

  it('reports a worker that fails to load, terminates it, and sends nothing more', () => {
    const stub = stubWorker();
    const got = collect();
    const client = createSimClient(got, { createWorker: () => stub.worker });
    stub.worker.onerror?.({ message: 'SyntaxError in simWorker' });
    expect(got.errors).toEqual(['SyntaxError in simWorker']);
    expect(stub.worker.terminated).toBe(true);
    client.send({ type: 'start', design: fakeDesign(), seed: 1, speed: 1 });
    expect(stub.sent).toEqual([]);
  });

  it('goes quiet after terminate', () => {
    const stub = stubWorker();
    const got = collect();
    const client = createSimClient(got, { createWorker: () => stub.worker });
    client.send({ type: 'start', design: fakeDesign(), seed: 1, speed: 1 });
    const handler = stub.worker.onmessage;
    client.terminate();
    expect(stub.worker.terminated).toBe(true);
    handler?.({ data: { type: 'frame', runId: 1, frame: frameAt(100) } });
    client.send({ type: 'pause' });
    expect(got.frames).toEqual([]);
    expect(got.errors).toEqual([]);
    expect(stub.sent).toHaveLength(1);
  });

  it('falls back to this thread when Workers are unavailable', async () => {
    expect(typeof Worker).toBe('undefined'); // node, like jsdom, has no Worker
    const got = collect();
    const { engine } = makeFakeEngine();
    const client = createSimClient(got, { engine });
    expect(client.mode).toBe('inline');
    client.send({ type: 'start', design: fakeDesign(), seed: 1, speed: 100 });
    await vi.waitFor(() => expect(got.frames.length).toBeGreaterThanOrEqual(3), { timeout: 2000 });
    expect(got.statuses[0]).toEqual({ runId: 1, state: 'running' });
    const times = got.frames.map(([, tMs]) => tMs);
    expect(times.every((t, i) => i === 0 || t > times[i - 1])).toBe(true);
    client.terminate();
  });

  it('inline mode delivers on a later task, never inside send()', () => {
    const got = collect();
    const client = createSimClient(got, { inline: true, engine: makeFakeEngine().engine });
    client.send({ type: 'start', design: fakeDesign(), seed: 1, speed: 1 });
    expect(got.statuses).toEqual([]);
    client.terminate();
  });
});

/** A clock and an interval the test moves by hand. */
function manualClock() {
  let t = 0;
  const intervals = new Map<number, { fn: () => void; ms: number; next: number }>();
  let nextId = 1;
  return {
    watchdog: {
      now: () => t,
      setInterval: (fn: () => void, ms: number) => { intervals.set(nextId, { fn, ms, next: t + ms }); return nextId++; },
      clearInterval: (handle: unknown) => { intervals.delete(handle as number); },
    },
    /** Moves time on in small steps, firing each interval when due. */
    advance(ms: number) {
      const end = t + ms;
      while (t < end) {
        t = Math.min(end, t + 50);
        for (const entry of [...intervals.values()]) {
          if (t >= entry.next) { entry.next = t + entry.ms; entry.fn(); }
        }
      }
    },
    armed: () => intervals.size,
  };
}

describe('sim client: a worker that stops answering', () => {
  function running() {
    const stub = stubWorker();
    const got = collect();
    const clock = manualClock();
    const client = createSimClient(got, { createWorker: () => stub.worker, watchdog: clock.watchdog });
    client.send({ type: 'start', design: fakeDesign(), seed: 1, speed: 1 });
    stub.emit({ type: 'status', runId: 1, state: 'running' });
    return { stub, got, clock, client };
  }

  it('is declared dead after STALL_MS without a beat while running, and terminated', () => {
    const { stub, got, clock, client } = running();
    // Beats every 500 ms keep it alive for as long as they come.
    for (let i = 0; i < 20; i++) {
      clock.advance(500);
      stub.emit({ type: 'beat', runId: 1 });
    }
    expect(got.errors).toEqual([]);
    clock.advance(STALL_MS - 200);
    expect(got.errors).toEqual([]);
    clock.advance(1000);
    expect(got.errors).toHaveLength(1);
    expect(got.errors[0]).toMatch(/stopped answering/);
    expect(stub.worker.terminated).toBe(true);
    expect(clock.armed()).toBe(0);
    // Dead is dead: later sends go nowhere, a late message is not delivered.
    client.send({ type: 'resume' });
    expect(stub.sent.map((c) => c.type)).toEqual(['start']);
  });

  it('any message of any run counts as a sign of life', () => {
    const { stub, got, clock } = running();
    for (let i = 0; i < 10; i++) {
      clock.advance(1000);
      stub.emit({ type: 'frame', runId: 1, frame: frameAt(i * 100) });
      stub.emit({ type: 'beat', runId: 0 });
    }
    expect(got.errors).toEqual([]);
  });

  it('does not expect beats while paused or done', () => {
    const { stub, got, clock, client } = running();
    client.send({ type: 'pause' });
    clock.advance(STALL_MS * 5);
    expect(got.errors).toEqual([]);
    client.send({ type: 'resume' });
    stub.emit({ type: 'status', runId: 1, state: 'done' });
    clock.advance(STALL_MS * 5);
    expect(got.errors).toEqual([]);
    expect(clock.armed()).toBe(0);
  });

  it('gives a new worker time to load before its first answer', () => {
    const stub = stubWorker();
    const got = collect();
    const clock = manualClock();
    createSimClient(got, { createWorker: () => stub.worker, watchdog: clock.watchdog }).send({ type: 'start', design: fakeDesign(), seed: 1, speed: 1 });
    clock.advance(STARTUP_GRACE_MS - 500);
    expect(got.errors).toEqual([]);
    clock.advance(STALL_MS + 1000);
    expect(got.errors[0]).toMatch(/stopped answering/);
  });
});
