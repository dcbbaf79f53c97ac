/** Short confirmations ("Opgeslagen") and errors, announced to screen readers. */
import { app } from '../core/app/state.ts';
import { useStore } from '../core/store/index.ts';

export function Toasts() {
  const toast = useStore(app, (state) => state.toast);
  return (
    <div className="toasts" aria-live="polite">
      {toast && (
        <div className={`toast${toast.tone === 'error' ? ' is-error' : ''}`} role={toast.tone === 'error' ? 'alert' : 'status'} data-testid="toast">
          {toast.text}
        </div>
      )}
    </div>
  );
}
