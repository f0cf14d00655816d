import { describe, expect, it, vi } from 'vitest';
import type { Frame } from '../../../src/engine/api';
import type { WorkerLike } from '../../../src/worker/inlineWorker';
import type { SimCommand, SimMessage } from '../../../src/worker/protocol';
import { createSimClient, type SimStatus } from '../../../src/worker/simClient';
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
  return {
    frames, statuses, errors,
    onFrame: (f: Frame, runId: number) => { frames.push([runId, f.tMs]); },
    onStatus: (s: SimStatus) => { statuses.push(s); },
    onError: (m: string) => { errors.push(m); },
  };
}

describe('sim client', () => {
  it('stamps start and restart with a fresh runId and drops messages from older runs', () => {
    const stub = stubWorker();
    const got = collect();
    const client = createSimClient(got.onFrame, got.onStatus, got.onError, { createWorker: () => stub.worker });
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
    stub.emit({ type: 'status', runId: 2, state: 'paused' });
    stub.emit({ type: 'frame', runId: 2, frame: frameAt(0) });
    stub.emit({ type: 'error', runId: 2, message: 'new' });

    expect(got.frames).toEqual([[1, 100], [2, 0]]);
    expect(got.statuses).toEqual([{ runId: 2, state: 'paused' }]);
    expect(got.errors).toEqual(['new']);
  });

  it('reports a worker that fails to load, and goes quiet after terminate', () => {
    const stub = stubWorker();
    const got = collect();
    const client = createSimClient(got.onFrame, got.onStatus, got.onError, { createWorker: () => stub.worker });
    stub.worker.onerror?.({ message: 'SyntaxError in simWorker' });
    expect(got.errors).toEqual(['SyntaxError in simWorker']);
    client.send({ type: 'start', design: fakeDesign(), seed: 1, speed: 1 });
    client.terminate();
    expect(stub.worker.terminated).toBe(true);
    stub.emit({ type: 'frame', runId: 1, frame: frameAt(100) });
    client.send({ type: 'pause' });
    expect(got.frames).toEqual([]);
    expect(stub.sent).toHaveLength(1);
  });

  it('falls back to this thread when Workers are unavailable', async () => {
    expect(typeof Worker).toBe('undefined'); // node, like jsdom, has no Worker
    const got = collect();
    const { engine } = makeFakeEngine();
    const client = createSimClient(got.onFrame, got.onStatus, got.onError, { engine });
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
    const client = createSimClient(got.onFrame, got.onStatus, got.onError, { inline: true, engine: makeFakeEngine().engine });
    client.send({ type: 'start', design: fakeDesign(), seed: 1, speed: 1 });
    expect(got.statuses).toEqual([]);
    client.terminate();
  });
});
