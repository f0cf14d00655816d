/** Classroom mode's data: demo scripts and each stage's demo. Pure. (Checking a script: parseScript.ts.) */
export { describeAction, scriptFaults, type DemoScript, type DemoStep, type DemoAction } from './script';
export { STAGE_DEMOS, demoForStage, stageDemo, type StageDemo } from './demos';
