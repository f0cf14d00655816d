import { GraduationCap, Presentation } from 'lucide-react';
import { store, useStore, type StoreState } from '../../store';

const selectOpen = (s: StoreState) => s.stages.panelOpen;

/** Opens and closes the guided stages beside the canvas. */
export function StagesButton() {
  const open = useStore(selectOpen);
  return (
    <button type="button" className={`button${open ? ' is-pressed' : ''}`} aria-pressed={open} onClick={() => store.getState().setStagePanelOpen(!open)} data-testid="toolbar-stages" title="The guided journey from one server to millions of users">
      <GraduationCap size={16} aria-hidden="true" /> Stages
    </button>
  );
}

/** Classroom mode: the open stage's demo (or stage 1's) in the presenter view. */
export function PresentButton() {
  return (
    <button type="button" className="button" onClick={() => store.getState().enterClassroom()} data-testid="toolbar-present" title="Present a stage's demo to a class: large type, narrated script, keyboard-driven">
      <Presentation size={16} aria-hidden="true" /> <span className="toolbar__label">Present</span>
    </button>
  );
}
