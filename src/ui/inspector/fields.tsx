import { useId, useState, type KeyboardEvent } from 'react';
import type { ChoiceParam, NumberParam, ToggleParam } from '../../model';
import { store } from '../../store';
import { formatRange, parseNumberInput } from './numberInput';
import { AppliesBadge } from './AppliesBadge';

interface FieldProps<S> {
  nodeId: string;
  /** `workers`, or `mix.read` inside a group; also the field's test id. */
  path: string;
  spec: S;
  value: unknown;
}

/** A field's error line: the store's refusal or the typing check, beside the field. */
function FieldError({ id, path, message }: { id: string; path: string; message: string | null }) {
  if (!message) return null;
  return <p id={id} className="field__error" role="alert" data-testid={`error-${path}`}>{message}</p>;
}

/** Sends a chosen value to the store; the refusal, if any, is the field's error line. */
function useCommittedParam<V extends string | boolean>(nodeId: string, path: string) {
  const [error, setError] = useState<string | null>(null);
  const commit = (next: V) => {
    const refused = store.getState().updateParam(nodeId, path, next);
    setError(refused ? refused.join(' ') : null);
  };
  return [error, commit] as const;
}

/** A number with its unit and range; a value is committed only once it is valid. */
export function NumberField({ nodeId, path, spec, value }: FieldProps<NumberParam>) {
  const uid = useId();
  const errorId = `${uid}-error`;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onChange = (text: string) => {
    setDraft(text);
    const parsed = parseNumberInput(text, spec);
    if (!parsed.ok) { setError(parsed.message); return; }
    const refused = store.getState().updateParam(nodeId, path, parsed.value);
    setError(refused ? refused.join(' ') : null);
  };
  // Once valid and left, the field shows the stored value again (normalised, e.g. "08" → "8").
  const settle = () => { if (!error) setDraft(null); };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') settle();
    if (event.key === 'Escape') { setDraft(null); setError(null); }
  };

  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <div className="field__head">
        <label htmlFor={uid} className="field__label" title={spec.help}>{spec.label}</label>
        <AppliesBadge applies={spec.applies} path={path} />
      </div>
      <div className="field__control">
        <input
          id={uid}
          type="text"
          inputMode="decimal"
          className="field__input"
          value={draft ?? String(value)}
          onChange={(e) => onChange(e.target.value)}
          onBlur={settle}
          onKeyDown={onKeyDown}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : `${uid}-help`}
          data-testid={`param-${path}`}
        />
        {spec.unit && <span className="field__unit">{spec.unit}</span>}
      </div>
      <FieldError id={errorId} path={path} message={error} />
      <p id={`${uid}-help`} className="field__help"><span className="field__range">{formatRange(spec)}</span> · {spec.help}</p>
    </div>
  );
}

/** One of a fixed set of options. */
export function ChoiceField({ nodeId, path, spec, value }: FieldProps<ChoiceParam>) {
  const uid = useId();
  const [error, onChange] = useCommittedParam<string>(nodeId, path);
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <div className="field__head">
        <label htmlFor={uid} className="field__label" title={spec.help}>{spec.label}</label>
        <AppliesBadge applies={spec.applies} path={path} />
      </div>
      <select id={uid} className="field__input field__select" value={String(value)} onChange={(e) => onChange(e.target.value)} data-testid={`param-${path}`}>
        {spec.options.map((option) => <option key={option} value={option}>{option === '' ? 'none' : option}</option>)}
      </select>
      <FieldError id={`${uid}-error`} path={path} message={error} />
      <p className="field__help">{spec.help}</p>
    </div>
  );
}

/** On or off. */
export function ToggleField({ nodeId, path, spec, value }: FieldProps<ToggleParam>) {
  const uid = useId();
  const [error, onChange] = useCommittedParam<boolean>(nodeId, path);
  return (
    <div className="field field--toggle">
      <div className="field__head">
        <label htmlFor={uid} className="field__toggle">
          <input id={uid} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} data-testid={`param-${path}`} />
          <span className="field__label">{spec.label}</span>
        </label>
        <AppliesBadge applies={spec.applies} path={path} />
      </div>
      <FieldError id={`${uid}-error`} path={path} message={error} />
      <p className="field__help">{spec.help}</p>
    </div>
  );
}
