import { Redo2, Undo2, Upload } from 'lucide-react';
import { useRef } from 'react';
import { store, useStore, type StoreState } from '../../store';
import { RunControls } from '../run/RunControls';
import { PresentButton, StagesButton } from '../stages/StagesButton';
import { DesignNameInput } from './DesignNameInput';
import { importDesignFile } from './fileTransfer';
import { ExportMenu } from '../export/ExportMenu';
import { GalleryButton } from '../gallery/GalleryDialog';
import { LibraryButton } from '../library/LibraryDialog';
import { CompareButton } from '../compare/CompareDialog';
import { ShareButton } from './ShareButton';

const selectCanUndo = (s: StoreState) => s.history.past.length > 0;
const selectCanRedo = (s: StoreState) => s.history.future.length > 0;
const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = IS_MAC ? '⌘' : 'Ctrl';

/** The top bar: the design's name, undo/redo, files, sharing, and room for the run controls. */
export function Toolbar() {
  const canUndo = useStore(selectCanUndo);
  const canRedo = useStore(selectCanRedo);
  const fileInput = useRef<HTMLInputElement>(null);

  return (
    <header className="toolbar">
      <div className="toolbar__brand">
        <img src="favicon.svg" alt="" width={24} height={24} />
        <h1 className="toolbar__title">Scale Playground</h1>
      </div>
      <DesignNameInput />

      <StagesButton />
      <LibraryButton />
      <GalleryButton />
      <CompareButton />
      <PresentButton />

      <div className="toolbar__group" role="group" aria-label="History">
        <button type="button" className="icon-button" onClick={() => store.getState().undo()} disabled={!canUndo} aria-label="Undo" title={`Undo (${MOD}+Z)`} data-testid="toolbar-undo"><Undo2 size={18} /></button>
        <button type="button" className="icon-button" onClick={() => store.getState().redo()} disabled={!canRedo} aria-label="Redo" title={`Redo (Shift+${MOD}+Z)`} data-testid="toolbar-redo"><Redo2 size={18} /></button>
      </div>

      <div className="toolbar__run" data-region="run-controls"><RunControls /></div>

      <div className="toolbar__group" role="group" aria-label="Files">
        <button type="button" className="button" onClick={() => fileInput.current?.click()} title="Open a design file (.json)" data-testid="toolbar-import">
          <Upload size={16} aria-hidden="true" /> <span className="toolbar__label">Import</span>
        </button>
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
        <ExportMenu />
        <ShareButton />
      </div>
    </header>
  );
}
