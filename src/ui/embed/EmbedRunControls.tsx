import { Pause, Play, RotateCcw } from 'lucide-react';
import { store, useStore, type StoreState } from '../../store';
import { SpeedSelect } from '../run/SpeedSelect';
import { formatSimClock } from '../run/liveFormat';

const selectStatus = (s: StoreState) => s.run.status;
const selectClock = (s: StoreState) => s.live.tMs;

/** Run, pause, reset and speed: everything a viewer may do with an embedded design. */
export function EmbedRunControls() {
  const status = useStore(selectStatus);
  const tMs = useStore(selectClock);
  const a = store.getState();
  return (
    <div className="run-controls" role="group" aria-label="Simulation">
      {status === 'running'
        ? <button type="button" className="button button--primary" onClick={a.pauseRun} data-testid="run-pause"><Pause size={16} aria-hidden="true" /> Pause</button>
        : <button type="button" className="button button--primary" onClick={status === 'paused' ? a.resumeRun : a.startRun} data-testid="run-start"><Play size={16} aria-hidden="true" /> {status === 'paused' ? 'Resume' : 'Run'}</button>}
      <button type="button" className="icon-button" onClick={a.resetRun} disabled={status === 'idle'} aria-label="Reset" data-testid="run-reset"><RotateCcw size={16} /></button>
      <SpeedSelect />
      <span className="run-clock" data-testid="run-clock">{status === 'idle' ? 'Not running' : formatSimClock(tMs)}</span>
    </div>
  );
}
