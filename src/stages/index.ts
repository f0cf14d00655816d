/** The guided stages, in order, as data (loaded on first use: the page's first load has catalog.ts only); `checkStage` (check.ts) grades a learner's design. */
import { stage01 } from './stage01-single-server';
import { stage02 } from './stage02-data-tier';
import { stage03 } from './stage03-load-balancer';
import { stage04 } from './stage04-replication';
import { stage05 } from './stage05-cache';
import { stage06 } from './stage06-cdn';
import { stage07 } from './stage07-stateless-web';
import { stage08 } from './stage08-data-centers';
import { stage09 } from './stage09-queue';
import { stage10 } from './stage10-monitoring';
import { stage11 } from './stage11-sharding';
import { stage12 } from './stage12-millions';
import { stageServices } from './stage-services';
import { stagePartialFailure } from './stage-partial-failure';
import { stageRetryStorm } from './stage-retry-storm';
import { STAGE_ID_LIST, type BuiltInStageId } from './catalog';
import type { Stage } from './types';

/** Each built-in stage by its id; the course order is catalog.ts's (the type checks every id has its stage). */
const BY_ID = {
  '1': stage01, '2': stage02, '3': stage03, '4': stage04, '5': stage05, '6': stage06, '7': stage07,
  '8': stage08, '9': stage09, '10': stage10, '11': stage11, services: stageServices, '12': stage12,
  'retry-storm': stageRetryStorm, 'partial-failure': stagePartialFailure,
} satisfies Record<BuiltInStageId, Stage>;

export const STAGES: readonly Stage[] = STAGE_ID_LIST.map((id) => BY_ID[id]);

export { STAGE_IDS, stageBadge, isStageId } from './catalog';

/** The stage with this id ("1".."12" or a word like "services", as in `#stage=3`), or undefined. */
export const stageById = (id: string): Stage | undefined => (Object.hasOwn(BY_ID, id) ? BY_ID[id as BuiltInStageId] : undefined);

export type { Stage, Goal, GoalResult, StageCheckResult, DemoStep, ScenarioNote } from './types';
export { evaluateGoal, evaluateGoals } from './goals';
export { resolveScenario } from './scenario';
// checkStage (check.ts) runs the engine: import it from './check' where a Check runs (a Worker),
// so pages that only show stages do not pull the engine into their first bundle.
export type { CheckEngine } from './check';
export * from './progress';
export * from './prediction';
export * from './predictionWords';
