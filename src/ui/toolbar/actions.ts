import type { LucideIcon } from 'lucide-react';
import { Download, FolderOpen, Gauge, GitCompareArrows, GraduationCap, LayoutGrid, PanelBottom, PanelLeft, PanelRight, Presentation, Redo2, Share2, Undo2, Upload } from 'lucide-react';
import type { ComponentType } from 'react';
import { store, type StoreState } from '../../store';
import { retryableLazy } from '../common/LazyPart';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = IS_MAC ? '⌘' : 'Ctrl';

/** What an action may need from the toolbar that shows it. */
export interface ActionContext {
  /** Opens the browser's file picker for a design file. */
  pickFile: () => void;
}

/** A key that runs an action from anywhere on the page (not while typing in a field). */
export interface ActionKey {
  /** KeyboardEvent.code, so Alt+Shift on a Mac still matches. */
  code: string;
  alt?: boolean;
  shift?: boolean;
  /** As shown in titles and announced by aria-keyshortcuts. */
  label: string;
}

/**
 * One thing the toolbar offers: a button in the bar while it fits, an entry of the "More" menu when it
 * does not. It either runs something (`run`) or opens `panel` (a dialog or a popover), which the toolbar
 * mounts while open and which closes itself through `onClose`.
 */
export interface ToolbarAction {
  /** Also its test id: `toolbar-<id>`, in the bar and in the menu alike. */
  id: string;
  label: string;
  icon: LucideIcon;
  title: string;
  run?: (ctx: ActionContext) => void;
  panel?: ComponentType<{ onClose: () => void }>;
  /** Which actions stay in the bar longest when room runs out: higher stays; 0 lives in the menu only. */
  keep?: number;
  /** In the bar, the icon alone (the label is still its accessible name). */
  iconOnly?: boolean;
  primary?: boolean;
  /** A toggle: pressed in the bar, checked in the menu. */
  pressed?: (s: StoreState) => boolean;
  disabled?: (s: StoreState) => boolean;
  key?: ActionKey;
}

// Panels load as their own chunks the first time they open: the first paint does not need them.
const GalleryDialog = retryableLazy(() => import('../gallery/GalleryDialog').then((m) => ({ default: m.GalleryDialog })));
const CompareDialog = retryableLazy(() => import('../compare/CompareDialog').then((m) => ({ default: m.CompareDialog })));
const LimitDialog = retryableLazy(() => import('../limit/LimitDialog').then((m) => ({ default: m.LimitDialog })));
const SharePanel = retryableLazy(() => import('./SharePanel').then((m) => ({ default: m.SharePanel })));
const ExportList = retryableLazy(() => import('../export/ExportList').then((m) => ({ default: m.ExportList })));

const panelKey = (letter: string): ActionKey => ({ code: `Key${letter}`, alt: true, shift: true, label: `Alt+Shift+${letter}` });

/** The inspector's toggle: its own, and the one the shortcut runs. */
export const toggleInspector = (): void => { const s = store.getState(); s.setInspectorOpen(!s.layout.inspectorOpen); };

/**
 * Every toolbar action, in the order the bar shows them. Adding one is one entry here, e.g.
 * `{ id: 'designs', label: 'My designs', icon: FolderOpen, title: 'Your saved designs', panel: DesignsDialog, keep: 6 },`
 */
export const TOOLBAR_ACTIONS: readonly ToolbarAction[] = [
  { id: 'stages', label: 'Stages', icon: GraduationCap, title: 'The guided journey from one server to millions of users', keep: 7, key: panelKey('S'),
    pressed: (s) => s.stages.panelOpen, run: () => { const s = store.getState(); s.setStagePanelOpen(!s.stages.panelOpen); } },
  { id: 'library', label: 'My designs', icon: FolderOpen, title: 'My designs: every design kept in this browser', keep: 6,
    run: () => store.getState().setLibraryOpen(true) },
  { id: 'gallery', label: 'Gallery', icon: LayoutGrid, title: "Ready designs: classic shapes and every stage's solution", keep: 3, panel: GalleryDialog },
  { id: 'compare', label: 'Compare', icon: GitCompareArrows, title: 'Run this design against another and compare their numbers', keep: 2, panel: CompareDialog },
  { id: 'limit', label: 'Find the limit', icon: Gauge, title: 'Run this design at rising loads and find where it stops keeping up, and why', keep: 1, panel: LimitDialog },
  { id: 'present', label: 'Present', icon: Presentation, title: "Present a stage's demo to a class: large type, narrated script, keyboard-driven", keep: 1,
    run: () => store.getState().enterClassroom() },
  { id: 'undo', label: 'Undo', icon: Undo2, title: `Undo (${MOD}+Z)`, iconOnly: true, keep: 8,
    disabled: (s) => s.history.past.length === 0, run: () => store.getState().undo() },
  { id: 'redo', label: 'Redo', icon: Redo2, title: `Redo (Shift+${MOD}+Z)`, iconOnly: true, keep: 8,
    disabled: (s) => s.history.future.length === 0, run: () => store.getState().redo() },
  { id: 'import', label: 'Import', icon: Upload, title: 'Open a design file (.json)', keep: 4, run: (ctx) => ctx.pickFile() },
  { id: 'export', label: 'Export', icon: Download, title: "Export the design, a picture of it, or a run's metrics", keep: 5, panel: ExportList },
  { id: 'share', label: 'Share', icon: Share2, title: 'Copy a link to this design and its run settings', primary: true, keep: 9, panel: SharePanel },
  { id: 'palette', label: 'Component names', icon: PanelLeft, title: 'Show the palette with names, or only its icons', keep: 0, key: panelKey('P'),
    pressed: (s) => s.layout.paletteOpen !== false, run: () => { const s = store.getState(); s.setPaletteOpen(s.layout.paletteOpen === false); } },
  { id: 'inspector', label: 'Inspector', icon: PanelRight, title: 'Show the inspector when something is selected', keep: 0, key: panelKey('I'),
    pressed: (s) => s.layout.inspectorOpen, run: toggleInspector },
  { id: 'charts', label: 'Charts', icon: PanelBottom, title: 'Show the charts under the canvas during a run', keep: 0, key: panelKey('D'),
    pressed: (s) => s.layout.chartsOpen, run: () => { const s = store.getState(); s.setChartsOpen(!s.layout.chartsOpen); } },
];
