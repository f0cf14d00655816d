/**
 * A teacher's stage as the rest of the app sees a stage: the same `Stage` shape the Check, the
 * panel and the classroom use. Its id carries a prefix, so it never collides with a built-in one
 * and its progress sits beside theirs under a name of its own.
 */
import type { Stage } from '../types';
import type { StageDefinition } from './types';

export const CUSTOM_STAGE_PREFIX = 'custom:';

export const isCustomStageId = (id: string): boolean => id.startsWith(CUSTOM_STAGE_PREFIX);

/** The app-wide stage id of a teacher's stage `id`. */
export const customStageId = (id: string): string => `${CUSTOM_STAGE_PREFIX}${id}`;

/** Without a solution, "Show solution" is hidden and the classroom plays over the start. */
export function compileStage(def: StageDefinition): Stage {
  return {
    id: customStageId(def.id),
    title: def.title,
    summary: def.summary,
    explanation: def.explanation,
    newKinds: [],
    start: def.start,
    solution: def.solution ?? def.start,
    scenario: def.scenario,
    check: def.check,
    goals: def.goals,
    demo: def.demo,
    demoOn: def.solution ? 'solution' : 'start',
  };
}
