import { useStore, type StoreState } from '../../store';

const selectLoading = (s: StoreState) => s.stages.content === 'loading';

/**
 * "Loading stage…" while the stages' chunk is on its way: a `#stage=` link, presenter mode after a
 * reload, or the stage list opened for the first time. A failure shows as the store's banner.
 */
export function StageLoading() {
  return useStore(selectLoading)
    ? <div className="stage-loading" role="status" aria-live="polite" data-testid="stage-loading">Loading stage…</div>
    : null;
}
