import { type ComponentProps } from 'react';
import { loadDecoder } from '../../store';
import { LazyPart, retryableLazy } from '../common/LazyPart';

// Not needed for the empty editor's first paint: each loads as its own chunk when first shown.
// The inspector's edits are checked by the design decoder: it arrives with the panel. If it cannot,
// the panel still opens and an edit says why it is refused (src/store/decoder.ts).
const LazyInspector = retryableLazy(() => Promise.all([import('../inspector/Inspector'), loadDecoder().catch(() => undefined)]).then(([m]) => ({ default: m.Inspector })));
const LazyDashboardPanel = retryableLazy(() => import('../run/DashboardPanel').then((m) => ({ default: m.DashboardPanel })));
const LazyStagePanel = retryableLazy(() => import('../stages/StagePanel').then((m) => ({ default: m.StagePanel })));

type DashboardProps = ComponentProps<typeof LazyDashboardPanel>;

/** The panels the layouts place, each in its own chunk (and nothing drawn while it loads). */
export const Inspector = () => <LazyPart what="The inspector"><LazyInspector /></LazyPart>;
export const DashboardPanel = (props: DashboardProps) => <LazyPart what="The dashboard"><LazyDashboardPanel {...props} /></LazyPart>;
export const StagePanel = () => <LazyPart what="The stage panel"><LazyStagePanel /></LazyPart>;
