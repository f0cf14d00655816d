import { useEffect } from 'react';
import { store } from '../store';

/** Typing in a field keeps the browser's own undo and Backspace. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Editor keys for the whole page: undo (Ctrl/Cmd+Z), redo (Shift+Ctrl/Cmd+Z, Ctrl+Y),
 * duplicate (Ctrl/Cmd+D) and delete (Delete, Backspace); during a run, K kills and R restores the
 * selected nodes.
 */
export function useEditorShortcuts() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      const state = store.getState();
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 'z') {
        event.preventDefault();
        if (event.shiftKey) state.redo();
        else state.undo();
      } else if (mod && key === 'y') {
        event.preventDefault();
        state.redo();
      } else if (mod && key === 'd') {
        // Also stops the browser's "bookmark this page".
        event.preventDefault();
        state.duplicate();
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && !mod) {
        const { nodeIds, edgeIds } = state.selection;
        if (!nodeIds.length && !edgeIds.length) return;
        event.preventDefault();
        state.deleteElements();
      } else if (!mod && !event.altKey && (key === 'k' || key === 'r')) {
        // The store ignores kills and restores when no run is active.
        const act = key === 'k' ? state.killNode : state.restoreNode;
        for (const id of state.selection.nodeIds) act(id);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
