/**
 * Runs a sweep's loads on worker threads, one load per message, as many threads as asked. The
 * thread runs the same file as the CLI (the built bundle, dist-cli/scale-sim.cjs), which serves
 * loads instead when it starts as a worker (`serveSweepThread`). Without a runnable file (the CLI
 * run from TypeScript) or with one thread, the loads run in this thread one after the other.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { runSweepPoint, type SweepPoint, type SweepTask } from '../analysis/sweep';

type Reply = { index: number; point: SweepPoint } | { index: number; error: string };

const SWEEP_THREAD = 'scale-sim-sweep-thread';

/** Whether this thread was started to serve sweep loads. */
export const isSweepThread = (): boolean => !isMainThread && (workerData as { role?: string } | null)?.role === SWEEP_THREAD;

/** The worker side: answers every task with its point, or with the reason it could not run. */
export function serveSweepThread(): void {
  parentPort?.on('message', (task: SweepTask) => {
    let reply: Reply;
    try {
      reply = { index: task.index, point: runSweepPoint(task) };
    } catch (err) {
      reply = { index: task.index, error: err instanceof Error ? err.message : String(err) };
    }
    parentPort?.postMessage(reply);
  });
}

/** What happened to each load: its point, or why it did not run. */
export type LoadOutcome = { task: SweepTask; point: SweepPoint } | { task: SweepTask; error: string };

/** Runs `tasks` on up to `threads` threads of `script`; `onDone` after each load, in finishing order. */
export async function runOnThreads(tasks: readonly SweepTask[], threads: number, script: string | null, onDone: (o: LoadOutcome) => void): Promise<LoadOutcome[]> {
  const outcomes: LoadOutcome[] = [];
  const settle = (o: LoadOutcome): void => { outcomes.push(o); onDone(o); };
  if (script === null || threads <= 1 || tasks.length <= 1) {
    for (const task of tasks) {
      try {
        settle({ task, point: runSweepPoint(task) });
      } catch (err) {
        settle({ task, error: err instanceof Error ? err.message : String(err) });
      }
      // Lets the progress bar reach the terminal between loads.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return outcomes;
  }
  const queue = [...tasks];
  const one = (): Promise<void> => new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { role: SWEEP_THREAD } });
    let current: SweepTask | undefined;
    const next = (): void => {
      current = queue.shift();
      if (current) worker.postMessage(current);
      else void worker.terminate().then(() => resolve());
    };
    worker.on('message', (reply: Reply) => {
      if (!current) return;
      settle('point' in reply ? { task: current, point: reply.point } : { task: current, error: reply.error });
      next();
    });
    worker.on('error', (err) => reject(new Error(`a sweep thread stopped: ${err.message}`)));
    worker.on('exit', (code) => { if (current && code !== 0) reject(new Error(`a sweep thread exited with code ${code}`)); });
    next();
  });
  await Promise.all(Array.from({ length: Math.min(threads, tasks.length) }, one));
  return outcomes;
}
