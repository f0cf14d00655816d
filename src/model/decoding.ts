/**
 * Everything that reads an untrusted design, fault, parameter set or route list, with zod behind
 * it: the store loads this module on demand (src/store/decoder.ts), so the editor's first load
 * carries no zod. The CLI, the worker and the stages import it directly.
 */
export { decodeDesign } from './decode';
export { decodeDesignPayload, parseDesignJson } from './designText';
export { describeIssues, PARAM_SCHEMAS } from './paramSchema';
export { parseFault } from './faultSchema';
export { faultTargetProblem } from './faultTargets';
export { decodeRoutes, decodeRules } from './serviceDecode';
