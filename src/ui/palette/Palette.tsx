import { PanelLeft } from 'lucide-react';
import type { CSSProperties, DragEvent } from 'react';
import { KIND_SPECS, KINDS, type Kind } from '../../model';
import { store, useStore, type StoreState } from '../../store';
import { setDraggedKind } from '../dragData';
import { CATEGORY_META, CATEGORY_ORDER, KIND_ICONS } from '../icons';
import { useAddAtViewportCentre } from './useAddAtViewportCentre';

const KINDS_BY_CATEGORY = CATEGORY_ORDER.map((category) => ({
  category,
  kinds: KINDS.filter((k) => KIND_SPECS[k].category === category),
})).filter((g) => g.kinds.length > 0);

function PaletteItem({ kind, onAdd, isNew }: { kind: Kind; onAdd: (kind: Kind) => void; isNew: boolean }) {
  const spec = KIND_SPECS[kind];
  const Icon = KIND_ICONS[kind];
  const onDragStart = (event: DragEvent) => setDraggedKind(event.dataTransfer, kind);
  return (
    <li>
      <button
        type="button"
        className={`palette-item${isNew ? ' is-new' : ''}`}
        draggable
        onDragStart={onDragStart}
        onClick={() => onAdd(kind)}
        title={spec.summary}
        aria-label={`${spec.label}${isNew ? ' (new in this stage)' : ''}: ${spec.summary} Press Enter to add it to the canvas.`}
        data-testid={`palette-${kind}`}
        style={{ '--accent': CATEGORY_META[spec.category].accent } as CSSProperties}
      >
        <span className="palette-item__icon" aria-hidden="true"><Icon size={18} /></span>
        <span className="palette-item__label">{spec.label}</span>
        {isNew && <span className="palette-item__new" aria-hidden="true">new</span>}
      </button>
    </li>
  );
}

/** Kinds the open stage introduces, as one string so the palette re-renders only when it changes (or the stages arrive). */
const selectNewKinds = (s: StoreState): string => {
  const { panelOpen, activeStageId, content } = s.stages;
  return panelOpen && activeStageId && content === 'ready' ? (s.stageContent()?.stageById(activeStageId)?.newKinds.join(' ') ?? '') : '';
};

/**
 * Every component kind, grouped by category: drag one onto the canvas, or click / Enter (tap, on a
 * touch screen) to add it. `panel` beside the canvas, `rail` the same as icons only (room for the
 * canvas), `sheet` on a narrow screen (no collapse button: the sheet closes instead).
 */
export function Palette({ variant = 'panel' }: { variant?: 'panel' | 'rail' | 'sheet' }) {
  const addAtCentre = useAddAtViewportCentre();
  const newKinds = new Set(useStore(selectNewKinds).split(' '));
  const rail = variant === 'rail';
  return (
    <nav className={`palette palette--${variant}`} aria-label="Components" data-testid="palette">
      {variant !== 'sheet' && (
        <button type="button" className="icon-button palette__toggle" onClick={() => store.getState().setPaletteOpen(rail)}
          aria-expanded={!rail} aria-label={rail ? 'Show component names' : 'Hide component names'} aria-keyshortcuts="Alt+Shift+P"
          title={`${rail ? 'Show component names' : 'Only icons: more room for the canvas'} (Alt+Shift+P)`} data-testid="palette-toggle">
          <PanelLeft size={18} />
        </button>
      )}
      {!rail && <p className="palette__intro">Drag onto the canvas, or {variant === 'sheet' ? 'tap' : 'click'} to add.</p>}
      {KINDS_BY_CATEGORY.map(({ category, kinds }) => (
        <section key={category} className="palette__group" aria-labelledby={`palette-${category}-title`}>
          <h2 id={`palette-${category}-title`} className="palette__title">{CATEGORY_META[category].title}</h2>
          <ul className="palette__list">
            {kinds.map((kind) => <PaletteItem key={kind} kind={kind} onAdd={addAtCentre} isNew={newKinds.has(kind)} />)}
          </ul>
        </section>
      ))}
    </nav>
  );
}
