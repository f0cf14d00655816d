/** One Web Worker of a "Find the limit" sweep: runs the loads the page sends, one at a time. */
import { runSweepPoint, type SweepPoint, type SweepTask } from '../analysis/sweep';
import { serveCalls, type CallScope } from './rpc';

serveCalls(globalThis as unknown as CallScope<SweepTask, SweepPoint>, (task) => {
  try {
    return runSweepPoint(task);
  } catch (err) {
    throw new Error(`The load ${task.offeredRps} req/s could not run: ${err instanceof Error ? err.message : String(err)}`);
  }
});
