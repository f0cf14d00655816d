/**
 * Runs stage Checks off the main thread. A Check simulates 40–60 s of traffic (100–600 ms of CPU),
 * long enough to freeze the page, so it goes to a small dedicated Worker; where Workers are
 * missing (tests in Node, locked-down pages) it runs here after a paint, loaded on demand so the
 * engine stays out of the first-paint bundle either way.
 */
import type { Design } from '../model';
import { failedCheck, type StageCheckView } from './stageCheckView';

/** Grades a design against a stage; resolves (never rejects) with the verdict. */
export type StageChecker = (stageId: string, design: Design) => Promise<StageCheckView>;

export interface CheckRequest { requestId: number; stageId: string; design: Design }
export interface CheckReply { requestId: number; view: StageCheckView }

const describe = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** On this thread: yields first, so the page can paint the spinner before the CPU is busy. */
export const inlineStageChecker: StageChecker = async (stageId, design) => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    const { gradeDesign } = await import('./stageCheck');
    return gradeDesign(stageId, design);
  } catch (err) {
    return failedCheck(stageId, `The check could not run: ${describe(err)}`);
  }
};

/**
 * A Worker started on the first Check and kept for the next ones. If it cannot start or dies,
 * the pending Checks fail with a message and later ones run inline.
 */
export function createStageChecker(): StageChecker {
  if (typeof Worker === 'undefined') return inlineStageChecker;
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, { stageId: string; resolve: (view: StageCheckView) => void }>();

  const failAll = (message: string) => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const { stageId, resolve } of pending.values()) resolve(failedCheck(stageId, message));
    pending.clear();
  };

  const spawn = (): Worker => {
    // Vite finds and bundles the worker from this exact `new Worker(new URL(...))` form.
    const w = new Worker(new URL('../worker/stageCheckWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<CheckReply>) => {
      const waiting = pending.get(event.data.requestId);
      pending.delete(event.data.requestId);
      waiting?.resolve(event.data.view);
    };
    w.onerror = (event) => failAll(`The check stopped unexpectedly: ${event.message || 'the worker failed'}. Press Check again.`);
    return w;
  };

  return (stageId, design) => {
    if (broken) return inlineStageChecker(stageId, design);
    try {
      worker ??= spawn();
    } catch {
      broken = true;
      return inlineStageChecker(stageId, design);
    }
    const requestId = nextId++;
    const request: CheckRequest = { requestId, stageId, design };
    return new Promise<StageCheckView>((resolve) => {
      pending.set(requestId, { stageId, resolve });
      worker!.postMessage(request);
    });
  };
}
