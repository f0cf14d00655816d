/**
 * The demo each stage ships for classroom mode: its narrated steps (written with the stage, in
 * src/stages) played over the stage's starting design or its solution.
 */
import type { Design } from '../model';
import { STAGES, stageBadge, stageById, type Stage } from '../stages';
import { isCustomStageId } from '../stages/custom/compile';
import type { DemoScript } from './script';

export interface StageDemo {
  stageId: string;
  script: DemoScript;
  /** The design the script plays on. */
  design: Design;
}

/** A stage's demo (built-in or a teacher's), or undefined when its script has no steps. */
export const stageDemo = (stage: Stage): StageDemo | undefined => (stage.demo.length === 0 ? undefined : demoOf(stage));

const demoOf = (stage: Stage): StageDemo => ({
  stageId: stage.id,
  script: { title: isCustomStageId(stage.id) ? `Your stage: ${stage.title}` : `Stage ${stageBadge(stage.id)}: ${stage.title}`, steps: stage.demo.map((step) => ({ ...step })) },
  design: stage.demoOn === 'start' ? stage.start : stage.solution,
});

/** Every stage's demo, in stage order. */
export const STAGE_DEMOS: readonly StageDemo[] = STAGES.map(demoOf);

/** The demo of built-in stage `id`, or undefined (a teacher's stage: `stageDemo` of the store's stage). */
export function demoForStage(id: string): StageDemo | undefined {
  const stage = stageById(id);
  return stage ? demoOf(stage) : undefined;
}
