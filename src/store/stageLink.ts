/**
 * `#stage=<id>` links (DESIGN.md §6): open the stage and put its starting design on the canvas.
 * Like a share link, it must not silently replace the learner's saved work: loading the stage's
 * design keeps what was there in My designs first, and the banner offers it back.
 */
import type { StoreApi } from 'zustand/vanilla';
import { parseHash, serializeDesign } from '../model';
import { stageById } from '../stages';
import { forgetLinkFragment } from './linkLoader';
import type { KeyValueStorage, StoreState } from './types';

/** Opens the stage named in `hash`, if any; returns whether the fragment named a stage. */
export function openStageFromHash(store: StoreApi<StoreState>, hash: string, _storage?: KeyValueStorage): boolean {
  const target = parseHash(hash);
  if (target.type !== 'stage') return false;
  const state = store.getState();
  // openStage says so when there is no such stage.
  if (!state.openStage(target.id)) return true;
  const stage = stageById(target.id)!;
  // Already on the canvas (a reload, or the learner's own copy of it): nothing to replace.
  if (serializeDesign(state.design) === serializeDesign(stage.start)) return true;
  const keptBefore = store.getState().library.lastKept;
  store.getState().loadStageDesign('start');
  const opened = `Opened stage ${stage.id}, “${stage.title}”, with its starting design.`;
  void store.getState().whenLibrarySettled().then(() => {
    const kept = store.getState().library.lastKept;
    if (!kept || kept === keptBefore) return;
    store.getState().showBanner({
      tone: 'info',
      title: `${opened} Your previous work is saved in My designs.`,
      details: [`It is kept as “${kept.title}”.`],
      action: { id: 'restoreBackup', label: 'Restore it' },
    });
  });
  return true;
}

/** Opens the stage link the page was loaded with, then follows ones pasted into the address bar. */
export function followStageLinks(store: StoreApi<StoreState>, storage: KeyValueStorage | undefined): () => void {
  const handle = () => {
    if (openStageFromHash(store, window.location.hash, storage)) forgetLinkFragment();
  };
  handle();
  window.addEventListener('hashchange', handle);
  return () => window.removeEventListener('hashchange', handle);
}
