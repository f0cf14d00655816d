/** The design model: pure TypeScript shared by the engine, the store, the UI and the CLI. */
export * from './params';
export * from './kinds';
export * from './design';
export * from './result';
export * from './limits';
export * from './ids';
export * from './codec';
export * from './edgeRules';
export * from './requestTypes';
export * from './sessionUse';
export * from './faults';
// What decodes untrusted input (zod, the migrations) is src/model/decoding.ts, loaded on demand by the page;
// faultTargets.ts and deploys.ts are imported by path, as the fault menus, the decoder and the engine need them.
// routing.ts is imported by path: the engine and the SPOF analysis route, the first load does not.
// pricing.ts, sizing.ts and cost.ts are imported by path: the first bundle needs none of them (docs/cost.md).
export * from './sizeParam';
export * from './services';
