import { useEffect, useState } from 'react';
import { store, useStore, type StoreState } from '../../store';

const selectSeed = (s: StoreState) => s.design.sim.seed;

/**
 * The run's seed: the same design and seed give the same numbers. Kept in the design (so a share
 * link carries it); a draft while typing, committed on blur or Enter, refused when not a whole number.
 */
export function SeedField() {
  const seed = useStore(selectSeed);
  const [draft, setDraft] = useState(String(seed));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { setDraft(String(seed)); setError(null); }, [seed]);

  const commit = (): void => {
    const value = Number(draft);
    if (!/^\d{1,9}$/.test(draft.trim()) || !Number.isSafeInteger(value)) {
      setError('The seed is a whole number from 0 to 999,999,999.');
      return;
    }
    setError(null);
    store.getState().setRunSettings({ seed: value });
  };

  return (
    <label className="run-controls__field" title={error ?? 'Same design + same seed = same numbers'}>
      <span>Seed</span>
      <input
        className={`run-seed${error ? ' is-invalid' : ''}`}
        value={draft}
        inputMode="numeric"
        aria-invalid={error !== null}
        aria-describedby={error ? 'run-seed-error' : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => { if (e.key === 'Enter') commit(); }}
        data-testid="run-seed"
      />
      {error && <span id="run-seed-error" role="alert" className="run-seed__error">{error}</span>}
    </label>
  );
}
