import { store, useStore, type StoreState } from '../../store';
import { SIM_SPEEDS, type SimSpeed } from '../../worker';

const selectSpeed = (s: StoreState) => s.run.speed;
const label = (speed: SimSpeed): string => (speed === 'max' ? 'Max' : `${speed}×`);

/** Simulated seconds per real second: the one speed choice the editor, the embed and classroom share. */
export function SpeedSelect({ testId = 'run-speed' }: { testId?: string }) {
  const speed = useStore(selectSpeed);
  return (
    <select
      aria-label="Speed"
      value={String(speed)}
      onChange={(e) => store.getState().setSpeed(e.target.value === 'max' ? 'max' : (Number(e.target.value) as SimSpeed))}
      data-testid={testId}
      title="Simulated seconds per real second"
    >
      {SIM_SPEEDS.map((v) => <option key={v} value={String(v)}>{label(v)}</option>)}
    </select>
  );
}
