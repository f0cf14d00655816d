import { ReactFlowProvider } from '@xyflow/react';
import { ExternalLink, TriangleAlert } from 'lucide-react';
import { editorLinkFor, useStore, type StoreState } from '../../store';
import { FlowCanvas } from '../canvas/FlowCanvas';
import { DashboardPanel } from '../run/DashboardPanel';
import { RunAnnouncer } from '../run/RunAnnouncer';
import { EmbedRunControls } from './EmbedRunControls';
import './embed.css';

const selectName = (s: StoreState) => s.design.name;

/** The link this embed shows, as an editable design in the full playground (which keeps the visitor's work first). */
const editorLink = (): string => editorLinkFor(window.location.href);

/**
 * The read-only view for slides and web pages (`?embed=1#d=…`): the design and its live run,
 * no palette, no inspector, no editing; a link opens it in the full playground.
 */
export function EmbedView({ errors }: { errors: string[] }) {
  const name = useStore(selectName);
  if (errors.length > 0) {
    return (
      <div className="embed embed--error" role="alert">
        <TriangleAlert size={22} aria-hidden="true" />
        <div>
          <p><strong>This embedded design could not be shown.</strong></p>
          <ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      </div>
    );
  }
  return (
    <ReactFlowProvider>
      <div className="embed" data-testid="embed">
        <header className="embed__bar">
          <h1 className="embed__title">{name}</h1>
          <EmbedRunControls />
          <a className="embed__open" href={editorLink()} target="_blank" rel="noopener noreferrer" data-testid="embed-open">
            Open in Scale Playground <ExternalLink size={14} aria-hidden="true" />
          </a>
        </header>
        <main className="embed__canvas"><FlowCanvas readOnly /></main>
        <DashboardPanel />
        <RunAnnouncer />
      </div>
    </ReactFlowProvider>
  );
}
