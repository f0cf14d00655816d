import { useReactFlow, useStore as useFlowStore, useStoreApi, type FitViewOptions, type ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { store, useStore, type StoreState } from '../../store';
import { autoFit } from './autoFit';
import { nodeBoxes } from './nodeBoxes';

const selectFitRequest = (s: StoreState) => s.fitViewRequest;
const selectRunning = (s: StoreState) => s.run.status === 'running';
const selectSize = (s: ReactFlowState) => `${s.width}x${s.height}`;
/** A dragged split resizes the canvas every frame: fit once it rests. */
const RESIZE_SETTLE_MS = 80;

interface Origin { x: number; y: number }
const originOf = (s: ReactFlowState): Origin | null => {
  const rect = s.domNode?.getBoundingClientRect();
  return rect ? { x: rect.left, y: rect.top } : null;
};

/**
 * Keeps the design in view. It fits whenever the store asks (a link, a file or a restore brought a
 * whole new design). Unless the user has zoomed or panned since the last fit, it also looks again
 * whenever the canvas changes size (a panel opened or closed, the split moved, the window turned),
 * its padding changes with it, or a run starts: then it keeps every node where it is on the screen
 * if the whole design still shows at the size a fit would draw it, and fits otherwise (autoFit.ts).
 */
export function useFitViewOnRequest(options: FitViewOptions) {
  const request = useStore(selectFitRequest);
  const running = useStore(selectRunning);
  const size = useFlowStore(selectSize);
  const flow = useStoreApi();
  const { fitView, setViewport } = useReactFlow();
  // Where the canvas's corner was on the screen when the view was last settled: a strip inserted
  // above the canvas moves it down, and the pan makes up for it so the nodes stay put.
  const origin = useRef<Origin | null>(null);

  /** Keeps the view if it can (at once, so nothing is drawn moved); otherwise says a fit is due. */
  const keepIfItShows = useCallback((): boolean => {
    const s = flow.getState();
    const now = originOf(s);
    const before = origin.current ?? now;
    origin.current = now;
    const [x, y, zoom] = s.transform;
    const decision = autoFit({
      canvas: { width: s.width, height: s.height },
      viewport: { x, y, zoom },
      originShift: now && before ? { dx: now.x - before.x, dy: now.y - before.y } : { dx: 0, dy: 0 },
      nodes: nodeBoxes(s),
      padding: options.padding ?? 0,
      minZoom: options.minZoom ?? s.minZoom,
      maxZoom: options.maxZoom ?? s.maxZoom,
    });
    if (!decision.keep) return false;
    const kept = decision.viewport;
    if (kept.x !== x || kept.y !== y) void setViewport(kept);
    return true;
  }, [flow, options, setViewport]);

  const handled = useRef(request);
  useEffect(() => {
    if (request === handled.current) return;
    handled.current = request;
    // After React Flow has the new nodes: fitView waits for them to be measured.
    const timer = setTimeout(() => { void fitView(options).then(() => { origin.current = originOf(flow.getState()); }); }, 0);
    return () => clearTimeout(timer);
  }, [request, fitView, options, flow]);

  // The first size is the canvas appearing: ReactFlow's own fitView prop fits the design then.
  // A layout effect, so a kept view is panned before the browser paints the moved canvas.
  const lastSize = useRef<string | null>(null);
  useLayoutEffect(() => {
    const previous = lastSize.current;
    lastSize.current = size;
    if (previous === null || size.startsWith('0x') || size.endsWith('x0')) {
      origin.current = originOf(flow.getState());
      return;
    }
    if (previous === size) return;
    if (store.getState().viewMovedByUser) { origin.current = originOf(flow.getState()); return; }
    if (keepIfItShows()) return;
    const timer = setTimeout(() => { void fitView(options); }, RESIZE_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [size, fitView, options, flow, keepIfItShows]);

  // The padding follows the canvas's height: a fit made before the canvas had its height is made again.
  const lastOptions = useRef(options);
  useEffect(() => {
    if (lastOptions.current === options) return;
    lastOptions.current = options;
    if (store.getState().viewMovedByUser || keepIfItShows()) return;
    const timer = setTimeout(() => { void fitView(options); }, RESIZE_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [fitView, options, keepIfItShows]);

  useEffect(() => {
    if (!running || store.getState().viewMovedByUser || keepIfItShows()) return;
    const timer = setTimeout(() => { void fitView(options); }, RESIZE_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [running, fitView, options, keepIfItShows]);
}
