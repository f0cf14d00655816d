/**
 * Starting the store for the read-only embed view (`?embed=1#d=…`): the design comes from the
 * link alone. The app's store is made without storage or library on an embed page (index.ts), so
 * nothing is read from or written to the visitor's browser storage. "Open in Scale Playground"
 * is an ordinary share link: the editor that opens it keeps the visitor's work first, as for any link.
 */
import type { StoreApi } from 'zustand/vanilla';
import { parseHash } from '../model';
import { requireDecoder } from './decoder';
import { applyRunSettings } from './linkLoader';
import type { StoreState } from './types';

/** Whether this page is the embed view; decided from the address alone, before any storage is touched. */
export function isEmbedPage(): boolean {
  return typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('embed') === '1';
}

/** Whether this page is classroom mode's audience window (`?audience=1`): it shows what the presenter's sends and keeps nothing. */
export function isAudiencePage(): boolean {
  return typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('audience') === '1';
}

/** The editor's address for an embed's: the same link without `embed=1` (other query fields stay). */
export function editorLinkFor(embedHref: string): string {
  const url = new URL(embedHref);
  url.searchParams.delete('embed');
  return url.toString();
}

/** Opens the design of `hash` into `store`; returns the reasons when there is none to show. Boot fetches the decoder first (beforeBoot). */
export function bootEmbed(store: StoreApi<StoreState>, hash: string): string[] {
  const target = parseHash(hash);
  if (target.type !== 'design') return ['This embed link holds no design: it should end with #d=… as the Share button makes it.'];
  const result = requireDecoder().decodeDesignPayload(target.payload);
  if (!result.ok) return result.errors;
  store.getState().resetDesign(result.value);
  applyRunSettings(store, target.extras);
  store.getState().requestFitView();
  return [];
}
