/**
 * The guided stages (designs, explanations, goals, scripts) and the classroom demos made from them:
 * one chunk, which the store loads on first use (`loadStageContent`: the stage list, a `#stage=`
 * link, presenter mode), so the empty editor's first load carries only their ids (stages/catalog.ts).
 */
export { stageById } from '../stages';
export { demoForStage, STAGE_DEMOS, stageDemo } from '../classroom/demos';
export { scriptFaults } from '../classroom/script';
export { resolveScenario } from '../stages/scenario';
