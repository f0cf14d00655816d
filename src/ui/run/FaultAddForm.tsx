import { useState, type FormEvent } from 'react';
import { FAULT_ACTIONS, nodeName, type DesignNode, type FaultAction, type FaultEvent } from '../../model';
import { canBeSlowed, canLoseRequests } from '../../model/faultTargets';
import { DEPLOY_DEFAULTS } from '../../model/deploys';
import { store, useStore, type StoreState } from '../../store';
import { ACTION_HINTS } from './faultLabel';

type ValueAction = 'slow' | 'loss' | 'flap';
const VALUE: Record<ValueAction, { label: string; start: number }> = {
  slow: { label: 'Slower by (×)', start: 5 },
  loss: { label: 'Requests lost (%)', start: 20 },
  flap: { label: 'Down, then up, every (s)', start: 5 },
};
const hasValue = (a: FaultAction): a is ValueAction => a in VALUE;

const selectNodes = (s: StoreState) => s.design.nodes;

/** The nodes an action can hit, so the form never offers a target the scenario would refuse. */
function targetsFor(action: FaultAction, nodes: readonly DesignNode[]): DesignNode[] {
  if (action === 'slow') return nodes.filter((n) => canBeSlowed(n.kind));
  if (action === 'loss') return nodes.filter((n) => canLoseRequests(n.kind));
  if (action === 'partition') return nodes.filter((n) => n.kind === 'dataCenter');
  // A deploy names a balancer here (every server behind it); the inspector's Deploy menu also names services.
  if (action === 'deploy') return nodes.filter((n) => n.kind === 'loadBalancer');
  return nodes.slice();
}

/** The form's fields as a scenario entry; the store checks ranges and targets and says what is wrong. */
function faultOf(action: FaultAction, target: string, tS: number, value: number, peer: string): FaultEvent {
  switch (action) {
    case 'slow': return { tS, action, target, factor: value };
    case 'loss': return { tS, action, target, pct: value };
    case 'flap': return { tS, action, target, periodS: value };
    case 'partition': return { tS, action, target, peer };
    case 'deploy': return { tS, action, target, ...DEPLOY_DEFAULTS };
    default: return { tS, action, target };
  }
}

/** Adds one fault to the design's scenario: what, to which node, when, and how much. */
export function FaultAddForm({ startS, onDone }: { startS: number; onDone: () => void }) {
  const nodes = useStore(selectNodes);
  const [action, setAction] = useState<FaultAction>('kill');
  const targets = targetsFor(action, nodes);
  const [target, setTarget] = useState(targets[0]?.id ?? '');
  const [peer, setPeer] = useState('');
  const [value, setValue] = useState('');
  const [time, setTime] = useState(String(startS));
  const [problems, setProblems] = useState<string[]>([]);
  const chosenTarget = targets.some((n) => n.id === target) ? target : (targets[0]?.id ?? '');
  const peers = action === 'partition' ? targets.filter((n) => n.id !== chosenTarget) : [];
  const chosenPeer = peers.some((n) => n.id === peer) ? peer : (peers[0]?.id ?? '');

  const choose = (next: FaultAction) => {
    setAction(next);
    setValue(hasValue(next) ? String(VALUE[next].start) : '');
    setProblems([]);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!chosenTarget) { setProblems([`No node in this design can take a ${action}.`]); return; }
    const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
    const errors = store.getState().addFault(faultOf(action, chosenTarget, number(time), number(value), chosenPeer));
    if (errors) setProblems(errors);
    else onDone();
  };

  return (
    <form className="popover fault-add" onSubmit={submit} noValidate aria-label="Add a fault" data-testid="fault-add-form"
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onDone(); } }}>
      <label>
        Fault
        <select value={action} onChange={(e) => choose(e.target.value as FaultAction)} data-testid="fault-add-action" autoFocus>
          {FAULT_ACTIONS.map((a) => <option key={a} value={a}>{ACTION_HINTS[a]}</option>)}
        </select>
      </label>
      <label>
        {action === 'partition' ? 'Data center' : 'On'}
        <select value={chosenTarget} onChange={(e) => setTarget(e.target.value)} data-testid="fault-add-target">
          {targets.map((n) => <option key={n.id} value={n.id}>{nodeName(n)}</option>)}
        </select>
      </label>
      {action === 'partition' && (
        <label>
          Cut off from
          <select value={chosenPeer} onChange={(e) => setPeer(e.target.value)} data-testid="fault-add-peer">
            {peers.map((n) => <option key={n.id} value={n.id}>{nodeName(n)}</option>)}
          </select>
        </label>
      )}
      {hasValue(action) && (
        <label>
          {VALUE[action].label}
          <input type="number" inputMode="decimal" step="any" value={value} onChange={(e) => setValue(e.target.value)} data-testid="fault-add-value" />
        </label>
      )}
      <label>
        At (s)
        <input type="number" inputMode="decimal" step="any" min={0} value={time} onChange={(e) => setTime(e.target.value)} data-testid="fault-add-time" />
      </label>
      {problems.length > 0 && <p className="fault-add__problem" role="alert">{problems.join(' ')}</p>}
      <div className="fault-add__buttons">
        <button type="submit" className="button button--primary" data-testid="fault-add-submit">Add</button>
        <button type="button" className="button" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
