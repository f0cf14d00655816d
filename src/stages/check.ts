import { runDesign } from '../engine';
import type { Design } from '../model';
import { runStageCheck, type CheckEngine } from './runCheck';
import type { Stage, StageCheckResult } from './types';

const defaultEngine: CheckEngine = { runDesign };

/** The Check button: runs the learner's design headless with the stage's faults and grades its goals. */
export const checkStage = (stage: Stage, design: Design, engine: CheckEngine = defaultEngine): StageCheckResult =>
  runStageCheck(stage, design, engine);

export type { CheckEngine };
