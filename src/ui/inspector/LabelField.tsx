import { useId, useState } from 'react';
import { LIMITS, type DesignNode } from '../../model';
import { store } from '../../store';

/** The node's display name; renames as you type (one undo step), empty falls back to the id. */
export function LabelField({ node }: { node: DesignNode }) {
  const uid = useId();
  // While typing, show exactly what was typed (the store trims spaces).
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="field">
      <label htmlFor={uid} className="field__label">Name</label>
      <input
        id={uid}
        className="field__input"
        value={draft ?? node.label ?? ''}
        placeholder={node.id}
        maxLength={LIMITS.maxLabelChars}
        onChange={(e) => { setDraft(e.target.value); store.getState().rename(node.id, e.target.value); }}
        onBlur={() => setDraft(null)}
        onKeyDown={(e) => { if (e.key === 'Enter') (e.target as HTMLInputElement).blur(); }}
        data-testid="node-label"
      />
    </div>
  );
}
