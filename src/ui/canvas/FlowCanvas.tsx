import { Background, BackgroundVariant, ControlButton, Controls, MiniMap, ReactFlow, type NodeTypes } from '@xyflow/react';
import { WandSparkles } from 'lucide-react';
import { tidyDesign } from '../layout/tidy';
import { useState } from 'react';
import { store } from '../../store';
import { EmptyHint } from './EmptyHint';
import { EdgeLegend } from './EdgeLegend';
import { ComponentNode } from './ComponentNode';
import { DataCenterNode } from './DataCenterNode';
import { useCanvasDrop } from './useCanvasDrop';
import { useFlowEdges, useFlowNodes, useMeasuredSizes } from './useFlowElements';
import { useFlowHandlers } from './useFlowHandlers';
import { useFitViewOnRequest } from './useFitViewOnRequest';
import type { FlowNode } from './flowElements';
import { Toasts } from '../common/Toasts';
import { SpofPanel } from '../warnings/SpofPanel';

// Module-level constants: new objects on each render would make React Flow reset its internals.
const NODE_TYPES: NodeTypes = { component: ComponentNode, dataCenter: DataCenterNode };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const FIT_VIEW_OPTIONS = { maxZoom: 1, padding: 0.25 };
const MINIMAP_STYLE = { width: 168, height: 112 };
const minimapColour = (node: FlowNode) => (node.type === 'dataCenter' ? '#e2e8f0' : '#94a3b8');

/**
 * The design canvas: React Flow drawing the store's design and reporting gestures back to it.
 * Read-only (the embed view): the design can be looked at, panned and zoomed, not changed.
 */
export function FlowCanvas({ readOnly = false }: { readOnly?: boolean }) {
  const [measured, recordMeasured] = useMeasuredSizes();
  const nodes = useFlowNodes(measured);
  const edges = useFlowEdges();
  const handlers = useFlowHandlers(recordMeasured);
  const drop = useCanvasDrop();
  // Fit the loaded design once at start; an empty canvas keeps zoom 1, so the first drop does not jump.
  const [fitAtStart] = useState(() => store.getState().design.nodes.length > 0);
  useFitViewOnRequest(FIT_VIEW_OPTIONS);

  return (
    <div className="canvas" data-testid="canvas" onDragOver={readOnly ? undefined : drop.onDragOver} onDrop={readOnly ? undefined : drop.onDrop}>
      <ReactFlow<FlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        {...handlers}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        elementsSelectable={!readOnly}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionKeyCode="Shift"
        fitView={fitAtStart}
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={0.2}
        maxZoom={2}
        attributionPosition="top-right"
        aria-label="Design canvas"
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.4} color="#cbd5e1" />
        <Controls position="bottom-left" showInteractive={false}>
          {!readOnly && (
            <ControlButton onClick={() => void tidyDesign()} title="Tidy the layout (left to right)" aria-label="Tidy the layout" data-testid="canvas-tidy">
              <WandSparkles size={14} />
            </ControlButton>
          )}
        </Controls>
        <MiniMap<FlowNode> position="bottom-right" pannable zoomable nodeColor={minimapColour} ariaLabel="Overview of the design" style={MINIMAP_STYLE} />
        <EdgeLegend />
      </ReactFlow>
      {!readOnly && <EmptyHint />}
      <SpofPanel />
      <Toasts />
    </div>
  );
}
