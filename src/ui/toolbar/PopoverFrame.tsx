import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react';

/**
 * Holds an action's open popover (or dialog) under the right end of the toolbar: Escape or a press
 * anywhere else closes it; a press on the button that opened it is left to that button (it toggles).
 * The first menu entry or field takes the focus, and arrow keys move between menu entries.
 */
export function PopoverFrame({ actionId, onClose, children }: { actionId: string; onClose: () => void; children: ReactNode }) {
  const boxRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    const onPointerDown = (e: PointerEvent) => {
      const target = e.target as Node;
      const onTrigger = target instanceof Element && target.closest(`[data-action="${actionId}"], [data-testid="toolbar-more"]`);
      if (!boxRef.current?.contains(target) && !onTrigger) onClose();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointerDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointerDown);
    };
  }, [actionId, onClose]);
  useEffect(() => {
    // A frame later: the share popover appears once its link is copied.
    const id = requestAnimationFrame(() => boxRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus());
    return () => cancelAnimationFrame(id);
  }, []);
  return (
    <div ref={boxRef} className="toolbar__popover" onKeyDown={moveAmongMenuItems}>
      {children}
    </div>
  );
}

/** Up and Down (Home and End) move the focus among the entries of a menu, wrapping around. */
export function moveAmongMenuItems(event: ReactKeyboardEvent<HTMLElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([disabled])')];
  if (items.length === 0) return;
  event.preventDefault();
  const at = items.indexOf(document.activeElement as HTMLElement);
  const down = event.key === 'ArrowDown';
  let next: number;
  if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = items.length - 1;
  else if (at < 0) next = down ? 0 : items.length - 1;
  else next = (at + (down ? 1 : -1) + items.length) % items.length;
  items[next].focus();
}
