import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './ui/styles.css';
import './ui/bootShell.css';
import { beforeBoot, bootAppStore, bootEmbed, isAudiencePage, isEmbedPage, preloadDecoderWhenIdle, store } from './store';
import { App } from './ui/App';
import { hasPresenterSession } from './ui/classroom/presenterSessionKey';
import './ui/run/run.css';
import { LazyPart, retryableLazy } from './ui/common/LazyPart';

const EmbedView = retryableLazy(() => import('./ui/embed/EmbedView').then((m) => ({ default: m.EmbedView })));
const AudienceView = retryableLazy(() => import('./ui/classroom/AudienceView').then((m) => ({ default: m.AudienceView })));

// `?embed=1`: the read-only view for slides and pages, which never touches the visitor's storage.
const embedded = isEmbedPage();
// `?audience=1`: classroom mode's projector window, which shows what the presenter window sends.
const audience = !embedded && isAudiencePage();

function start(): void {
  // The store starts before the first render, so the canvas fits the loaded design at once.
  const embedErrors = embedded ? bootEmbed(store, window.location.hash) : [];
  if (!embedded && !audience) {
    bootAppStore();
    // A reload while presenting opens presenter mode again (presenterSession.ts).
    if (hasPresenterSession()) void import('./ui/classroom/presenterSession').then((m) => m.resumePresenter(store));
  }
  const page = embedded ? <EmbedView errors={embedErrors} /> : audience ? <AudienceView /> : <App />;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {embedded || audience ? <LazyPart what="This view">{page}</LazyPart> : page}
    </StrictMode>,
  );
  // Edits, files and My designs need the decoder: it comes while the visitor looks at the page.
  preloadDecoderWhenIdle();
}

/** The decoder could not be fetched: nothing was read or written, so a reload loses nothing. */
function showBootFailure(): void {
  const note = document.querySelector('.boot-shell__note');
  if (note) note.textContent = 'The editor could not finish loading (the network may be down). Your saved work is untouched: reload the page to try again.';
}

// Saved work or a link to read: the static shell ("Loading the editor…") stays until the decoder is here.
const waiting = beforeBoot();
if (waiting) waiting.then(start, showBootFailure);
else start();
