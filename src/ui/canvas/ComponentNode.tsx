import { Handle, Position, type NodeProps } from '@xyflow/react';
import { TriangleAlert } from 'lucide-react';
import { memo, useCallback, type CSSProperties } from 'react';
import { KIND_SPECS, nodeName } from '../../model';
import { spofsById, useStore, type StoreState } from '../../store';
import { CATEGORY_META, KIND_ICONS } from '../icons';
import type { FlowNode } from './flowElements';
import { useNodeHealth } from './useNodeHealth';
import { paramSummary } from './paramSummary';
import { LazyPart, retryableLazy } from '../common/LazyPart';
import { whenIdle } from '../common/whenIdle';

// The badge shows only during a run: its text and formats load once the page is idle, out of the first load.
const loadLiveBadge = () => import('./LiveBadge').then((m) => ({ default: m.LiveBadge }));
const LiveBadge = retryableLazy(loadLiveBadge);
whenIdle(() => { void loadLiveBadge(); });

/** One component on the canvas: icon, name, kind, key parameters, and a SPOF marker when flagged. */
function ComponentNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const node = data.node;
  const spec = KIND_SPECS[node.kind];
  const Icon = KIND_ICONS[node.kind];
  // A string, so the node re-renders only when its own finding changes, not on every edit.
  const spofReason = useStore(useCallback((s: StoreState) => spofsById(s.design).get(id)?.reason, [id]));
  const style = { '--accent': CATEGORY_META[spec.category].accent } as CSSProperties;
  const health = useNodeHealth(id);
  const healthClass = health ? ` is-${health}` : '';

  return (
    <div className={`component-node${selected ? ' is-selected' : ''}${healthClass}`} style={style} data-testid={`node-${id}`} data-kind={node.kind} data-health={health}>
      <Handle type="target" position={Position.Left} className="node-handle" />
      <div className="component-node__icon" aria-hidden="true"><Icon size={20} strokeWidth={2} /></div>
      <div className="component-node__text">
        <div className="component-node__name" title={nodeName(node)}>{nodeName(node)}</div>
        <div className="component-node__meta">{spec.label}</div>
        <div className="component-node__summary">{paramSummary(node)}</div>
      </div>
      {spofReason && (
        <span className="spof-marker" title={spofReason} role="img" aria-label={`Single point of failure: ${spofReason}`} data-testid="spof-marker">
          <TriangleAlert size={14} strokeWidth={2.5} />
        </span>
      )}
      {health && <LazyPart what="The live badge" quiet><LiveBadge id={id} kind={node.kind} health={health} /></LazyPart>}
      <Handle type="source" position={Position.Right} className="node-handle" />
    </div>
  );
}

export const ComponentNode = memo(ComponentNodeView);
