/** Stages written by teachers: their format (types.ts), decoder, file and link, and how they become stages. */
export { CUSTOM_STAGE_VERSION, type Course, type StageDefinition } from './types';
export { decodeCourse, decodeStage, CUSTOM_LIMITS } from './decode';
export { parseCourseJson, decodeCoursePayload, encodeCoursePayload, serializeCourse, courseUrl } from './file';
export { customStageId, isCustomStageId, CUSTOM_STAGE_PREFIX } from './compile';
export { compileStage } from './compileStage';
export { GOAL_FIELDS } from './goalSchema';
export { parseMarkdown, parseInline, type Block, type Inline } from './markdown';
