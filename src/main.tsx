import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './ui/styles.css';
import './ui/bootShell.css';
import { bootAppStore, bootEmbed, isEmbedPage, store } from './store';
import { App } from './ui/App';
import './ui/run/run.css';

const EmbedView = lazy(() => import('./ui/embed/EmbedView').then((m) => ({ default: m.EmbedView })));

// `?embed=1`: the read-only view for slides and pages, which never touches the visitor's storage.
const embedded = isEmbedPage();

// The store starts before the first render, so the canvas fits the loaded design at once.
const embedErrors = embedded ? bootEmbed(store, window.location.hash) : [];
if (!embedded) bootAppStore();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {embedded ? <Suspense fallback={null}><EmbedView errors={embedErrors} /></Suspense> : <App />}
  </StrictMode>,
);
