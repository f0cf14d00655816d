/**
 * The guided stages in the store: which stage is open, the learner's progress (kept in the
 * browser), and Check, which grades the canvas's design against the stage off the main thread.
 * Loading a stage's starting design or its solution is an ordinary undoable commit: the learner's
 * own design is one Undo away, and the toast says so. The built-in stages' data is a chunk of its
 * own (stageContent.ts), loaded the first time something needs it; until then `content` says where it is.
 */
import { isStageId, STAGE_IDS } from '../stages/catalog';
import type { Design } from '../model';
import { isCustomStageId } from '../stages/custom/compile';
import { hitRatioSource, measuredFigure, type ScoredPrediction } from '../stages/prediction';
import { recordCheck, recordPrediction } from '../stages/progress';
import { createCustomStageActions, restoreSavedCustomStages } from './customStages';
import { createStageChecker, type StageChecker } from './stageCheckRunner';
import { loadStageState, saveStageState } from './stageProgress';
import { addFaults } from './scenarioEdits';
import type { SliceCreator, StoreDeps } from './types';
import type { StageContent, StageSlice } from './state/stage';

const importStageContent = (): Promise<StageContent> => import('./stageContent');

export const createStageSlice = (deps: StoreDeps): SliceCreator<StageSlice> => (set, get, api) => {
  let checker: StageChecker | null = null;
  /** Bumped when the stage changes, so a Check that finishes late does not land on another stage. */
  let checkToken = 0;
  /** The running highest-load sweep's controller, aborted when the stage changes or the learner stops it. */
  let limitAbort: AbortController | null = null;
  const stopLimit = (): void => { limitAbort?.abort(); limitAbort = null; };
  const saved = loadStageState(deps.storage);

  const persist = (): void => {
    const { progress, activeStageId, panelOpen } = get().stages;
    saveStageState(deps.storage, { progress, activeStageId, panelOpen });
  };

  let content: StageContent | null = null;
  let loading: Promise<StageContent | null> | null = null;
  const stageOf = (id: string) => content?.stageById(id) ?? get().findStage(id);

  // Teachers' stages load with their decoder, off the first paint; until then a custom stage
  // left open shows as the list, and it opens again once they are read.
  restoreSavedCustomStages(get, set, deps.storage, saved.activeStageId);

  /** The sweep after a Check with a highest-load prediction; lands nothing once the stage changed. */
  const measureHighestLoad = async (token: number, stageId: string, stage: NonNullable<ReturnType<typeof stageOf>>, design: Design, value: number): Promise<void> => {
    const controller = new AbortController();
    limitAbort = controller;
    const mine = (): boolean => token === checkToken && limitAbort === controller;
    try {
      const { scoreHighestLoad } = await import('./stageLimit');
      const outcome = await scoreHighestLoad({
        stage, design, value, runner: deps.sweepRunner ?? null, signal: controller.signal,
        onLoad: (done, total) => { if (mine()) set((s) => { s.stages.limit = { done, total }; }); },
      });
      if (!mine()) return;
      set((s) => {
        if (outcome.ok) s.stages.progress = recordPrediction(s.stages.progress, stageId, outcome.scored);
        else s.stages.limitMessage = outcome.error;
      });
      persist();
    } catch (err) {
      // Only the sweep's code failing to load gets here: scoreHighestLoad itself never rejects.
      if (mine()) set((s) => { s.stages.limitMessage = `The highest load could not be measured: ${err instanceof Error ? err.message : String(err)}`; });
    } finally {
      if (mine()) {
        limitAbort = null;
        set((s) => { s.stages.checking = false; s.stages.limit = null; });
      }
    }
  };

  return {
    stages: { ...saved, checking: false, lastCheck: null, custom: [], prediction: null, limit: null, limitMessage: null, content: 'idle' },

    stageContent: () => content,

    loadStageContent: () => {
      if (content) return Promise.resolve(content);
      loading ??= (async () => {
        set((s) => { s.stages.content = 'loading'; });
        try {
          content = await Promise.resolve().then(deps.stageContent ?? importStageContent);
          set((s) => { s.stages.content = 'ready'; });
        } catch (error) {
          loading = null; // the next stage opened tries again
          set((s) => { s.stages.content = 'failed'; });
          get().showBanner({
            tone: 'error',
            title: 'The stages could not be loaded. Your design is unchanged.',
            details: [error instanceof Error ? error.message : String(error), 'Check the connection, then open the stage again (or reload the page).'],
          });
        }
        return content;
      })();
      return loading;
    },

    setPrediction: (prediction) => set((s) => { s.stages.prediction = prediction; }),
    ...createCustomStageActions(deps)(set, get, api),

    setStagePanelOpen: (open) => {
      set((s) => { s.stages.panelOpen = open; });
      persist();
      if (open) void get().loadStageContent();
    },

    openStage: async (id, options) => {
      // A teacher's stage is in the store already; a built-in one needs the stages' chunk (at once when here).
      if (isStageId(id) && !content && !(await get().loadStageContent())) return false;
      const stage = stageOf(id);
      if (!stage) {
        get().showToast(`There is no stage “${id}”: the stages are ${STAGE_IDS.join(', ')}.`, 'warning');
        return false;
      }
      checkToken++;
      stopLimit();
      set((s) => {
        s.stages.limit = null;
        s.stages.limitMessage = null;
        s.stages.activeStageId = id;
        s.stages.panelOpen = true;
        s.stages.checking = false;
        s.stages.lastCheck = null;
        s.stages.prediction = null;
      });
      persist();
      if (options?.loadStart) get().loadStageDesign('start');
      return true;
    },

    closeStage: () => {
      checkToken++;
      stopLimit();
      set((s) => { s.stages.activeStageId = null; s.stages.checking = false; s.stages.lastCheck = null; s.stages.prediction = null; s.stages.limit = null; s.stages.limitMessage = null; });
      persist();
    },

    loadStageDesign: (which) => {
      const stage = stageOf(get().stages.activeStageId ?? '');
      if (!stage) return;
      const hadWork = get().design.nodes.length > 0;
      get().resetRun();
      // Kept in My designs first, like anything else that replaces the canvas.
      void get().replaceCanvas(which === 'start' ? stage.start : stage.solution, { reason: 'stage', undoable: true });
      set((s) => { s.stages.lastCheck = null; });
      const what = which === 'start' ? 'the starting design' : 'the reference solution';
      get().showToast(`Loaded ${what} of ${isCustomStageId(stage.id) ? `“${stage.title}”` : `stage ${stage.id}`}.${hadWork ? ' Undo brings your previous design back.' : ''}`, 'info');
    },

    checkActiveStage: async () => {
      const stageId = get().stages.activeStageId;
      if (!stageId || get().stages.checking) return null;
      const token = ++checkToken;
      const design = get().design;
      set((s) => { s.stages.checking = true; s.stages.limitMessage = null; });
      checker ??= deps.stageChecker ?? createStageChecker();
      const custom = isCustomStageId(stageId) ? get().findStage(stageId) : undefined;
      const view = await checker(stageId, design, custom);
      if (token !== checkToken) return null; // the learner moved on meanwhile
      const prediction = get().stages.prediction;
      const sweepAfter = prediction?.metric === 'highestLoadRps' && !view.error;
      set((s) => {
        s.stages.checking = sweepAfter;
        s.stages.lastCheck = view;
        if (!view.error) s.stages.progress = recordCheck(s.stages.progress, stageId, view);
        if (prediction && prediction.metric !== 'highestLoadRps' && view.summary) {
          const of = prediction.metric === 'hitRatioPct' ? hitRatioSource(design) : null;
          const scored: ScoredPrediction = { ...prediction, actual: measuredFigure(prediction.metric, view.summary, of) };
          if (of) scored.of = of;
          s.stages.progress = recordPrediction(s.stages.progress, stageId, scored);
        }
      });
      persist();
      const stage = stageOf(stageId);
      if (sweepAfter && prediction && stage) await measureHighestLoad(token, stageId, stage, design, prediction.value);
      else if (sweepAfter) set((s) => { s.stages.checking = false; });
      return view;
    },

    playStageFaults: async () => {
      const stageId = get().stages.activeStageId;
      const stage = stageId === null ? undefined : stageOf(stageId);
      if (!stage || stage.scenario.length === 0) return;
      const stages = await get().loadStageContent();
      if (!stages || get().stages.activeStageId !== stageId) return;
      const { events } = stages.resolveScenario(stage, get().design);
      if (events.length === 0) {
        get().showToast('None of this stage’s faults has a node to hit in your design: Check my design says which are missing.', 'warning');
        return;
      }
      const result = addFaults(get().design, events, stage.check.durationS);
      if (!result.ok) { get().showToast(result.errors.join(' '), 'warning'); return; }
      get().resetRun();
      if (result.value.added.length > 0) get().commit(result.value.design);
      get().startRun();
      const list = events.map((f) => `${f.action} ${f.target} at ${f.tS} s`).join(', ');
      get().showToast(result.value.added.length > 0
        ? `Playing the run with this stage’s faults (${list}): they are on the Faults strip now, and Undo takes them off.`
        : `Playing the run with this stage’s faults (${list}), already on the Faults strip.`, 'info');
    },

    cancelHighestLoad: () => limitAbort?.abort(),

    previewStage: (stage, withSolution) => {
      checker ??= deps.stageChecker ?? createStageChecker();
      const check = checker;
      return Promise.all([check(stage.id, stage.start, stage), withSolution ? check(stage.id, stage.solution, stage) : null])
        .then(([start, solution]) => ({ start, solution }));
    },

    resetStageProgress: () => {
      set((s) => { s.stages.progress = { ...s.stages.progress, stages: {} }; });
      persist();
    },
  };
};
