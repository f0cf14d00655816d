/**
 * "Find the limit" in the store: a sweep of stage 3's start and then its solution, the second drawn
 * over the first; progress counted per load; Cancel; a design that sends nothing; and the Web
 * Worker pool spreading loads over its workers and terminating them on Cancel.
 */
import { describe, expect, it } from 'vitest';
import { runSweepPoint, type SweepPoint, type SweepTask } from '../../../src/analysis/sweep';
import { stageById } from '../../../src/stages';
import { createAppStore, memoryStorage } from '../../../src/store';
import { createWorkerSweepRunner, inlineSweepRunner, sweepPoolSize, type SweepRunner } from '../../../src/store/sweepRunner';
import type { WorkerEndpoint } from '../../../src/store/workerChannel';

/** Short loads: the store's behaviour, not the figures, is under test here. */
const shortLoads: SweepRunner = (tasks, onPoint, signal) => inlineSweepRunner(tasks.map((t) => ({ ...t, seconds: 5 })), onPoint, signal);

describe('sweep slice', () => {
  it('sweeps stage 3 before and after: the solution’s knee is higher and the start’s is kept to compare', async () => {
    const store = createAppStore({ storage: memoryStorage(), sweepRunner: shortLoads });
    store.getState().loadDesign(stageById('3')!.start);
    const seen: number[] = [];
    const unsubscribe = store.subscribe((s) => { if (seen.at(-1) !== s.sweep.done) seen.push(s.sweep.done); });
    await store.getState().startSweep();
    unsubscribe();
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const before = store.getState().sweep.latest!;
    expect(before.result.points).toHaveLength(12);
    expect(before.baseRps).toBe(300);
    store.getState().loadDesign(stageById('3')!.solution);
    await store.getState().startSweep();
    const { latest, previous, status } = store.getState().sweep;
    expect(status).toBe('idle');
    expect(previous).toEqual(before);
    expect(latest!.number).toBe(2);
    expect(latest!.result.knee.rps!).toBeGreaterThan(before.result.knee.rps!);
  }, 60_000);

  it('Cancel stops the sweep, says so, and keeps the earlier sweeps', async () => {
    const store = createAppStore({ storage: memoryStorage(), sweepRunner: shortLoads });
    store.getState().loadDesign(stageById('3')!.start);
    const unsubscribe = store.subscribe((s) => { if (s.sweep.done === 2) s.cancelSweep(); });
    await store.getState().startSweep();
    unsubscribe();
    expect(store.getState().sweep).toMatchObject({ status: 'idle', latest: null, message: 'Cancelled: the sweep was stopped.' });
  }, 30_000);

  it('refuses a design that sends nothing with the reason', async () => {
    const store = createAppStore({ storage: memoryStorage(), sweepRunner: shortLoads });
    await store.getState().startSweep();
    expect(store.getState().sweep.message).toContain('sends no traffic');
    expect(store.getState().sweep.status).toBe('idle');
  });
});

/** A fake Worker that answers each load on a later tick, as the real one does. */
function fakeWorker(log: { spawned: number; terminated: number; served: number[] }): WorkerEndpoint {
  log.spawned++;
  const id = log.spawned;
  const endpoint: WorkerEndpoint = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      const { callId, request } = message as { callId: number; request: SweepTask };
      setTimeout(() => {
        log.served.push(id);
        endpoint.onmessage?.({ data: { callId, reply: runSweepPoint({ ...request, seconds: 2 }) } });
      }, 0);
    },
    terminate() { log.terminated++; },
  };
  return endpoint;
}

describe('sweep worker pool', () => {
  const tasks = (): SweepTask[] => {
    const store = createAppStore({ storage: memoryStorage() });
    store.getState().loadDesign(stageById('3')!.start);
    return Array.from({ length: 6 }, (_, index) => ({ index, offeredRps: 100 * (index + 1), design: store.getState().design, seconds: 2, seed: 1 }));
  };

  it('uses one worker per core less one, at least one, spread over all of them and ended after', async () => {
    expect(sweepPoolSize(8)).toBe(7);
    expect(sweepPoolSize(1)).toBe(1);
    const log = { spawned: 0, terminated: 0, served: [] as number[] };
    const points: SweepPoint[] = [];
    const result = await createWorkerSweepRunner(() => fakeWorker(log), 3)(tasks(), (p) => points.push(p), new AbortController().signal);
    expect(result).toHaveLength(6);
    expect(points).toHaveLength(6);
    expect(log.spawned).toBe(3);
    expect(new Set(log.served).size).toBe(3);
    expect(log.terminated).toBe(3);
  });

  it('terminates every worker at once on abort and rejects as cancelled', async () => {
    const log = { spawned: 0, terminated: 0, served: [] as number[] };
    const controller = new AbortController();
    const run = createWorkerSweepRunner(() => fakeWorker(log), 2)(tasks(), () => controller.abort(), controller.signal);
    await expect(run).rejects.toThrow('Cancelled.');
    expect(log.terminated).toBe(2);
    expect(log.served.length).toBeLessThan(6);
  });
});
