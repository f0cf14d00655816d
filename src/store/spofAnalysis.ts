/**
 * The single-point-of-failure analysis (src/model/spof.ts) is a chunk of its own: an empty canvas
 * has nothing to analyse. Each store asks for it as it is made, so it arrives right after the
 * first paint, and boot waits for it (with the decoder) when there is a design to show, so the
 * canvas's markers are there from the first frame. A failed fetch is forgotten: the next design
 * that needs it fetches again.
 */
import type * as Spof from '../model/spof';
import { lazyChunk } from './lazyChunk';

type AnalyseSpofs = typeof Spof.analyseSpofs;

const listeners = new Set<() => void>();
const chunk = lazyChunk<AnalyseSpofs>(() => import('../model/spof').then((m) => m.analyseSpofs), () => {
  for (const listener of listeners) listener();
  listeners.clear();
});

/** The analysis, fetched on first call and kept; everyone waiting with onSpofAnalysis hears when it arrives. */
export const loadSpofAnalysis = (): Promise<AnalyseSpofs> => chunk.load();

/** The analysis if it has arrived. */
export const spofAnalysisNow = (): AnalyseSpofs | undefined => chunk.now();

/** Calls `listener` when the analysis arrives (not if it is already here). */
export function onSpofAnalysis(listener: () => void): void {
  listeners.add(listener);
}
