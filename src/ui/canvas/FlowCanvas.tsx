import { Background, BackgroundVariant, ControlButton, Controls, MiniMap, ReactFlow, useStore as useFlowStore, type NodeTypes, type ReactFlowState } from '@xyflow/react';
import { WandSparkles } from 'lucide-react';
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
import { FIT_MAX_ZOOM, MIN_ZOOM } from './fitOptions';
import { MINIMAP_SIZE, minimapHasRoom } from './minimapRoom';
import { nodeBoxes } from './nodeBoxes';
import type { FlowNode } from './flowElements';
import { Toasts } from '../common/Toasts';
import { FlowZoomVar } from './FlowZoomVar';
import { LazyPart, retryableLazy } from '../common/LazyPart';

/** Tidy loads with its layout code (and elkjs) on the first click. */
const tidy = (): void => {
  import('../layout/tidy').then((m) => m.tidyDesign(), (err: unknown) => {
    store.getState().showToast(`Tidy could not be loaded (${err instanceof Error ? err.message : String(err)}). Check the connection and try again.`, 'error');
  });
};

// An empty canvas has no single point of failure to list: the panel loads with the first node.
const SpofPanel = retryableLazy(() => import('../warnings/SpofPanel').then((m) => ({ default: m.SpofPanel })));

// Module-level constants: new objects on each render would make React Flow reset its internals.
// What the button's own fit asks before fitDesign (the same fit, clear of the controls) replaces it.
const FIT_BUTTON_OPTIONS = { minZoom: MIN_ZOOM, maxZoom: FIT_MAX_ZOOM };
const NODE_TYPES: NodeTypes = { component: ComponentNode, dataCenter: DataCenterNode };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const minimapColour = (node: FlowNode) => (node.type === 'dataCenter' ? '#e2e8f0' : '#94a3b8');

/** The minimap shows only where it helps and hides nothing: see minimapHasRoom. */
const selectMinimapRoom = (s: ReactFlowState) => minimapHasRoom(s, s.transform, nodeBoxes(s));

// A move with an input event is the user's (a fit has none): from then on their view is kept.
const onUserMove = (event: MouseEvent | TouchEvent | null) => { if (event) store.getState().markViewMoved(true); };

/**
 * The design canvas: React Flow drawing the store's design and reporting gestures back to it.
 * Read-only (the embed view): the design can be looked at, panned and zoomed, not changed.
 * Without the SPOF panel (the audience window): only the design and its live figures.
 */
export function FlowCanvas({ readOnly = false, spofPanel = true }: { readOnly?: boolean; spofPanel?: boolean }) {
  const [measured, recordMeasured] = useMeasuredSizes();
  const nodes = useFlowNodes(measured);
  const edges = useFlowEdges();
  const handlers = useFlowHandlers(recordMeasured);
  const drop = useCanvasDrop();
  // Fit the loaded design once at start; an empty canvas keeps zoom 1, so the first drop does not jump.
  const [fitAtStart] = useState(() => store.getState().design.nodes.length > 0);
  const fitDesign = useFitViewOnRequest(fitAtStart);
  const minimapRoom = useFlowStore(selectMinimapRoom);
  const hasNodes = nodes.length > 0;

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
        minZoom={MIN_ZOOM}
        maxZoom={2}
        attributionPosition="top-right"
        onMoveStart={onUserMove}
        aria-label="Design canvas"
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.4} color="#cbd5e1" />
        {/* React Flow's own fit would use its defaults (10% padding, up to 2×): the button makes the canvas's fit. */}
        <Controls position="bottom-left" showInteractive={false} fitViewOptions={FIT_BUTTON_OPTIONS} onFitView={() => { store.getState().markViewMoved(false); void fitDesign(); }}>
          {!readOnly && (
            <ControlButton onClick={tidy} title="Tidy the layout (left to right)" aria-label="Tidy the layout" data-testid="canvas-tidy">
              <WandSparkles size={14} />
            </ControlButton>
          )}
        </Controls>
        {minimapRoom && <MiniMap<FlowNode> position="bottom-right" pannable zoomable nodeColor={minimapColour} ariaLabel="Overview of the design" style={MINIMAP_SIZE} />}
        <EdgeLegend />
        <FlowZoomVar />
      </ReactFlow>
      {!readOnly && <EmptyHint />}
      {spofPanel && hasNodes && <LazyPart what="The single-points-of-failure panel" quiet><SpofPanel /></LazyPart>}
      <Toasts />
    </div>
  );
}
