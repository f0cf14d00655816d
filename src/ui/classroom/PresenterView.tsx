import { ReactFlowProvider } from '@xyflow/react';
import { ChevronLeft, ChevronRight, Clapperboard, LogOut, MonitorUp, Pause, Play, RotateCcw } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { describeAction } from '../../classroom';
import { commandForKey } from '../../classroom/audienceProtocol';
import { store, useStore, type StoreState } from '../../store';
import { SpeedSelect } from '../run/SpeedSelect';
import { FlowCanvas } from '../canvas/FlowCanvas';
import { RunAnnouncer } from '../run/RunAnnouncer';
import { formatSimClock } from '../run/liveFormat';
import { SummaryStrip } from '../run/SummaryStrip';
import { isTyping } from '../useEditorShortcuts';
import { RecordDialog } from '../record/RecordDialog';
import { MAX_RECORD_SECONDS } from '../record/recordOptions';
import { audienceUrl, linkAudience, runPresenterCommand } from './presenterLink';
import './classroom.css';

const selectClassroom = (s: StoreState) => s.classroom;
const selectStatus = (s: StoreState) => s.run.status;
const selectClock = (s: StoreState) => s.live.tMs;
const selectCustomStages = (s: StoreState) => s.stages.custom;


/** The teacher's keyboard: ← → steps, Space run/pause, K/R kill/restore the selected node, Esc leaves. */
function usePresenterKeys() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      // The Record dialog's own keys (Esc closes it) are not the presenter's.
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      const s = store.getState();
      const key = event.key;
      const command = commandForKey(key);
      if (command) runPresenterCommand(s, command);
      else if (key === 'k' || key === 'K') s.selection.nodeIds.forEach((id) => s.killNode(id));
      else if (key === 'r' || key === 'R') s.selection.nodeIds.forEach((id) => s.restoreNode(id));
      else if (key === 'Escape') s.leaveClassroom();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** The projector's window, linked to this one while presenting (presenterLink.ts). */
function openAudienceWindow() {
  const opened = window.open(audienceUrl(window.location.href), 'scale-playground-audience', 'popup,width=1280,height=760');
  if (!opened) store.getState().showToast('The browser did not open the audience window: allow pop-ups for this site and try again.', 'warning');
}

/** A whole script's recording runs on this long past its last step, to show what that step did. */
const SCRIPT_TAIL_S = 5;

const clockText = (ms: number): string => {
  const minutes = Math.floor(ms / 60_000);
  return `${minutes}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}`;
};

/** How to start, in the words of the device in hand: keys for a keyboard, the buttons for a finger (CSS picks one by pointer). */
function StartHint() {
  return (
    <>
      <span className="presenter__hint presenter__hint--keys">Press Space to start the demo, or → to step through it.</span>
      <span className="presenter__hint presenter__hint--touch">Tap ▶ to start the demo, or › to step through it.</span>
    </>
  );
}

/** The talk's own clock (wall time since presenter mode opened), for the teacher's eyes only. */
function TalkClock() {
  const [startedAt] = useState(() => Date.now());
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return <span className="presenter__talk" title="Time since presenter mode opened" data-testid="presenter-talk-clock">{clockText(now - startedAt)}</span>;
}

/**
 * Scrolls the script's list (only the list: the big numbers above it and the page stay put) so
 * the current step is in view.
 */
function revealCurrentStep(list: HTMLElement) {
  const step = list.querySelector<HTMLElement>('[aria-current="step"]');
  if (!step) { list.scrollTop = 0; return; }
  const top = step.offsetTop - list.offsetTop;
  const bottom = top + step.offsetHeight;
  if (top < list.scrollTop) list.scrollTop = top;
  else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = Math.min(top, bottom - list.clientHeight);
}

