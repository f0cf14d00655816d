/**
 * The presenter window's end of the audience link: while presenting, it sends the audience window
 * the design, and on every change the run, the narration and the big numbers; it answers an
 * audience window that joins (or reloads) with all of it, and runs the keys pressed there.
 */
import type { StoreApi } from 'zustand/vanilla';
import { AUDIENCE_CHANNEL, parseAudienceMessage, stamp, type AudienceMessage, type FrameMessage, type PresenterCommand } from '../../classroom/audienceProtocol';
import type { StoreState } from '../../store';
import { summaryFigures } from '../run/summaryFigures';
import { forgetPresenter, rememberPresenter } from './presenterSession';

/** What a key asks for, in whichever window it was pressed. */
export function runPresenterCommand(s: StoreState, command: PresenterCommand): void {
  if (command === 'next') s.nextStep();
  else if (command === 'prev') s.prevStep();
  else if (command === 'replay') s.replayDemo();
  else if (s.run.status === 'running') s.pauseDemo();
  else s.playDemo();
}

/** The audience's view of the presenter's state now. */
export function audienceFrame(s: StoreState): FrameMessage {
  const steps = s.classroomDemo()?.script.steps ?? [];
  const current = s.classroom.stepIndex >= 0 ? steps[s.classroom.stepIndex] : undefined;
  const { live } = s;
  return {
    type: 'frame',
    status: s.run.status,
    killedIds: [...s.run.killedIds],
    live: { tMs: live.tMs, done: live.done, nodes: { ...live.nodes }, edgeRps: { ...live.edgeRps }, summary: live.summary },
    figures: live.summary ? summaryFigures(live.latest, live.summary, live.cost).map(({ label, value, tone }) => (tone ? { label, value, tone } : { label, value })) : [],
    title: s.classroomDemo()?.script.title ?? '',
    caption: current ? { tS: current.tS, say: current.say } : null,
    stepIndex: s.classroom.stepIndex,
    stepCount: steps.length,
  };
}

/** Opens the link; returns the function that closes it (and tells the audience the presenter left). */
export function linkAudience(store: StoreApi<StoreState>): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(AUDIENCE_CHANNEL);
  const send = (message: AudienceMessage) => channel.postMessage(stamp(message));
  const sendAll = () => {
    send({ type: 'design', design: store.getState().design });
    send(audienceFrame(store.getState()));
  };
  channel.onmessage = (event: MessageEvent) => {
    const message = parseAudienceMessage(event.data);
    if (message?.type === 'hello' && message.role === 'audience') sendAll();
    else if (message?.type === 'command') runPresenterCommand(store.getState(), message.command);
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.design !== prev.design) send({ type: 'design', design: state.design });
    if (state.classroom !== prev.classroom && state.classroom.active) rememberPresenter(state.classroom);
    if (state.live !== prev.live || state.run.status !== prev.run.status || state.run.killedIds !== prev.run.killedIds || state.classroom !== prev.classroom) {
      send(audienceFrame(state));
    }
  });
  // A reload or a closed window: the audience says so until the presenter is back.
  const leave = () => send({ type: 'bye' });
  window.addEventListener('pagehide', leave);
  rememberPresenter(store.getState().classroom);
  send({ type: 'hello', role: 'presenter' });
  sendAll();
  return () => {
    leave();
    window.removeEventListener('pagehide', leave);
    unsubscribe();
    channel.close();
    forgetPresenter();
  };
}

/** The audience window's address: this page with `?audience=1`. */
export function audienceUrl(href: string): string {
  const url = new URL(href);
  url.hash = '';
  url.search = '?audience=1';
  return url.toString();
}
