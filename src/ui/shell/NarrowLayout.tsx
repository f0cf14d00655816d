import { GraduationCap, LayoutGrid, PanelBottom, PanelRight, X, type LucideIcon } from 'lucide-react';
import { useEffect } from 'react';
import { FlowCanvas } from '../canvas/FlowCanvas';
import { Banner } from '../common/Banner';
import { Palette } from '../palette/Palette';
import { FaultTimelineSlot } from '../run/FaultTimelineSlot';
import { RunAnnouncer } from '../run/RunAnnouncer';
import { Toolbar } from '../toolbar/Toolbar';
import { store, useStore, type Sheet, type StoreState } from '../../store';
import { DashboardPanel, Inspector, StagePanel } from './lazyPanels';
import { Split } from './Split';

const SHEETS: readonly { id: Sheet; label: string; icon: LucideIcon }[] = [
  { id: 'palette', label: 'Components', icon: LayoutGrid },
  { id: 'stages', label: 'Stages', icon: GraduationCap },
  { id: 'inspector', label: 'Inspector', icon: PanelRight },
  { id: 'dashboard', label: 'Results', icon: PanelBottom },
];

const selectSheet = (s: StoreState) => s.sheet;
const selectShare = (s: StoreState) => s.layout.sheetShare;
const setShare = (share: number) => store.getState().setSheetShare(share);

/** Opening the stages shows their sheet, closing them hides it; starting a run shows the results. */
function useSheetFollowsStore() {
  useEffect(() => {
    if (store.getState().stages.panelOpen) store.getState().openSheet('stages');
    return store.subscribe((s, prev) => {
      if (s.stages.panelOpen && !prev.stages.panelOpen) s.openSheet('stages');
      else if (!s.stages.panelOpen && prev.stages.panelOpen && s.sheet === 'stages') s.openSheet(null);
      if (s.run.status === 'running' && (prev.run.status === 'idle' || prev.run.status === 'done')) s.openSheet('dashboard');
    });
  }, []);
}

function chooseSheet(id: Sheet) {
  const s = store.getState();
  if (id === 'stages' && !s.stages.panelOpen) { s.setStagePanelOpen(true); return; }
  s.openSheet(s.sheet === id ? null : id);
}

function SheetBody({ sheet }: { sheet: Sheet }) {
  if (sheet === 'palette') return <Palette variant="sheet" />;
  if (sheet === 'stages') return <StagePanel />;
  if (sheet === 'inspector') return <Inspector />;
  return <DashboardPanel />;
}

/** One panel under the canvas, as tall as the split gives it, with a way to close it. */
function SheetView({ sheet }: { sheet: Sheet }) {
  const label = SHEETS.find((s) => s.id === sheet)!.label;
  return (
    <section className={`sheet sheet--${sheet}`} aria-label={label} data-testid={`sheet-${sheet}`}>
      <button type="button" className="icon-button sheet__close" onClick={() => store.getState().openSheet(null)} aria-label={`Close ${label}`} data-testid="sheet-close">
        <X size={18} />
      </button>
      <SheetBody sheet={sheet} />
    </section>
  );
}

/** The tabs along the bottom of a narrow screen: each opens its panel as the sheet (or closes it). */
function SheetTabs() {
  const sheet = useStore(selectSheet);
  return (
    <nav className="sheet-tabs" aria-label="Panels">
      {SHEETS.map(({ id, label, icon: Icon }) => (
        <button key={id} type="button" className={`sheet-tabs__tab${sheet === id ? ' is-active' : ''}`} aria-pressed={sheet === id}
          onClick={() => chooseSheet(id)} data-testid={`sheet-tab-${id}`}>
          <Icon size={20} aria-hidden="true" />
          <span>{label}</span>
        </button>
      ))}
    </nav>
  );
}

/**
 * Phones and small tablets: the canvas takes the screen; one panel at a time opens as a sheet under
 * it, sharing the column through the same split as the desktop's dashboard.
 */
export function NarrowLayout() {
  useSheetFollowsStore();
  const sheet = useStore(selectSheet);
  const share = useStore(selectShare);
  return (
    <div className="app app--narrow">
      <Toolbar />
      <main className="workspace">
        <Banner />
        <FaultTimelineSlot />
        <Split first={<FlowCanvas />} second={sheet ? <SheetView sheet={sheet} /> : null}
          share={share} onShare={setShare} label="Resize the canvas and the panel" testId="sheet-split" />
        <RunAnnouncer />
      </main>
      <SheetTabs />
    </div>
  );
}
