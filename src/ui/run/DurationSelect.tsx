import { store, useStore, type StoreState } from '../../store';

const selectDuration = (s: StoreState) => s.design.sim.durationS;
const CHOICES = [30, 60, 120, 300, 600, 1800];
const label = (s: number): string => (s < 120 ? `${s} s` : `${s / 60} min`);

/** How much simulated time a run covers; kept in the design, so a share link replays the same run. */
export function DurationSelect() {
  const durationS = useStore(selectDuration);
  // A design may carry any length (a file, a stage): it stays selectable as it is.
  const choices = CHOICES.includes(durationS) ? CHOICES : [...CHOICES, durationS].sort((a, b) => a - b);
  return (
    <label className="run-controls__field">
      <span>Length</span>
      <select value={durationS} onChange={(e) => store.getState().setRunSettings({ durationS: Number(e.target.value) })} data-testid="run-duration" title="Simulated time of one run">
        {choices.map((s) => <option key={s} value={s}>{label(s)}</option>)}
      </select>
    </label>
  );
}
