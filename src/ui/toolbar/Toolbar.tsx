import { SlidersHorizontal } from 'lucide-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useStore, type StoreState } from '../../store';
import { RunControls, RunSettings } from '../run/RunControls';
import { ActionButton } from './ActionButton';
import { TOOLBAR_ACTIONS, type ActionContext, type ToolbarAction } from './actions';
import { DesignNameInput } from './DesignNameInput';
import { importDesignFile } from './fileTransfer';
import { MoreMenu } from './MoreMenu';
import { PopoverFrame } from './PopoverFrame';
import { useToolbarOverflow } from './useToolbarOverflow';
import { LazyPart, retryableLazy } from '../common/LazyPart';

const RUN_SETTINGS = 'run-settings';

// My designs is opened from the store (the toolbar, the banner's "Restore it"), so it is mounted on the store's word.
const LibraryDialog = retryableLazy(() => import('../library/LibraryDialog').then((m) => ({ default: m.LibraryDialog })));
const selectLibraryOpen = (s: StoreState) => s.library.dialogOpen;

/** Speed, length and seed in a popover, for a toolbar too narrow to show them in line. */
function RunSettingsPanel() {
  return (
    <div className="popover run-settings" role="dialog" aria-label="Run settings" data-testid="run-settings">
      <RunSettings />
    </div>
  );
}

/**
 * The top bar: the design's name, the run controls, and the actions of TOOLBAR_ACTIONS: those that
 * fit in the bar, the rest in "More". The popover or dialog of an action is mounted here while open.
 */
export function Toolbar() {
  const fileInput = useRef<HTMLInputElement>(null);
  const libraryOpen = useStore(selectLibraryOpen);
  const [openPanel, setOpenPanel] = useState<string | null>(null);
  const { barRef, roomRef, measureRef, measureIconsRef, inBar, labels, compact } = useToolbarOverflow(TOOLBAR_ACTIONS);
  const context = useMemo<ActionContext>(() => ({ pickFile: () => fileInput.current?.click() }), []);
  const choose = useCallback((action: ToolbarAction) => {
    if (action.panel) setOpenPanel((open) => (open === action.id ? null : action.id));
    else action.run?.(context);
  }, [context]);
  const close = useCallback(() => setOpenPanel(null), []);
  const Panel = openPanel === RUN_SETTINGS ? RunSettingsPanel : TOOLBAR_ACTIONS.find((a) => a.id === openPanel)?.panel;

  return (
    <header className={`toolbar${compact ? ' toolbar--compact' : ''}${labels ? '' : ' toolbar--icons'}`} ref={barRef}>
      <div className="toolbar__brand">
        <img src="favicon.svg" alt="" width={24} height={24} />
        <h1 className="toolbar__title">Scale Playground</h1>
      </div>
      <DesignNameInput />

      <div className="toolbar__run" data-region="run-controls">
        <RunControls settings={!compact} />
        {compact && (
          <button type="button" className="icon-button" onClick={() => setOpenPanel((o) => (o === RUN_SETTINGS ? null : RUN_SETTINGS))}
            aria-haspopup="dialog" aria-expanded={openPanel === RUN_SETTINGS} aria-label="Run settings" title="Speed, length and seed"
            data-action={RUN_SETTINGS} data-testid="toolbar-run-settings">
            <SlidersHorizontal size={18} />
          </button>
        )}
      </div>

      <div className="toolbar__actions" ref={roomRef} role="group" aria-label="Actions">
        {TOOLBAR_ACTIONS.filter((a) => inBar.has(a.id)).map((action) => (
          <ActionButton key={action.id} action={action} onChoose={choose} expanded={openPanel === action.id} />
        ))}
      </div>
      <MoreMenu actions={TOOLBAR_ACTIONS.filter((a) => !inBar.has(a.id))} onChoose={choose} />

      <div className="toolbar__measure" ref={measureRef} aria-hidden="true" inert>
        {TOOLBAR_ACTIONS.map((action) => <ActionButton key={action.id} action={action} measuring />)}
      </div>
      <div className="toolbar__measure toolbar__measure--icons" ref={measureIconsRef} aria-hidden="true" inert>
        {TOOLBAR_ACTIONS.map((action) => <ActionButton key={action.id} action={action} measuring />)}
      </div>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void importDesignFile(file);
          e.target.value = '';
        }}
      />
      {libraryOpen && <LazyPart what="My designs"><LibraryDialog /></LazyPart>}
      {Panel && openPanel && <PopoverFrame actionId={openPanel} onClose={close}><LazyPart what="This panel"><Panel onClose={close} /></LazyPart></PopoverFrame>}
    </header>
  );
}
