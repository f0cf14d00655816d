import { MousePointerClick } from 'lucide-react';
import { useStore, type StoreState } from '../../store';

const selectIsEmpty = (s: StoreState) => s.design.nodes.length === 0;

/** What to do first, shown only while the canvas is empty. */
export function EmptyHint() {
  const isEmpty = useStore(selectIsEmpty);
  if (!isEmpty) return null;
  return (
    <div className="empty-hint" data-testid="empty-hint">
      <MousePointerClick size={28} aria-hidden="true" />
      <p className="empty-hint__title">Drag Users and a Web server from the left to begin</p>
      <p className="empty-hint__sub">Then connect them: drag from the dot on the right of Users to the dot on the left of the server.</p>
    </div>
  );
}
