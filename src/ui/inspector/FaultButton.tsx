import { HeartPulse, Skull } from 'lucide-react';
import { useCallback } from 'react';
import type { DesignNode } from '../../model';
import { store, useStore, type StoreState } from '../../store';
import { FaultMenu } from './FaultMenu';
// Only during a run, and only on web servers and balancers: it loads with the first run, not the page.
const DeployMenu = retryableLazy(() => import('./DeployMenu').then((m) => ({ default: m.DeployMenu })));
import './fault.css';
import { LazyPart, retryableLazy } from '../common/LazyPart';

const selectActive = (s: StoreState) => s.run.status === 'running' || s.run.status === 'paused';

/**
 * Kill or restore the selected node in the running simulation, or give it a partial fault (FaultMenu):
 * the fault lasts for this run only,
 * the design is not changed. While editing, it says how to get there.
 */
export function FaultButton({ node }: { node: DesignNode }) {
  const active = useStore(selectActive);
  const killed = useStore(useCallback((s: StoreState) => s.run.killedIds.includes(node.id), [node.id]));
  // Users are the load, not a component that can fail: their rate has a slider instead.
  if (node.kind === 'client') return null;
  if (!active) {
    return <p className="inspector__fault-hint">Run the design, then kill this {node.kind === 'dataCenter' ? 'data center' : 'component'} here to see what breaks.</p>;
  }
  const { killNode, restoreNode } = store.getState();
  const killOrRestore = killed ? (
    <button type="button" className="button button--restore" onClick={() => restoreNode(node.id)} data-testid="inspector-restore" title="Bring it back (R)">
      <HeartPulse size={15} aria-hidden="true" /> Restore
    </button>
  ) : (
    <button type="button" className="button button--danger" onClick={() => killNode(node.id)} data-testid="inspector-kill" title="Make it fail now (K)">
      <Skull size={15} aria-hidden="true" /> Kill
    </button>
  );
  return <div className="inspector__fault-row">{killOrRestore}<FaultMenu key={node.id} node={node} /><LazyPart what="The deploy menu" quiet><DeployMenu key={`deploy-${node.id}`} node={node} /></LazyPart></div>;
}
