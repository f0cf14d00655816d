import type { StateCreator } from 'zustand/vanilla';
import type { ClassroomSlice } from './state/classroom';
import type { DesignSlice } from './state/design';
import type { DocumentSlice } from './state/document';
import type { HistorySlice } from './state/history';
import type { LibrarySlice } from './state/library';
import type { DesignLibrary } from './library/types';
import type { SelectionSlice } from './state/selection';
import type { SimPortFactory } from './simClientPort';
import type { SimulationSlice } from './state/simulation';
import type { StageChecker } from './stageCheckRunner';
import type { StageContent, StageSlice } from './state/stage';
import type { SweepSlice } from './state/sweep';
import type { SweepRunner } from './sweepRunner';
import type { UiSlice } from './state/ui';
import type { KeyValueStorage } from './keyValueStorage';

/**
 * The whole store: every slice's state and actions side by side. A new slice (simulation, stage)
 * adds its type here and its creator in index.ts.
 */
export type StoreState = DesignSlice & SelectionSlice & HistorySlice & UiSlice & DocumentSlice & SimulationSlice & StageSlice & ClassroomSlice & LibrarySlice & SweepSlice;

/** What a slice creator receives: the immer-wrapped set/get of the whole store. */
export type SliceCreator<T> = StateCreator<StoreState, [['zustand/immer', never]], [], T>;

export type { KeyValueStorage } from './keyValueStorage';

/** Outside services the store needs, injected so tests run in Node without a browser. */
export interface StoreDeps {
  storage?: KeyValueStorage;
  /** My designs (default: none, so nothing can be kept; the app passes IndexedDB). */
  library?: DesignLibrary;
  /** Makes the simulation worker client on the first Run (default: the real Web Worker). */
  simPort?: SimPortFactory;
  /** Grades stage Checks (default: a Web Worker, or this thread where there is none). */
  stageChecker?: StageChecker;
  /** Runs "Find the limit" sweeps (default: parallel Web Workers, or this thread where there are none). */
  sweepRunner?: SweepRunner;
  /** Loads the stages' chunk (default: `import('./stageContent')`; tests pass a failing one). */
  stageContent?: () => Promise<StageContent>;
}
