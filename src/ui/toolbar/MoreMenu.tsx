import { Ellipsis } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { ToolbarAction } from './actions';
import { popupOf, useActionState } from './ActionButton';
import { moveAmongMenuItems } from './PopoverFrame';

function MenuEntry({ action, onChoose }: { action: ToolbarAction; onChoose: (action: ToolbarAction) => void }) {
  const { pressed, disabled } = useActionState(action);
  const Icon = action.icon;
  return (
    <button
      type="button"
      role={action.pressed ? 'menuitemcheckbox' : 'menuitem'}
      aria-checked={action.pressed ? pressed : undefined}
      aria-haspopup={popupOf(action)}
      aria-keyshortcuts={action.key?.label}
      disabled={disabled}
      onClick={() => onChoose(action)}
      title={action.title}
      className={`more-menu__item${pressed ? ' is-checked' : ''}`}
      data-testid={`toolbar-${action.id}`}
      data-action={action.id}
    >
      <Icon size={16} aria-hidden="true" />
      <span>{action.label}</span>
      {action.key && <kbd>{action.key.label}</kbd>}
    </button>
  );
}

/**
 * "More": every action the bar has no room for, and the ones that live only here (panel toggles).
 * A menu in the ARIA sense: Down/Up move, Escape closes and gives the focus back to the button.
 */
export function MoreMenu({ actions, onChoose }: { actions: readonly ToolbarAction[]; onChoose: (action: ToolbarAction) => void }) {
  const [open, setOpen] = useState(false);
  const boxRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    boxRef.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([disabled])')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointerDown = (e: PointerEvent) => { if (!boxRef.current?.contains(e.target as Node)) setOpen(false); };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointerDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);
  const choose = (action: ToolbarAction) => {
    setOpen(false);
    onChoose(action);
  };
  return (
    <div className="more-menu" ref={boxRef}>
      <button
        ref={buttonRef}
        type="button"
        className="icon-button"
        onClick={() => setOpen(!open)}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label="More actions"
        title="More actions"
        data-testid="toolbar-more"
      >
        <Ellipsis size={18} />
      </button>
      {open && (
        <div className="popover more-menu__list" role="menu" aria-label="More actions" onKeyDown={moveAmongMenuItems}>
          {actions.map((action) => <MenuEntry key={action.id} action={action} onChoose={choose} />)}
        </div>
      )}
    </div>
  );
}
