/** A teacher's stage as the rest of the app sees a stage (the Check, the panel, the classroom). */
import type { Stage } from '../types';
import { customStageId } from './compile';
import type { StageDefinition } from './types';

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
