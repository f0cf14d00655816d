import { Plus, Trash2 } from 'lucide-react';
import { KINDS } from '../../model';
import { GOAL_TYPES } from '../../stages/goals';
import { GOAL_FIELDS } from '../../stages/custom/goalSchema';
import type { FaultDraft, GoalDraft } from './stageDraft';

/** The fields a goal type takes (a goal type without an entry takes none the form knows). */
const fieldsOf = (type: string): string[] => {
  const f = (GOAL_FIELDS as Record<string, { required: readonly string[]; optional?: readonly string[] } | undefined>)[type];
  return f ? [...f.required, ...(f.optional ?? [])] : [];
};

const KIND_FIELD = new Set(['kind']);

/** The goals of the stage being made: a type, its numbers, a label and a hint each. */
export function GoalRows({ goals, onChange }: { goals: GoalDraft[]; onChange: (goals: GoalDraft[]) => void }) {
  const update = (i: number, patch: Partial<GoalDraft>) => onChange(goals.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  return (
    <div className="stage-form__rows">
      {goals.map((g, i) => (
        <fieldset key={i} className="stage-form__goal" data-testid="form-goal">
          <legend>Goal {i + 1}</legend>
          <label>Type
            <select value={g.type} onChange={(e) => update(i, { type: e.target.value, fields: {} })} data-testid="form-goal-type">
              {GOAL_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
          </label>
          {fieldsOf(g.type).map((name) => (
            <label key={name}>{name}
              {KIND_FIELD.has(name)
                ? (
                  <select value={g.fields[name] ?? ''} onChange={(e) => update(i, { fields: { ...g.fields, [name]: e.target.value } })} data-testid={`form-goal-${name}`}>
                    <option value="">—</option>
                    {KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
                  </select>
                )
                : <input value={g.fields[name] ?? ''} onChange={(e) => update(i, { fields: { ...g.fields, [name]: e.target.value } })} data-testid={`form-goal-${name}`} placeholder={name === 'kinds' ? 'web, database' : name === 'of' ? 'cache or cdn' : ''} />}
            </label>
          ))}
          <label>Label<input value={g.label} onChange={(e) => update(i, { label: e.target.value })} data-testid="form-goal-label" /></label>
          <label>Hint<input value={g.hint} onChange={(e) => update(i, { hint: e.target.value })} /></label>
          <button type="button" className="icon-button" onClick={() => onChange(goals.filter((_, j) => j !== i))} aria-label={`Remove goal ${i + 1}`}><Trash2 size={15} /></button>
        </fieldset>
      ))}
      <button type="button" className="button button--small" onClick={() => onChange([...goals, { type: 'throughput', label: '', hint: '', fields: {} }])} data-testid="form-goal-add">
        <Plus size={15} aria-hidden="true" /> Add a goal
      </button>
    </div>
  );
}

/** The faults the Check injects; the action is typed, so every action the design format knows is open to it. */
export function FaultRows({ faults, onChange }: { faults: FaultDraft[]; onChange: (faults: FaultDraft[]) => void }) {
  const update = (i: number, patch: Partial<FaultDraft>) => onChange(faults.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <div className="stage-form__rows">
      {faults.map((f, i) => (
        <div key={i} className="stage-form__fault" data-testid="form-fault">
          <label>At (s)<input value={f.tS} onChange={(e) => update(i, { tS: e.target.value })} inputMode="decimal" data-testid="form-fault-time" /></label>
          <label>Action<input value={f.action} onChange={(e) => update(i, { action: e.target.value })} list="stage-form-actions" data-testid="form-fault-action" /></label>
          <label>Node<input value={f.target} onChange={(e) => update(i, { target: e.target.value })} data-testid="form-fault-target" /></label>
          <button type="button" className="icon-button" onClick={() => onChange(faults.filter((_, j) => j !== i))} aria-label={`Remove fault ${i + 1}`}><Trash2 size={15} /></button>
        </div>
      ))}
      <datalist id="stage-form-actions"><option value="kill" /><option value="restore" /></datalist>
      <button type="button" className="button button--small" onClick={() => onChange([...faults, { tS: '20', action: 'kill', target: '' }])} data-testid="form-fault-add">
        <Plus size={15} aria-hidden="true" /> Add a fault
      </button>
    </div>
  );
}
