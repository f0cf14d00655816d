import { Zap } from 'lucide-react';
import { useCallback, useState, type FormEvent } from 'react';
import { FAULT_LIMITS, nodeName, type DesignNode, type FaultEvent } from '../../model';
import { canBeSlowed, canLoseRequests } from '../../model/faultTargets';
import { faultsText } from '../../store/runFrames';
import { store, useStore, type StoreState } from '../../store';

type MenuAction = 'slow' | 'loss' | 'flap' | 'partition';

const VALUE: Record<Exclude<MenuAction, 'partition'>, { label: string; unit: string; start: number; limits: { min: number; max: number } }> = {
  slow: { label: 'Slower by', unit: '×', start: 5, limits: FAULT_LIMITS.factor },
  loss: { label: 'Requests lost', unit: '%', start: 20, limits: FAULT_LIMITS.pct },
  flap: { label: 'Down, then up, every', unit: 's', start: 5, limits: FAULT_LIMITS.periodS },
};

const selectNodes = (s: StoreState) => s.design.nodes;

/** The fault as the engine takes it; the time is now (the engine ignores tS for a live fault). */
function faultOf(action: MenuAction, target: string, value: number, peer: string): FaultEvent {
  switch (action) {
    case 'slow': return { tS: 0, action, target, factor: value };
    case 'loss': return { tS: 0, action, target, pct: value };
    case 'flap': return { tS: 0, action, target, periodS: value };
    case 'partition': return { tS: 0, action, target, peer };
  }
}

/**
 * Partial faults beside Kill during a run: slow the node, lose some of its requests, make it flap,
 * cut a data center off from another, and heal it all. Like Kill, for this run only.
 */
export function FaultMenu({ node }: { node: DesignNode }) {
  const nodes = useStore(selectNodes);
  const now = useStore(useCallback((s: StoreState) => { const live = s.live.nodes[node.id]; return live ? faultsText(live) : ''; }, [node.id]));
  const peers = node.kind === 'dataCenter' ? nodes.filter((n) => n.kind === 'dataCenter' && n.id !== node.id) : [];
  const actions: MenuAction[] = [
    ...(canBeSlowed(node.kind) ? ['slow' as const] : []),
    ...(canLoseRequests(node.kind) ? ['loss' as const] : []),
    'flap',
    ...(peers.length > 0 ? ['partition' as const] : []),
  ];
  const [action, setAction] = useState<MenuAction>(actions[0]);
  const [text, setText] = useState(String(action === 'partition' ? '' : VALUE[action].start));
  const [peer, setPeer] = useState(peers[0]?.id ?? '');
  const [problem, setProblem] = useState('');

  const choose = (next: MenuAction) => {
    setAction(next);
    if (next !== 'partition') setText(String(VALUE[next].start));
    setProblem('');
  };
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const value = Number(text);
    if (action !== 'partition') {
      const { min, max } = VALUE[action].limits;
      const low = action === 'loss' ? value <= min : value < min;
      if (text.trim() === '' || !Number.isFinite(value) || low || value > max) {
        setProblem(`${VALUE[action].label} must be ${action === 'loss' ? `above ${min}` : `from ${min}`} to ${max} ${VALUE[action].unit}.`);
        return;
      }
    } else if (!peers.some((p) => p.id === peer)) {
      setProblem('Choose the data center to cut off.');
      return;
    }
    setProblem('');
    store.getState().injectFault(faultOf(action, node.id, value, peer));
  };
  const heal = () => store.getState().injectFault({ tS: 0, action: 'heal', target: node.id });

  return (
    <details className="fault-menu" data-testid="fault-menu">
      <summary className="button" title="Slow it, lose requests, flap it, partition it"><Zap size={15} aria-hidden="true" /> Faults</summary>
      <form className="fault-menu__form" onSubmit={apply} noValidate>
        <label>
          Fault
          <select value={action} onChange={(e) => choose(e.target.value as MenuAction)} data-testid="fault-action">
            {actions.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </label>
        {action === 'partition' ? (
          <label>
            Cut off from
            <select value={peer} onChange={(e) => setPeer(e.target.value)} data-testid="fault-peer">
              {peers.map((p) => <option key={p.id} value={p.id}>{nodeName(p)}</option>)}
            </select>
          </label>
        ) : (
          <label>
            {VALUE[action].label} ({VALUE[action].unit})
            <input type="number" inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} data-testid="fault-value"
              min={VALUE[action].limits.min} max={VALUE[action].limits.max} step="any" aria-invalid={problem !== ''} />
          </label>
        )}
        {problem && <p className="fault-menu__problem" role="alert">{problem}</p>}
        <div className="fault-menu__buttons">
          <button type="submit" className="button button--danger" data-testid="fault-apply">Apply</button>
          <button type="button" className="button button--restore" onClick={heal} data-testid="fault-heal" title="End every fault on it and bring it back">Heal</button>
        </div>
      </form>
      {now && <p className="fault-menu__now" data-testid="fault-now">Now: {now}</p>}
    </details>
  );
}
