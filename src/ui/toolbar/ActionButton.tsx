import { useStore } from '../../store';
import type { ToolbarAction } from './actions';

const never = (): boolean => false;

/** Whether an action is pressed and whether it can be chosen now, from the store. */
export function useActionState(action: ToolbarAction): { pressed: boolean; disabled: boolean } {
  const pressed = useStore(action.pressed ?? never);
  const disabled = useStore(action.disabled ?? never);
  return { pressed, disabled };
}

const titleOf = (action: ToolbarAction): string => (action.key ? `${action.title} (${action.key.label})` : action.title);
export const popupOf = (action: ToolbarAction): 'menu' | 'dialog' | undefined => (action.panel ? (action.id === 'export' ? 'menu' : 'dialog') : undefined);

interface Props {
  action: ToolbarAction;
  onChoose?: (action: ToolbarAction) => void;
  expanded?: boolean;
  /** A copy in the hidden row the overflow measures: no test id, never focused. */
  measuring?: boolean;
}

/** An action as a button of the bar. */
export function ActionButton({ action, onChoose, expanded, measuring = false }: Props) {
  const { pressed, disabled } = useActionState(action);
  const Icon = action.icon;
  const className = action.iconOnly
    ? 'icon-button'
    : `button${action.primary ? ' button--primary' : ''}${pressed ? ' is-pressed' : ''}`;
  return (
    <button
      type="button"
      className={className}
      onClick={onChoose ? () => onChoose(action) : undefined}
      disabled={disabled}
      aria-pressed={action.pressed ? pressed : undefined}
      aria-haspopup={popupOf(action)}
      aria-expanded={action.panel ? expanded === true : undefined}
      aria-label={action.iconOnly ? action.label : undefined}
      aria-keyshortcuts={action.key?.label}
      title={titleOf(action)}
      tabIndex={measuring ? -1 : undefined}
      data-testid={measuring ? undefined : `toolbar-${action.id}`}
      data-action={action.id}
    >
      <Icon size={action.iconOnly ? 18 : 16} aria-hidden="true" />
      {!action.iconOnly && <span className="action__label">{action.label}</span>}
    </button>
  );
}
