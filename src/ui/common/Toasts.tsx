import { X } from 'lucide-react';
import { useEffect } from 'react';
import { store, useStore, type StoreState, type Toast } from '../../store';

const selectToasts = (s: StoreState) => s.toasts;

/** Long enough to read a refusal reason twice. */
const TOAST_MS = 6000;

function ToastItem({ toast }: { toast: Toast }) {
  useEffect(() => {
    const timer = setTimeout(() => store.getState().dismissToast(toast.id), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast.id]);
  return (
    <div className={`toast toast--${toast.tone}`} role={toast.tone === 'error' || toast.tone === 'warning' ? 'alert' : 'status'} data-testid="toast">
      <span>{toast.text}</span>
      <button type="button" className="icon-button toast__close" onClick={() => store.getState().dismissToast(toast.id)} aria-label="Dismiss">
        <X size={14} />
      </button>
    </div>
  );
}

/** Short messages at the bottom of the canvas, e.g. why a connection was refused. */
export function Toasts() {
  const toasts = useStore(selectToasts);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => <ToastItem key={t.id} toast={t} />)}
    </div>
  );
}
