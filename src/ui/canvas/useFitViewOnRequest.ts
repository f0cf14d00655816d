import { useReactFlow, useStore as useFlowStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { store, useStore, type StoreState } from '../../store';
import { autoFit, fitViewport, type FitInput } from './autoFit';
import { FIT_MAX_ZOOM, fitPadding, flowPadding, MIN_ZOOM, selectFitTop } from './fitOptions';
import type { Box } from './minimapRoom';
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

/** The zoom controls' box in the canvas's pixels, as laid out now. */
const controlsBox = (s: ReactFlowState): Box | null => {
  const canvas = s.domNode?.getBoundingClientRect();
  const controls = s.domNode?.querySelector('.react-flow__controls')?.getBoundingClientRect();
  if (!canvas || !controls || controls.width === 0) return null;
  return { x: controls.left - canvas.left, y: controls.top - canvas.top, width: controls.width, height: controls.height };
};

/**
 * Keeps the design in view, and returns the fit the canvas's fit button makes. It fits the design
 * once at start (`fitAtStart`, a design was there to show) and whenever the store asks (a link, a
 * file or a restore brought a whole new design). Unless the user has zoomed or panned since the
 * last fit, it also looks again whenever the canvas changes size (a panel opened or closed, the
 * split moved, the window turned), its padding changes with it, or a run starts: then it keeps
 * every node where it is on the screen if the whole design still shows at the size a fit would draw
 * it, and fits otherwise (autoFit.ts). Every fit keeps the nodes clear of the zoom controls.
 */
export function useFitViewOnRequest(fitAtStart: boolean): () => Promise<void> {
  const request = useStore(selectFitRequest);
  const running = useStore(selectRunning);
  const size = useFlowStore(selectSize);
  const fitTop = useFlowStore(selectFitTop);
  // One object per padding, so the fit effects see a change only when it changes.
  const padding = useMemo(() => fitPadding(fitTop), [fitTop]);
  const flow = useStoreApi();
  const { fitView, setViewport } = useReactFlow();
  // Where the canvas's corner was on the screen when the view was last settled: a strip inserted
  // above the canvas moves it down, and the pan makes up for it so the nodes stay put.
  const origin = useRef<Origin | null>(null);

  const fitInput = useCallback((s: ReactFlowState): FitInput => (
    { canvas: { width: s.width, height: s.height }, nodes: [...nodeBoxes(s)], padding, controls: controlsBox(s) }
  ), [padding]);

  /** React Flow's fit (it waits for the nodes to be measured), then the same fit clear of the zoom controls. */
  const fitDesign = useCallback(async (): Promise<void> => {
    await fitView({ padding: flowPadding(padding), minZoom: MIN_ZOOM, maxZoom: FIT_MAX_ZOOM });
    const s = flow.getState();
    const fitted = fitViewport(fitInput(s));
    const [x, y, zoom] = s.transform;
    if (fitted && (Math.abs(fitted.x - x) > 0.5 || Math.abs(fitted.y - y) > 0.5 || Math.abs(fitted.zoom - zoom) > 1e-4)) await setViewport(fitted);
    origin.current = originOf(flow.getState());
  }, [fitView, setViewport, flow, padding, fitInput]);

  /** Keeps the view if it can (at once, so nothing is drawn moved); otherwise says a fit is due. */
  const keepIfItShows = useCallback((): boolean => {
    const s = flow.getState();
    const now = originOf(s);
    const before = origin.current ?? now;
    origin.current = now;
    const [x, y, zoom] = s.transform;
    const decision = autoFit({
      ...fitInput(s),
      viewport: { x, y, zoom },
      originShift: now && before ? { dx: now.x - before.x, dy: now.y - before.y } : { dx: 0, dy: 0 },
    });
    if (!decision.keep) return false;
    const kept = decision.viewport;
    if (kept.x !== x || kept.y !== y) void setViewport(kept);
    return true;
  }, [flow, fitInput, setViewport]);

  // An empty canvas keeps zoom 1, so the first drop does not jump.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (fitAtStart) void fitDesign();
  }, [fitAtStart, fitDesign]);

  const handled = useRef(request);
  useEffect(() => {
    if (request === handled.current) return;
    handled.current = request;
    // After React Flow has the new nodes: fitView waits for them to be measured.
    const timer = setTimeout(() => { void fitDesign(); }, 0);
    return () => clearTimeout(timer);
  }, [request, fitDesign]);

  // The first size is the canvas appearing: the fit at start fits the design then.
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
    const timer = setTimeout(() => { void fitDesign(); }, RESIZE_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [size, flow, keepIfItShows, fitDesign]);

  // The padding follows the canvas's height: a fit made before the canvas had its height is made again.
  const lastPadding = useRef(padding);
  useEffect(() => {
    if (lastPadding.current === padding) return;
    lastPadding.current = padding;
    if (store.getState().viewMovedByUser || keepIfItShows()) return;
    const timer = setTimeout(() => { void fitDesign(); }, RESIZE_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [padding, keepIfItShows, fitDesign]);

  useEffect(() => {
    if (!running || store.getState().viewMovedByUser || keepIfItShows()) return;
    const timer = setTimeout(() => { void fitDesign(); }, RESIZE_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [running, keepIfItShows, fitDesign]);

  return fitDesign;
}
