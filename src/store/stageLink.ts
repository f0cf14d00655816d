/**
 * `#stage=<id>` links (docs/design-format.md, "Share links"): open the stage and put its starting design on the canvas.
 * Like a share link, it must not silently replace the learner's saved work: loading the stage's
 * design keeps what was there in My designs first, and the banner offers it back.
 */
import type { StoreApi } from 'zustand/vanilla';
import { parseHash, serializeDesign } from '../model';
import { forgetLinkFragment } from './linkLoader';
import type { KeyValueStorage, StoreState } from './types';

/**
 * Opens the stage named in `hash`, if any; returns whether the fragment named a stage. The stage
 * opens once the stages' chunk is here ("Loading stage…" until then); `opened` settles then, true
 * when it did (false: no such stage, or the chunk failed, and a message says so).
 */
export function openStageFromHash(store: StoreApi<StoreState>, hash: string, _storage?: KeyValueStorage): { named: boolean; opened: Promise<boolean> } {
  const target = parseHash(hash);
  if (target.type !== 'stage') return { named: false, opened: Promise.resolve(false) };
  return { named: true, opened: openStageWithStart(store, target.id) };
}

async function openStageWithStart(store: StoreApi<StoreState>, id: string): Promise<boolean> {
  // openStage says so when there is no such stage, or the stages could not be loaded.
  if (!(await store.getState().openStage(id))) return false;
  const state = store.getState();
  const stage = state.stageContent()?.stageById(id);
  if (!stage) return false;
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
      title: `${opened} The design you had open is saved in My designs.`,
      details: [`It is kept as “${kept.title}”.`],
      action: { id: 'restoreBackup', label: 'Restore it' },
    });
  });
  return true;
}

/** Opens the stage link the page was loaded with, then follows ones pasted into the address bar. */
export function followStageLinks(store: StoreApi<StoreState>, storage: KeyValueStorage | undefined): () => void {
  const handle = () => {
    if (openStageFromHash(store, window.location.hash, storage).named) forgetLinkFragment();
  };
  handle();
  window.addEventListener('hashchange', handle);
  return () => window.removeEventListener('hashchange', handle);
}
