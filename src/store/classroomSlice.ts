/**
 * Classroom mode: a teacher plays a stage's demo script over the live run. The script's steps
 * fire when simulated time reaches them (or at once, with Next); each shows its narration and
 * may kill or restore a node through the same actions the editor uses.
 */
import { demoForStage, type DemoStep } from '../classroom';
import type { SliceCreator } from './types';

export interface ClassroomState {
  active: boolean;
  /** The stage whose demo is loaded. */
  stageId: string;
  /** The last step shown (-1: none yet). */
  stepIndex: number;
}

export interface ClassroomSlice {
  classroom: ClassroomState;
  /** Opens the presenter view on stage `stageId`'s demo (its design replaces the canvas, undoably). */
  enterClassroom: (stageId?: string) => void;
  leaveClassroom: () => void;
  /** Runs the demo from the start, or resumes it when paused. */
  playDemo: () => void;
  pauseDemo: () => void;
  /** From the start again: the run restarts and the narration rewinds. */
  replayDemo: () => void;
  /** Shows and performs the next step now, without waiting for its time. */
  nextStep: () => void;
  /** Shows the previous step's narration again (what it did stays done). */
  prevStep: () => void;
}

export const createClassroomSlice: SliceCreator<ClassroomSlice> = (set, get, api) => {
  const steps = (): readonly DemoStep[] => demoForStage(get().classroom.stageId)?.script.steps ?? [];

  const perform = (step: DemoStep): void => {
    if (!step.action) return;
    if ('kill' in step.action) get().killNode(step.action.kill);
    else get().restoreNode(step.action.restore);
  };

  const fire = (index: number): void => {
    set((s) => { s.classroom.stepIndex = index; });
    perform(steps()[index]);
  };

  // Steps fire as simulated time reaches them, whoever moves the clock (play, step, speed).
  api.subscribe((state, prev) => {
    const { classroom, run, live } = state;
    if (!classroom.active || run.status === 'idle' || live === prev.live) return;
    // At high speed one frame can pass several steps: all of them happen, in order.
    const all = steps();
    for (let next = classroom.stepIndex + 1; next < all.length && live.tMs >= all[next].tS * 1000; next++) fire(next);
  });

  const load = (stageId: string): boolean => {
    const demo = demoForStage(stageId);
    if (!demo) {
      get().showToast(`There is no demo for stage “${stageId}”.`, 'warning');
      return false;
    }
    get().resetRun();
    void get().replaceCanvas(demo.design, { reason: 'presenter', undoable: true });
    set((s) => { s.classroom = { active: true, stageId, stepIndex: -1 }; });
    return true;
  };

  return {
    classroom: { active: false, stageId: '1', stepIndex: -1 },

    enterClassroom: (stageId) => {
      if (!load(stageId ?? get().stages.activeStageId ?? get().classroom.stageId)) return;
      get().setSpeed(1);
      get().showToast('Presenter view: Space runs and pauses, → and ← step through the script, Esc leaves. Undo brings your design back.', 'info');
    },

    leaveClassroom: () => {
      get().resetRun();
      set((s) => { s.classroom.active = false; s.classroom.stepIndex = -1; });
    },

    playDemo: () => {
      const { status } = get().run;
      if (status === 'paused') { get().resumeRun(); return; }
      if (status === 'running') return;
      set((s) => { s.classroom.stepIndex = -1; });
      get().startRun();
    },

    pauseDemo: () => get().pauseRun(),

    replayDemo: () => {
      get().resetRun();
      set((s) => { s.classroom.stepIndex = -1; });
      get().startRun();
    },

    nextStep: () => {
      const next = get().classroom.stepIndex + 1;
      if (next >= steps().length) return;
      if (get().run.status === 'idle' || get().run.status === 'done') get().startRun();
      fire(next);
    },

    prevStep: () => set((s) => { s.classroom.stepIndex = Math.max(-1, s.classroom.stepIndex - 1); }),
  };
};
