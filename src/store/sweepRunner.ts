/**
 * Runs the loads of a sweep in parallel Web Workers: one per core, less one for the page (at least
 * one). Where Workers are missing (tests in Node) the loads run on this thread, loaded on demand so
 * the engine stays out of the first-paint bundle. Aborting terminates the workers at once.
 */
import type { SweepPoint, SweepTask } from '../analysis/sweepPlan';
import { CANCELLED } from './state/sweep';
import { openChannel, type WorkerChannel, type WorkerEndpoint } from './workerChannel';

/** Runs every task; `onPoint` as each finishes; rejects when `signal` aborts or a load fails. */
export type SweepRunner = (tasks: readonly SweepTask[], onPoint: (point: SweepPoint) => void, signal: AbortSignal) => Promise<SweepPoint[]>;


const spawnSweepWorker = (): WorkerEndpoint =>
  // Vite finds and bundles the worker from this exact `new Worker(new URL(...))` form.
  new Worker(new URL('../worker/sweepWorker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerEndpoint;

/** How many workers a sweep uses: the cores the browser reports, less one, at least one. */
export const sweepPoolSize = (cores: number | undefined = typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency): number =>
  Math.max(1, (cores ?? 2) - 1);

/** On this thread, one load after another, yielding between loads so the page can paint. */
export const inlineSweepRunner: SweepRunner = async (tasks, onPoint, signal) => {
  const { runSweepPoint } = await import('../analysis/sweep');
  const points: SweepPoint[] = [];
  for (const task of tasks) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (signal.aborted) throw new Error(CANCELLED);
    const point = runSweepPoint(task);
    points.push(point);
    onPoint(point);
  }
  return points;
};

/** Workers from `spawn`, `size` of them, made for each sweep and ended with it. */
export function createWorkerSweepRunner(spawn: () => WorkerEndpoint = spawnSweepWorker, size: number = sweepPoolSize()): SweepRunner {
  return async (tasks, onPoint, signal) => {
    const queue = [...tasks];
    const points: SweepPoint[] = [];
    const channels: WorkerChannel<SweepTask, SweepPoint>[] = [];
    const stop = (): void => { for (const c of channels) c.close(); };
    signal.addEventListener('abort', stop);
    const lane = async (channel: WorkerChannel<SweepTask, SweepPoint>): Promise<void> => {
      for (let task = queue.shift(); task; task = queue.shift()) {
        const point = await channel.call(task);
        points.push(point);
        onPoint(point);
      }
    };
    try {
      for (let i = 0; i < Math.min(size, tasks.length); i++) channels.push(openChannel<SweepTask, SweepPoint>(spawn()));
      await Promise.all(channels.map(lane));
      return points;
    } catch (err) {
      if (signal.aborted) throw new Error(CANCELLED);
      throw err;
    } finally {
      signal.removeEventListener('abort', stop);
      stop();
    }
  };
}

/** The app's runner: Web Workers where there are any, else this thread. */
export const defaultSweepRunner = (): SweepRunner => (typeof Worker === 'undefined' ? inlineSweepRunner : createWorkerSweepRunner());
