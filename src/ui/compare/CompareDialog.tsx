import { Loader2, X } from 'lucide-react';
import { useState } from 'react';
import { useModalDialog } from '../common/useModalDialog';
import { GALLERY } from '../../gallery';
import type { Design } from '../../model';
import { store } from '../../store';
import { runComparison } from '../../store/compareRunner';
import { compareRows, type CompareRow } from './compareRows';
import './compare.css';

/** Longest run a Compare makes: enough for a steady picture, short enough to wait for. */
const MAX_COMPARE_S = 60;
const BEFORE = 'before-last-edit';

type Outcome = { rows: CompareRow[]; nameB: string; seconds: number } | { error: string } | null;

/** What the current design can be compared with: itself before the last edit, or a ready design. */
function otherDesign(choice: string): { design: Design; name: string } | undefined {
  if (choice === BEFORE) {
    const past = store.getState().history.past;
    const design = past[past.length - 1];
    return design ? { design, name: 'Before your last edit' } : undefined;
  }
  const entry = GALLERY.find((e) => e.id === choice);
  return entry ? { design: entry.design, name: entry.title } : undefined;
}

/**
 * Compare: run two designs side by side and show what a change bought, metric by metric, in
 * milliseconds and in dollars. Shown while mounted (the toolbar's Compare action mounts it);
 * `onClose` unmounts it.
 */
export function CompareDialog({ onClose }: { onClose: () => void }) {
  const [choice, setChoice] = useState(BEFORE);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const dialog = useModalDialog(true);

  const compare = async () => {
    const a = store.getState().design;
    const other = otherDesign(choice);
    if (!other) { setOutcome({ error: 'There is no earlier version yet: edit the design first, or pick a ready design.' }); return; }
    const seconds = Math.min(MAX_COMPARE_S, a.sim.durationS);
    setBusy(true);
    try {
      const [ra, rb] = await runComparison([a, other.design], a.sim.seed, seconds);
      setOutcome({ rows: compareRows(ra, rb), nameB: other.name, seconds });
    } catch (err) {
      setOutcome({ error: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="compare" aria-label="Compare two designs" onClose={onClose} data-testid="compare">
      <header className="compare__head">
        <h2>Compare</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close"><X size={18} /></button>
      </header>
      <p className="compare__intro">Runs both designs with the same traffic seed ({store.getState().design.sim.seed}): users both designs share send the same requests at the same moments, so what differs is what the designs do with them.</p>
      <div className="compare__pick">
        <span><strong>A</strong> this design</span>
        <label>
          <strong>B</strong>{' '}
          <select value={choice} onChange={(e) => setChoice(e.target.value)} data-testid="compare-choice">
            <option value={BEFORE}>This design before your last edit</option>
            {GALLERY.map((e) => <option key={e.id} value={e.id}>{e.title}</option>)}
          </select>
        </label>
        <button type="button" className="button button--primary" onClick={() => void compare()} disabled={busy} data-testid="compare-run">
          {busy && <Loader2 size={15} className="spin" aria-hidden="true" />} {busy ? 'Running…' : 'Compare'}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {outcome && 'error' in outcome && <p className="compare__error">{outcome.error}</p>}
        {outcome && 'rows' in outcome && (
          <table className="compare__table" data-testid="compare-table">
            <caption>{outcome.seconds} simulated seconds each</caption>
            <thead><tr><th scope="col">Metric</th><th scope="col">A: this design</th><th scope="col">B: {outcome.nameB}</th></tr></thead>
            <tbody>
              {outcome.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>{row.a}</td>
                  <td className={`compare__b compare__b--${row.verdict}`}>{row.b}{row.verdict !== 'same' && <span className="visually-hidden"> ({row.verdict} than A)</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </dialog>
  );
}
