/** Classroom mode's data: demo scripts, their validation, and each stage's demo. Pure. */
export { parseDemoScript, describeAction, scriptFaults, type DemoScript, type DemoStep, type DemoAction } from './script';
export { STAGE_DEMOS, demoForStage, type StageDemo } from './demos';
