import { lazy, Suspense, type ComponentProps } from 'react';

// Not needed for the empty editor's first paint: each loads as its own chunk when first shown.
const LazyInspector = lazy(() => import('../inspector/Inspector').then((m) => ({ default: m.Inspector })));
const LazyDashboardPanel = lazy(() => import('../run/DashboardPanel').then((m) => ({ default: m.DashboardPanel })));
const LazyStagePanel = lazy(() => import('../stages/StagePanel').then((m) => ({ default: m.StagePanel })));

type DashboardProps = ComponentProps<typeof LazyDashboardPanel>;

/** The panels the layouts place, each in its own chunk (and nothing drawn while it loads). */
export const Inspector = () => <Suspense fallback={null}><LazyInspector /></Suspense>;
export const DashboardPanel = (props: DashboardProps) => <Suspense fallback={null}><LazyDashboardPanel {...props} /></Suspense>;
export const StagePanel = () => <Suspense fallback={null}><LazyStagePanel /></Suspense>;
