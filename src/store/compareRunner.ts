/**
 * Runs a Compare off the main thread: its designs (two, or the gallery's three) through the
 * engine with one seed and length, in a Worker kept for the next comparison. A worker that dies
 * fails its comparison with the reason, and the next one starts a new worker.
 */
import type { Design } from '../model';
import type { CompareReply, CompareRequest, CompareResult } from '../worker/compareProtocol';
import { openChannel, type WorkerChannel, type WorkerEndpoint } from './workerChannel';

export type { CompareResult };
export type CompareRunner = (designs: readonly Design[], seed: number, durationS: number) => Promise<CompareResult[]>;

const spawnCompareWorker = (): WorkerEndpoint =>
  // Vite finds and bundles the worker from this exact `new Worker(new URL(...))` form.
  new Worker(new URL('../worker/compareWorker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerEndpoint;

/** A runner whose worker comes from `spawn`; rejects with the worker's error or its death. */
export function createCompareRunner(spawn: () => WorkerEndpoint = spawnCompareWorker): CompareRunner {
  let channel: WorkerChannel<CompareRequest, CompareReply> | null = null;
  return (designs, seed, durationS) => {
    if (!channel?.open) channel = openChannel<CompareRequest, CompareReply>(spawn());
    return channel.call({ designs: [...designs], seed, durationS });
  };
}

/** The app's runner: one Worker, started on the first comparison. */
export const runComparison: CompareRunner = createCompareRunner();
