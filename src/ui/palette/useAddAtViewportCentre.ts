import { useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import type { Kind } from '../../model';
import { store } from '../../store';

/** Adds a component in the middle of what the canvas shows: the keyboard and click path to dragging. */
export function useAddAtViewportCentre() {
  const flow = useStoreApi();
  return useCallback((kind: Kind) => {
    const { width, height, transform: [x, y, zoom] } = flow.getState();
    const centre = { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom };
    return store.getState().addNode(kind, centre);
  }, [flow]);
}
