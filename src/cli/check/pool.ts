/**
 * Grades designs on worker threads, one design per task, as many threads as cores (or `jobs`).
 * The worker is the CLI bundle itself (cli.cts sees it is not the main thread and serves grading),
 * so the built CLI needs no second file. Without a bundle to start (tests run the sources), or
 * when a thread cannot start, the designs are graded on this thread one after another.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Design } from '../../model';
import type { Stage } from '../../stages';
import { gradeOne, type DesignVerdict } from './verdict';

export interface GradeTask { design: Design; source: string }

const ROLE = 'scale-sim-grader';
interface GraderData { role: typeof ROLE; stage: Stage }
type TaskMessage = { index: number; task: GradeTask };
type ResultMessage = { index: number; verdict: DesignVerdict };

/** True in a thread started by gradeInParallel. */
export const isGraderThread = (): boolean => (workerData as GraderData | null)?.role === ROLE && parentPort !== null;

/** The worker side: grade each task the parent sends. */
export function serveGrading(): void {
  const { stage } = workerData as GraderData;
  parentPort!.on('message', ({ index, task }: TaskMessage) => {
    parentPort!.postMessage({ index, verdict: gradeOne(stage, task.design, task.source) } satisfies ResultMessage);
  });
}

const gradeHere = (stage: Stage, tasks: readonly GradeTask[]): DesignVerdict[] => tasks.map((t) => gradeOne(stage, t.design, t.source));

/** Grades every task; the verdicts come back in the tasks' order. */
export async function gradeInParallel(stage: Stage, tasks: readonly GradeTask[], options: { script?: string; jobs?: number }): Promise<DesignVerdict[]> {
  const threads = Math.min(tasks.length, options.jobs ?? availableParallelism(), 16);
  if (!options.script || threads < 2) return gradeHere(stage, tasks);
  const verdicts: (DesignVerdict | undefined)[] = new Array(tasks.length);
  let next = 0;
  const runThread = () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(options.script!, { workerData: { role: ROLE, stage } satisfies GraderData, argv: [] });
    const feed = () => {
      if (next >= tasks.length) { void worker.terminate().then(() => resolve()); return; }
      const index = next++;
      worker.postMessage({ index, task: tasks[index] } satisfies TaskMessage);
    };
    worker.on('message', ({ index, verdict }: ResultMessage) => { verdicts[index] = verdict; feed(); });
    worker.once('error', reject);
    worker.once('online', feed);
  });
  try {
    await Promise.all(Array.from({ length: threads }, runThread));
  } catch {
    // A thread that would not start or died: whatever it left undone is graded here.
  }
  return tasks.map((t, i) => verdicts[i] ?? gradeOne(stage, t.design, t.source));
}
