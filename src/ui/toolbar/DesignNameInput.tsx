import { useState } from 'react';
import { LIMITS } from '../../model';
import { store, useStore, type StoreState } from '../../store';

const selectName = (s: StoreState) => s.design.name;

/** The design's name, editable in place; saved with the design and shown in shared links. */
export function DesignNameInput() {
  const name = useStore(selectName);
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null) store.getState().renameDesign(draft);
    setDraft(null);
  };
  return (
    <input
      className="design-name"
      aria-label="Design name"
      value={draft ?? name}
      maxLength={LIMITS.maxNameChars}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
        if (e.key === 'Escape') { setDraft(null); (e.target as HTMLInputElement).blur(); }
      }}
      data-testid="design-name"
    />
  );
}
