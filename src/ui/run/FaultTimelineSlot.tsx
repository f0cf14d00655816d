
import { loadDecoder, useStore, type StoreState } from '../../store';
import { LazyPart, retryableLazy } from '../common/LazyPart';

// Its own chunk: the empty editor's first paint has no design, so no timeline to draw.
// Faults added or moved on the timeline are checked by the design decoder: it arrives with the timeline.
const LazyFaultTimeline = retryableLazy(() => Promise.all([import('./FaultTimeline'), loadDecoder().catch(() => undefined)]).then(([m]) => ({ default: m.FaultTimeline })));
const selectHasNodes = (s: StoreState) => s.design.nodes.length > 0;

/** Where the layouts place the fault timeline: loaded and shown once the design has a node. */
export function FaultTimelineSlot() {
  const hasNodes = useStore(selectHasNodes);
  return hasNodes ? <LazyPart what="The fault timeline"><LazyFaultTimeline /></LazyPart> : null;
}
