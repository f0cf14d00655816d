import type { Connection, EdgeChange, NodeChange, OnNodeDrag } from '@xyflow/react';
import { useMemo } from 'react';
import { store } from '../../store';
import type { Dimensions, FlowNode } from './flowElements';
import { beginGesture, currentGesture, endGesture } from './gesture';

/**
 * React Flow's change events turned into store actions. React Flow never holds the design: it
 * reports what the user did, the store decides, and the derived nodes flow back.
 */
export function useFlowHandlers(recordMeasured: (updates: { id: string; dimensions: Dimensions }[]) => void) {
  return useMemo(() => {
    const onNodesChange = (changes: NodeChange<FlowNode>[]) => {
      const moves: { id: string; position: { x: number; y: number } }[] = [];
      const selects: { id: string; selected: boolean }[] = [];
      const measured: { id: string; dimensions: Dimensions }[] = [];
      const state = store.getState();
      for (const change of changes) {
        if (change.type === 'position' && change.position) moves.push({ id: change.id, position: change.position });
        else if (change.type === 'select') selects.push({ id: change.id, selected: change.selected });
        else if (change.type === 'dimensions' && change.dimensions) {
          if (change.resizing) state.resizeGroup(change.id, change.dimensions, undefined, currentGesture());
          else measured.push({ id: change.id, dimensions: change.dimensions });
        }
        // 'remove' never arrives: deleteKeyCode is off and deletion goes through the store's action.
      }
      if (moves.length) state.moveNodes(moves, currentGesture());
      if (selects.length) state.applySelectChanges(selects, []);
      recordMeasured(measured);
    };

    const onEdgesChange = (changes: EdgeChange[]) => {
      const selects = changes.flatMap((c) => (c.type === 'select' ? [{ id: c.id, selected: c.selected }] : []));
      if (selects.length) store.getState().applySelectChanges([], selects);
    };

    const onConnect = (connection: Connection) => { store.getState().connect(connection.source, connection.target); };

    const onNodeDragStart: OnNodeDrag<FlowNode> = () => { beginGesture(); };

    // Dropping a node on a data center makes it a member; dropping it outside releases it.
    const onNodeDragStop: OnNodeDrag<FlowNode> = (_event, _node, dragged) => {
      store.getState().settleDropped(dragged.map((n) => n.id), currentGesture());
      endGesture();
    };

    return { onNodesChange, onEdgesChange, onConnect, onNodeDragStart, onNodeDragStop };
  }, [recordMeasured]);
}
