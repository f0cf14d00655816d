import { Pause, Play, RotateCcw, SkipForward, Square } from 'lucide-react';
import { store, useStore, type StoreState } from '../../store';
import { formatPace, formatSimTime } from './liveFormat';
import { DurationSelect } from './DurationSelect';
import { SeedField } from './SeedField';
import { SpeedSelect } from './SpeedSelect';
import './run.css';

const selectRun = (s: StoreState) => s.run;
const selectClock = (s: StoreState) => s.live.tMs;
const selectPace = (s: StoreState) => s.pace;

/**
 * Run / Pause / Step / Reset, speed and seed, and the simulated clock. The store does the work;
 * these buttons only call its actions, so the keyboard, classroom mode and tests share one path.
 * `settings={false}` leaves speed, length and seed out (a narrow toolbar shows them in a popover).
 */
export function RunControls({ settings = true }: { settings?: boolean }) {
  const run = useStore(selectRun);
  const tMs = useStore(selectClock);
  const pace = useStore(selectPace);
  const actions = store.getState();
  const active = run.status === 'running' || run.status === 'paused';
  const progress = run.durationMs > 0 ? Math.min(1, tMs / run.durationMs) : 0;

  return (
    <div className="run-controls" role="group" aria-label="Simulation" data-testid="run-controls">
      {run.status === 'running' ? (
        <button type="button" className="button button--primary" onClick={actions.pauseRun} data-testid="run-pause" title="Pause the simulation">
          <Pause size={16} aria-hidden="true" /> Pause
        </button>
      ) : run.status === 'paused' ? (
        <button type="button" className="button button--primary" onClick={actions.resumeRun} data-testid="run-resume" title="Carry on from here">
          <Play size={16} aria-hidden="true" /> Resume
        </button>
      ) : (
        <button type="button" className="button button--primary" onClick={actions.startRun} data-testid="run-start" title="Push traffic through the design">
          <Play size={16} aria-hidden="true" /> Run{run.status !== 'idle' && <span className="run-start__again"> again</span>}
        </button>
      )}
      <button type="button" className="icon-button" onClick={() => actions.stepRun()} aria-label="Step one second" title="Step one simulated second" data-testid="run-step">
        <SkipForward size={18} />
      </button>
      <button type="button" className="icon-button" onClick={actions.resetRun} disabled={run.status === 'idle'} aria-label="Reset" title="Stop and go back to editing" data-testid="run-reset">
        {active ? <Square size={16} /> : <RotateCcw size={16} />}
      </button>

      {settings && <RunSettings />}

      <div className="run-clock" data-testid="run-clock" data-status={run.status}>
        <span className="run-clock__time">{run.status === 'idle' ? 'Not running' : <><span className="run-clock__t">t = </span>{formatSimTime(tMs)}</>}</span>
        {run.status !== 'idle' && (
          <span className="run-clock__bar" role="progressbar" aria-label="Simulated time" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)}>
            <span style={{ width: `${progress * 100}%` }} />
          </span>
        )}
        {run.status === 'running' && run.speed === 'max' && pace !== null && (
          // What Max turns out to be for this design on this machine.
          <span className="run-clock__pace" data-testid="run-pace" title={`At Max the simulation runs as fast as this computer lets it: ${formatPace(pace)} real time`}>{formatPace(pace)}<span className="visually-hidden"> real time</span></span>
        )}
        {run.status === 'done' && <span className="run-clock__done">done</span>}
        {run.status === 'error' && <span className="run-clock__stopped">stopped</span>}
      </div>
    </div>
  );
}

/** Speed, length and seed of the next run. */
export function RunSettings() {
  return (
    <>
      <label className="run-controls__field">
        <span>Speed</span>
        <SpeedSelect />
      </label>
      <DurationSelect />
      <SeedField />
    </>
  );
}
