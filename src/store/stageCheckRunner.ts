/**
 * Runs stage Checks off the main thread. A Check simulates 40–60 s of traffic (100–600 ms of CPU),
 * long enough to freeze the page, so it goes to a small dedicated Worker; where Workers are
 * missing (tests in Node, locked-down pages) it runs here after a paint, loaded on demand so the
 * engine stays out of the first-paint bundle either way.
 */
import type { Design } from '../model';
import type { Stage } from '../stages';
import { failedCheck, type CheckRequest, type StageCheckView } from '../worker/stageCheckView';
import { openChannel, type WorkerChannel, type WorkerEndpoint } from './workerChannel';

/** Grades a design against a stage (`stage`: a teacher's, sent whole); resolves (never rejects) with the verdict. */
export type StageChecker = (stageId: string, design: Design, stage?: Stage) => Promise<StageCheckView>;

const describe = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** On this thread: yields first, so the page can paint the spinner before the CPU is busy. */
const inlineStageChecker: StageChecker = async (stageId, design, stage) => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    const { gradeDesign } = await import('../worker/stageGrade');
    return gradeDesign(stageId, design, stage);
  } catch (err) {
    return failedCheck(stageId, `The check could not run: ${describe(err)}`);
  }
};

const spawnCheckWorker = (): WorkerEndpoint =>
  // Vite finds and bundles the worker from this exact `new Worker(new URL(...))` form.
  new Worker(new URL('../worker/stageCheckWorker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerEndpoint;

/**
 * A Worker started on the first Check and kept for the next ones. If it cannot start or dies,
 * the pending Checks fail with a message and later ones run inline.
 */
export function createStageChecker(spawn: (() => WorkerEndpoint) | null = typeof Worker === 'undefined' ? null : spawnCheckWorker): StageChecker {
  if (spawn === null) return inlineStageChecker;
  let channel: WorkerChannel<CheckRequest, StageCheckView> | null = null;
  let broken = false;

  return async (stageId, design, stage) => {
    if (broken) return inlineStageChecker(stageId, design, stage);
    try {
      channel ??= openChannel<CheckRequest, StageCheckView>(spawn(), { onDead: () => { broken = true; } });
    } catch {
      broken = true;
      return inlineStageChecker(stageId, design, stage);
    }
    try {
      return await channel.call(stage ? { stageId, design, stage } : { stageId, design });
    } catch (err) {
      return failedCheck(stageId, `The check stopped unexpectedly: ${describe(err)} Press Check again.`);
    }
  };
}
