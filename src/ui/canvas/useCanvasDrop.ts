import { useReactFlow } from '@xyflow/react';
import { useMemo, type DragEvent } from 'react';
import { store } from '../../store';
import { carriesFiles, carriesKind, draggedKind } from '../dragData';
import { importDesignFile } from '../toolbar/fileTransfer';

/** Drops on the canvas: a palette component lands under the cursor; a .json file is imported. */
export function useCanvasDrop() {
  const { screenToFlowPosition } = useReactFlow();
  return useMemo(() => ({
    onDragOver: (event: DragEvent) => {
      if (!carriesKind(event.dataTransfer) && !carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDrop: (event: DragEvent) => {
      const kind = draggedKind(event.dataTransfer);
      if (kind) {
        event.preventDefault();
        store.getState().addNode(kind, screenToFlowPosition({ x: event.clientX, y: event.clientY }));
        return;
      }
      const file = event.dataTransfer.files[0];
      if (!file) return;
      event.preventDefault();
      if (!/\.json$/i.test(file.name) && file.type !== 'application/json') {
        store.getState().showToast(`“${file.name}” is not a design file: drop a .json file exported from Scale Playground.`, 'warning');
        return;
      }
      void importDesignFile(file);
    },
  }), [screenToFlowPosition]);
}
