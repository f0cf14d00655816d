import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect } from 'react';

/**
 * Publishes the canvas's zoom as `--flow-zoom` on React Flow's element, so CSS can size what must
 * keep a size on screen (a finger's target round a handle) although it is drawn inside the zoomed
 * viewport. Written to the DOM from a store subscription: a pinch changes the zoom every frame,
 * and re-rendering the canvas for it would cost more than the style it sets.
 */
export function FlowZoomVar(): null {
  const api = useStoreApi();
  useEffect(() => {
    let written = NaN;
    const write = (s: ReactFlowState): void => {
      const zoom = s.transform[2];
      if (zoom === written || !s.domNode) return;
      written = zoom;
      s.domNode.style.setProperty('--flow-zoom', String(zoom));
    };
    write(api.getState());
    return api.subscribe(write);
  }, [api]);
  return null;
}