/** Classroom mode: the canvas large and high-contrast, the script's narration as a caption. */
export function PresenterView() {
  usePresenterKeys();
  useEffect(() => linkAudience(store), []);
  const [recording, setRecording] = useState(false);
  const { stageId, stepIndex } = useStore(selectClassroom);
  const stepList = useRef<HTMLOListElement>(null);
  // Focus moves into the view as it opens (not left on the page's body), so Tab starts at its controls
  // and a screen reader announces it; the view itself holds it, so Space is still the presenter's key.
  const view = useRef<HTMLDivElement>(null);
  useEffect(() => { view.current?.focus(); }, []);
  // The step on show stays in sight: on a laptop's screen a long script runs past the side pane.
  useEffect(() => { if (stepList.current) revealCurrentStep(stepList.current); }, [stageId, stepIndex]);
  const status = useStore(selectStatus);
  const tMs = useStore(selectClock);
  useStore(selectCustomStages); // a teacher's stage arriving (or leaving) changes the demo list
  const actions = store.getState();
  const demo = actions.classroomDemo(stageId);
  if (!demo) return null;
  const steps = demo.script.steps;
  const current = stepIndex >= 0 ? steps[stepIndex] : undefined;
  const next = steps[stepIndex + 1];

  return (
    <ReactFlowProvider>
      <div className="presenter" data-testid="presenter" ref={view} tabIndex={-1} role="region" aria-label="Presenter view">
        <header className="presenter__bar">
          <label className="presenter__demo">
            <span className="visually-hidden">Demo</span>
            <select value={stageId} onChange={(e) => actions.enterClassroom(e.target.value)} data-testid="presenter-demo">
              {actions.classroomDemos().map((d) => <option key={d.stageId} value={d.stageId}>{d.script.title}</option>)}
            </select>
          </label>
          <span className="presenter__speed"><SpeedSelect testId="presenter-speed" /></span>
          <span className="presenter__clock" data-testid="presenter-clock">{status === 'idle' ? 'ready' : formatSimClock(tMs)}</span>
          <TalkClock />
          <div className="presenter__buttons">
            <button type="button" onClick={() => { actions.pauseDemo(); setRecording(true); }} aria-label="Record the run as a GIF or a video" title="Record the run as a GIF or a video" data-testid="presenter-record"><Clapperboard size={24} /></button>
            <button type="button" onClick={openAudienceWindow} aria-label="Open the audience window (for the projector)" title="Open the audience window (for the projector)" data-testid="presenter-audience"><MonitorUp size={24} /></button>
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
          {current ? <><span className="presenter__at">t = {current.tS} s</span> {current.say}</> : <StartHint />}
        </p>
        <div className="presenter__main">
          <main className="presenter__canvas"><FlowCanvas /></main>
          <aside className="presenter__side" aria-label="Script">
            <SummaryStrip />
            <p className="presenter__next" data-testid="presenter-next-step">
              <span className="presenter__next-label">Next</span>
              {next
                ? <><span className="presenter__at">t = {next.tS} s</span>{next.action && <strong className="presenter__action">{describeAction(next.action)} </strong>}{next.say}</>
                : 'The end of the script.'}
              {next?.note && <span className="presenter__note" data-testid="presenter-next-note">{next.note}</span>}
            </p>
            <ol className="presenter__steps" ref={stepList} data-testid="presenter-steps">
              {steps.map((step, i) => (
                <li key={i} className={i === stepIndex ? 'is-current' : i < stepIndex ? 'is-done' : ''} aria-current={i === stepIndex ? 'step' : undefined}>
                  <span className="presenter__at">t = {step.tS} s</span>
                  {step.action && <strong className="presenter__action"> {describeAction(step.action)}</strong>}
                  <span className="presenter__say">{step.say}</span>
                  {step.note && <span className="presenter__note">{step.note}</span>}
                </li>
              ))}
            </ol>
          </aside>
        </div>
        <RunAnnouncer />
        <RecordDialog
          open={recording}
          onClose={() => setRecording(false)}
          source={() => document.querySelector<HTMLElement>('.presenter__canvas')}
          scriptSeconds={Math.min(MAX_RECORD_SECONDS, Math.ceil((steps[steps.length - 1]?.tS ?? 0) + SCRIPT_TAIL_S))}
        />
      </div>
    </ReactFlowProvider>
  );
}
