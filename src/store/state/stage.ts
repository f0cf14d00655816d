/** The guided stages' state and actions (stageSlice.ts implements them). */
import type { StageProgress } from '../../stages';
import type { StageCheckView } from '../../worker/stageCheckView';

export interface StageState {
  progress: StageProgress;
  /** The stage shown in the panel, or null for the list. */
  activeStageId: string | null;
  panelOpen: boolean;
  /** True while a Check runs. */
  checking: boolean;
  /** The newest Check of the active stage (cleared when another stage opens). */
  lastCheck: StageCheckView | null;
}

export interface StageSlice {
  stages: StageState;
  setStagePanelOpen: (open: boolean) => void;
  /** Shows stage `id` in the panel; with `loadStart`, also puts its starting design on the canvas. */
  openStage: (id: string, options?: { loadStart?: boolean }) => boolean;
  /** Back to the list of stages. */
  closeStage: () => void;
  /** Replaces the canvas with the active stage's starting design or reference solution (undoable). */
  loadStageDesign: (which: 'start' | 'solution') => void;
  /** Grades the current design against the active stage and records the outcome. */
  checkActiveStage: () => Promise<StageCheckView | null>;
  /** Forgets the progress of every stage. */
  resetStageProgress: () => void;
}
