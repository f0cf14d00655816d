/**
 * Classroom mode: a teacher plays a stage's demo script over the live run. The script's kills and
 * restores go to the engine with the run, as scheduled faults, so they happen at their exact
 * simulated times whatever the speed; the narration of each step shows when the run's clock
 * (as the frames report it) reaches the step. Next runs the simulation on to the next step's time.
 * The demos come with the stages' chunk (stageContent.ts): entering presenter mode waits for it.
 */
import type { DemoStep, StageDemo } from '../classroom';
import { createAudienceActions } from './audienceScreen';
import type { SliceCreator } from './types';
import type { ClassroomSlice } from './state/classroom';

export const createClassroomSlice: SliceCreator<ClassroomSlice> = (set, get, api) => {
  // A teacher's stage plays its own classroom script the same way a built-in one does.
  const demoFor = (stageId: string): StageDemo | undefined => {
    const content = get().stageContent();
    const custom = get().findStage(stageId);
    return custom ? content?.stageDemo(custom) : content?.demoForStage(stageId);
  };
  const steps = (): readonly DemoStep[] => demoFor(get().classroom.stageId)?.script.steps ?? [];

  const show = (index: number): void => set((s) => { s.classroom.stepIndex = index; });

  // Narration follows the run's clock, whoever moves it (play, step, speed); the faults themselves
  // were scheduled in the engine when the run started, so a late frame never delays them.
  api.subscribe((state, prev) => {
    const { classroom, run, live } = state;
    if (!classroom.active || run.status === 'idle' || live === prev.live) return;
    // At high speed one frame can pass several steps: the caption shows the last one reached.
    const all = steps();
    let reached = classroom.stepIndex;
    while (reached + 1 < all.length && live.tMs >= all[reached + 1].tS * 1000) reached++;
    if (reached !== classroom.stepIndex) show(reached);
  });

  const load = (stageId: string): boolean => {
    const demo = demoFor(stageId);
    if (!demo) {
      get().showToast(`There is no demo for stage “${stageId}”.`, 'warning');
      return false;
    }
    get().resetRun();
    get().setScheduledFaults(get().stageContent()?.scriptFaults(demo.script) ?? []);
    void get().replaceCanvas(demo.design, { reason: 'presenter', undoable: true });
    set((s) => { s.classroom = { active: true, stageId, stepIndex: -1, audience: null }; });
    return true;
  };

  return {
    classroom: { active: false, stageId: '1', stepIndex: -1, audience: null },
    ...createAudienceActions(set, get, api),

    classroomDemo: (stageId) => demoFor(stageId ?? get().classroom.stageId),

    classroomDemos: () => {
      const content = get().stageContent();
      if (!content) return [];
      return [
        ...content.STAGE_DEMOS,
        ...get().stages.custom.flatMap((entry) => { const demo = content.stageDemo(entry.stage); return demo ? [demo] : []; }),
      ];
    },

    enterClassroom: async (stageId) => {
      if (!get().stageContent() && !(await get().loadStageContent())) return false;
      // The open stage's demo when it has one (a teacher's stage may have no script), else the last one played.
      const active = get().stages.activeStageId;
      if (!load(stageId ?? (active && demoFor(active) ? active : get().classroom.stageId))) return false;
      get().setSpeed(1);
      get().showToast('Presenter view: ▶ (Space) runs and pauses, ‹ and › (← and →) step through the script, the last button (Esc) leaves. Undo brings your design back.', 'info');
      return true;
    },

    leaveClassroom: () => {
      get().resetRun();
      get().setScheduledFaults([]);
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
      const all = steps();
      const next = get().classroom.stepIndex + 1;
      if (next >= all.length) return;
      const { run, live } = get();
      const fresh = run.status !== 'running' && run.status !== 'paused';
      // The run's clock as last reported; while running the engine may be a frame further on,
      // so Next can stop a little after the step (its fault still lands at its own time).
      const gapMs = all[next].tS * 1000 - (fresh ? 0 : live.tMs);
      if (gapMs > 0) { get().stepRun(gapMs); return; }
      // A step at t = 0 from a fresh run holds there too, as every other step does: the run is
      // started paused, not played (at 10× it was past the next steps before the teacher spoke).
      if (fresh) { get().startRun(); get().pauseRun(); }
      show(next);
    },

    prevStep: () => set((s) => { s.classroom.stepIndex = Math.max(-1, s.classroom.stepIndex - 1); }),
  };
};
