import { ReactFlowProvider } from '@xyflow/react';
import { FlowCanvas } from './canvas/FlowCanvas';
import { Banner } from './common/Banner';
import { Inspector } from './inspector/Inspector';
import { Palette } from './palette/Palette';
import { DashboardPanel } from './run/DashboardPanel';
import { RunAnnouncer } from './run/RunAnnouncer';
import { Toolbar } from './toolbar/Toolbar';
import { useEditorShortcuts } from './useEditorShortcuts';

/**
 * The editor's layout: toolbar on top, palette left, canvas centre, inspector right.
 * The provider wraps everything so the palette can place nodes in the canvas's viewport.
 */
export function App() {
  useEditorShortcuts();
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <Palette />
        <main className="workspace">
          <Banner />
          <FlowCanvas />
          <DashboardPanel />
          <RunAnnouncer />
        </main>
        <Inspector />
      </div>
    </ReactFlowProvider>
  );
}
