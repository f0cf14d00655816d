import { NodeResizer, type NodeProps } from '@xyflow/react';
import { Building2, TriangleAlert } from 'lucide-react';
import { memo, useCallback } from 'react';
import { nodeName } from '../../model';
import { spofsById, useStore, type StoreState } from '../../store';
import type { FlowNode } from './flowElements';
import { beginGesture, endGesture } from './gesture';

/** A data center: a resizable region that holds the components dropped into it. */
function DataCenterNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const node = data.node;
  const region = node.kind === 'dataCenter' ? node.params.region : '';
  const spofReason = useStore(useCallback((s: StoreState) => spofsById(s.design).get(id)?.reason, [id]));
  const isEmpty = useStore(useCallback((s: StoreState) => !s.design.nodes.some((n) => n.parent === id), [id]));

  return (
    <div className={`datacenter-node${selected ? ' is-selected' : ''}`} data-testid={`node-${id}`} data-kind="dataCenter">
      <NodeResizer isVisible={selected} minWidth={160} minHeight={120} color="#64748b" onResizeStart={beginGesture} onResizeEnd={endGesture} />
      <div className="datacenter-node__header">
        <Building2 size={16} aria-hidden="true" />
        <span className="datacenter-node__name">{nodeName(node)}</span>
        <span className="datacenter-node__region">{region}</span>
        {spofReason && (
          <span className="spof-marker spof-marker--inline" title={spofReason} role="img" aria-label={`Single point of failure: ${spofReason}`} data-testid="spof-marker">
            <TriangleAlert size={14} strokeWidth={2.5} />
          </span>
        )}
      </div>
      {isEmpty && <div className="datacenter-node__hint">Drop components here</div>}
    </div>
  );
}

export const DataCenterNode = memo(DataCenterNodeView);
