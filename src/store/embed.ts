/**
 * Starting the store for the read-only embed view (`?embed=1#d=…`): the design comes from the
 * link alone. Nothing is read from or written to the browser's storage, so an embedded design
 * never touches the visitor's own saved work.
 */
import type { StoreApi } from 'zustand/vanilla';
import { decodeDesignPayload, parseHash } from '../model';
import { applyRunSettings } from './linkLoader';
import type { StoreState } from './types';

/** Opens the design of `hash` into `store`; returns the reasons when there is none to show. */
export function bootEmbed(store: StoreApi<StoreState>, hash: string): string[] {
  const target = parseHash(hash);
  if (target.type !== 'design') return ['This embed link holds no design: it should end with #d=… as the Share button makes it.'];
  const result = decodeDesignPayload(target.payload);
  if (!result.ok) return result.errors;
  store.getState().resetDesign(result.value);
  applyRunSettings(store, target.extras);
  store.getState().requestFitView();
  return [];
}
