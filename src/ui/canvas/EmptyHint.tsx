import { MousePointerClick } from 'lucide-react';
import { useStore, type StoreState } from '../../store';
import { useNarrowScreen } from '../shell/useNarrowScreen';

const selectIsEmpty = (s: StoreState) => s.design.nodes.length === 0;

/**
 * What to do first, shown only while the canvas is empty. A narrow screen has no palette on the
 * left (it is the Components tab under the canvas), so the first step names that instead.
 */
export function EmptyHint() {
  const isEmpty = useStore(selectIsEmpty);
  const narrow = useNarrowScreen();
  if (!isEmpty) return null;
  return (
    <div className="empty-hint" data-testid="empty-hint">
      <MousePointerClick size={28} aria-hidden="true" />
      <p className="empty-hint__title">
        {narrow ? 'Open Components below and tap Users and a Web server to begin' : 'Drag Users and a Web server from the left to begin'}
      </p>
      <p className="empty-hint__sub">Then connect them: drag from the dot on the right of Users to the dot on the left of the server.</p>
    </div>
  );
}
