import { ReactFlowProvider } from '@xyflow/react';
import { ChevronLeft, ChevronRight, LogOut, Pause, Play, RotateCcw } from 'lucide-react';
import { useEffect } from 'react';
import { describeAction, demoForStage, STAGE_DEMOS } from '../../classroom';
import { store, useStore, type StoreState } from '../../store';
import { SpeedSelect } from '../run/SpeedSelect';
import { FlowCanvas } from '../canvas/FlowCanvas';
import { RunAnnouncer } from '../run/RunAnnouncer';
import { formatSimClock } from '../run/liveFormat';
import { SummaryStrip } from '../run/SummaryStrip';
import { isTyping } from '../useEditorShortcuts';
import './classroom.css';

const selectClassroom = (s: StoreState) => s.classroom;
const selectStatus = (s: StoreState) => s.run.status;
const selectClock = (s: StoreState) => s.live.tMs;


/** The teacher's keyboard: ← → steps, Space run/pause, K/R kill/restore the selected node, Esc leaves. */
function usePresenterKeys() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const s = store.getState();
      const key = event.key;
      if (key === 'ArrowRight') s.nextStep();
      else if (key === 'ArrowLeft') s.prevStep();
      else if (key === ' ' && s.run.status === 'running') s.pauseDemo();
      else if (key === ' ') s.playDemo();
      else if (key === 'k' || key === 'K') s.selection.nodeIds.forEach((id) => s.killNode(id));
      else if (key === 'r' || key === 'R') s.selection.nodeIds.forEach((id) => s.restoreNode(id));
      else if (key === 'Escape') s.leaveClassroom();
      else if (key === 'Home') s.replayDemo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Classroom mode: the canvas large and high-contrast, the script's narration as a caption. */
export function PresenterView() {
  usePresenterKeys();
  const { stageId, stepIndex } = useStore(selectClassroom);
  const status = useStore(selectStatus);
  const tMs = useStore(selectClock);
  const demo = demoForStage(stageId);
  if (!demo) return null;
  const steps = demo.script.steps;
  const current = stepIndex >= 0 ? steps[stepIndex] : undefined;
  const actions = store.getState();

  return (
    <ReactFlowProvider>
      <div className="presenter" data-testid="presenter">
        <header className="presenter__bar">
          <label className="presenter__demo">
            <span className="visually-hidden">Demo</span>
            <select value={stageId} onChange={(e) => actions.enterClassroom(e.target.value)} data-testid="presenter-demo">
              {STAGE_DEMOS.map((d) => <option key={d.stageId} value={d.stageId}>{d.script.title}</option>)}
            </select>
          </label>
          <span className="presenter__speed"><SpeedSelect testId="presenter-speed" /></span>
          <span className="presenter__clock" data-testid="presenter-clock">{status === 'idle' ? 'ready' : formatSimClock(tMs)}</span>
          <div className="presenter__buttons">
            <button type="button" onClick={actions.prevStep} aria-label="Previous step (←)" title="Previous step (←)"><ChevronLeft size={26} /></button>
            {status === 'running'
              ? <button type="button" onClick={actions.pauseDemo} aria-label="Pause (Space)" title="Pause (Space)" data-testid="presenter-pause"><Pause size={26} /></button>
              : <button type="button" onClick={actions.playDemo} aria-label="Play (Space)" title="Play (Space)" data-testid="presenter-play"><Play size={26} /></button>}
            <button type="button" onClick={actions.nextStep} aria-label="Next step (→)" title="Next step (→)" data-testid="presenter-next"><ChevronRight size={26} /></button>
            <button type="button" onClick={actions.replayDemo} aria-label="Replay from the start (Home)" title="Replay from the start (Home)" data-testid="presenter-replay"><RotateCcw size={24} /></button>
            <button type="button" onClick={actions.leaveClassroom} aria-label="Leave the presenter view (Esc)" title="Leave (Esc)" data-testid="presenter-exit"><LogOut size={24} /></button>
          </div>
        </header>
        <p className="presenter__caption" aria-live="polite" data-testid="presenter-caption">
          {current ? <><span className="presenter__at">t = {current.tS} s</span> {current.say}</> : 'Press Space to start the demo, or → to step through it.'}
        </p>
        <div className="presenter__main">
          <main className="presenter__canvas"><FlowCanvas /></main>
          <aside className="presenter__side" aria-label="Script">
            <SummaryStrip />
            <ol className="presenter__steps" data-testid="presenter-steps">
              {steps.map((step, i) => (
                <li key={i} className={i === stepIndex ? 'is-current' : i < stepIndex ? 'is-done' : ''} aria-current={i === stepIndex ? 'step' : undefined}>
                  <span className="presenter__at">t = {step.tS} s</span>
                  {step.action && <strong className="presenter__action"> {describeAction(step.action)}</strong>}
                  <span className="presenter__say">{step.say}</span>
                </li>
              ))}
            </ol>
          </aside>
        </div>
        <RunAnnouncer />
      </div>
    </ReactFlowProvider>
  );
}
