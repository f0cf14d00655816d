import { useReactFlow, useStore as useFlowStore, type FitViewOptions, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { store, useStore, type StoreState } from '../../store';

const selectFitRequest = (s: StoreState) => s.fitViewRequest;
const selectRunning = (s: StoreState) => s.run.status === 'running';
const selectSize = (s: ReactFlowState) => `${s.width}x${s.height}`;
/** A dragged split resizes the canvas every frame: fit once it rests. */
const RESIZE_SETTLE_MS = 80;

/**
 * Keeps the design in view. It fits whenever the store asks (a link, a file or a restore brought a
 * whole new design), and, unless the user has zoomed or panned since the last fit, whenever the
 * canvas changes size (a panel opened or closed, the split moved, the window turned), its padding
 * changes with it, or a run starts.
 */
export function useFitViewOnRequest(options: FitViewOptions) {
  const request = useStore(selectFitRequest);
  const running = useStore(selectRunning);
  const size = useFlowStore(selectSize);
  const { fitView } = useReactFlow();

  const handled = useRef(request);
  useEffect(() => {
    if (request === handled.current) return;
    handled.current = request;
    // After React Flow has the new nodes: fitView waits for them to be measured.
    const timer = setTimeout(() => { void fitView(options); }, 0);
    return () => clearTimeout(timer);
  }, [request, fitView, options]);

  // The first size is the canvas appearing: ReactFlow's own fitView prop fits the design then.
  const lastSize = useRef<string | null>(null);
  useEffect(() => {
    const previous = lastSize.current;
    lastSize.current = size;
    if (previous === null || previous === size || size.startsWith('0x') || size.endsWith('x0')) return;
    if (store.getState().viewMovedByUser) return;
    const timer = setTimeout(() => { void fitView(options); }, RESIZE_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [size, fitView, options]);

  // The padding follows the canvas's height: a fit made before the canvas had its height is made again.
  const lastOptions = useRef(options);
  useEffect(() => {
    if (lastOptions.current === options) return;
    lastOptions.current = options;
    if (store.getState().viewMovedByUser) return;
    const timer = setTimeout(() => { void fitView(options); }, RESIZE_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [fitView, options]);

  useEffect(() => {
    if (!running || store.getState().viewMovedByUser) return;
    const timer = setTimeout(() => { void fitView(options); }, RESIZE_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [running, fitView, options]);
}
