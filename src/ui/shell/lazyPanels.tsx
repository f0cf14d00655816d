import { lazy, Suspense, type ComponentProps } from 'react';
import { loadDecoder } from '../../store';

// Not needed for the empty editor's first paint: each loads as its own chunk when first shown.
// The inspector's edits are checked by the design decoder: it arrives with the panel. If it cannot,
// the panel still opens and an edit says why it is refused (src/store/decoder.ts).
const LazyInspector = lazy(() => Promise.all([import('../inspector/Inspector'), loadDecoder().catch(() => undefined)]).then(([m]) => ({ default: m.Inspector })));
const LazyDashboardPanel = lazy(() => import('../run/DashboardPanel').then((m) => ({ default: m.DashboardPanel })));
const LazyStagePanel = lazy(() => import('../stages/StagePanel').then((m) => ({ default: m.StagePanel })));

type DashboardProps = ComponentProps<typeof LazyDashboardPanel>;

/** The panels the layouts place, each in its own chunk (and nothing drawn while it loads). */
export const Inspector = () => <Suspense fallback={null}><LazyInspector /></Suspense>;
export const DashboardPanel = (props: DashboardProps) => <Suspense fallback={null}><LazyDashboardPanel {...props} /></Suspense>;
export const StagePanel = () => <Suspense fallback={null}><LazyStagePanel /></Suspense>;
