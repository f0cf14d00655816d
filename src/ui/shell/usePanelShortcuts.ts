import { useEffect } from 'react';
import { TOOLBAR_ACTIONS, type ActionContext } from '../toolbar/actions';
import { isTyping } from '../useEditorShortcuts';

// Keyed actions are store toggles: none needs the toolbar's file picker.
const NO_CONTEXT: ActionContext = { pickFile: () => {} };

/** The panel keys (Alt+Shift+P, S, I, D): each runs the toolbar action that names it. */
export function usePanelShortcuts() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey) return;
      const action = TOOLBAR_ACTIONS.find(({ key }) => key && key.code === event.code && !!key.alt === event.altKey && !!key.shift === event.shiftKey);
      if (!action?.run) return;
      event.preventDefault();
      action.run(NO_CONTEXT);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
