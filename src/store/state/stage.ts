/** The guided stages' state and actions (stageSlice.ts implements them). */
import type { Prediction, Stage, StageProgress } from '../../stages';
import type { Course, StageDefinition } from '../../stages/custom/types';
import type { StageCheckView } from '../../worker/stageCheckView';
import type * as StageContentModule from '../stageContent';

/** The built-in stages and classroom demos, once their chunk has loaded (stageContent.ts). */
export type StageContent = typeof StageContentModule;

/** Where the stages' chunk is: not asked for yet, on its way, here, or refused (the network). */
export type StageContentStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** A teacher's stage: its definition as it travels, and the stage the app runs. */
export interface CustomStageEntry {
  def: StageDefinition;
  stage: Stage;
}

export interface StageState {
  progress: StageProgress;
  /** The stage shown in the panel, or null for the list. */
  activeStageId: string | null;
  panelOpen: boolean;
  /** True while a Check runs. */
  checking: boolean;
  /** The newest Check of the active stage (cleared when another stage opens). */
  lastCheck: StageCheckView | null;
  /** Teachers' stages opened in this browser, in the order they arrived. */
  custom: CustomStageEntry[];
  /** The learner's prediction for the next Check of the active stage (cleared when another stage opens). */
  prediction: Prediction | null;
  /** While a highest-load prediction's sweep runs after the Check: its loads done of total; null otherwise. */
  limit: { done: number; total: number } | null;
  /** Why the newest highest-load sweep gave no figure (refused, stopped, a worker failed); null when it did. */
  limitMessage: string | null;
  /** The built-in stages' chunk: "loading" shows "Loading stage…", "failed" a message (the banner). */
  content: StageContentStatus;
}

export interface StageSlice {
  stages: StageState;
  setStagePanelOpen: (open: boolean) => void;
  /**
   * Shows stage `id` in the panel; with `loadStart`, also puts its starting design on the canvas.
   * Waits for the stages' chunk the first time (at once when it is here); false when there is no
   * such stage or the chunk could not be loaded (a message says which).
   */
  openStage: (id: string, options?: { loadStart?: boolean }) => Promise<boolean>;
  /** Loads the built-in stages and classroom demos (once; again after a failure); null when that failed. */
  loadStageContent: () => Promise<StageContent | null>;
  /** The built-in stages and classroom demos if their chunk is here, else null (`loadStageContent` fetches it). */
  stageContent: () => StageContent | null;
  /** Back to the list of stages. */
  closeStage: () => void;
  /** Replaces the canvas with the active stage's starting design or reference solution (undoable). */
  loadStageDesign: (which: 'start' | 'solution') => void;
  /** Sets (or, with null, drops) the prediction the next Check is compared with. */
  setPrediction: (prediction: Prediction | null) => void;
  /**
   * Grades the current design against the active stage and records the outcome; with a highest-load
   * prediction, then sweeps the design (`limit` counts the loads) and scores it against the knee.
   */
  checkActiveStage: () => Promise<StageCheckView | null>;
  /**
   * Puts the active stage's faults (matched to the design as the Check matches them) on the design's
   * Faults strip, undoably, and starts a run: the learner watches live what the Check measures.
   */
  playStageFaults: () => Promise<void>;
  /** Stops a running highest-load sweep; the Check's own result stays. */
  cancelHighestLoad: () => void;
  /** Forgets the progress of every stage. */
  resetStageProgress: () => void;
  /** A built-in stage or a teacher's, by its app-wide id. */
  findStage: (id: string) => Stage | undefined;
  /** Opens a stage file's text (`sourceName` names it in messages); a refusal shows the reasons and changes nothing. */
  openCourseText: (text: string, sourceName: string) => Promise<boolean>;
  /** Opens a `#stage-def=` payload, the same way. */
  openCoursePayload: (payload: string) => Promise<boolean>;
  /** Keeps a checked course and opens its first stage with its starting design (`from`: "a link", a file name). */
  addCourse: (course: Course, from: string) => Promise<void>;
  /** Runs a stage's Check on its start and its solution (the Make a stage preview); records nothing. */
  previewStage: (stage: Stage, withSolution: boolean) => Promise<{ start: StageCheckView; solution: StageCheckView | null }>;
  /** Forgets a teacher's stage (its progress stays, should it come back). */
  removeCustomStage: (id: string) => void;
}
