import { PanelRight } from 'lucide-react';
import { store, useStore, type StoreState } from '../../store';
import { Inspector } from './lazyPanels';
import { toggleInspector } from '../toolbar/actions';

const selectHasSelection = (s: StoreState) => s.selection.nodeIds.length > 0 || s.selection.edgeIds.length > 0;
const selectInspectorOpen = (s: StoreState) => s.layout.inspectorOpen;

/** The inspector takes room beside the canvas only while something is selected and it is not hidden. */
export function useInspectorShown(): { selected: boolean; shown: boolean } {
  const selected = useStore(selectHasSelection);
  const open = useStore(selectInspectorOpen);
  return { selected, shown: selected && open };
}

/** The inspector beside the canvas, with the button that hides it. */
export function InspectorPanel() {
  return (
    <div className="inspector-panel" data-testid="inspector-panel">
      <button type="button" className="icon-button inspector-panel__hide" onClick={toggleInspector}
        aria-label="Hide the inspector" aria-keyshortcuts="Alt+Shift+I" title="Hide the inspector (Alt+Shift+I)" data-testid="inspector-hide">
        <PanelRight size={18} />
      </button>
      <Inspector />
    </div>
  );
}

/** While the inspector is hidden and something is selected: the way back, at the canvas's right edge. */
export function InspectorReopen() {
  return (
    <button type="button" className="button inspector-reopen" onClick={() => store.getState().setInspectorOpen(true)}
      aria-keyshortcuts="Alt+Shift+I" title="Show the inspector (Alt+Shift+I)" data-testid="inspector-show">
      <PanelRight size={16} aria-hidden="true" /> Inspector
    </button>
  );
}
