import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { AUDIENCE_CHANNEL, commandForKey, parseAudienceMessage, stamp, type AudienceMessage } from '../../classroom/audienceProtocol';
import { store, useStore, type StoreState } from '../../store';
import { FlowCanvas } from '../canvas/FlowCanvas';
import { formatSimClock } from '../run/liveFormat';
import { FigureList } from '../run/SummaryStrip';
import './classroom.css';

const selectAudience = (s: StoreState) => s.classroom.audience;
const selectClock = (s: StoreState) => s.live.tMs;
const selectStatus = (s: StoreState) => s.run.status;

/**
 * The audience window's end of the link: shows what the presenter window sends and sends it the
 * keys pressed here. Joining says hello, and the presenter answers with everything, so a reload
 * of this window (or of the presenter's, which says hello when it is back) rejoins.
 */
function useAudienceLink() {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return undefined;
    const channel = new BroadcastChannel(AUDIENCE_CHANNEL);
    const send = (message: AudienceMessage) => channel.postMessage(stamp(message));
    channel.onmessage = (event: MessageEvent) => {
      const message = parseAudienceMessage(event.data);
      const s = store.getState();
      if (message?.type === 'design') s.showAudienceDesign(message.design);
      else if (message?.type === 'frame') s.showAudienceFrame(message);
      else if (message?.type === 'bye') s.audienceLost();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const command = commandForKey(event.key);
      if (!command) return;
      event.preventDefault();
      send({ type: 'command', command });
    };
    window.addEventListener('keydown', onKeyDown);
    send({ type: 'hello', role: 'audience' });
    return () => { window.removeEventListener('keydown', onKeyDown); channel.close(); };
  }, []);
}

/** The projector's window (`?audience=1`): the canvas, the big numbers and the narration, nothing to edit. */
export function AudienceView() {
  useAudienceLink();
  const audience = useStore(selectAudience);
  const tMs = useStore(selectClock);
  const status = useStore(selectStatus);
  if (typeof BroadcastChannel === 'undefined') {
    return <p className="audience__waiting" role="alert">This browser cannot link two windows (it has no BroadcastChannel). Show the presenter window on the projector instead.</p>;
  }
  if (!audience) {
    return <p className="audience__waiting" data-testid="audience-waiting">Waiting for the presenter window… Open presenter mode there and this window follows it.</p>;
  }
  const { caption } = audience;
  return (
    <ReactFlowProvider>
      <div className="presenter audience" data-testid="audience">
        <header className="presenter__bar">
          <h1 className="audience__title">{audience.title}</h1>
          {!audience.connected && <span className="audience__lost" role="status" data-testid="audience-lost">The presenter window is away; this window follows it again when it is back.</span>}
          <span className="presenter__clock" data-testid="audience-clock">{status === 'idle' ? 'ready' : formatSimClock(tMs)}</span>
        </header>
        <p className="presenter__caption" aria-live="polite" data-testid="audience-caption">
          {caption ? <><span className="presenter__at">t = {caption.tS} s</span> {caption.say}</> : 'The demo is about to start.'}
        </p>
        <div className="audience__main">
          <main className="presenter__canvas"><FlowCanvas readOnly spofPanel={false} /></main>
          {audience.figures.length > 0 && <FigureList figures={audience.figures} className="summary-strip audience__figures" testId="audience-figures" />}
        </div>
      </div>
    </ReactFlowProvider>
  );
}
