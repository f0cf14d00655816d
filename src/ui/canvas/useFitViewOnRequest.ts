import { useReactFlow, type FitViewOptions } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useStore, type StoreState } from '../../store';

const selectFitRequest = (s: StoreState) => s.fitViewRequest;

/** Fits the view whenever the store asks (a link, a file or a restore brought a whole new design). */
export function useFitViewOnRequest(options: FitViewOptions) {
  const request = useStore(selectFitRequest);
  const { fitView } = useReactFlow();
  const handled = useRef(request);
  useEffect(() => {
    if (request === handled.current) return;
    handled.current = request;
    // After React Flow has the new nodes: fitView waits for them to be measured.
    const timer = setTimeout(() => { void fitView(options); }, 0);
    return () => clearTimeout(timer);
  }, [request, fitView, options]);
}
