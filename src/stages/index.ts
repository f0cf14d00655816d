/** The guided stages, in order, as data; `checkStage` (check.ts) grades a learner's design. */
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
import type { Stage } from './types';

export const STAGES: readonly Stage[] = [
  stage01, stage02, stage03, stage04, stage05, stage06, stage07,
  stage08, stage09, stage10, stage11, stageServices, stage12,
  stageRetryStorm, stagePartialFailure,
];

export const STAGE_IDS: readonly string[] = STAGES.map((s) => s.id);

/** The stage with this id ("1".."12" or a word like "services", as in `#stage=3`), or undefined. */
export const stageById = (id: string): Stage | undefined => STAGES.find((s) => s.id === id);

/**
 * How the stage list numbers a stage: its id when it is a number; a stage with a word for an id
 * ("services") is numbered after the number before it, with a letter ("11b", then "12b", "12c"),
 * so the chapter's numbers stay as the links use them.
 */
export function stageBadge(id: string): string {
  if (/^\d+$/.test(id)) return id;
  const before = STAGE_IDS.slice(0, Math.max(0, STAGE_IDS.indexOf(id)));
  const number = before.filter((x) => /^\d+$/.test(x)).pop();
  if (!number) return id;
  const words = before.length - 1 - before.lastIndexOf(number);
  return `${number}${String.fromCharCode('b'.charCodeAt(0) + words)}`;
}

export type { Stage, Goal, GoalResult, StageCheckResult, DemoStep, ScenarioNote } from './types';
export { evaluateGoal, evaluateGoals } from './goals';
export { resolveScenario } from './scenario';
// checkStage (check.ts) runs the engine: import it from './check' where a Check runs (a Worker),
// so pages that only show stages do not pull the engine into their first bundle.
export type { CheckEngine } from './check';
export * from './progress';
export * from './prediction';
