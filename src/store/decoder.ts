/**
 * The design decoder (src/model/decoding.ts, with zod) is a chunk of its own, so the empty editor
 * paints without it. Boot waits for it when there is something to decode (an autosave, a link, an
 * embed); the inspector and the fault timeline wait for it as they load; otherwise it is fetched
 * once the page is idle. A failed fetch is forgotten, so the next use tries again.
 */
import type * as Decoding from '../model/decoding';
import { lazyChunk } from './lazyChunk';

export type Decoder = typeof Decoding;

/** What a refused edit or link says when the decoder cannot be fetched. */
export const DECODER_MISSING = 'The editor could not load its design checks (the network may be down). Nothing was changed; try again in a moment.';

const chunk = lazyChunk<Decoder>(() => import('../model/decoding'));

/** The decoder, fetched on first call and kept; a failure rejects and the next call fetches again. */
export const loadDecoder = (): Promise<Decoder> => chunk.load();

/** The decoder if it has arrived, for the actions that answer at once. */
export const decoderNow = (): Decoder | undefined => chunk.now();

/**
 * For the edits that answer at once (a parameter, a fault, a route): the decoder if it is here.
 * If not (its panel loads it first, so only a fetch that failed gets here), the edit is refused
 * with DECODER_MISSING and the fetch starts again for the next try.
 */
export function decoderForEdit(): Decoder | undefined {
  const ready = decoderNow();
  if (!ready) loadDecoder().catch(() => { /* the next edit tries again */ });
  return ready;
}

/**
 * The decoder for code that runs only after boot waited for it (the autosave read at startup).
 * Reaching it without the decoder is a bug in the boot order, not a state to carry on from.
 */
export function requireDecoder(): Decoder {
  const ready = decoderNow();
  if (!ready) throw new Error('The design decoder is not loaded: boot must await loadDecoder() before reading saved work.');
  return ready;
}

/** Fetches the decoder when the page has nothing better to do (after the first paint). */
export function preloadDecoderWhenIdle(): void {
  if (decoderNow() || typeof window === 'undefined') return;
  const fetchIt = () => { loadDecoder().catch(() => { /* fetched again on first use */ }); };
  if ('requestIdleCallback' in window) window.requestIdleCallback(fetchIt, { timeout: 2000 });
  else setTimeout(fetchIt, 200);
}
