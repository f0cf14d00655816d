/**
 * The one store of the app: zustand with immer, built from slices. To add a slice (simulation,
 * stage): write `fooSlice.ts` exporting `FooSlice` and `createFooSlice`, add `FooSlice` to
 * StoreState in types.ts, and spread `createFooSlice(...a)` below.
 */
import { useStore as useZustandStore } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { bootReadsDesign, bootStore } from './boot';
import { loadDecoder } from './decoder';
import { loadSpofAnalysis } from './spofAnalysis';
import { createClassroomSlice } from './classroomSlice';
import { createDesignSlice } from './designSlice';
import { createDocumentSlice } from './documentSlice';
import { createHistorySlice } from './historySlice';
import { isAudiencePage, isEmbedPage } from './embed';
import { idbLibrary } from './library/idbLibrary';
import { createLibrarySlice } from './library/librarySlice';
import { browserStorage } from './persistence';
import { createSelectionSlice } from './selectionSlice';
import { createSimulationSlice } from './simulationSlice';
import { createStageSlice } from './stageSlice';
import { createSweepSlice } from './sweepSlice';
import { createUiSlice } from './uiSlice';
import type { StoreDeps, StoreState } from './types';

/** A fresh store; tests make their own with an in-memory storage. */
export function createAppStore(deps: StoreDeps = {}): StoreApi<StoreState> {
  // Middleware is applied once, here, around all slices.
  return createStore<StoreState>()(immer((...a) => ({
    ...createHistorySlice(...a),
    ...createDesignSlice(...a),
    ...createSelectionSlice(...a),
    ...createUiSlice(deps)(...a),
    ...createDocumentSlice(deps)(...a),
    ...createSimulationSlice(deps)(...a),
    ...createStageSlice(deps)(...a),
    ...createClassroomSlice(...a),
    ...createLibrarySlice(deps)(...a),
    ...createSweepSlice(deps)(...a),
  })));
}

// The embed shows someone's design on another page, the audience window the presenter's: neither
// reads nor writes the visitor's storage.
const embedded = isEmbedPage() || isAudiencePage();
const appStorage = embedded ? undefined : browserStorage();

/** The app's store, saving to localStorage and My designs (IndexedDB) when the browser allows it. */
export const store = createAppStore({ storage: appStorage, library: embedded ? undefined : idbLibrary() });

/**
 * What the page waits for before it starts the store: nothing (null) for an empty editor; the design
 * decoder when there is saved work or a link to read, or an embed to show, and with it the SPOF
 * analysis, so the design's markers show on the first paint (without them if that fetch fails). It
 * rejects when the decoder cannot be fetched; then nothing has been read or written.
 */
export const beforeBoot = (): Promise<unknown> | null =>
  (isEmbedPage() || (!isAudiencePage() && bootReadsDesign(appStorage, window.location.hash))
    ? Promise.all([loadDecoder(), loadSpofAnalysis().catch(() => undefined)])
    : null);

/** Starts the app's store: autosave loaded, share link opened, autosave running. Returns a stop function. */
export const bootAppStore = (): (() => void) => bootStore(store, appStorage);

/** Reads the app store from React with a selector (keep selectors narrow and module-level). */
export const useStore = <T>(selector: (state: StoreState) => T): T => useZustandStore(store, selector);

export type { StoreState, StoreDeps, KeyValueStorage } from './types';
export type { Banner, BannerAction, Sheet, Toast, Tone } from './state/ui';
export type { LayoutPrefs } from './layoutPrefs';
export { DASHBOARD_SHARE_MAX, DASHBOARD_SHARE_MIN, LAYOUT_STORAGE_KEY } from './layoutPrefs';
export type { Selection } from './state/selection';
export type { ParamPath } from './paramEdit';
export { readParam } from './paramEdit';
export { startAutosave } from './autosave';
export { loadDecoder, preloadDecoderWhenIdle } from './decoder';
export { bootEmbed, editorLinkFor, isAudiencePage, isEmbedPage } from './embed';
export type { LibraryEntry, KeptReason } from './library/types';
export type { LibraryState } from './state/library';
export type { SavedWorkNotice, NoticeAction } from './state/document';
export { formatWhen } from './library/entries';
export { STORAGE_KEYS, memoryStorage, browserStorage } from './persistence';
export { edgeWarningsById, spofsById, spofServedFlows, nodesById } from './derived';
export { COMPONENT_NODE_SIZE } from './geometry';
export { selectPlayedS } from './designSlice';
export { earliestTime, hasHappened } from './scenarioEdits';
export type { RunControl, RunStatus, RunSettingsPatch } from './state/simulation';
export type { RunLive, RunSeries } from './runFrames';
export { MAX_EVENTS, MAX_SERIES_POINTS } from './runFrames';
export type { SimPort, SimPortFactory, SimHandlers } from './simClientPort';
export type { StageState } from './state/stage';
export type { ClassroomState } from './state/classroom';
export type { StageCheckView } from '../worker/stageCheckView';
// The Compare runner (compareRunner.ts) is imported by path: only the lazy Compare and gallery dialogs run it.
export type { StageChecker } from './stageCheckRunner';
export type { SweepRun, SweepState } from './state/sweep';
export type { SweepRunner } from './sweepRunner';
