import { Copy, RotateCcw, Trash2, TriangleAlert } from 'lucide-react';
import { useCallback, type CSSProperties } from 'react';
import { KIND_SPECS, type DesignNode } from '../../model';
import { spofsById, store, useStore, type StoreState } from '../../store';
import { CATEGORY_META, KIND_ICONS } from '../icons';
import { FaultButton } from './FaultButton';
import { LabelField } from './LabelField';
import { ParamForm } from './ParamForm';
import { CostSection } from './CostSection';
import { ServiceRules } from './ServiceRules';
import { LazyPart, retryableLazy } from '../common/LazyPart';

// The closed forms load with the panel, during a run: the first paint does not need them.
const TheoryPanel = retryableLazy(() => import('./TheoryPanel').then((m) => ({ default: m.TheoryPanel })));
const ClientRoutes = retryableLazy(() => import('./ClientRoutes').then((m) => ({ default: m.ClientRoutes })));
const selectRunning = (s: StoreState) => s.run.status === 'running' || s.run.status === 'paused';

/** Everything about one selected component: name, id, SPOF note, parameters and actions. */
export function NodeInspector({ node }: { node: DesignNode }) {
  const spec = KIND_SPECS[node.kind];
  const Icon = KIND_ICONS[node.kind];
  const spof = useStore(useCallback((s: StoreState) => spofsById(s.design).get(node.id), [node.id]));
  const actions = store.getState();
  const running = useStore(selectRunning);

  return (
    <div className="node-inspector" data-testid="node-inspector">
      <header className="inspector__header" style={{ '--accent': CATEGORY_META[spec.category].accent } as CSSProperties}>
        <span className="inspector__icon" aria-hidden="true"><Icon size={20} /></span>
        <div>
          <h2 className="inspector__title">{spec.label}</h2>
          <p className="inspector__summary">{spec.summary}</p>
        </div>
      </header>

      <LabelField node={node} />
      <p className="inspector__id">id <code data-testid="node-id">{node.id}</code>{node.parent && <> · in <code>{node.parent}</code></>}</p>

      {spof && (
        <div className="inspector__spof" role="note">
          <TriangleAlert size={16} aria-hidden="true" />
          <div><strong>Single point of failure.</strong> {spof.reason} <em>{spof.hint}</em></div>
        </div>
      )}

      <div className="inspector__fault"><FaultButton node={node} /></div>
      {running && <LazyPart what="The theory beside the measurement"><TheoryPanel node={node} /></LazyPart>}

      <div className="inspector__actions">
        <button type="button" className="button" onClick={() => actions.duplicate([node.id])} data-testid="inspector-duplicate" title="Duplicate (Ctrl/Cmd+D)">
          <Copy size={15} aria-hidden="true" /> Duplicate
        </button>
        <button type="button" className="button" onClick={() => actions.resetParams(node.id)} data-testid="inspector-reset" title="Set every parameter back to its default">
          <RotateCcw size={15} aria-hidden="true" /> Reset to defaults
        </button>
        <button type="button" className="button button--danger" onClick={() => actions.deleteElements([node.id])} data-testid="inspector-delete" title="Delete (Delete / Backspace)">
          <Trash2 size={15} aria-hidden="true" /> Delete
        </button>
      </div>

      <CostSection node={node} />

      <h3 className="inspector__section">Parameters</h3>
      <ParamForm node={node} />
      {node.kind === 'loadBalancer' && <ServiceRules node={node} />}
      {node.kind === 'client' && <LazyPart what="The routes"><ClientRoutes node={node} /></LazyPart>}
    </div>
  );
}
